import { existsSync } from 'node:fs';
import { DuckDBConnector } from '../connector/duckdb-connector.js';
import type { ImportRecord } from './types.js';

/** One row of the user database's `imports` table. */
export interface ImportEntry extends ImportRecord {
  readonly importId: number;
  /** Rows of this import still in the database (later imports may have replaced some). */
  readonly currentRows: number;
}

/**
 * The imports recorded in the user database, oldest first; empty when the file or its
 * tables do not exist. Opens the file read-only, so listing can never change it.
 */
export async function readImports(dbPath: string): Promise<ImportEntry[]> {
  if (!existsSync(dbPath)) return [];
  const connector = await DuckDBConnector.open(dbPath, { readOnly: true });
  try {
    const tables = await connector.query<{ n: number }>(
      `select count(*)::integer as n from duckdb_tables()
        where schema_name = 'main' and table_name in ('imports', 'user_observations')`,
    );
    if ((tables[0]?.n ?? 0) < 2) return [];
    return await connector.query<ImportEntry>(
      `select i.import_id as "importId", i.label, i.origin, i.sha256, i.rows, i.imported_at as "importedAt",
              (select count(*) from user_observations u where u.import_id = i.import_id)::integer as "currentRows"
         from imports i
        order by i.import_id`,
    );
  } finally {
    connector.close();
  }
}
