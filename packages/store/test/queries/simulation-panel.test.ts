import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSimulationPanel, type Store } from '@chanye/store';
import { openSnapshotStore } from '../helpers.ts';

/**
 * The simulation panel reads its raw series from the store's in-memory series table, or, when
 * that cannot be loaded, by scanning series.parquet. Both must give the same panel.
 */
let store: Store;
beforeAll(async () => {
  store = await openSnapshotStore();
});
afterAll(() => store.close());

describe('loadSimulationPanel', () => {
  it('reads the same panel from the in-memory table as from the Parquet scan', async () => {
    const fromTable = await loadSimulationPanel(store);
    const withoutTable = Object.create(store, { seriesTableLoaded: { value: async () => undefined } }) as Store;
    const fromScan = await loadSimulationPanel(withoutTable);
    expect(fromTable.data.size).toBeGreaterThan(100);
    // Cell by cell, counting differences (a diff of the whole maps would be too slow to print).
    const cells = (panel: typeof fromTable): Map<string, number> => {
      const out = new Map<string, number>();
      for (const [iso3, variables] of panel.data)
        for (const [variable, years] of variables)
          for (const [year, value] of years) out.set(`${iso3}|${variable}|${year}`, value);
      return out;
    };
    const a = cells(fromTable);
    const b = cells(fromScan);
    let differing = 0;
    for (const [key, value] of a) if (!Object.is(b.get(key), value)) differing++;
    expect(a.size).toBe(b.size);
    expect(differing).toBe(0);
    expect(fromTable.economies).toEqual(fromScan.economies);
    expect(fromTable.lastYear).toBe(fromScan.lastYear);
  });
});
