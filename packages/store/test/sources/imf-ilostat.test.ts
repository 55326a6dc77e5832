/**
 * The IMF DataMapper and ILOSTAT parsers (see test/fixtures/live/README.md).
 *
 * ILOSTAT: answers of the data API recorded from the live service are parsed, and every
 * value is checked against the recorded body read on its own here (split by line and comma).
 *
 * IMF DataMapper: no recorded answer with a licence that allows redistribution was found, so
 * the test builds an answer in the documented shape at run time, from recorded World Bank
 * values (never typed), with the sibling `"": null` key that recorded answers carry.
 */
import { describe, expect, it } from 'vitest';
import { ChanyeError } from '@chanye/compute';
import { ilostatRows, ilostatUrl } from '../../src/sources/ilostat/parse.js';
import { imfWeoRows, imfWeoUrl } from '../../src/sources/imf-weo/parse.js';
import { liveFixture, recordedJapanValue } from './live-fixtures.js';

const YEARS = [2017, 2018, 2019];
const values = YEARS.map(recordedJapanValue);

describe('IMF DataMapper (documented shape)', () => {
  it('imfWeoUrl(code) is the v1 indicator URL; a code with other characters is invalid-input', () => {
    expect(imfWeoUrl('NGDPDPC')).toBe('https://www.imf.org/external/datamapper/api/v1/NGDPDPC');
    expect(() => imfWeoUrl('NGDP/../x')).toThrow(ChanyeError);
  });

  it('imfWeoRows reads code → economy → year, skips null and group keys and the sibling "" key', () => {
    const body = JSON.stringify({
      values: {
        NGDPDPC: {
          JPN: { ...Object.fromEntries(YEARS.map((y, i) => [String(y), values[i]])), 2020: null },
          ADVEC: { 2019: values[2] },
        },
        '': null,
      },
      api: { version: '1', 'output-method': 'json' },
    });
    const { rows, skipped } = imfWeoRows(body, 'NGDPDPC');
    expect(rows.map((r) => [r.iso3, r.year, r.value])).toEqual(YEARS.map((y, i) => ['JPN', y, values[i]]));
    expect(skipped).toBe(2);
  });

  it('an answer without values (unknown indicator) is invalid-input naming the code', () => {
    expect(() => imfWeoRows('{"api":{"version":"1","output-method":"json"}}', 'NOPE')).toThrow(/NOPE/);
    expect(() => imfWeoRows('{"values":{"":null},"api":{"version":"1"}}', 'NOPE')).toThrow(/NOPE/);
  });

  it('a malformed entry for the code is unavailable, not a silent empty series', () => {
    const bad = () => imfWeoRows('{"values":{"NGDPDPC":{"JPN":{"2019":"x"}}}}', 'NGDPDPC');
    expect(bad).toThrow(ChanyeError);
    expect(bad).toThrow(/unexpected answer/);
  });
});

describe('ILOSTAT data API CSV (documented columns, built at run time)', () => {
  it('ilostatUrl adds the dimension filters and format=.csv', () => {
    expect(ilostatUrl('EMP_2EMP_SEX_ECO_DT_A', { sex: 'SEX_T', classif1: 'ECO_SECTOR_AGR' })).toBe(
      'https://rplumber.ilo.org/data/indicator/?id=EMP_2EMP_SEX_ECO_DT_A&sex=SEX_T&classif1=ECO_SECTOR_AGR&format=.csv',
    );
    expect(() => ilostatUrl('EMP', { sex: 'SEX_T&x=1' })).toThrow(ChanyeError);
  });

  it('ilostatRows keeps the filtered breakdown of ISO3 areas with a value', () => {
    const header = '"ref_area","source","indicator","sex","classif1","time","obs_value","obs_status"';
    const line = (area: string, classif: string, year: number, value: string): string =>
      `"${area}","XA:2219","EMP_2EMP_SEX_ECO_DT","SEX_T","${classif}","${year}",${value},""`;
    const body = [
      header,
      ...YEARS.map((y, i) => line('JPN', 'ECO_SECTOR_AGR', y, String(values[i]))),
      line('JPN', 'ECO_SECTOR_IND', 2019, String(values[2])),
      line('X01', 'ECO_SECTOR_AGR', 2019, String(values[2])),
      line('JPN', 'ECO_SECTOR_AGR', 2020, ''),
      '',
    ].join('\n');
    const { rows, skipped } = ilostatRows(body, 'EMP_2EMP_SEX_ECO_DT_A', { sex: 'SEX_T', classif1: 'ECO_SECTOR_AGR' });
    expect(rows.map((r) => [r.iso3, r.year, r.value])).toEqual(YEARS.map((y, i) => ['JPN', y, values[i]]));
    expect(rows[0]?.note).toBe('ILO source XA:2219');
    expect(skipped).toBe(3);
  });
});

const COLUMNS = [
  'ref_area',
  'source',
  'indicator',
  'sex',
  'classif1',
  'time',
  'obs_value',
  'obs_status',
  'best_source',
] as const;
type RecordedRow = Record<(typeof COLUMNS)[number], string>;

