import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBConnector, quotedString, Store } from '@chanye/store';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
/** The shared data the snapshot was built from: the independent reference for store tests. */
export const sharedDataDir = resolve(repoRoot, '..', 'shared', 'data');
export const sharedDataAvailable = existsSync(join(sharedDataDir, 'manifest.json'));

/** Opens the store on the embedded snapshot with no user database. */
export async function openSnapshotStore(): Promise<Store> {
  return Store.open({ userDbPath: join(repoRoot, '.no-user-db-in-tests.duckdb') });
}

/** Runs one query directly on a shared data file, bypassing the store entirely. */
export async function querySharedFile<Row>(file: string, sql: (path: string) => string): Promise<Row[]> {
  const connector = await DuckDBConnector.open();
  try {
    return await connector.query<Row>(sql(quotedString(join(sharedDataDir, file))));
  } finally {
    connector.close();
  }
}
