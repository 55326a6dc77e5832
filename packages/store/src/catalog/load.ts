import { ChanyeError } from '@chanye/compute';
import { readValidatedYaml } from './read-yaml.js';
import { CatalogSchema, type Catalog } from './schema.js';

/**
 * Reads and validates the indicator catalogue. Invalid entries are reported with their
 * path in the file (e.g. `indicators.12.unit`), and ids must be unique.
 */
export function loadCatalog(path: string): Catalog {
  const catalog = readValidatedYaml(path, CatalogSchema, 'indicator catalogue');
  const seen = new Set<string>();
  for (const indicator of catalog.indicators) {
    if (seen.has(indicator.id)) {
      throw new ChanyeError('invalid-input', `${path}: indicator id ${indicator.id} appears twice`);
    }
    seen.add(indicator.id);
  }
  return catalog;
}
