/**
 * The ILOSTAT data API (`rplumber.ilo.org/data/indicator/`) in CSV: one row per
 * observation with columns `ref_area, source, indicator, sex, classif1, time, obs_value,
 * obs_status, …` (ISO3 `ref_area` for economies, `X..` codes for groups), as documented in
 * the ILOSTAT API reference and the Rilostat package.
 *
 * @module
 */
import { ChanyeError } from '@chanye/compute';
import { CsvSyntaxError, parseCsv } from '../../user-data/parse-csv.js';
import type { UserObservationRow } from '../../user-data/types.js';

export const ILOSTAT_API_ORIGIN = 'https://rplumber.ilo.org';
export const ILOSTAT_API_HOST = 'rplumber.ilo.org';

const CODE = /^[A-Z0-9_]+$/;
const FILTER_VALUE = /^[A-Za-z0-9_\-+]+$/;

/**
 * The CSV URL of one ILOSTAT dataset with dimension filters, every economy and year.
 *
 * @example
 * ilostatUrl('EMP_2EMP_SEX_ECO_DT_A', { sex: 'SEX_T', classif1: 'ECO_SECTOR_AGR' });
 * // returns 'https://rplumber.ilo.org/data/indicator/?id=EMP_2EMP_SEX_ECO_DT_A&sex=SEX_T&classif1=ECO_SECTOR_AGR&format=.csv'
 */
export function ilostatUrl(code: string, filter: Readonly<Record<string, string>> = {}): string {
  if (!CODE.test(code)) {
    throw new ChanyeError(
      'invalid-input',
      `invalid ILOSTAT dataset id: '${code}' (expected e.g. EMP_2EMP_SEX_ECO_DT_A)`,
    );
  }
  const params = Object.entries(filter).map(([k, v]) => {
    if (!CODE.test(k.toUpperCase()) || !FILTER_VALUE.test(v)) {
      throw new ChanyeError('invalid-input', `invalid ILOSTAT filter ${k}=${v} (expected codes such as sex=SEX_T)`);
    }
    return `&${k}=${v}`;
  });
  return `${ILOSTAT_API_ORIGIN}/data/indicator/?id=${code}${params.join('')}&format=.csv`;
}

/**
 * Rows of one CSV answer that match `filter` (the API applies it too; checking again keeps a
 * filter the API ignored from mixing breakdowns). Empty `obs_value` is "no data", never 0;
 * `ref_area` codes that are not ISO3 (regional groups `X01`…) are skipped.
 *
 * What recorded answers show, and how it is read:
 * - the `indicator` column names the dataset without its frequency suffix
 *   (`UNE_2EAP_SEX_AGE_RT` for `UNE_2EAP_SEX_AGE_RT_A`), and one answer can hold several
 *   datasets; rows of another dataset are skipped;
 * - with `best_source=all` a trailing `best_source` column (1/0) marks the source ILO
 *   prefers; rows marked 0 are skipped;
 * - an economy-year still left with two rows (two sources) is left out and counted as
 *   skipped, never mixed.
 */
export function ilostatRows(
  body: string,
  code: string,
  filter: Readonly<Record<string, string>> = {},
): { rows: UserObservationRow[]; skipped: number } {
  let table: string[][];
  try {
    table = parseCsv(body.replace(/^\uFEFF/, ''), ',');
  } catch (error) {
    if (error instanceof CsvSyntaxError) {
      throw new ChanyeError('unavailable', `unexpected answer from ${ILOSTAT_API_HOST} for ${code}: ${error.message}`);
    }
    throw error;
  }
  const [header, ...records] = table;
  const col = (name: string): number => header?.indexOf(name) ?? -1;
  const [area, time, value, status, source, indicatorCol, best] = [
    'ref_area',
    'time',
    'obs_value',
    'obs_status',
    'source',
    'indicator',
    'best_source',
  ].map(col);
  const dataset = code.replace(/_[AQM]$/, '');
  if (header === undefined || area === -1 || time === -1 || value === -1) {
    throw new ChanyeError(
      'unavailable',
      `unexpected answer from ${ILOSTAT_API_HOST} for ${code}: no ref_area, time and obs_value columns`,
    );
  }
  const filterCols = Object.entries(filter).map(([k, v]) => [col(k), v] as const);
  const rows: UserObservationRow[] = [];
  let skipped = 0;
  for (const record of records) {
    if (record.length === 1 && record[0] === '') continue;
    const iso3 = record[area ?? -1] ?? '';
    const year = record[time ?? -1] ?? '';
    const raw = record[value ?? -1] ?? '';
    const number = raw.trim() === '' ? NaN : Number(raw);
    const matches =
      filterCols.every(([i, v]) => i === -1 || record[i] === v) &&
      (indicatorCol === undefined || indicatorCol === -1 || (record[indicatorCol] ?? '') === dataset) &&
      (best === undefined || best === -1 || (record[best] ?? '') !== '0');
    if (!matches || !/^[A-Z]{3}$/.test(iso3) || !/^\d{4}$/.test(year) || !Number.isFinite(number)) {
      skipped += 1;
      continue;
    }
    const flag = status === undefined || status === -1 ? '' : (record[status] ?? '');
    const from = source === undefined || source === -1 ? '' : (record[source] ?? '');
    rows.push({
      iso3,
      year: Number(year),
      indicator: code,
      value: number,
      unit: code,
      source: `ILOSTAT API (${code}${Object.values(filter).length > 0 ? `, ${Object.values(filter).join(', ')}` : ''})`,
      status: 'observed',
      note: [from !== '' ? `ILO source ${from}` : '', flag !== '' ? `obs_status ${flag}` : '']
        .filter((s) => s !== '')
        .join('; '),
    });
  }
  const perYear = new Map<string, number>();
  for (const r of rows) perYear.set(`${r.iso3} ${r.year}`, (perYear.get(`${r.iso3} ${r.year}`) ?? 0) + 1);
  const single = rows.filter((r) => perYear.get(`${r.iso3} ${r.year}`) === 1);
  return { rows: single, skipped: skipped + rows.length - single.length };
}