/** A recorded ILOSTAT body read on its own: the named columns of each line, quotes stripped. */
function recordedIlostat(name: string): { body: string; rows: RecordedRow[] } {
  const body = liveFixture('ilostat', name);
  const cells = (line: string): string[] => line.split(',').map((c) => c.replace(/^"(.*)"$/, '$1'));
  const [header = '', ...lines] = body
    .replace(/^\uFEFF/, '')
    .split('\n')
    .filter((l) => l !== '');
  const names = cells(header);
  const rows = lines.map((line) => {
    const row = cells(line);
    return Object.fromEntries(
      COLUMNS.map((c) => [c, names.includes(c) ? (row[names.indexOf(c)] ?? '') : '']),
    ) as RecordedRow;
  });
  return { body, rows };
}

describe('ILOSTAT data API CSV (recorded answers)', () => {
  it('a two-dataset answer: each code keeps its own rows, with the filtered breakdown', () => {
    const { body, rows } = recordedIlostat('multi-dataset-union.csv');
    const une = rows.filter(
      (r) => r.indicator === 'UNE_2EAP_SEX_AGE_RT' && r.sex === 'SEX_T' && r.classif1 === 'AGE_YTHADULT_YGE15',
    );
    const lap = rows.filter((r) => r.indicator === 'LAP_2GDP_NOC_RT');
    expect(une).toHaveLength(1);
    expect(lap).toHaveLength(1);

    const parsed = ilostatRows(body, 'UNE_2EAP_SEX_AGE_RT_A', { sex: 'SEX_T', classif1: 'AGE_YTHADULT_YGE15' });
    expect(parsed.rows.map((r) => [r.iso3, r.year, r.value])).toEqual(
      une.map((r) => [r.ref_area, Number(r.time), Number(r.obs_value)]),
    );
    expect(parsed.rows[0]?.note).toBe(`ILO source ${une[0]?.source ?? '?'}`);
    expect(parsed.skipped).toBe(rows.length - 1);

    // Without a filter, the labour income share is still not mixed with the unemployment rows.
    const share = ilostatRows(body, 'LAP_2GDP_NOC_RT_A');
    expect(share.rows.map((r) => [r.iso3, r.year, r.value, r.indicator])).toEqual(
      lap.map((r) => [r.ref_area, Number(r.time), Number(r.obs_value), 'LAP_2GDP_NOC_RT_A']),
    );
    expect(share.skipped).toBe(rows.length - 1);
  });

  it('best_source=all: only the best source of each year is kept, obs_status goes into the note', () => {
    const { body, rows } = recordedIlostat('une-deap-best-source-all.csv');
    const best = rows.filter((r) => r.best_source === '1');
    expect(best.length).toBeGreaterThan(0);
    expect(best.length).toBeLessThan(rows.length);

    const parsed = ilostatRows(body, 'UNE_DEAP_SEX_AGE_RT_A', { sex: 'SEX_T', classif1: 'AGE_YTHADULT_YGE15' });
    expect(parsed.rows.map((r) => [r.iso3, r.year, r.value])).toEqual(
      best.map((r) => [r.ref_area, Number(r.time), Number(r.obs_value)]),
    );
    expect(parsed.skipped).toBe(rows.length - best.length);
    expect(parsed.rows.map((r) => r.note)).toEqual(
      best.map((r) =>
        [`ILO source ${r.source}`, r.obs_status ? `obs_status ${r.obs_status}` : ''].filter((s) => s).join('; '),
      ),
    );
    expect(parsed.rows.some((r) => r.note?.includes('obs_status B'))).toBe(true);
  });

  it('two sources left for one economy-year are left out, never mixed', () => {
    // The recorded body with its best_source column dropped, made here at run time: years
    // with two sources (2019, 1999) then have two rows each.
    const { body, rows } = recordedIlostat('une-deap-best-source-all.csv');
    const withoutBest = body
      .split('\n')
      .map((line) => line.replace(/,[^,]*$/, ''))
      .join('\n');
    const perYear = new Map<string, number>();
    for (const r of rows) perYear.set(r.time, (perYear.get(r.time) ?? 0) + 1);
    const single = rows.filter((r) => perYear.get(r.time) === 1);

    const parsed = ilostatRows(withoutBest, 'UNE_DEAP_SEX_AGE_RT_A', { sex: 'SEX_T' });
    expect(parsed.rows.map((r) => [r.year, r.value])).toEqual(single.map((r) => [Number(r.time), Number(r.obs_value)]));
    expect(parsed.skipped).toBe(rows.length - single.length);
  });

  it('a header-only answer (an area without data) gives no rows', () => {
    const { body, rows } = recordedIlostat('header-only.csv');
    expect(rows).toEqual([]);
    expect(ilostatRows(body, 'UNE_DEAP_SEX_AGE_RT_A', { sex: 'SEX_T' })).toEqual({ rows: [], skipped: 0 });
  });
});
