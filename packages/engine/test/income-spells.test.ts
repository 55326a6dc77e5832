import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '@chanye/store';
import { incomeSpells } from '@chanye/engine';
import { openSnapshotStore } from './helpers.js';

let store: Store;
beforeAll(async () => {
  store = await openSnapshotStore();
});
afterAll(() => store.close());

describe('incomeSpells(history)', () => {
  it("collapses China's history into spells, keeping the 1998 fall back to low income", async () => {
    const spells = incomeSpells(await store.incomeHistory('CHN'));
    // OGHIST: L to FY98, LM in FY99 (data 1997), L in FY00 (1998), LM FY01-FY11, UM from FY12 (2010)
    expect(spells.slice(0, 5)).toEqual([
      { group: 'L', from: 1987, to: 1996 },
      { group: 'LM', from: 1997, to: 1997 },
      { group: 'L', from: 1998, to: 1998 },
      { group: 'LM', from: 1999, to: 2009 },
      { group: 'UM', from: 2010, to: 2024 },
    ]);
  });
});
