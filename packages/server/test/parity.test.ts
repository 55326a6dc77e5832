import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scorecardPolicy } from '@chanye/compute';
import { type Store } from '@chanye/store';
import {
  couplingPolicy,
  couplingSeries,
  DEFAULT_SCORE_WINDOW,
  diagnose,
  economyProfile,
  scoreEconomies,
  scoreRows,
  outlook,
  outlookJson,
  exportStructure,
} from '@chanye/engine';
import { runCli } from '../../cli/test/run-cli.js';
import { openSnapshotStore, testApp } from './helpers.js';

/**
 * One engine: the same request through the library, the CLI (`--format json`) and the API
 * gives the same JSON, and the API's CSV is the CLI's CSV byte for byte.
 */
let store: Store;
let app: ReturnType<typeof testApp>;
beforeAll(async () => {
  store = await openSnapshotStore();
  app = testApp(store);
});
afterAll(() => store.close());

/**
 * The body exactly as sent: decoded without dropping a byte-order mark (Response.text() would
 * drop it), so a Chinese CSV compares byte for byte with the CLI's.
 */
const api = async (path: string): Promise<string> => {
  const res = await app.request(path);
  expect(res.status, path).toBe(200);
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
};
const cli = async (args: string[]): Promise<string> => {
  const result = await runCli(args);
  expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(0);
  return result.stdout;
};
/** JSON as it leaves any surface: NaN becomes null, undefined keys vanish. */
const wire = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('library, CLI and API give identical JSON', () => {
  it('profile', async () => {
    const library = wire(await economyProfile(store, 'BRA', 2015));
    const fromCli = JSON.parse(await cli(['profile', 'BRA', '--year', '2015', '--format', 'json']));
    const fromApi = JSON.parse(await api('/api/economies/BRA/profile?year=2015'));
    expect(fromCli).toEqual(library);
    expect(fromApi).toEqual(library);
  });

  it('observations (chanye query)', async () => {
    const library = wire(
      await store.observations({ indicator: 'gdp_per_capita_ppp', economies: ['CHN', 'IND'], years: [2010, 2019] }),
    );
    const args = ['query', '--indicator', 'gdp_per_capita_ppp', '--economies', 'CHN,IND', '--years', '2010:2019'];
    const path = '/api/observations?indicator=gdp_per_capita_ppp&economies=CHN,IND&years=2010:2019';
    expect(JSON.parse(await cli([...args, '--format', 'json']))).toEqual(library);
    expect(JSON.parse(await api(path))).toEqual(library);
    expect(await api(`${path}&format=csv`)).toBe(await cli([...args, '--format', 'csv']));
  });

  it('scores: the whole JSON document, and the CSV', async () => {
    const library = wire(
      scoreRows(
        await scoreEconomies(store, {
          framework: 'characteristics',
          years: [2017],
          economies: ['CHN', 'DEU'],
          peers: 'all',
          policy: scorecardPolicy(),
          window: DEFAULT_SCORE_WINDOW,
        }),
      ),
    );
    const fromCli = JSON.parse(await cli(['score', 'CHN', 'DEU', '--year', '2017', '--format', 'json']));
    const fromApi = JSON.parse(await api('/api/scores?economies=CHN,DEU&year=2017'));
    expect(fromCli.rows).toEqual(library);
    expect(fromApi).toEqual(fromCli);
    expect(await api('/api/scores?economies=CHN,DEU&year=2017&format=csv')).toBe(
      await cli(['score', 'CHN', 'DEU', '--year', '2017', '--format', 'csv']),
    );
  });

  it('scores with sensitivity draws', async () => {
    const args = ['score', 'KOR', '--years', '2015:2016', '--sensitivity', '30', '--seed', '3', '--format', 'json'];
    const fromApi = JSON.parse(await api('/api/scores?economies=KOR&years=2015:2016&sensitivity=30&seed=3'));
    expect(fromApi).toEqual(JSON.parse(await cli(args)));
  });

  it('score audit', async () => {
    const args = ['score', '--audit', '--framework', 'four-systems', '--year', '2017', '--outliers', 'winsorise-log'];
    const query = '/api/scores/audit?framework=four-systems&year=2017&outliers=winsorise-log';
    expect(JSON.parse(await api(query))).toEqual(JSON.parse(await cli([...args, '--format', 'json'])));
    expect(await api(`${query}&format=csv`)).toBe(await cli([...args, '--format', 'csv']));
  });

  it('coupling', async () => {
    const library = wire(
      await couplingSeries(store, {
        iso3: 'CHN',
        framework: 'new-four',
        years: Array.from({ length: 20 }, (_, i) => 2000 + i),
        peers: 'all',
        window: DEFAULT_SCORE_WINDOW,
        policy: couplingPolicy(),
      }),
    );
    expect(JSON.parse(await cli(['coupling', 'CHN', '--format', 'json']))).toEqual(library);
    expect(JSON.parse(await api('/api/economies/CHN/coupling'))).toEqual(library);
    // Both start with the byte-order mark that lets Excel read the Chinese.
    expect((await api('/api/economies/CHN/coupling?format=csv&lang=zh')).startsWith('\ufeffiso3,')).toBe(true);
    expect(await api('/api/economies/CHN/coupling?format=csv&lang=zh')).toBe(
      await cli(['coupling', 'CHN', '--format', 'csv', '--lang', 'zh']),
    );
  });

  it('diagnose, with a diagnostic’s own option', async () => {
    const library = wire(
      (await diagnose(store, 'KOR', { only: ['petty-clark', 'income-trap'], minRun: 5 })).map((r) => ({
        diagnostic: r.diagnostic.id,
        name_en: r.diagnostic.name_en,
        name_zh: r.diagnostic.name_zh,
        findings: r.findings,
      })),
    );
    const fromCli = JSON.parse(await cli(['diagnose', 'KOR', 'petty-clark', 'income-trap', '--format', 'json']));
    const fromApi = JSON.parse(await api('/api/economies/KOR/diagnostics?only=petty-clark,income-trap&minRun=5'));
    expect(fromApi).toEqual(library);
    // The full `diagnose` command takes no --min-run; its own subcommand does.
    const petty = JSON.parse(await cli(['diagnose', 'petty-clark', 'KOR', '--min-run', '5', '--format', 'json']));
    expect(fromApi.slice(0, 1)).toEqual(petty);
    expect(fromCli[1]).toEqual(fromApi[1]);
    expect(await api('/api/economies/KOR/diagnostics?only=petty-clark&minRun=5&format=csv&lang=zh')).toBe(
      await cli(['diagnose', 'petty-clark', 'KOR', '--min-run', '5', '--format', 'csv', '--lang', 'zh']),
    );
  });

  it('diagnose slowdowns, with the lower income floor', async () => {
    const fromCli = JSON.parse(
      await cli(['diagnose', 'slowdowns', 'CHN', '--income-floor', '7500', '--format', 'json']),
    );
    const fromApi = JSON.parse(await api('/api/economies/CHN/diagnostics?only=slowdowns&incomeFloor=7500'));
    expect(fromApi).toEqual(fromCli);
    expect(fromApi[0].findings[0].threshold.description_en).toContain('US$7,500 at 2005 international prices');
  });

  it('economies, indicators, exports and arrays', async () => {
    const pairs: [string, string[]][] = [
      ['/api/economies?aggregates=true', ['economies', '--aggregates']],
      ['/api/indicators?pillar=advanced', ['indicators', '--pillar', 'advanced']],
      ['/api/economies/CHN/exports?by=sop', ['exports', 'CHN', '--by', 'sop']],
      ['/api/economies/VNM/arrays', ['arrays', 'VNM']],
    ];
    for (const [path, args] of pairs) {
      expect(JSON.parse(await api(path)), path).toEqual(JSON.parse(await cli([...args, '--format', 'json'])));
      const sep = path.includes('?') ? '&' : '?';
      expect(await api(`${path}${sep}format=csv`), path).toBe(await cli([...args, '--format', 'csv']));
    }
    expect(JSON.parse(await api('/api/economies/CHN/exports?by=sop'))).toEqual(
      wire(await exportStructure(store, 'CHN', 'sop')),
    );
  });

  it('simulation: JSON of library, CLI and API, and the fan CSV, for a fixed seed', async () => {
    const library = wire(
      outlookJson(await outlook(store, { iso3: 'KOR', to: 2026, scenario: 'innovation-driven', draws: 40, seed: 7 })),
    );
    const args = ['simulate', 'KOR', '--to', '2026', '--scenario', 'innovation-driven', '--draws', '40', '--seed', '7'];
    const path = '/api/economies/KOR/simulation?to=2026&scenario=innovation-driven&draws=40&seed=7';
    const fromCli = JSON.parse(await cli([...args, '--format', 'json']));
    const fromApi = JSON.parse(await api(path));
    expect(fromCli).toEqual(library);
    expect(fromApi).toEqual(library);
    expect(fromApi.draws).toBe(40);
    expect(fromApi.years).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(Object.keys(fromApi.fans)).toContain('gdp_per_capita');
    expect(await api(`${path}&format=csv`)).toBe(await cli([...args, '--format', 'csv']));
    // An economy the structural model cannot calibrate: the forecast alone, the same everywhere.
    const eth = ['simulate', 'ETH', '--to', '2030', '--draws', '40', '--seed', '7'];
    const ethPath = '/api/economies/ETH/simulation?to=2030&draws=40&seed=7';
    const ethLibrary = wire(
      outlookJson(await outlook(store, { iso3: 'ETH', to: 2030, scenario: 'baseline', draws: 40, seed: 7 })),
    );
    expect((ethLibrary as { structuralUnavailable: string }).structuralUnavailable).toMatch(/labsh/);
    expect(JSON.parse(await cli([...eth, '--format', 'json']))).toEqual(ethLibrary);
    expect(JSON.parse(await api(ethPath))).toEqual(ethLibrary);
    expect(await api(`${ethPath}&format=csv`)).toBe(await cli([...eth, '--format', 'csv']));
    // The defaults are the CLI's: baseline, 2035, 1000 draws, seed 1.
    const defaults = JSON.parse(await api('/api/economies/KOR/simulation'));
    expect([defaults.scenario.id, defaults.years.at(-1), defaults.draws, defaults.seed]).toEqual([
      'baseline',
      2035,
      1000,
      1,
    ]);
  });

  it('complexity tables equal the files `chanye complexity` writes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chanye-parity-'));
    try {
      await cli(['complexity', '--dataset', 'trade-2017', '--presence', 'both', '--out', dir]);
      const q = '/api/complexity?dataset=trade-2017&presence=both&format=csv';
      expect(await api(q)).toBe(readFileSync(join(dir, 'economies.csv'), 'utf8'));
      expect(await api(`${q}&table=products`)).toBe(readFileSync(join(dir, 'products.csv'), 'utf8'));
      const cells = readFileSync(join(dir, 'economy_products.csv'), 'utf8').split('\n');
      const chn = [cells[0], ...cells.filter((l) => l.startsWith('2017,CHN,'))].join('\n') + '\n';
      expect(await api(`${q}&table=economy-products&location=CHN`)).toBe(chn);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('aggregates: library, CLI and API agree', () => {
  it('JSON, and the group and share CSVs byte for byte', async () => {
    const { aggregates } = await import('@chanye/engine');
    const full = await aggregates(store, 'exports', 2017);
    const library = wire({ ...full, shares: full.shares.filter((s) => ['CHN', 'DEU'].includes(s.iso3)) });
    const args = ['aggregates', 'exports', '--year', '2017', '--economies', 'CHN,DEU'];
    expect(JSON.parse(await cli([...args, '--format', 'json']))).toEqual(library);
    expect(JSON.parse(await api('/api/aggregates/exports?year=2017&economies=CHN,DEU'))).toEqual(library);
    expect(await api('/api/aggregates/exports?year=2017&economies=CHN,DEU&shares=true&format=csv')).toBe(
      await cli([...args, '--shares', '--format', 'csv']),
    );
    expect(await api('/api/aggregates/mva?year=2015&format=csv')).toBe(
      await cli(['aggregates', 'mva', '--year', '2015', '--format', 'csv']),
    );
  });
});
