import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBConnector, quotedString, type Store } from '@chanye/store';
import { readSeries } from '../../src/queries/series.ts';
import { SeriesTable } from '../../src/queries/series-table.ts';
import { readSeriesCache, seriesCachePath, writeSeriesCache } from '../../src/queries/series-cache.ts';
import type { SeriesRef } from '../../src/catalog/schema.ts';
import { openSnapshotStore, repoRoot } from '../helpers.ts';

/**
 * The in-memory series table must answer exactly as the per-series query does: same rows, same
 * order, same values, statuses and notes, for every series in the snapshot, with and without
 * filters and scale factors.
 */
let connector: DuckDBConnector;
let table: SeriesTable;
let refs: SeriesRef[];

beforeAll(async () => {
  connector = await DuckDBConnector.open();
  const file = quotedString(join(repoRoot, 'data', 'snapshot', 'series.parquet'));
  await connector.exec(`create view series as select * from read_parquet(${file})`);
  table = (await SeriesTable.load(connector)) as SeriesTable;
  refs = await connector.query<SeriesRef>(
    `select distinct source, series, '' as source_unit from series order by 1, 2`,
  );
});

afterAll(() => connector.close());

describe('SeriesTable', () => {
  it('loads', () => {
    expect(table).toBeInstanceOf(SeriesTable);
    expect(refs.length).toBeGreaterThan(100);
  });

  it('returns what readSeries returns for every series, unfiltered', async () => {
    for (const ref of refs)
      expect(table.read(ref), `${ref.source}:${ref.series}`).toEqual(await readSeries(connector, ref));
  });

  it('applies economy and year filters and the scale factor as the query does', async () => {
    const filter = { iso3s: ['USA', 'CHN', 'KOR', 'XXX'], years: [1990, 2005] as const };
    for (const ref of refs.filter((_, i) => i % 5 === 0)) {
      const scaled = { ...ref, scale: 0.01 };
      expect(table.read(scaled, filter)).toEqual(await readSeries(connector, scaled, filter));
    }
  });

  it('answers an unknown series with no rows, as the query does', async () => {
    const ref = { source: 'wdi', series: 'no such series', source_unit: '' } as const;
    expect(table.read(ref)).toEqual(await readSeries(connector, ref));
  });
});

describe('series cache', () => {
  const parquet = join(repoRoot, 'data', 'snapshot', 'series.parquet');

  it('written and read back, answers as the query does for every series', async () => {
    const cachePath = join(mkdtempSync(join(tmpdir(), 'chanye-series-cache-')), 'series.bin');
    writeSeriesCache(table, parquet, cachePath);
    const cached = readSeriesCache(parquet, cachePath) as SeriesTable;
    expect(cached).toBeInstanceOf(SeriesTable);
    const filter = { iso3s: ['DEU', 'BRA'], years: [2000, 2019] as const };
    for (const ref of refs) {
      expect(cached.read(ref), `${ref.source}:${ref.series}`).toEqual(await readSeries(connector, ref));
      expect(cached.read(ref, filter)).toEqual(await readSeries(connector, ref, filter));
    }
  });

  it('is ignored for Parquet data other than it was made from', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chanye-series-cache-'));
    const cachePath = join(dir, 'series.bin');
    writeSeriesCache(table, parquet, cachePath);
    const other = join(dir, 'other.parquet');
    copyFileSync(join(repoRoot, 'data', 'snapshot', 'economies.parquet'), other);
    expect(readSeriesCache(other, cachePath)).toBeUndefined();
  });

  it('exists after the build for the embedded snapshot and holds what this code reads from the Parquet file', () => {
    // A cache written by older code (its layout changed, the build not re-run) fails here.
    const built = readSeriesCache(parquet, seriesCachePath(join(repoRoot, 'data', 'snapshot')));
    expect(built).toBeInstanceOf(SeriesTable);
    expect(built?.columns.keys).toEqual(table.columns.keys);
    for (const ref of refs) expect(built?.read(ref), `${ref.source}:${ref.series}`).toEqual(table.read(ref));
  });
});

describe('Store.preloadSeries', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openSnapshotStore();
  });
  afterAll(() => store.close());

  it('leaves observations unchanged, derived indicators included', async () => {
    const ids = ['gdp_per_capita_ppp', 'mva_share_world', 'mht_share_mva', 'rd_share_gdp'];
    const before = await Promise.all(ids.map((indicator) => store.observations({ indicator })));
    expect(await store.preloadSeries()).toBe(true);
    const after = await Promise.all(ids.map((indicator) => store.observations({ indicator })));
    expect(after).toEqual(before);
    expect(after.every((rows) => rows.length > 0)).toBe(true);
  });

  it('a world share cut from the once-derived panel equals one derived for the request alone', async () => {
    const fresh = await openSnapshotStore(); // not preloaded: derives for each request
    try {
      expect(await store.preloadSeries()).toBe(true);
      for (const query of [
        { indicator: 'mva_share_world', economies: ['CHN', 'IND'], years: [2000, 2010] as const },
        { indicator: 'mva_share_world', economies: ['DEU'] },
        { indicator: 'mva_share_world', years: [2015, 2015] as const },
      ]) {
        const alone = await fresh.observations(query);
        expect(alone.length).toBeGreaterThan(0);
        expect(await store.observations(query)).toEqual(alone);
        expect(await store.observations(query)).toEqual(alone); // the second from the kept panel
      }
    } finally {
      fresh.close();
    }
  });
});
