import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reproducePublishedTables, type ReproducedCell, type Store } from '@chanye/store';
import { openSnapshotStore } from '../helpers.js';

let store: Store;
let cells: ReproducedCell[];
beforeAll(async () => {
  store = await openSnapshotStore();
  cells = await reproducePublishedTables(store);
});
afterAll(() => store.close());

describe('reproducePublishedTables(store) for IIE-CASS (2024) Tables 1-2', () => {
  it('matches Table 1 column 1 for Japan and Spain in 1990 (50.87, 35.87)', () => {
    for (const [iso3, value] of [
      ['JPN', 50.87],
      ['ESP', 35.87],
    ] as const) {
      const cell = cells.find((c) => c.column === 'mht_share_mva' && c.iso3 === iso3);
      expect(cell?.paper_value).toBe(value);
      expect(cell?.our_year).toBe(1990);
      expect(cell?.status).toBe('match');
      expect(cell?.our_value?.toFixed(2)).toBe(value.toFixed(2));
    }
  });

  it('covers every published cell, each either matching or carrying a reason', () => {
    expect(cells).toHaveLength(30);
    for (const c of cells) {
      if (c.status !== 'match') expect(c.reason.length, `${c.column} ${c.iso3}`).toBeGreaterThan(20);
      if (c.our_value !== null) expect(c.source).not.toBeNull();
    }
  });

  it('never moves a value to a year it does not belong to', async () => {
    for (const c of cells.filter((x) => x.our_value !== null)) {
      const series = await store.observations({
        indicator: c.column,
        economies: [c.iso3],
        years: [c.our_year!, c.our_year!],
      });
      expect(series[0]?.value).toBe(c.our_value);
      expect(c.our_year!).toBeLessThanOrEqual(c.paper_year);
    }
  });
});
