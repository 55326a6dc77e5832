import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Store } from '@chanye/store';
import { agrees, benchmarkPapers, printedDecimals, type ClaimResult } from '@chanye/engine';
import { openSnapshotStore, repoRoot } from '../helpers.js';

let store: Store;
let results: ClaimResult[];
beforeAll(async () => {
  store = await openSnapshotStore();
  results = await benchmarkPapers(store);
});
afterAll(() => store.close());

describe('printed values', () => {
  it('count the decimals the paper prints', () => {
    expect(printedDecimals('27.7')).toBe(1);
    expect(printedDecimals('2.00')).toBe(2);
    expect(printedDecimals('35')).toBe(0);
  });

  it('agree at half a unit of the last printed digit, or on the stated side', () => {
    expect(agrees({ value: '27.7', qualifier: 'exact' }, 27.749)).toBe(true);
    expect(agrees({ value: '27.7', qualifier: 'exact' }, 27.76)).toBe(false);
    expect(agrees({ value: '30', qualifier: 'about' }, 30.49)).toBe(true);
    expect(agrees({ value: '30', qualifier: 'about' }, 29.4)).toBe(false);
    expect(agrees({ value: '20', qualifier: 'under' }, 19.99)).toBe(true);
    expect(agrees({ value: '20', qualifier: 'under' }, 20)).toBe(false);
    expect(agrees({ value: '100', qualifier: 'over' }, 100.01)).toBe(true);
  });
});

describe('chanye benchmark papers', () => {
  it('gives every claim with a computation a number, or a recorded reason why not', () => {
    for (const r of results) {
      if (r.status === 'not-addressable') expect(r.reason.length, r.id).toBeGreaterThan(20);
      else if (r.chanye_value === null) expect(r.reason, `${r.id} has no value and no reason`).not.toBe('');
      else expect(Number.isFinite(r.chanye_value), r.id).toBe(true);
    }
  });

  it('records a reason for every claim whose value is not a match', () => {
    const unexplained = results.filter((r) => r.status !== 'match' && r.reason === '').map((r) => r.id);
    expect(unexplained).toEqual([]);
  });

  it('holds the same Table 1-2 values as the published table `benchmark graduates` reproduces', () => {
    const table = parse(readFileSync(join(repoRoot, 'catalog', 'published', 'iie-cass-2024.yaml'), 'utf8')) as {
      tables: { id: string; cells: { iso3: string; column: string; year: number; value: number | null }[] }[];
    };
    const cells = table.tables.flatMap((t) =>
      t.cells.filter((c) => c.value !== null).map((c) => ({ ...c, table: t.id })),
    );
    const claimed = results.filter((r) => r.id.startsWith('cass09-table'));
    expect(claimed).toHaveLength(cells.length);
    for (const c of cells) {
      const id = `cass09-${c.table}-${c.column.replaceAll('_', '-')}-${c.iso3.toLowerCase()}`;
      const r = claimed.find((x) => x.id === id);
      expect(r?.paper_value, id).toBe(c.value);
      expect(r?.paper_year, id).toBe(c.year);
    }
  });

  it("computes the world figures from the aggregates: China's share equals mva_share_world", async () => {
    const share = results.find((r) => r.id === 'sheng-world-share-2022');
    const [catalogue] = await store.observations({
      indicator: 'mva_share_world',
      economies: ['CHN'],
      years: [share?.chanye_year ?? 0, share?.chanye_year ?? 0],
    });
    expect(share?.chanye_value).toBeCloseTo(catalogue?.value ?? NaN, 9);
    const world = results.find((r) => r.id === 'sheng-world-mva-share-gdp');
    expect(world?.chanye_value).toBeGreaterThan(10);
    expect(world?.chanye_value).toBeLessThan(25);
  });

  it('finds the lasting crossing of services over industry, not an early one-year lead', () => {
    const r = results.find((x) => x.id === 'huang-li-services-over-industry');
    expect(r?.chanye_value).toBeGreaterThan(2000);
  });

  it('cites each paper by author and year, never as a "seed" or a path', () => {
    const text = JSON.stringify(results);
    expect(text).not.toMatch(/seed|\.txt\b|种子/i);
    expect(new Set(results.map((r) => r.paper))).toEqual(
      new Set([
        'Sheng Chaoxun (2023), China Economist',
        'Rui Mingjie (2023), China Economist',
        'IIE-CASS (2024), China Economist 2024(09)',
        'IIE-CASS (2024), China Economist 2024(01)',
        'Huang Qunhui and Li Fangfang (2024), China Economist',
      ]),
    );
  });
});
