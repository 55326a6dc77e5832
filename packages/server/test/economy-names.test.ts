import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '@chanye/store';
import { openSnapshotStore, problemOf, testApp } from './helpers.js';

let store: Store;
let app: ReturnType<typeof testApp>;
beforeAll(async () => {
  store = await openSnapshotStore();
  app = testApp(store);
});
afterAll(() => store.close());

/** The body of a 200 answer, failing on anything else. */
async function ok(path: string): Promise<string> {
  const res = await app.request(path);
  expect(res.status, path).toBe(200);
  return res.text();
}

describe('economies by name (GET)', () => {
  it('/api/economies/China/profile and /api/economies/中国/profile answer as /api/economies/CHN/profile', async () => {
    const byCode = await ok('/api/economies/CHN/profile?year=2015');
    expect(await ok(`/api/economies/${encodeURIComponent('China')}/profile?year=2015`)).toBe(byCode);
    expect(await ok(`/api/economies/${encodeURIComponent('中国')}/profile?year=2015`)).toBe(byCode);
  });

  it('a name with a comma works in the path (Korea, Rep.), and lists of names in the query', async () => {
    const byName = JSON.parse(await ok(`/api/economies/${encodeURIComponent('Korea, Rep.')}`)) as { iso3: string };
    expect(byName.iso3).toBe('KOR');
    const byCode = await ok('/api/observations?indicator=mva_share_gdp&economies=CHN,IND&years=2019');
    expect(
      await ok(`/api/observations?indicator=mva_share_gdp&economies=${encodeURIComponent('China,India')}&years=2019`),
    ).toBe(byCode);
  });

  it('an unknown name is 404 not-found with a suggestion', async () => {
    const res = await app.request(`/api/economies/${encodeURIComponent('Chinaa')}/profile`);
    expect(res.status).toBe(404);
    const problem = await problemOf(res);
    expect(problem.type).toBe('/problems/not-found');
    expect(problem.detail).toMatch(/^unknown economy 'Chinaa' — did you mean CHN \(China\)/);
  });
});

describe('no data is 404 no-data, as the CLI exits 3', () => {
  it.each([
    [
      '/api/scores?economies=CHN&year=1900',
      /no characteristics score for CHN in 1900; the latest year with adequate coverage/,
    ],
    [
      '/api/economies/CHN/profile?year=1900',
      /no profile values for CHN \(China\) in or before 1900: its earliest profile value is from \d{4}/,
    ],
    ['/api/economies/CHN/diagnostics?year=1900', /no data answers any diagnostic for CHN as of 1900/],
    [
      '/api/economies/CHN/coupling?years=1900:1901',
      /no new-four coupling for CHN in 1900-1901; the latest year with adequate coverage/,
    ],
    ['/api/indicators?search=zzzz', /no indicator matches 'zzzz'/],
  ])('%s', async (path, detail) => {
    const res = await app.request(path);
    expect(res.status).toBe(404);
    const problem = await problemOf(res);
    expect(problem.type).toBe('/problems/no-data');
    expect(problem.detail).toMatch(detail);
  });
});
