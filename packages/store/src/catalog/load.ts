import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { ChanyeError } from '@chanye/compute';
import { CatalogSchema, type Catalog } from './schema.js';

/**
 * Reads and validates the indicator catalogue. Invalid entries are reported with their
 * path in the file (e.g. `indicators.12.unit`), and ids must be unique.
 */
export function loadCatalog(path: string): Catalog {
  let raw: unknown;
  try {
    raw = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ChanyeError('invalid-input', `cannot read the indicator catalogue ${path}: ${(error as Error).message}`);
  }
  const parsed = CatalogSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ChanyeError(
      'invalid-input',
      `${path} does not match the catalogue schema`,
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
    );
  }
  const seen = new Set<string>();
  for (const indicator of parsed.data.indicators) {
    if (seen.has(indicator.id))
      throw new ChanyeError('invalid-input', `${path}: indicator id ${indicator.id} appears twice`);
    seen.add(indicator.id);
  }
  return parsed.data;
}
