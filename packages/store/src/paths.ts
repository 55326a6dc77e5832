import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the nearest folder above this module holding `data/snapshot/manifest.json`. */
function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'data', 'snapshot', 'manifest.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('Chanye data snapshot not found above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
}

/** The embedded snapshot folder; `CHANYE_SNAPSHOT_DIR` overrides it. */
export function defaultSnapshotDir(): string {
  return resolve(process.env['CHANYE_SNAPSHOT_DIR'] ?? join(repoRoot(), 'data', 'snapshot'));
}

/** The indicator catalogue file; `CHANYE_CATALOG` overrides it. */
export function defaultCatalogPath(): string {
  return resolve(process.env['CHANYE_CATALOG'] ?? join(repoRoot(), 'catalog', 'indicators.yaml'));
}

/** The user's DuckDB file: `CHANYE_DB` or `~/.chanye/chanye.duckdb`. */
export function defaultUserDbPath(): string {
  return resolve(process.env['CHANYE_DB'] ?? join(homedir(), '.chanye', 'chanye.duckdb'));
}
