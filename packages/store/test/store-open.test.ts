import { mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ChanyeError } from '@chanye/compute';
import { Store } from '@chanye/store';
import { openSnapshotStore, repoRoot } from './helpers.ts';

/** Opening a store reads files only; DuckDB waits for the first query (LazyConnector). */
const snapshotDir = join(repoRoot, 'data', 'snapshot');
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('Store.open', () => {
  it('opens DuckDB on the first query, not before', async () => {
    const store = await openSnapshotStore();
    try {
      expect(store.databaseOpened).toBe(false);
      expect(store.catalog.indicators.length).toBeGreaterThan(0);
      const economy = await store.economy('CHN');
      expect(economy.iso3).toBe('CHN');
      expect(store.databaseOpened).toBe(true);
    } finally {
      store.close();
    }
  });

  it('names the snapshot files that are missing, before any query', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chanye-snapshot-'));
    dirs.push(dir);
    for (const name of readdirSync(snapshotDir)) {
      if (name !== 'series_meta.parquet' && name !== '.cache') symlinkSync(join(snapshotDir, name), join(dir, name));
    }
    const opening = Store.open({ snapshotDir: dir, userDbPath: join(dir, 'none.duckdb') });
    await expect(opening).rejects.toBeInstanceOf(ChanyeError);
    await expect(opening).rejects.toThrow(/lacks series_meta\.parquet/);
  });
});
