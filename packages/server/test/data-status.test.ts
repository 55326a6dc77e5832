/**
 * GET /api/data/status answers what `chanye data status --format json` prints, for a user
 * database filled by an update from the recorded World Bank answer (see
 * store/test/fixtures/live/README.md), and its CSV is the CLI's byte for byte.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataStatus } from '@chanye/engine';
import { liveSourcesPath, loadLiveSources, Store, updateLiveSeries, wdiIndicatorUrl } from '@chanye/store';
import { runCli } from '../../cli/test/run-cli.js';
import { japanOnePage } from '../../store/test/sources/live-fixtures.js';
import { fakeFetch } from '../../store/test/sources/wdi-fixtures.js';
import { repoRoot, testApp } from './helpers.js';

let dir: string;
let db: string;
let store: Store;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chanye-status-'));
  db = join(dir, 'user.duckdb');
  const live = loadLiveSources(liveSourcesPath(join(repoRoot, 'catalog')));
  const { fetch } = fakeFetch({ [wdiIndicatorUrl({ indicator: 'NV.IND.MANF.ZS' }, 1, 1000)]: japanOnePage() });
  await updateLiveSeries(
    { catalogue: live, userDbPath: db, sources: ['wdi'], indicators: ['NV.IND.MANF.ZS'] },
    { fetch, now: () => Date.parse('2026-12-07T10:00:00Z') },
  );
  store = await Store.open({ userDbPath: db });
});
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('GET /api/data/status', () => {
  it('is dataStatus of the user database, as the CLI prints it in JSON and CSV', async () => {
    const app = testApp(store);
    const res = await app.request('/api/data/status');
    expect(res.status).toBe(200);
    const body = (await res.json()) as Awaited<ReturnType<typeof dataStatus>>;
    expect(body).toEqual(JSON.parse(JSON.stringify(await dataStatus(db, store.manifest))));
    expect(body.sources.find((s) => s.source === 'wdi')).toMatchObject({ series: 1, rows: 49 });
    expect(body.updatePending).toBe(false);

    const cli = await runCli(['data', 'status', '--db', db, '--format', 'json']);
    expect(cli.code, cli.stderr).toBe(0);
    expect(JSON.parse(cli.stdout)).toEqual(body);
    const csv = await runCli(['data', 'status', '--db', db, '--format', 'csv']);
    expect(await (await app.request('/api/data/status?format=csv')).text()).toBe(csv.stdout);
  });

  it('with no user database, every source has nothing refreshed', async () => {
    const bare = await Store.open({ userDbPath: join(dir, 'none.duckdb') });
    try {
      const body = (await (await testApp(bare).request('/api/data/status')).json()) as {
        sources: { rows: number }[];
      };
      expect(body.sources.map((s) => s.rows)).toEqual(body.sources.map(() => 0));
    } finally {
      bare.close();
    }
  });
});
