/**
 * The UN SDG API connector. Two recorded answers of the API (see
 * test/fixtures/live/README.md) check the parser, the M49 mapping and the slice filter on
 * real bodies; the round trip builds an answer at run time from the embedded SDG values
 * (never typed) in the recorded answer's shape, and checks that an update gives them back.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBConnector, loadLiveSources, quotedString, updateLiveSeries, type Store } from '@chanye/store';
import { parseSdgPage, sdgUrl } from '../../src/sources/sdg/parse.js';
import { publishedValue, sdgRows } from '../../src/sources/sdg/rows.js';
import { openSnapshotStore, repoRoot } from '../helpers.js';
import { liveFixture } from './live-fixtures.js';
import { fakeFetch, fakeSleep } from './wdi-fixtures.js';

const PAGE_1_OF_185 = 'indicator-data_7.2.1_page-1-of-185.json';
const NORDIC_2015 = 'indicator-data_7.2.1_2015_fin-nor-swe.json';
const NOW = Date.parse('2026-12-07T10:00:00Z');
const G = { 'Reporting Type': 'G' };

interface RecordedDatum {
  geoAreaCode: string;
  timePeriodStart: number;
  value: string;
  [key: string]: unknown;
}
const recorded = (name: string): RecordedDatum[] =>
  (JSON.parse(liveFixture('sdg', name)) as { data: RecordedDatum[] }).data;

let store: Store;
let m49: ReadonlyMap<number, string>;
beforeAll(async () => {
  store = await openSnapshotStore();
  m49 = await store.m49Codes();
});
afterAll(() => store.close());

/** Rows of the embedded snapshot, read with SQL beside the store. */
async function snapshotRows<Row>(sql: (series: string, economies: string) => string): Promise<Row[]> {
  const connector = await DuckDBConnector.open();
  try {
    const dir = join(repoRoot, 'data', 'snapshot');
    return await connector.query<Row>(
      sql(quotedString(join(dir, 'series.parquet')), quotedString(join(dir, 'economies.parquet'))),
    );
  } finally {
    connector.close();
  }
}

describe('recorded UN SDG API answers', () => {
  it('sdgUrl asks for one page of a series; a code with other characters is invalid-input', () => {
    expect(sdgUrl('NV_IND_MANF', 3)).toBe(
      'https://unstats.un.org/sdgapi/v1/sdg/Series/Data?seriesCode=NV_IND_MANF&page=3&pageSize=1000',
    );
    expect(() => sdgUrl('NV_IND_MANF&areaCode=1', 1)).toThrow(/invalid UN SDG series code/);
  });

  it('reads the paging and every datum of a recorded page', () => {
    const page = parseSdgPage(liveFixture('sdg', PAGE_1_OF_185), 'EG_FEC_RNEW');
    expect([page.totalElements, page.totalPages, page.pageNumber]).toEqual([4624, 185, 1]);
    expect(page.observations).toHaveLength(recorded(PAGE_1_OF_185).length);
    expect(page.observations[0]).toMatchObject({ attributes: { Nature: 'E', Units: 'PERCENT' }, dimensions: G });
  });

  it('maps M49 codes to ISO3, skips and counts the regional aggregate, keeps the values as published', () => {
    const data = recorded(PAGE_1_OF_185);
    const page = parseSdgPage(liveFixture('sdg', PAGE_1_OF_185), 'EG_FEC_RNEW');
    const { rows, skipped } = sdgRows(page.observations, { code: 'EG_FEC_RNEW', filter: G, m49 });
    const afghanistan = data.filter((d) => d.geoAreaCode === '4');
    expect(rows.map((r) => [r.iso3, r.year, r.value])).toEqual(
      afghanistan.map((d) => ['AFG', d.timePeriodStart, Number(d.value)]),
    );
    // M49 2 is Africa, a region: no economy of the snapshot has it.
    expect(skipped.aggregates).toBe(data.filter((d) => d.geoAreaCode === '2').length);
    expect(skipped.aggregates).toBeGreaterThan(0);
    expect(rows[0]).toMatchObject({ unit: 'PERCENT', status: 'observed', note: 'SDG nature E: estimated' });
    expect(rows[0]?.source).toBe('UN SDG API (EG_FEC_RNEW, Reporting Type G)');
  });

  it('maps the Nordic economies of the second recording through the snapshot’s M49 codes', () => {
    const page = parseSdgPage(liveFixture('sdg', NORDIC_2015), 'EG_FEC_RNEW');
    const { rows } = sdgRows(page.observations, { code: 'EG_FEC_RNEW', filter: G, m49 });
    expect(rows.map((r) => r.iso3)).toEqual(['FIN', 'NOR', 'SWE']);
    expect(rows.map((r) => r.value)).toEqual(recorded(NORDIC_2015).map((d) => Number(d.value)));
  });

  it('keeps only the filtered slice; a dimension the filter does not pin leaves its economy-years out', () => {
    const page = parseSdgPage(liveFixture('sdg', NORDIC_2015), 'EG_FEC_RNEW');
    const national = sdgRows(page.observations, {
      code: 'EG_FEC_RNEW',
      filter: { 'Reporting Type': 'N' },
      m49,
    });
    expect(national.rows).toEqual([]);
    expect(national.skipped.otherSlice).toBe(3);
    // The recorded Finnish datum served twice, as two slices of a Sex dimension.
    const [finland] = page.observations;
    if (finland === undefined) throw new Error('no recorded datum');
    const split = [
      { ...finland, dimensions: { ...G, Sex: 'FEMALE' } },
      { ...finland, dimensions: { ...G, Sex: 'MALE' } },
    ];
    const ambiguous = sdgRows(split, { code: 'EG_FEC_RNEW', filter: G, m49 });
    expect(ambiguous.rows).toEqual([]);
    expect(ambiguous.skipped.ambiguous).toBe(2);
    expect(ambiguous.notices[0]).toContain('does not pin Sex');
    const pinned = sdgRows(split, { code: 'EG_FEC_RNEW', filter: { ...G, Sex: 'FEMALE' }, m49 });
    expect(pinned.rows.map((r) => r.value)).toEqual([Number(finland.value)]);
  });

  it('an answer that is not the documented shape is unavailable', () => {
    expect(() => parseSdgPage('<html>', 'X')).toThrow(/not JSON/);
    expect(() => parseSdgPage('{"data":[]}', 'X')).toThrow(/totalElements/);
  });
});

