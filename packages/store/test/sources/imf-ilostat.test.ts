/**
 * The IMF DataMapper and ILOSTAT parsers. No recorded answer of either API was found in
 * public code (see test/fixtures/live/README.md), so each test builds an answer in the shape
 * the API's documentation gives, at run time, from recorded World Bank values (never typed),
 * and checks that the parser returns exactly those values.
 */
import { describe, expect, it } from 'vitest';
import { ChanyeError } from '@chanye/compute';
import { ilostatRows, ilostatUrl } from '../../src/sources/ilostat/parse.js';
import { imfWeoRows, imfWeoUrl } from '../../src/sources/imf-weo/parse.js';
import { recordedJapanValue } from './live-fixtures.js';

const YEARS = [2017, 2018, 2019];
const values = YEARS.map(recordedJapanValue);

describe('IMF DataMapper (documented shape)', () => {
  it('imfWeoUrl(code) is the v1 indicator URL; a code with other characters is invalid-input', () => {
    expect(imfWeoUrl('NGDPDPC')).toBe('https://www.imf.org/external/datamapper/api/v1/NGDPDPC');
    expect(() => imfWeoUrl('NGDP/../x')).toThrow(ChanyeError);
  });

  it('imfWeoRows reads code → economy → year, skips null and group keys', () => {
    const body = JSON.stringify({
      values: {
        NGDPDPC: {
          JPN: { ...Object.fromEntries(YEARS.map((y, i) => [String(y), values[i]])), 2020: null },
          ADVEC: { 2019: values[2] },
        },
      },
      api: { version: '1', 'output-method': 'json' },
    });
    const { rows, skipped } = imfWeoRows(body, 'NGDPDPC');
    expect(rows.map((r) => [r.iso3, r.year, r.value])).toEqual(YEARS.map((y, i) => ['JPN', y, values[i]]));
    expect(skipped).toBe(2);
  });

  it('an answer without values (unknown indicator) is invalid-input naming the code', () => {
    expect(() => imfWeoRows('{"api":{"version":"1","output-method":"json"}}', 'NOPE')).toThrow(/NOPE/);
  });
});

describe('ILOSTAT data API CSV (documented columns)', () => {
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
