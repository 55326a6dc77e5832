import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '@chanye/store';
import { openSnapshotStore } from '../helpers.js';
import { ioPositions } from '@chanye/engine';

let store: Store;
beforeAll(async () => {
  store = await openSnapshotStore();
});
afterAll(() => store.close());

describe('store.ioSectors() and ioPositions(store, )', () => {
  it('ioSectors() lists the 35 WIOD sectors c1…c35 in order', async () => {
    const sectors = await store.ioSectors();
    expect(sectors).toHaveLength(35);
    expect(sectors[0]).toMatchObject({ sector: 'c1', wiod_code: 'AtB', is_manufacturing: false });
    expect(sectors.at(-1)?.sector).toBe('c35');
  });

  it('ioPositions(chn) defaults to 2011 and gives the sectors their upstreamness', async () => {
    const p = await ioPositions(store, 'chn');
    expect(p).toMatchObject({ iso3: 'CHN', year: 2011, dataset: 'wiod2013' });
    expect(p.years[0]).toBe(1995);
    expect(p.sectors).toHaveLength(35);
    const upstreamness = p.sectors.map((s) => s.upstreamness).filter((u): u is number => u !== null);
    expect(upstreamness.length).toBeGreaterThan(30);
    // Antràs-Chor upstreamness is at least 1 by construction.
    expect(Math.min(...upstreamness)).toBeGreaterThanOrEqual(1);
  });

  it('a year outside 1995-2011 or an economy outside WIOD is no-data; an unknown code not-found', async () => {
    await expect(ioPositions(store, 'CHN', 1990)).rejects.toMatchObject({ kind: 'no-data' });
    await expect(ioPositions(store, 'NGA')).rejects.toMatchObject({ kind: 'no-data' });
    await expect(ioPositions(store, 'XXX')).rejects.toMatchObject({ kind: 'not-found' });
  });
});
