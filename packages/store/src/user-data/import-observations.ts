import type { DuckDBConnection } from '@duckdb/node-api';
import { ChanyeError } from '@chanye/compute';
import { USER_DB_SCHEMA } from './schema.js';
import type { ImportRecord, UserObservationRow } from './types.js';
import { openUserDb } from './user-db.js';

/** What an import did, for the CLI's summary. */
export interface ImportSummary {
  readonly importId: number;
  readonly label: string;
  readonly dbPath: string;
  /** Rows written by this import. */
  readonly rows: number;
  /** Earlier user rows with the same (indicator, iso3, year) that this import replaced. */
  readonly replaced: number;
  /** Indicator ids imported, sorted. */
  readonly indicators: readonly string[];
  /** How many distinct economies the rows cover. */
  readonly economies: number;
  /** First and last year of the rows. */
  readonly years: readonly [number, number];
}

export interface ImportOptions {
  /**
   * Runs inside the transaction after every row is written and before COMMIT. A seam for
   * tests that must interrupt an import at its most delicate point (the CLI's
   * `CHANYE_TEST_HOLD_IMPORT_MS`); production callers leave it out.
   */
  readonly beforeCommit?: () => Promise<void>;
}

const STAGED = 'staged_user_observations';

/**
 * Writes rows to the user database at `dbPath` in one transaction: records the import,
 * deletes earlier user rows with the same (indicator, iso3, year) (see `USER_DB_SCHEMA`), and
 * inserts the new rows. Any failure rolls everything back, and a crash before COMMIT leaves
 * no trace, so a series is never half-replaced.
 *
 * Rows come in validated (`validateUserRows` for files); a row without vintage gets the
 * record's label, without status `observed`. The stored row count is `rows.length`.
 */
export async function importUserObservations(
  dbPath: string,
  rows: readonly UserObservationRow[],
  record: ImportRecord,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  if (rows.length === 0) throw new ChanyeError('invalid-input', `${record.label}: no rows to import`);
  assertUniqueKeys(rows, record.label);
  const db = await openUserDb(dbPath);
  const { connection } = db;
  try {
    await connection.run('begin transaction');
    try {
      for (const ddl of USER_DB_SCHEMA) await connection.run(ddl);
      await stageKeys(connection, await replaceable(connection, rows));
      const importId = await scalar(connection, 'select coalesce(max(import_id), 0) + 1 from imports');
      await connection.run('insert into imports values ($1, $2, $3, $4, $5, $6)', [
        importId,
        record.label,
        record.origin,
        record.sha256,
        rows.length,
        record.importedAt,
      ]);
      const replaced = await scalar(
        connection,
        `select count(*) from user_observations u join temp.${STAGED} s using (indicator, iso3, year)`,
      );
      await connection.run(
        `delete from user_observations u using temp.${STAGED} s
          where u.indicator = s.indicator and u.iso3 = s.iso3 and u.year = s.year`,
      );
      await appendRows(connection, rows, record.label, importId);
      await options.beforeCommit?.();
      await connection.run('commit');
      return { importId, label: record.label, dbPath, rows: rows.length, replaced, ...coverage(rows) };
    } catch (error) {
      await connection.run('rollback').catch(() => undefined);
      throw error;
    }
  } finally {
    db.close();
  }
}

/** The rows whose indicator already has user rows: only they can replace any. */
async function replaceable(
  connection: DuckDBConnection,
  rows: readonly UserObservationRow[],
): Promise<UserObservationRow[]> {
  const reader = await connection.runAndReadAll('select distinct indicator from user_observations');
  const present = new Set(reader.getRows().map((r) => String(r[0])));
  return present.size === 0 ? [] : rows.filter((row) => present.has(row.indicator));
}

/**
 * Appends the keys of `rows` to a temporary table inside the open transaction (the appender
 * joins it), to find and delete the rows they replace. Only the keys, and only of rows whose
 * indicator is in the database: staging whole rows and copying them over held every row twice
 * in DuckDB's memory (issue 19).
 */
async function stageKeys(connection: DuckDBConnection, rows: readonly UserObservationRow[]): Promise<void> {
  await connection.run(`create temp table ${STAGED} (indicator varchar, iso3 varchar, year integer)`);
  const appender = await connection.createAppender(STAGED, 'main', 'temp');
  for (const row of rows) {
    appender.appendVarchar(row.indicator);
    appender.appendVarchar(row.iso3);
    appender.appendInteger(row.year);
    appender.endRow();
  }
  appender.closeSync();
}

/** Appends the rows to `user_observations`, once the rows they replace are deleted. */
async function appendRows(
  connection: DuckDBConnection,
  rows: readonly UserObservationRow[],
  defaultVintage: string,
  importId: number,
): Promise<void> {
  const appender = await connection.createAppender('user_observations');
  for (const row of rows) {
    appender.appendVarchar(row.iso3);
    appender.appendInteger(row.year);
    appender.appendVarchar(row.indicator);
    appender.appendDouble(row.value);
    appender.appendVarchar(row.unit);
    appender.appendVarchar(row.source);
    appender.appendVarchar(row.vintage ?? defaultVintage);
    appender.appendVarchar(row.status ?? 'observed');
    if (row.note === undefined) appender.appendNull();
    else appender.appendVarchar(row.note);
    appender.appendInteger(importId);
    appender.endRow();
  }
  appender.closeSync();
}

async function scalar(connection: DuckDBConnection, sql: string): Promise<number> {
  const reader = await connection.runAndReadAll(sql);
  return Number(reader.getRows()[0]?.[0] ?? 0);
}

function assertUniqueKeys(rows: readonly UserObservationRow[], label: string): void {
  // Years per series, not a key string per row: 1.5 million key strings took some 150 MB.
  const years = new Map<string, Set<number>>();
  for (const row of rows) {
    const series = `${row.indicator}\u0000${row.iso3}`;
    let seen = years.get(series);
    if (seen === undefined) {
      seen = new Set();
      years.set(series, seen);
    }
    if (seen.has(row.year)) {
      throw new ChanyeError(
        'invalid-input',
        `${label}: two rows for indicator ${row.indicator}, iso3 ${row.iso3}, year ${row.year}`,
      );
    }
    seen.add(row.year);
  }
}

function coverage(rows: readonly UserObservationRow[]): Pick<ImportSummary, 'indicators' | 'economies' | 'years'> {
  const indicators = new Set<string>();
  const economies = new Set<string>();
  let first = Infinity;
  let last = -Infinity;
  for (const row of rows) {
    indicators.add(row.indicator);
    economies.add(row.iso3);
    if (row.year < first) first = row.year;
    if (row.year > last) last = row.year;
  }
  return { indicators: [...indicators].sort(), economies: economies.size, years: [first, last] };
}
