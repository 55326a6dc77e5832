import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '@chanye/store';
import { EXPORT_BREAKDOWNS, exportStructure, newThreeExports } from '@chanye/engine';
import { openSnapshotStore, querySharedFile, repoRoot, sharedDataAvailable } from '../helpers.js';

let store: Store;
beforeAll(async () => {
  store = await openSnapshotStore();
});
afterAll(() => store.close());

const sum = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0);

describe('exportStructure(store, iso3, by, year)', () => {
  it.each(EXPORT_BREAKDOWNS)('gives %s shares of all exports that sum to 100', async (by) => {
    for (const year of [1980, 2017]) {
      const s = await exportStructure(store, 'CHN', by, year);
      expect(sum(s.classes.map((c) => c.share))).toBeCloseTo(100, 9);
      expect(sum(s.classes.map((c) => c.value))).toBeCloseTo(s.total, 0);
    }
  });

  it.skipIf(!sharedDataAvailable)('counts every export of the source file (BRA 2017 total)', async () => {
    const [source] = await querySharedFile<{ total: number }>(
      'trade/ec_world_trade_2017_hs07_4d.parquet',
      (f) => `select sum(export_value_usd) as total from ${f} where iso3 = 'BRA' and export_value_usd > 0`,
    );
    for (const by of EXPORT_BREAKDOWNS) {
      expect((await exportStructure(store, 'BRA', by, 2017)).total).toBeCloseTo(source!.total, 0);
    }
  });

  it('agrees with the end-use sums the published-table reproduction uses', async () => {
    const s = await exportStructure(store, 'KOR', 'sop', 2017);
    const direct = await store.exportsByEndUse('KOR', 2017, 'sop');
    expect(s.classes.find((c) => c.id === 'capital')!.value).toBeCloseTo(direct.capital, 0);
  });

  it('follows an edited arrays catalogue: moving computers (ISIC 2620) from F to A2 moves exactly that value', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chanye-arrays-'));
    cpSync(join(repoRoot, 'catalog'), dir, { recursive: true });
    const path = join(dir, 'arrays.yaml');
    const text = readFileSync(path, 'utf8');
    writeFileSync(
      path,
      text
        .replace("isic4: ['2610', '2620', '2630']", "isic4: ['2610', '2630']")
        .replace("isic4: ['21', '26',", "isic4: ['2620', '21', '26',"),
    );
    const edited = await Store.open({
      catalogPath: join(dir, 'indicators.yaml'),
      userDbPath: join(repoRoot, '.no-user-db-in-tests.duckdb'),
    });
    try {
      const share = (s: { classes: readonly { id: string; share: number }[] }, id: string): number =>
        s.classes.find((c) => c.id === id)!.share;
      const before = await exportStructure(store, 'CHN', 'array', 2017);
      const after = await exportStructure(edited, 'CHN', 'array', 2017);
      const moved = share(before, 'F') - share(after, 'F');
      expect(moved).toBeGreaterThan(1); // computers are a large part of China's exports
      expect(share(after, 'A2') - share(before, 'A2')).toBeCloseTo(moved, 9);
      expect(share(after, 'A1')).toBeCloseTo(share(before, 'A1'), 9);
    } finally {
      edited.close();
    }
  });

  it('says when the year has no product data and rejects an unknown breakdown', async () => {
    await expect(exportStructure(store, 'CHN', 'bec', 2000)).rejects.toThrow('no product exports for CHN in 2000');
    const { parseBreakdown } = await import('@chanye/engine');
    expect(() => parseBreakdown('hs')).toThrow('invalid --by: hs (expected one of bec, sop, array, tech)');
  });
});

describe('newThreeExports(store, iso3, year)', () => {
  it.skipIf(!sharedDataAvailable)('reports the heading’s exports and world share from the source file', async () => {
    const items = await newThreeExports(store, 'CHN', 2017);
    const solar = items.find((i) => i.id === 'solar_cells')!;
    const [source] = await querySharedFile<{ own: number; total: number }>(
      'trade/ec_world_trade_2017_hs07_4d.parquet',
      (f) =>
        `select sum(export_value_usd) filter (where iso3 = 'CHN' and product_code = '8541') as own,
                sum(export_value_usd) filter (where iso3 = 'CHN' and export_value_usd > 0) as total
           from ${f}`,
    );
    expect(solar.heading).toBe('8541');
    expect(solar.value).toBe(source!.own);
    expect(solar.shareOfExports).toBeCloseTo((source!.own / source!.total) * 100, 9);
    expect(solar.worldShare).toBeGreaterThan(0);
    expect(solar.worldShare).toBeLessThan(100);
    expect(solar.caveat_en).toContain('light-emitting diodes');
  });
});