describe('round trip of the embedded SDG edition through the connector', () => {
  it('an update of NV_IND_MANF over two pages gives back the snapshot’s values and notes', async () => {
    const embedded = await snapshotRows<{ m49: number; iso3: string; year: number; value: number; note: string }>(
      (series, economies) =>
        `select e.m49, s.iso3, s.year, s.value, s.note
           from read_parquet(${series}) s join read_parquet(${economies}) e using (iso3)
          where s.source = 'sdg' and s.series = 'nv_ind_manf' and s.iso3 in ('CHN', 'DEU', 'IND', 'NGA')
            and s.year between 2010 and 2018
          order by s.iso3, s.year`,
    );
    expect(embedded.length).toBeGreaterThan(20);
    const [template] = recorded(PAGE_1_OF_185);
    const datum = (r: (typeof embedded)[number], dimensions: Record<string, string>): unknown => ({
      ...template,
      series: 'NV_IND_MANF',
      geoAreaCode: String(r.m49),
      timePeriodStart: r.year,
      value: String(r.value),
      attributes: { Nature: /SDG nature (\w+)/.exec(r.note)?.[1] ?? '', Units: 'PERCENT' },
      dimensions,
    });
    const data = [
      ...embedded.map((r) => datum(r, G)),
      // The same values as a national report and as a world aggregate: both left out.
      ...embedded.slice(0, 3).map((r) => datum(r, { 'Reporting Type': 'N' })),
      ...embedded.slice(0, 2).map((r) => datum({ ...r, m49: 1 }, G)),
    ];
    const half = Math.ceil(data.length / 2);
    const page = (n: number, rows: unknown[]): string =>
      JSON.stringify({ size: 1000, totalElements: data.length, totalPages: 2, pageNumber: n, data: rows });
    const { fetch, calls } = fakeFetch({
      [sdgUrl('NV_IND_MANF', 1)]: page(1, data.slice(0, half)),
      [sdgUrl('NV_IND_MANF', 2)]: page(2, data.slice(half)),
    });
    const dir = mkdtempSync(join(tmpdir(), 'chanye-sdg-'));
    try {
      const db = join(dir, 'user.duckdb');
      const result = await updateLiveSeries(
        {
          catalogue: loadLiveSources(join(repoRoot, 'catalog', 'live-sources.yaml')),
          userDbPath: db,
          sources: ['sdg'],
          indicators: ['NV_IND_MANF'],
        },
        { fetch, now: () => NOW, sleep: fakeSleep().sleep, random: () => 0.5, m49 },
      );
      expect(calls).toEqual([sdgUrl('NV_IND_MANF', 1), sdgUrl('NV_IND_MANF', 2)]);
      expect(result.series[0]).toMatchObject({ rows: embedded.length, pages: 2, skipped: 5 });
      const connector = await DuckDBConnector.open(db, { readOnly: true });
      try {
        const stored = await connector.query<{ iso3: string; year: number; value: number; note: string }>(
          `select iso3, year, value, note, indicator, unit, vintage from user_observations order by iso3, year`,
        );
        expect(stored.map((r) => [r.iso3, r.year, r.value, r.note])).toEqual(
          embedded.map((r) => [r.iso3, r.year, r.value, r.note]),
        );
        expect(stored[0]).toMatchObject({
          indicator: 'mva_share_gdp',
          unit: '% of GDP',
          vintage: 'UN SDG API; retrieved 2026-12-07',
        });
      } finally {
        connector.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a value published with a < or > bound keeps its number and says so, as the snapshot does', async () => {
    const bounded = await snapshotRows<{ value: number; note: string }>(
      (series) =>
        `select value, note from read_parquet(${series})
          where source = 'sdg' and note like '%published as%' order by series, iso3, year limit 20`,
    );
    expect(bounded.length).toBeGreaterThan(0);
    for (const row of bounded) {
      const qualifier = /published as ([<>])/.exec(row.note)?.[1] ?? '';
      expect(publishedValue(`${qualifier}${row.value}`)).toEqual({ value: row.value, qualifier });
    }
    expect(publishedValue('n/a')).toBeUndefined();
    expect(publishedValue(null)).toBeUndefined();
  });
});
