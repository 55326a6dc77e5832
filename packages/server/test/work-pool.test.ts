import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '@chanye/store';
import { LIMITS, startServer, type RunningServer } from '@chanye/server';
import { openSnapshotStore, problemOf, testApp } from './helpers.js';

/**
 * The heavy routes under `startServer` run on worker threads (offload/): the answers must be
 * the main thread's, byte for byte; cheap routes must not wait for them; a full queue is 503
 * busy with Retry-After and a computation past the time limit is stopped with 503 timeout.
 * Order of completion, not time, is asserted (no timing thresholds in tests).
 */
let store: Store;
const servers: RunningServer[] = [];
beforeAll(async () => {
  store = await openSnapshotStore();
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  store.close();
});

async function serve(options: { queue?: number; timeoutSeconds?: number } = {}): Promise<RunningServer> {
  const server = await startServer({ store, port: 0, log: false, workers: 1, ...options });
  servers.push(server);
  return server;
}

const HEAVY = [
  '/api/scores?economies=CHN,IND&year=2015',
  '/api/scores?economies=CHN,IND&year=2015&format=csv',
  '/api/economies/KOR/diagnostics?only=petty-clark',
  '/api/complexity/product-space?dataset=trade-2017&format=csv',
  '/api/economies/CHN/io?year=2011',
];

describe('heavy routes on worker threads', () => {
  it('answer exactly as the main thread does, with the same ETag and 304', async () => {
    const server = await serve();
    const inline = testApp(store);
    for (const target of HEAVY) {
      const direct = await inline.request(target);
      const served = await fetch(`${server.url}${target}`);
      expect(direct.status, target).toBe(200);
      expect(served.status, target).toBe(200);
      expect(served.headers.get('content-type'), target).toBe(direct.headers.get('content-type'));
      expect(await served.text(), target).toBe(await direct.text());
      const etag = served.headers.get('etag');
      expect(etag, target).toBe(direct.headers.get('etag'));
      const again = await fetch(`${server.url}${target}`, { headers: { 'if-none-match': etag ?? '' } });
      expect(again.status, target).toBe(304);
    }
  });

  it('pass on the routes’ own problems (404, 422)', async () => {
    const server = await serve();
    const unknown = await fetch(`${server.url}/api/economies/ZZZ/diagnostics`);
    expect(unknown.status).toBe(404);
    expect((await problemOf(unknown)).type).toBe('/problems/not-found');
    const tooMany = await fetch(`${server.url}/api/scores?all=true&years=1960:2019`);
    expect(tooMany.status).toBe(422);
    expect((await problemOf(tooMany)).detail).toMatch(
      new RegExp(`^economies × years at most ${LIMITS.scoreRows} in one request \\(asked for \\d+ × 60\\)`),
    );
  });

  it('health and observations answer while a report computes', async () => {
    const server = await serve();
    const order: string[] = [];
    const report = fetch(`${server.url}/api/economies/CHN/report?format=md`).then(async (r) => {
      await r.text();
      order.push(`report ${r.status}`);
    });
    // Give the worker the report first.
    await new Promise((resolve) => setTimeout(resolve, 200));
    for (const target of ['/api/health', '/api/observations?indicator=mva_share_gdp&economies=DEU&years=2010:2019']) {
      const r = await fetch(`${server.url}${target}`);
      await r.text();
      order.push(`${target.split('?')[0]} ${r.status}`);
    }
    await report;
    expect(order).toEqual(['/api/health 200', '/api/observations 200', 'report 200']);
  });

  it('a full queue is 503 busy with Retry-After; the requests already taken are answered', async () => {
    const server = await serve({ queue: 0 });
    const first = fetch(`${server.url}/api/economies/CHN/report?format=md`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const refused = await fetch(`${server.url}/api/economies/IND/report?format=md`);
    expect(refused.status).toBe(503);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const problem = await problemOf(refused);
    expect(problem.type).toBe('/problems/busy');
    expect((await first).status).toBe(200);
  });

  it('a computation past the time limit is stopped with 503 timeout, and a fresh worker answers the next', async () => {
    const server = await serve({ timeoutSeconds: 0.05 });
    const stopped = await fetch(`${server.url}/api/economies/CHN/report?format=md`);
    expect(stopped.status).toBe(503);
    const problem = await problemOf(stopped);
    expect(problem.type).toBe('/problems/timeout');
    expect(problem.detail).toMatch(/longer than the 0.05 s the server allows one request/);
    // The replacement worker opens its store first; cheap-to-compute heavy routes then answer.
    let status = 0;
    for (let attempt = 0; attempt < 100 && status !== 200; attempt++) {
      status = (await fetch(`${server.url}/api/diagnostics`)).status;
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(status).toBe(200);
  });
});
