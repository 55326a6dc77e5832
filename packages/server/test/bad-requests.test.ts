import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '@chanye/store';
import { ROUTE_DOCS } from '@chanye/server';
import { openSnapshotStore, problemOf, testApp } from './helpers.js';

let store: Store;
let app: ReturnType<typeof testApp>;
beforeAll(async () => {
  store = await openSnapshotStore();
  app = testApp(store);
});
afterAll(() => store.close());

/** Hostile or malformed values tried in every parameter of every route. */
const HOSTILE = [
  "' OR 1=1 --",
  "CHN'; DROP TABLE series; --",
  '1; select * from economies',
  "\") union select * from read_csv('/etc/passwd') --",
  '../../../../etc/passwd',
  '..%2F..%2Fetc%2Fpasswd',
  '%00',
  '\u0000',
  '<script>alert(1)</script>',
  '${jndi:ldap://x}',
  '9'.repeat(400),
  '-1',
  '1e309',
  'NaN',
  '2019:1990',
  '0000:9999',
  '中国',
  '',
];

/** A valid request for each route, so one parameter at a time can be spoiled. */
const VALID: Readonly<Record<string, { path: Record<string, string>; query: Record<string, string> }>> = {
  '/api/observations': { path: {}, query: { indicator: 'gdp_per_capita_ppp', economies: 'CHN', years: '2010:2011' } },
  '/api/scores': { path: {}, query: { economies: 'CHN', year: '2017' } },
  '/api/scores/audit': { path: {}, query: { year: '2017' } },
  '/api/complexity': { path: {}, query: { dataset: 'trade-2017' } },
};

const url = (template: string, path: Record<string, string>, query: Record<string, string>): string => {
  const p = template.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => encodeURIComponent(path[name] ?? 'CHN'));
  const q = new URLSearchParams(query).toString();
  return q ? `${p}?${q}` : p;
};

