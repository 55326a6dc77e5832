import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMrio, type Mrio } from '@chanye/compute';
import { Store } from '@chanye/store';
import { mrioCachePath, readMrioCache } from '../../src/input-output/mrio-cache.ts';
import { openSnapshotStore, repoRoot } from '../helpers.ts';

/**
 * The build's dense copy of WIOD 2011 must hold exactly what the Parquet path reads, bit for
 * bit, and must never be used for other Parquet data than it was made from.
 */
const snapshotDir = join(repoRoot, 'data', 'snapshot');
const noUserDb = join(repoRoot, '.no-user-db-in-tests.duckdb');
const dirs: string[] = [];

/** A snapshot folder of links to the embedded snapshot's files, without its .cache. */
function linkedSnapshot(): string {
  const dir = mkdtempSync(join(tmpdir(), 'chanye-mrio-cache-'));
  dirs.push(dir);
  for (const name of readdirSync(snapshotDir)) {
    if (name !== '.cache') symlinkSync(join(snapshotDir, name), join(dir, name));
  }
  return dir;
}

/** The same folder with a copy of the build's cache of one year. */
function linkedSnapshotWithCache(year = 2011): string {
  const dir = linkedSnapshot();
  mkdirSync(join(dir, '.cache'));
  copyFileSync(mrioCachePath(snapshotDir, 'wiod2013', year), mrioCachePath(dir, 'wiod2013', year));
  return dir;
}

function bytes(a: Float64Array): Buffer {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength);
}

let fromParquet: Mrio;

beforeAll(async () => {
  // No cache in this folder: the table is read from Parquet through DuckDB.
  const store = await Store.open({ snapshotDir: linkedSnapshot(), userDbPath: noUserDb });
  try {
    fromParquet = await store.mrio({ dataset: 'wiod2013', year: 2011 });
    expect(store.databaseOpened).toBe(true);
  } finally {
    store.close();
  }
}, 120_000);

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('the MRIO cache (mrio-cache.ts)', () => {
  it('exists after the build for WIOD 2011 and holds, bit for bit, what the Parquet path reads', () => {
    const input = readMrioCache(snapshotDir, 'wiod2013', 2011);
    expect(input).toBeDefined();
    const cached = createMrio(input as NonNullable<typeof input>);
    expect(cached.regions).toEqual(fromParquet.regions);
    expect(cached.sectors).toEqual(fromParquet.sectors);
    expect(cached.finalDemandCategories).toEqual(fromParquet.finalDemandCategories);
    expect(cached.unit).toBe(fromParquet.unit);
    expect(cached.note).toBe(fromParquet.note);
    expect(cached.factorInputs?.labels).toEqual(fromParquet.factorInputs?.labels);
    for (const [name, a, b] of [
      ['Z', cached.Z.values, fromParquet.Z.values],
      ['Y', cached.Y.values, fromParquet.Y.values],
      ['x', cached.x, fromParquet.x],
      ['v', cached.v, fromParquet.v],
      ['factor inputs', cached.factorInputs?.values.values, fromParquet.factorInputs?.values.values],
    ] as const) {
      expect(a, name).toBeDefined();
      expect(bytes(a as Float64Array).equals(bytes(b as Float64Array)), name).toBe(true);
    }
  });

  it('lets the store load WIOD 2011 without opening DuckDB', async () => {
    const store = await openSnapshotStore();
    try {
      const model = await store.mrio({ dataset: 'wiod2013', year: 2011 });
      expect(store.databaseOpened).toBe(false);
      expect(bytes(model.Z.values).equals(bytes(fromParquet.Z.values))).toBe(true);
      // A year without a cache still loads, from Parquet.
      const earlier = await store.mrio({ dataset: 'wiod2013', year: 2010 });
      expect(store.databaseOpened).toBe(true);
      expect(earlier.Z.rows).toBe(1435);
    } finally {
      store.close();
    }
  }, 120_000);

  it('is used from a copy beside the same Parquet files (the control of the next cases)', () => {
    expect(readMrioCache(linkedSnapshotWithCache(), 'wiod2013', 2011)).toBeDefined();
  });

  it('is ignored when one of the Parquet files it was made from differs', () => {
    // Another file in io_sectors.parquet's place: the hash of that source no longer matches.
    const dir = linkedSnapshotWithCache();
    rmSync(join(dir, 'io_sectors.parquet'));
    copyFileSync(join(snapshotDir, 'economies.parquet'), join(dir, 'io_sectors.parquet'));
    expect(readMrioCache(dir, 'wiod2013', 2011)).toBeUndefined();
  });

  it('is ignored when truncated, or asked for another year than it holds', () => {
    const dir = linkedSnapshotWithCache();
    const path = mrioCachePath(dir, 'wiod2013', 2011);
    const file = readFileSync(path);
    writeFileSync(path, file.subarray(0, file.length - 8));
    expect(readMrioCache(dir, 'wiod2013', 2011)).toBeUndefined();
    // The whole 2011 file under 2010's name: its header says 2011.
    writeFileSync(mrioCachePath(dir, 'wiod2013', 2010), file);
    expect(readMrioCache(dir, 'wiod2013', 2010)).toBeUndefined();
  });
});
