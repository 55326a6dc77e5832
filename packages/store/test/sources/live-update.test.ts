import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChanyeError } from '@chanye/compute';
import {
  DuckDBConnector,
  loadLiveSources,
  readLiveStatus,
  readManifest,
  selectLiveSeries,
  updateClassification,
  updateLiveSeries,
  updateStatePath,
  wdiIndicatorUrl,
  type LiveSeries,
  type SeriesProgress,
} from '@chanye/store';
import { countryListUrl, parseCountryPage } from '../../src/sources/wb-class/parse.js';
import { repoRoot } from '../helpers.js';
import { countryListAsOnePage, japanOnePage, liveFixture, recordedJapanValue } from './live-fixtures.js';
import { dnsFailure, fakeFetch, fakeSleep } from './wdi-fixtures.js';

const NOW = Date.parse('2026-12-07T10:00:00Z');
const live = loadLiveSources(join(repoRoot, 'catalog', 'live-sources.yaml'));
const wdiSeries = live.filter((s) => s.source === 'wdi');
const urlOf = (s: LiveSeries): string => wdiIndicatorUrl({ indicator: s.code }, 1, 1000);

let dir: string;
let db: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'chanye-live-'));
  db = join(dir, 'user.duckdb');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function deps(fetch: ReturnType<typeof fakeFetch>['fetch'], seen: SeriesProgress[] = []) {
  return {
    fetch,
    now: () => NOW,
    sleep: fakeSleep().sleep,
    random: () => 0.5,
    onSeries: (p: SeriesProgress) => seen.push(p),
  };
}

async function query<Row>(sql: string): Promise<Row[]> {
  const connector = await DuckDBConnector.open(db, { readOnly: true });
  try {
    return await connector.query<Row>(sql);
  } finally {
    connector.close();
  }
}

