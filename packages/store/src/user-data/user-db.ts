import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { ChanyeError } from '@chanye/compute';
import { loadDuckDB } from '../connector/duckdb-connector.js';
import { checkUserDbPath, lockedDatabase } from './user-db-path.js';

/** An open read-write connection to the user database; `close` must always be called. */
export interface UserDbConnection {
  readonly connection: DuckDBConnection;
  close(): void;
}

/**
 * Opens (creating folder and file if missing) the user database for writing. This bypasses
 * `DuckDBConnector` because importing needs DuckDB's appender, which the connector does not
 * expose: binding a million rows as list parameters took ~14 s, the appender ~1.5 s. The
 * settings mirror the connector's (no extension downloads at run time).
 */
export async function openUserDb(path: string): Promise<UserDbConnection> {
  checkUserDbPath(path);
  mkdirSync(dirname(path), { recursive: true });
  const { DuckDBInstance: Instance } = await loadDuckDB();
  let instance: DuckDBInstance;
  try {
    instance = await Instance.create(path, {
      threads: '2',
      autoinstall_known_extensions: 'false',
      autoload_known_extensions: 'false',
    });
  } catch (error) {
    const locked = lockedDatabase(error, path);
    if (locked) throw locked;
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    throw new ChanyeError('invalid-input', `cannot open the user database ${path}: ${reason}`);
  }
  const connection = await instance.connect();
  return {
    connection,
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}
