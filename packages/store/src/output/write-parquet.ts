/**
 * A table written as Parquet through DuckDB, for pandas, R arrow and DuckDB users who want
 * large outputs without parsing CSV. Column types are those of the values, decided here and
 * given to DuckDB explicitly (its sniffing would read HS code "0101" as the integer 101):
 * numbers as DOUBLE (INTEGER for year and time columns whose values are all whole), booleans
 * as BOOLEAN, everything else as VARCHAR; null stays null. Text is written as it is: Parquet is
 * not opened by spreadsheets, so no formula neutralization applies.
 *
 * @module
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBConnector } from '../connector/duckdb-connector.js';
import { quotedIdentifier, quotedString } from '../sql/quote.js';

/** A table to write: column names in order and rows keyed by them. */
export interface ParquetTable {
  readonly columns: readonly string[];
  readonly rows: readonly object[];
}

type ColumnType = 'INTEGER' | 'DOUBLE' | 'BOOLEAN' | 'VARCHAR';

/** The Parquet type of a column from its values. */
export function parquetColumnType(name: string, values: readonly unknown[]): ColumnType {
  const present = values.filter((v) => v !== null && v !== undefined);
  if (present.length > 0 && present.every((v) => typeof v === 'boolean')) return 'BOOLEAN';
  if (present.length > 0 && present.every((v) => typeof v === 'number')) {
    const whole = present.every((v) => Number.isInteger(v) && Math.abs(v as number) < 2 ** 31);
    return whole && /^(year|time)$/.test(name) ? 'INTEGER' : 'DOUBLE';
  }
  return 'VARCHAR';
}

/** Writes `table` to `path` as Parquet (zstd); the caller makes the write atomic. */
export async function writeParquet(table: ParquetTable, path: string): Promise<void> {
  const types = table.columns.map((c) =>
    parquetColumnType(
      c,
      table.rows.map((r) => (r as Record<string, unknown>)[c]),
    ),
  );
  const work = mkdtempSync(join(tmpdir(), 'chanye-parquet-'));
  const lines = join(work, 'rows.ndjson');
  try {
    // One JSON object per line; non-finite numbers (no JSON form) become null.
    const text = table.rows
      .map((r) =>
        JSON.stringify(
          Object.fromEntries(
            table.columns.map((c, k) => {
              const v = (r as Record<string, unknown>)[c];
              if (typeof v === 'number' && !Number.isFinite(v)) return [c, null];
              return [c, types[k] === 'VARCHAR' && v !== null && v !== undefined ? String(v) : (v ?? null)];
            }),
          ),
        ),
      )
      .join('\n');
    writeFileSync(lines, text.length > 0 ? `${text}\n` : '');
    const columns = table.columns.map((c, k) => `${quotedString(c)}: '${types[k]}'`).join(', ');
    const select =
      table.rows.length > 0
        ? `select * from read_json(${quotedString(lines)}, format = 'newline_delimited', columns = {${columns}})`
        : `select ${table.columns.map((c, k) => `null::${types[k]} as ${quotedIdentifier(c)}`).join(', ')} limit 0`;
    const connector = await DuckDBConnector.open();
    try {
      await connector.exec(`copy (${select}) to ${quotedString(path)} (format parquet, compression zstd)`);
    } finally {
      connector.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * A CSV file Chanye wrote, converted to Parquet beside it (for tables too large to hold as
 * rows: `chanye complexity --parquet`), typed as `writeParquet` types a table: the `text`
 * columns (codes and names, so "0101" stays "0101") VARCHAR, `time` and `year` INTEGER, every
 * other column DOUBLE, so a column that happens to hold whole numbers, or nothing, in one run
 * keeps its type from run to run. `columns` is the CSV's header.
 */
export async function csvToParquet(
  csvPath: string,
  parquetPath: string,
  columns: readonly string[],
  text: readonly string[],
): Promise<void> {
  const typeOf = (c: string) => (text.includes(c) ? 'VARCHAR' : c === 'time' || c === 'year' ? 'INTEGER' : 'DOUBLE');
  const types = columns.map((c) => `${quotedString(c)}: '${typeOf(c)}'`).join(', ');
  const connector = await DuckDBConnector.open();
  try {
    await connector.exec(
      `copy (select * from read_csv(${quotedString(csvPath)}, header = true, columns = {${types}})) ` +
        `to ${quotedString(parquetPath)} (format parquet, compression zstd)`,
    );
  } finally {
    connector.close();
  }
}
