import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '@chanye/store';
import { openSnapshotStore, testApp } from './helpers.js';

let store: Store;
beforeAll(async () => {
  store = await openSnapshotStore();
});
afterAll(() => store.close());

async function bodies(app: ReturnType<typeof testApp>, targets: readonly string[]): Promise<string[]> {
  return Promise.all(
    targets.map(async (t) => {
      const res = await app.request(t);
      expect(res.status, t).toBe(200);
      return res.text();
    }),
  );
}

describe('one store shared by concurrent requests', () => {
  it('50 parallel identical requests, computed afresh each time (no cache), give identical answers', async () => {
    const app = testApp(store, { cache: false });
    const results = await bodies(app, Array(50).fill('/api/economies/CHN/profile?year=2015'));
    const [first] = results;
    expect(results.every((r) => r === first)).toBe(true);
    const serial = await (await app.request('/api/economies/CHN/profile?year=2015')).text();
    expect(first).toBe(serial);
  });

  it('50 parallel mixed requests give the answers each gives alone', async () => {
    const targets = [
      '/api/economies/CHN/profile',
      '/api/economies/IND/profile?format=csv',
      '/api/observations?indicator=mva_share_gdp&economies=DEU,JPN&years=2000:2010',
      '/api/economies/KOR/diagnostics?only=petty-clark',
      '/api/economies/BRA/exports?by=tech',
    ];
    const app = testApp(store, { cache: false });
    const alone = await bodies(app, targets);
    const mixed = Array.from({ length: 50 }, (_, i) => targets[i % targets.length] as string);
    const together = await bodies(app, mixed);
    together.forEach((body, i) => expect(body).toBe(alone[i % targets.length]));
  });

  it('with the cache, concurrent identical requests share one computation', async () => {
    const app = testApp(store);
    const results = await bodies(app, Array(50).fill('/api/economies/MEX/profile'));
    expect(new Set(results).size).toBe(1);
  });
});
