import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '@chanye/store';
import { aggregates, type Aggregates } from '@chanye/engine';
import { openSnapshotStore, problemOf, testApp } from './helpers.js';

let store: Store;
let app: ReturnType<typeof testApp>;
beforeAll(async () => {
  store = await openSnapshotStore();
  app = testApp(store);
});
afterAll(() => store.close());

describe('GET /api/aggregates/:measure', () => {
  it('answers what the engine computes, and CSV has the group or share columns', async () => {
    const res = await app.request('/api/aggregates/mva?year=2019');
    expect(res.status).toBe(200);
    const body = (await res.json()) as Aggregates;
    const engine = await aggregates(store, 'mva', 2019);
    expect(body.groups).toEqual(JSON.parse(JSON.stringify(engine.groups)));
    const groups = await app.request('/api/aggregates/mva?year=2019&format=csv');
    const lines = (await groups.text()).trimEnd().split('\n');
    expect(lines[0]).toBe(
      'group,name,year,measure,total,unit,ratio,ratio_unit,ratio_economies,economies,members,population_coverage,classification,source,vintage',
    );
    expect(lines[1]?.startsWith('world,World,2019,mva,')).toBe(true);
    const shares = await app.request('/api/aggregates/exports?year=2017&shares=true&economies=CHN,USA&format=csv');
    const rows = (await shares.text()).trimEnd().split('\n');
    expect(rows[0]).toBe('iso3,name,year,measure,value,unit,share_of_world,rank,source,vintage');
    expect(rows.slice(1).map((r) => r.split(',')[0])).toEqual(['CHN', 'USA']);
  });

  it('rejects an unknown measure with 400 and a year without data with 404, as problem+json', async () => {
    const bad = await app.request('/api/aggregates/gdp');
    expect(bad.status).toBe(400);
    expect((await problemOf(bad)).detail).toContain('measure');
    const none = await app.request('/api/aggregates/mva?year=2023');
    expect(none.status).toBe(404);
    expect((await problemOf(none)).detail).toContain('years with data: 2000-2019');
  });
});
