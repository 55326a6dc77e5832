import { ChanyeError } from '@chanye/compute';
import { readValidatedYaml } from './read-yaml.js';
import { CatalogSchema, type Catalog } from './schema.js';

/**
 * Reads and validates the indicator catalogue. Invalid entries are reported with their
 * path in the file (e.g. `indicators.12.unit`); ids must be unique and `built_from` must name
 * catalogue ids.
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
  for (const indicator of catalog.indicators) {
    const unknown = (indicator.built_from ?? []).filter((id) => !seen.has(id));
    if (unknown.length > 0) {
      throw new ChanyeError(
        'invalid-input',
        `${path}: ${indicator.id}.built_from names unknown indicator ${unknown.join(', ')} (expected catalogue ids)`,
      );
    }
  }
  return catalog;
}
