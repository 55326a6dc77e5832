import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '@chanye/store';
import { openSnapshotStore, problemOf, testApp } from './helpers.js';

interface ScoresAnswer {
  rows: { iso3: string; year: number; subsystem: string; score: number | null }[];
  years: { year: number; inputs: { iso3: string }[] }[];
  page?: { offset: number; limit: number; economies: number; next: number | null };
}

let store: Store;
let app: ReturnType<typeof testApp>;
beforeAll(async () => {
  store = await openSnapshotStore();
  app = testApp(store);
});
afterAll(() => store.close());

async function scores(query: string): Promise<ScoresAnswer> {
  const res = await app.request(`/api/scores?${query}`);
  expect(res.status, query).toBe(200);
  return (await res.json()) as ScoresAnswer;
}

describe('/api/scores in pages of economies', () => {
  it('the pages of all=true together hold exactly the rows of the whole answer', async () => {
    const whole = await scores('all=true&year=2017');
    const economies = (await store.economies()).length;
    const rows: ScoresAnswer['rows'] = [];
    let offset: number | null = 0;
    let pages = 0;
    while (offset !== null) {
      const page: ScoresAnswer = await scores(`all=true&year=2017&offset=${offset}&limit=100`);
      expect(page.page).toMatchObject({ offset, economies });
      expect(page.page!.limit).toBeLessThanOrEqual(100);
      // Each page's per-economy details are its own economies'.
      const mine = new Set(page.rows.map((r) => r.iso3));
      for (const input of page.years[0]!.inputs) expect(mine.has(input.iso3)).toBe(true);
      rows.push(...page.rows);
      offset = page.page!.next;
      pages += 1;
    }
    expect(pages).toBe(Math.ceil(economies / 100));
    const key = (r: ScoresAnswer['rows'][number]) => `${r.iso3}|${r.subsystem}`;
    expect(rows.map(key).sort()).toEqual(whole.rows.map(key).sort());
    const byKey = new Map(whole.rows.map((r) => [key(r), r]));
    for (const r of rows) expect(r).toEqual(byKey.get(key(r)));
  }, 120_000);

  it('an offset past the economies asked for is 404 no-data', async () => {
    const res = await app.request('/api/scores?economies=CHN,IND&year=2017&offset=2');
    expect(res.status).toBe(404);
    expect((await problemOf(res)).detail).toBe('offset 2 is past the 2 economies asked for');
  });
});
