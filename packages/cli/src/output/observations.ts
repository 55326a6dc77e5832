import type { Observation } from '@chanye/compute';
import { OBSERVATION_COLUMNS, toCsv } from '@chanye/engine';
import { toTable, type Format } from './format.js';

/** Observations in the requested format: tidy CSV, JSON with full provenance, or a table. */
export function renderObservations(observations: readonly Observation[], format: Format): string {
  if (format === 'json') return `${JSON.stringify(observations, null, 2)}\n`;
  if (format === 'csv') return toCsv(observations, OBSERVATION_COLUMNS);
  return toTable(observations as unknown as Record<string, unknown>[], [
    'iso3',
    'year',
    'value',
    'unit',
    'status',
    'source',
  ]);
}
