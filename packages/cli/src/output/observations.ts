import type { Observation } from '@chanye/compute';
import { toCsv, toTable, type Format } from './format.js';

/** Columns of the tidy long CSV every data command writes. */
export const TIDY_COLUMNS = ['iso3', 'year', 'indicator', 'value', 'unit', 'source', 'status'] as const;

/** Observations in the requested format: tidy CSV, JSON with full provenance, or a table. */
export function renderObservations(observations: readonly Observation[], format: Format): string {
  const rows = observations as unknown as Record<string, unknown>[];
  if (format === 'json') return `${JSON.stringify(observations, null, 2)}\n`;
  if (format === 'csv') return toCsv(rows, TIDY_COLUMNS);
  return toTable(rows, ['iso3', 'year', 'value', 'unit', 'status', 'source']);
}
