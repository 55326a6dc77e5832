import type { Observation } from '@chanye/compute';
import { OBSERVATION_COLUMNS, toCsv, wideObservations, type DataSheet } from '@chanye/engine';
import { toTable, type DataFormat } from './format.js';
import { emit, emitParquet, emitXlsx } from './write.js';

/** The observations as a workbook sheet: tidy long, or wide (economy × year). */
export function observationSheet(observations: readonly Observation[], wide = false): DataSheet {
  if (wide) return { name: 'data (wide)', ...wideObservations(observations) };
  return { name: 'data', columns: [...OBSERVATION_COLUMNS], rows: observations };
}

/**
 * Observations in the requested format: tidy CSV, JSON with full provenance, a table, or an
 * Excel workbook; `wide` makes the CSV, table and workbook one row per economy with a column per
 * year (JSON stays long: it is for programs, and keeps each value's provenance).
 */
export function renderObservations(
  observations: readonly Observation[],
  format: Exclude<DataFormat, 'xlsx' | 'parquet'>,
  wide = false,
): string {
  if (format === 'json') return `${JSON.stringify(observations, null, 2)}\n`;
  if (wide) {
    const table = wideObservations(observations);
    return format === 'csv' ? toCsv(table.rows, table.columns) : toTable(table.rows, table.columns);
  }
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

/** Writes observations in any data format to `out` (or standard output). */
export async function emitObservations(
  observations: readonly Observation[],
  options: { format: DataFormat; out?: string | undefined; wide?: boolean | undefined },
  notes: readonly string[] = [],
): Promise<void> {
  if (options.format === 'xlsx') await emitXlsx([observationSheet(observations, options.wide)], options.out, notes);
  else if (options.format === 'parquet') await emitParquet([observationSheet(observations, options.wide)], options.out);
  else emit(renderObservations(observations, options.format, options.wide), options.out);
}
