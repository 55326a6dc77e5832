import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBConnector, quotedString, type Store } from '@chanye/store';
import { openSnapshotStore, problemOf, testApp } from './helpers.js';

let store: Store;
let app: ReturnType<typeof testApp>;
let first: number;
let last: number;
let reportsRendered = 0;
beforeAll(async () => {
  store = await openSnapshotStore();
  // A renderer that only counts: a request refused before any work never calls it.
  app = testApp(store, {
    reports: async () => {
      reportsRendered += 1;
      return { body: 'report', contentType: 'text/plain; charset=utf-8' };
    },
  });
  // The years of the snapshot's series file, read from the Parquet itself, not through the store.
  const connector = await DuckDBConnector.open();
  const [row] = await connector.query<{ first: number; last: number }>(
    `select min(year)::integer as first, max(year)::integer as last from read_parquet(${quotedString(join(store.snapshotDir, 'series.parquet'))})`,
  );
  connector.close();
  first = row?.first ?? NaN;
  last = row?.last ?? NaN;
});
afterAll(() => store.close());

describe('a year wholly outside the data is 404 no-data before any work', () => {
  it.each([
    ['/api/economies/KOR/report?year=AFTER', 'year AFTER'],
    ['/api/scores?economies=CHN&year=AFTER', 'year AFTER'],
    ['/api/economies/CHN/profile?year=AFTER', 'year AFTER'],
    ['/api/economies/CHN/diagnostics?year=AFTER', 'year AFTER'],
    ['/api/economies/CHN/coupling?years=AFTER:LATER', 'years AFTER:LATER'],
    ['/api/observations?indicator=mva_share_gdp&years=AFTER:LATER', 'years AFTER:LATER'],
  ])('%s', async (template, named) => {
    const fill = (text: string) => text.replace('AFTER', String(last + 1)).replace('LATER', String(last + 5));
    const res = await app.request(fill(template));
    expect(res.status).toBe(404);
    const problem = await problemOf(res);
    expect(problem.type).toBe('/problems/no-data');
    expect(problem.detail).toBe(
      `${fill(named)}: no values then; the data end in ${last} (the years covered are ${first}-${last})`,
    );
    expect(reportsRendered).toBe(0);
  });

  it('the last year itself and a range that overlaps the data go on to the route', async () => {
    const res = await app.request(
      `/api/observations?indicator=gdp_per_capita_ppp&economies=CHN&years=${last - 10}:${last + 5}`,
    );
    expect(res.status).toBe(200);
    expect((await app.request(`/api/economies/KOR/report?year=${last}`)).status).toBe(200);
    expect(reportsRendered).toBe(1);
  });

  it('a malformed year is still the validator’s 400', async () => {
    expect((await app.request('/api/economies/CHN/profile?year=99999')).status).toBe(400);
  });
});