describe('updateLiveSeries (WDI, recorded World Bank answers)', () => {
  it('fills the user database for every WDI-coded catalogue series, under its catalogue id', async () => {
    const { fetch, calls } = fakeFetch(Object.fromEntries(wdiSeries.map((s) => [urlOf(s), japanOnePage()])));
    const seen: SeriesProgress[] = [];
    const result = await updateLiveSeries({ catalogue: live, userDbPath: db, sources: ['wdi'] }, deps(fetch, seen));
    expect(calls).toEqual(wdiSeries.map(urlOf));
    expect(seen.map((p) => p.indicator)).toEqual(wdiSeries.map((s) => s.indicator));
    expect(seen.every((p) => p.outcome === 'imported' && p.rows === 49)).toBe(true);
    expect(result.rows).toBe(49 * wdiSeries.length);

    const stored = await query<{ indicator: string; value: number; unit: string; vintage: string; source: string }>(
      `select indicator, value, unit, vintage, source from user_observations where iso3 = 'JPN' and year = 2019 order by indicator`,
    );
    expect(stored.map((r) => r.indicator)).toEqual(wdiSeries.map((s) => s.indicator).sort());
    const mva = stored.find((r) => r.indicator === 'mva_share_gdp');
    expect(mva?.value).toBe(recordedJapanValue(2019));
    expect(mva?.unit).toBe('% of GDP');
    expect(mva?.source).toBe('World Bank WDI API (NV.IND.MANF.ZS)');
    expect(mva?.vintage).toBe('WDI API, lastupdated 2021-05-25; retrieved 2026-12-07');
    expect(existsSync(updateStatePath(db))).toBe(false);

    const status = await readLiveStatus(db, readManifest(join(repoRoot, 'data', 'snapshot')));
    const wdi = status.find((s) => s.source === 'wdi');
    expect(wdi).toMatchObject({
      series: wdiSeries.length,
      rows: 49 * wdiSeries.length,
      refreshed: ['WDI API, lastupdated 2021-05-25; retrieved 2026-12-07'],
      retrievedAt: '2026-12-07T10:00:00.000Z',
    });
    expect(wdi?.embedded).toMatch(/^WDI/);
    expect(status.find((s) => s.source === 'sdg')).toMatchObject({ series: 0, rows: 0, refreshed: [] });
  });

  it('resumes an interrupted update: series already imported are not asked for again', async () => {
    const [first, second, third] = wdiSeries;
    if (first === undefined || second === undefined || third === undefined) throw new Error('too few series');
    const offline = fakeFetch({
      [urlOf(first)]: japanOnePage(),
      [urlOf(second)]: japanOnePage(),
      [urlOf(third)]: () => Promise.reject(dnsFailure()) as never,
    });
    const stopped = await updateLiveSeries(
      { catalogue: live, userDbPath: db, indicators: [first.code, second.code, third.code] },
      deps(offline.fetch),
    ).catch((error: unknown) => error);
    expect(stopped).toBeInstanceOf(ChanyeError);
    expect((stopped as ChanyeError).kind).toBe('unavailable');
    expect(existsSync(updateStatePath(db))).toBe(true);

    const online = fakeFetch({ [urlOf(third)]: japanOnePage() });
    const seen: SeriesProgress[] = [];
    await updateLiveSeries(
      { catalogue: live, userDbPath: db, indicators: [first.code, second.code, third.code] },
      deps(online.fetch, seen),
    );
    expect(online.calls).toEqual([urlOf(third)]);
    expect(seen.map((p) => p.outcome)).toEqual(['resumed', 'resumed', 'imported']);
    expect(existsSync(updateStatePath(db))).toBe(false);
  });

  it('selectLiveSeries names what it cannot refresh', () => {
    expect(() => selectLiveSeries(live, ['wdi'], ['no_such_indicator'])).toThrow(/no_such_indicator/);
    expect(selectLiveSeries(live, ['sdg'], ['rd_share_gdp']).map((s) => s.code)).toEqual(['GB_XPD_RSDV']);
    expect(selectLiveSeries(live, ['wdi'], ['rd_share_gdp']).map((s) => s.code)).toEqual(['GB.XPD.RSDV.GD.ZS']);
  });
});

describe('World Bank classification (recorded country list)', () => {
  it('parseCountryPage reads each economy’s income level in Chanye codes', () => {
    const body = liveFixture('wb-class', 'countries_per-page-2_page-1.json');
    const [, rows] = JSON.parse(body) as [unknown, { id: string; incomeLevel: { id: string } }[]];
    const codes: Record<string, string> = { HIC: 'H', UMC: 'UM', LMC: 'LM', LIC: 'L' };
    const page = parseCountryPage(body);
    expect(page.economies.map((e) => [e.iso3, e.group])).toEqual(rows.map((r) => [r.id, codes[r.incomeLevel.id]]));
    expect(page.pages).toBe(149);
  });

  it('updateClassification replaces the wb_classification table and status reports it', async () => {
    const { fetch } = fakeFetch({ [countryListUrl(1)]: countryListAsOnePage('countries_per-page-2_page-1.json') });
    const done = await updateClassification(db, { fetch, now: () => NOW, sleep: fakeSleep().sleep });
    expect(done).toMatchObject({ economies: 2, pages: 1, retrievedAt: '2026-12-07T10:00:00.000Z' });
    const rows = await query<{ iso3: string; income_group: string }>(
      'select iso3, income_group from wb_classification order by iso3',
    );
    expect(rows).toEqual(
      parseCountryPage(liveFixture('wb-class', 'countries_per-page-2_page-1.json')).economies.map((e) => ({
        iso3: e.iso3,
        income_group: e.group,
      })),
    );
    const status = await readLiveStatus(db, readManifest(join(repoRoot, 'data', 'snapshot')));
    expect(status.find((s) => s.source === 'wb-class')).toMatchObject({ rows: 2, series: 1 });
  });
});
