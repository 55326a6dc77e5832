import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DuckDBConnector, quotedString, Store } from '@chanye/store';
import { importUserFile } from '../../src/user-data/import-user-file.js';
import { openSnapshotStore } from '../helpers.js';
import { HEADER, tempDir, writeIn } from '../user-data/helpers.js';

/** The first and last year of the snapshot's series file, read from the Parquet directly. */
async function seriesFileYears(store: Store): Promise<[number, number]> {
  const connector = await DuckDBConnector.open();
  try {
    const [row] = await connector.query<{ first: number; last: number }>(
      `select min(year)::integer as first, max(year)::integer as last from read_parquet(${quotedString(join(store.snapshotDir, 'series.parquet'))})`,
    );
    return [row?.first ?? NaN, row?.last ?? NaN];
  } finally {
    connector.close();
  }
}

describe('Store.yearsCovered', () => {
  it('is the first and last year of the snapshot series without user data', async () => {
    const store = await openSnapshotStore();
    try {
      expect(await store.yearsCovered()).toEqual(await seriesFileYears(store));
    } finally {
      store.close();
    }
  });

  it('reaches the user’s imported years beyond the snapshot', async () => {
    const dir = tempDir();
    const db = join(dir, 'user.duckdb');
    const snapshot = await openSnapshotStore();
    const [first, last] = await seriesFileYears(snapshot);
    snapshot.close();
    const csv = writeIn(dir, 'later.csv', `${HEADER}\nCHN,${last + 3},my_series,1.5,index,me\n`);
    await importUserFile(csv, { dbPath: db, importedAt: '2026-12-07T00:00:00.000Z' });
    const store = await Store.open({ userDbPath: db });
    try {
      expect(await store.yearsCovered()).toEqual([first, last + 3]);
    } finally {
      store.close();
    }
  });
});
