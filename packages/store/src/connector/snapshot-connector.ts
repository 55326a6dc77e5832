import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ChanyeError } from '@chanye/compute';
import { quotedString } from '../sql/quote.js';
import type { SnapshotManifest } from '../snapshot/manifest.js';
import { attachUserDb } from '../user-data/user-db-path.js';
import { DuckDBConnector } from './duckdb-connector.js';
import { LazyConnector } from './lazy-connector.js';

/** Fails `not-found` naming the snapshot files its manifest lists but the folder lacks. */
export function requireSnapshotFiles(manifest: SnapshotManifest, snapshotDir: string): void {
  const missing = manifest.files.filter((file) => !existsSync(join(snapshotDir, file.file)));
  if (missing.length === 0) return;
  const named = missing.slice(0, 5).map((f) => f.file);
  if (missing.length > named.length) named.push(`${missing.length - named.length} more of its files`);
  throw new ChanyeError(
    'not-found',
    `the data snapshot ${snapshotDir} lacks ${named.join(', ')} (rebuild it with npm run build:snapshot)`,
  );
}

/**
 * The store's DuckDB: an in-memory database with a view over each snapshot Parquet file and,
 * when given, the user database attached read-only. It opens on the first query
 * (LazyConnector); `attached()` tells, once it is open, whether the user database was attached.
 */
export function snapshotConnector(
  manifest: SnapshotManifest,
  snapshotDir: string,
  userDbPath: string | undefined,
  options: { readonly maxConnections?: number },
): { connector: LazyConnector; attached: () => boolean } {
  let attached = false;
  const connector = new LazyConnector(async () => {
    const duckdb = await DuckDBConnector.open(':memory:', {
      ...(options.maxConnections !== undefined ? { maxConnections: options.maxConnections } : {}),
    });
    try {
      for (const file of manifest.files) {
        const view = file.file.replace(/\.parquet$/, '');
        // Paths cannot be bound as parameters in a view definition; the name is ours.
        await duckdb.exec(
          `create view "${view}" as select * from read_parquet(${quotedString(join(snapshotDir, file.file))})`,
        );
      }
      if (userDbPath !== undefined) attached = await attachUserDb(duckdb, userDbPath);
      return duckdb;
    } catch (error) {
      duckdb.close();
      throw error;
    }
  });
  return { connector, attached: () => attached };
}