async function expectProblem(target: string, init?: RequestInit): Promise<number> {
  const res = await app.request(target, init);
  if (res.status === 200) {
    await res.body?.cancel();
    return 200;
  }
  expect(res.status, target).toBeGreaterThanOrEqual(400);
  expect(res.status, target).toBeLessThan(500);
  const problem = await problemOf(res);
  expect(problem).toMatchObject({ type: expect.stringMatching(/^\/problems\//), status: res.status });
  expect(problem.title.length).toBeGreaterThan(0);
  expect(problem.detail.length).toBeGreaterThan(0);
  return res.status;
}

describe('bad requests get 4xx problem+json, never 500', () => {
  it('unknown economy: 404 with a suggestion', async () => {
    const res = await app.request('/api/economies/CHX/profile');
    expect(res.status).toBe(404);
    expect((await problemOf(res)).detail).toMatch(/^unknown economy 'CHX' — did you mean CH/);
  });

  it('unknown indicator: 404; no data in range: 404 no-data with the latest years', async () => {
    expect(await expectProblem('/api/observations?indicator=gdp_per_capita_pp')).toBe(404);
    const res = await app.request('/api/observations?indicator=gdp_per_capita_ppp&economies=CHN&years=1900:1901');
    const problem = await problemOf(res);
    expect(problem).toMatchObject({ type: '/problems/no-data', status: 404 });
    expect(problem.details?.[0]).toMatch(/^CHN: latest year with data is \d{4}$/);
  });

  it.each([
    ['year=19', 400],
    ['year=2015.5', 400],
    ['year=twenty', 400],
    ['years=2019:1990', 400],
    ['years=1990-2019', 400],
    ['years=1900:2019', 422],
    ['year=2015&year=2016', 400],
    ['bogus=1', 400],
  ])('malformed years and parameters: profile/scores ?%s → %i', async (q, status) => {
    const target = q.startsWith('years') ? `/api/scores?economies=CHN&${q}` : `/api/economies/CHN/profile?${q}`;
    expect(await expectProblem(target)).toBe(status);
  });

  it('limits: sensitivity draws, years × draws, list length, knn → 422 limit-exceeded', async () => {
    for (const target of [
      '/api/scores?economies=CHN&sensitivity=1001',
      '/api/scores?economies=CHN&years=1990:2019&sensitivity=1000',
      `/api/observations?indicator=gdp_per_capita_ppp&economies=${Array(51).fill('CHN').join(',')}`,
      '/api/complexity?dataset=trade-2017&knn=5000',
      '/api/complexity?dataset=trade-2017&table=economy-products',
    ]) {
      const res = await app.request(target);
      expect(res.status, target).toBe(422);
      expect((await problemOf(res)).type).toBe('/problems/limit-exceeded');
    }
  });

  it('simulation: catalogue scenarios only, draws and horizon capped', async () => {
    const base = '/api/economies/CHN/simulation';
    for (const [q, status, type] of [
      ['draws=1001', 422, 'limit-exceeded'],
      ['draws=100000', 422, 'limit-exceeded'],
      ['to=2061', 422, 'limit-exceeded'],
      ['draws=0', 400, 'bad-request'],
      ['draws=-5', 400, 'bad-request'],
      ['scenario=../../catalog/scenarios/baseline.yaml', 400, 'bad-request'],
      ['scenario=%2Ftmp%2Fx.yaml', 400, 'bad-request'],
      ['scenario=baseline.yaml', 400, 'bad-request'],
      ['scenario=C:%5Cx', 400, 'bad-request'],
      ['scenario=baselin', 404, 'not-found'],
      ['to=2010', 422, 'invalid-request'],
    ] as const) {
      const res = await app.request(`${base}?${q}`);
      expect(res.status, q).toBe(status);
      const problem = await problemOf(res);
      expect(problem.type, q).toBe(`/problems/${type}`);
      if (q === 'scenario=baselin') {
        expect(problem.detail).toContain('did you mean baseline');
        // The API takes catalogue ids only, so the CLI's hint about files is not given.
        expect(problem.detail).not.toContain('file');
        expect(problem.detail).toContain('/api/scenarios');
      }
    }
  });

  it('engine rejections of well-formed values are 422 invalid-request', async () => {
    for (const target of [
      '/api/scores?economies=CHN&framework=nonsense',
      '/api/scores?economies=CHN&peers=region:atlantis',
      '/api/economies/CHN/diagnostics?only=astrology',
      '/api/economies/CHN/diagnostics?only=deindustrialization&measure=gdp_per_capita_ppp',
    ]) {
      const res = await app.request(target);
      expect(res.status, target).toBe(422);
      expect((await problemOf(res)).type).toBe('/problems/invalid-request');
    }
  });

  it('hostile values in every path and query parameter of every route', async () => {
    const statuses = new Map<number, number>();
    for (const route of ROUTE_DOCS) {
      const valid = VALID[route.path] ?? { path: {}, query: {} };
      const names = [
        ...Object.keys(route.params?.shape ?? {}).map((n) => ['path', n] as const),
        ...Object.keys(route.query?.shape ?? {}).map((n) => ['query', n] as const),
      ];
      for (const [where, name] of names) {
        for (const value of HOSTILE) {
          const target =
            where === 'path'
              ? url(route.path, { ...valid.path, [name]: value }, valid.query)
              : url(route.path, valid.path, { ...valid.query, [name]: value });
          const status = await expectProblem(target);
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
        }
      }
    }
    // Hostile strings are refused by the schemas before they reach the engine.
    expect([...statuses.keys()].every((s) => s < 500)).toBe(true);
    expect(statuses.get(400)).toBeGreaterThan(100);
  });

  it('path traversal and odd paths never reach a file or a 500', async () => {
    for (const target of [
      '/../../etc/passwd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/api/economies/..%2F..%2Fetc%2Fpasswd/profile',
      '/api/economies/%00/profile',
      '/api/../package.json',
      '/api/economies/CHN/profile/../../../../etc/passwd',
      '/problems/..%2f..%2fpackage.json',
    ]) {
      const res = await app.request(target);
      const body = await res.text();
      expect(res.status, target).toBeLessThan(500);
      expect(body).not.toContain('root:');
      expect(body).not.toContain('"workspaces"');
    }
  });

  it('oversized bodies: 413; other methods: 405; long URLs: 414', async () => {
    const big = 'x'.repeat(1 << 20);
    expect(await expectProblem('/api/economies', { method: 'POST', body: big })).toBe(413);
    expect(await expectProblem('/api/economies', { method: 'PUT', body: big })).toBe(413);
    const res = await app.request('/api/economies', { method: 'POST', body: '{}' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
    await problemOf(res);
    expect(await expectProblem('/api/economies', { method: 'DELETE' })).toBe(405);
    expect(await expectProblem(`/api/observations?indicator=${'a'.repeat(5000)}`)).toBe(414);
    expect(await expectProblem(`/api/economies/${'A'.repeat(1000)}`)).toBe(414);
  });

  it('a streamed body of unknown length is cut off at the limit: 413', async () => {
    const chunk = new Uint8Array(8192);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > 1 << 20) controller.close();
        else {
          sent += chunk.byteLength;
          controller.enqueue(chunk);
        }
      },
    });
    const res = await app.request('/api/economies', {
      method: 'POST',
      body,
      headers: { 'transfer-encoding': 'chunked' },
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(sent).toBeLessThan(1 << 20);
  });

  it('unknown routes: 404 problem+json', async () => {
    expect(await expectProblem('/api/nothing-here')).toBe(404);
    expect(await expectProblem('/problems/nope')).toBe(404);
  });
});
