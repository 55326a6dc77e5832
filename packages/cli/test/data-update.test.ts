import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { liveSourcesPath, loadLiveSources, wdiIndicatorUrl } from '@chanye/store';
import { runCli } from './run-cli.js';
import { japan1971to2020Pages } from '../../store/test/sources/wdi-fixtures.js';

const repoRoot = join(import.meta.dirname, '..', '..', '..');
const wdi = loadLiveSources(liveSourcesPath(join(repoRoot, 'catalog'))).filter((s) => s.source === 'wdi');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'chanye-update-'));
});
afterEach(() => {
  vi.unstubAllGlobals();
  rmSync(dir, { recursive: true, force: true });
});

/** Serves the recorded World Bank answer (see store/test/fixtures/live/README.md) at each mapped code's URL. */
function stubRecordedWdi(): string[] {
  const calls: string[] = [];
  const page = japan1971to2020Pages(1000)[0] ?? '';
  const urls = new Set(wdi.map((s) => wdiIndicatorUrl({ indicator: s.code }, 1, 1000)));
  vi.stubGlobal('fetch', async (url: string) => {
    calls.push(url);
    if (!urls.has(url)) throw new Error(`unexpected request in test: ${url}`);
    return new Response(page, { status: 200 });
  });
  return calls;
}

describe('chanye data update / status', () => {
  it('update --source wdi fills the user database for every WDI-coded series, and status reports it', async () => {
    const db = join(dir, 'user.duckdb');
    const calls = stubRecordedWdi();
    const update = await runCli(['data', 'update', '--source', 'wdi', '--db', db, '--cache-dir', join(dir, 'cache')]);
    expect(update.stderr.split('\n').filter((l) => l.startsWith('['))).toHaveLength(wdi.length);
    expect(update.code).toBe(0);
    expect(calls).toHaveLength(wdi.length);
    expect(update.stdout).toContain(`updated ${wdi.length} series (${(49 * wdi.length).toLocaleString('en-US')} rows)`);
    expect(update.stderr).toContain(`[1/${wdi.length}] wdi:NV.IND.MANF.ZS → mva_share_gdp: 49 rows`);

    const status = await runCli(['data', 'status', '--db', db]);
    expect(status.code).toBe(0);
    const line = status.stdout.split('\n').find((l) => l.startsWith('wdi '));
    expect(line).toContain('WDI API, lastupdated 2021-05-25; retrieved');
    expect(line).toMatch(new RegExp(`\\s${wdi.length}\\s+${(49 * wdi.length).toLocaleString('en-US')}$`));
  });

  it('a bad --source or --indicators is exit 2 naming it', async () => {
    const bad = await runCli(['data', 'update', '--source', 'wdi,nope', '--db', join(dir, 'x.duckdb')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown --source nope');
    const none = await runCli([
      'data',
      'update',
      '--source',
      'wdi',
      '--indicators',
      'zzz',
      '--db',
      join(dir, 'x.duckdb'),
    ]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no live series for zzz');
  });

  it('offline, update exits 4 and says the snapshot still works', async () => {
    vi.stubGlobal('fetch', async () => {
      throw Object.assign(new TypeError('fetch failed'), {
        cause: { code: 'ENOTFOUND', hostname: 'api.worldbank.org' },
      });
    });
    const offline = await runCli([
      'data',
      'update',
      '--source',
      'wdi',
      '--indicators',
      'mva_share_gdp',
      '--db',
      join(dir, 'user.duckdb'),
      '--cache-dir',
      join(dir, 'cache'),
    ]);
    expect(offline.code).toBe(4);
    expect(offline.stderr).toContain('chanye data update needs internet access; the embedded snapshot works offline');
  }, 30_000);

  it('--source sdg is accepted; offline it exits 4 naming the UN SDG API', async () => {
    vi.stubGlobal('fetch', async () => {
      throw Object.assign(new TypeError('fetch failed'), {
        cause: { code: 'ENOTFOUND', hostname: 'unstats.un.org' },
      });
    });
    const args = ['data', 'update', '--source', 'sdg', '--indicators', 'rd_share_gdp', '--db', join(dir, 'u.duckdb')];
    const offline = await runCli([...args, '--cache-dir', join(dir, 'cache')]);
    expect(offline.code).toBe(4);
    expect(offline.stderr).toContain('cannot reach unstats.un.org');
    expect(offline.stderr).not.toContain('no connector');
  }, 30_000);
});
