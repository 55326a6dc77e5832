import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Store } from '@chanye/store';
import {
  ioGvc,
  ioIntegration,
  ioLinkages,
  ioSecurity,
  ioTableEconomies,
  loadIoModel,
  type IoModel,
} from '@chanye/engine';
import { openSnapshotStore } from '../helpers.js';

let store: Store;
let loaded: IoModel;

beforeAll(async () => {
  store = await openSnapshotStore();
  loaded = await loadIoModel(store, { dataset: 'wiod2013', year: 2011 });
}, 180_000);
afterAll(() => store.close());

describe('store.mrioRegions and ioTableEconomies', () => {
  it('ioTableEconomies({ year: 2011 }) lists the 40 WIOD economies in the table’s order, without ROW', async () => {
    const economies = await ioTableEconomies(store, { year: 2011 });
    expect(economies).toEqual(loaded.economies);
    expect(economies).toHaveLength(40);
    expect(economies).toContain('CHN');
    expect(economies).not.toContain('THA');
    expect(await store.mrioRegions({ dataset: 'wiod2013', year: 2011 })).toEqual(loaded.model.regions);
  });

  it('store.mrioRegions is empty for a year with no table, and rejects an unknown dataset', async () => {
    expect(await store.mrioRegions({ dataset: 'wiod2013', year: 1990 })).toEqual([]);
    await expect(store.mrioRegions({ dataset: 'icio', year: 2011 })).rejects.toMatchObject({ kind: 'invalid-input' });
    // A valid year the table does not cover is a request no data answer (exit 3), not bad input.
    await expect(ioTableEconomies(store, { year: 2012 })).rejects.toMatchObject({ kind: 'no-data' });
  });
});

describe('io analyses with request.loaded (one table, loaded and factored once)', () => {
  it('ioLinkages, ioGvc, ioSecurity and ioIntegration give exactly the results of a fresh load, and leave the table unchanged', async () => {
    const request = { dataset: 'wiod2013', year: 2011, economy: 'chn' };
    const reused = {
      linkages: await ioLinkages(store, { ...request, loaded }),
      gvc: await ioGvc(store, { ...request, loaded }),
      security: await ioSecurity(store, { ...request, loaded, limit: 20 }),
      integration: await ioIntegration(store, { ...request, loaded }),
    };
    // Run again after the others: an analysis that wrote into the shared table would show here.
    expect(await ioLinkages(store, { ...request, loaded })).toEqual(reused.linkages);
    expect(reused.linkages).toEqual(await ioLinkages(store, request));
    expect(reused.gvc).toEqual(await ioGvc(store, request));
    expect(reused.security).toEqual(await ioSecurity(store, { ...request, limit: 20 }));
    expect(reused.integration).toEqual(await ioIntegration(store, request));
  }, 120_000);

  it('rejects a loaded table of another year, and an economy outside the table, as the fresh load does', async () => {
    await expect(ioLinkages(store, { year: 2010, economy: 'CHN', loaded })).rejects.toMatchObject({
      kind: 'invalid-input',
    });
    await expect(ioLinkages(store, { year: 2011, economy: 'THA', loaded })).rejects.toMatchObject({
      kind: 'not-found',
    });
  });
});
