import { describe, expect, it } from 'vitest';
import { isChanyeError, type ChanyeError } from '@chanye/compute';
import { validateUserRows } from '../../src/user-data/validate.js';
import type { RawCell, UserTable } from '../../src/user-data/user-table.js';

const COLUMNS = ['iso3', 'year', 'indicator', 'value', 'unit', 'source'];
const table = (rows: RawCell[][], columns = COLUMNS): UserTable => ({ columns, rows });
const ok = (iso3: string, year: RawCell, value: RawCell): RawCell[] => [iso3, year, 'user_gdp', value, 'USD', 'me'];

function failure(t: UserTable): ChanyeError {
  try {
    validateUserRows(t, { file: 'data.csv' });
  } catch (error) {
    if (isChanyeError(error)) return error;
    throw error;
  }
  throw new Error('expected validation to fail');
}

describe('validateUserRows(table, options)', () => {
  it('returns typed rows with defaults for status and vintage', () => {
    const rows = validateUserRows(table([ok('chn', '2019', '1.5'), ok('USA', 2019, 2)]), {
      file: 'data.csv',
      defaultVintage: 'import of data.csv on 2024-05-01',
    });
    expect(rows).toEqual([
      {
        iso3: 'CHN',
        year: 2019,
        indicator: 'user_gdp',
        value: 1.5,
        unit: 'USD',
        source: 'me',
        vintage: 'import of data.csv on 2024-05-01',
        status: 'observed',
      },
      expect.objectContaining({ iso3: 'USA', value: 2 }),
    ]);
  });

  it('matches header names case-insensitively and reads optional columns', () => {
    const rows = validateUserRows(
      table(
        [['2019', 'CHN', 'x', '3', 'u', 's', 'v1', 'Imputed', 'a note']],
        ['Year', 'ISO3', 'Indicator', 'VALUE', 'unit', 'Source', 'vintage', 'status', 'note'],
      ),
      { file: 'data.csv', defaultVintage: 'unused' },
    );
    expect(rows).toEqual([
      {
        year: 2019,
        iso3: 'CHN',
        indicator: 'x',
        value: 3,
        unit: 'u',
        source: 's',
        vintage: 'v1',
        status: 'imputed',
        note: 'a note',
      },
    ]);
  });

  it('refuses an empty file', () => {
    const error = failure(table([], []));
    expect(error.kind).toBe('invalid-input');
    expect(error.message).toBe('data.csv: 1 problem');
    expect(error.details[0]).toMatch(/the file is empty; row 1 must be a header/);
  });

  it('refuses a header without data rows', () => {
    expect(failure(table([])).details).toEqual([expect.stringMatching(/header but no data rows/)]);
    expect(failure(table([['', '', '', '', '', '']])).details[0]).toMatch(/header but no data rows/);
  });

  it('names missing columns', () => {
    const error = failure(table([['CHN', '2019']], ['iso3', 'year']));
    expect(error.details).toEqual([expect.stringMatching(/^missing columns indicator, value, unit, source; expected/)]);
  });

  it('names extra columns, with a suggestion for a typo', () => {
    const error = failure(table([], [...COLUMNS.slice(0, 3), 'valeu', 'unit', 'source', 'comment']));
    expect(error.details).toContainEqual(
      expect.stringMatching(/^unexpected columns 'valeu' \(column D; did you mean value\?\), 'comment' \(column G/),
    );
    expect(error.details).toContainEqual(expect.stringMatching(/^missing column value/));
  });

  it('refuses a column named twice and a column with values but no name', () => {
    const error = failure(table([[...ok('CHN', 2019, 1), 'stray']], [...COLUMNS, '']));
    expect(error.details).toEqual([expect.stringMatching(/column G has values but no name/)]);
    const twice = failure(table([], [...COLUMNS, 'Year']));
    expect(twice.details).toEqual(['column year appears twice in the header (columns B and G)']);
  });

  it('reports wrong types by row (header = row 1) and column', () => {
    const error = failure(table([ok('CHN', '2019', 'abc'), ok('CHN', '2018.5', '1'), ok('CN', '2017', '')]));
    expect(error.message).toBe('data.csv: 4 problems');
    expect(error.details).toEqual([
      'row 2, value (column D): "abc" is not a number',
      'row 3, year (column B): 2018.5 is not a whole year',
      'row 4, iso3 (column A): "CN" is not a three-letter ISO code such as CHN',
      'row 4, value (column D): is empty (leave out rows that have no value)',
    ]);
  });

  it('lists both rows of a duplicate key', () => {
    const error = failure(table([ok('CHN', 2019, 1), ok('USA', 2019, 2), ok('chn', '2019', 3)]));
    expect(error.details).toEqual([
      'rows 2 and 4: duplicate key (indicator user_gdp, iso3 CHN, year 2019); keep one of them',
    ]);
  });

  it('skips rows whose cells are all empty, keeping row numbers', () => {
    const error = failure(table([ok('CHN', 2019, 1), ['', null, '', '', '', ''], ok('USA', 2019, 'x')]));
    expect(error.details).toEqual(['row 4, value (column D): "x" is not a number']);
  });

  it('refuses rows whose cell count differs from the header, but tolerates trailing empty cells', () => {
    const error = failure(
      table([ok('CHN', 2019, 1).slice(0, 5), [...ok('USA', 2019, 1), 'x'], [...ok('FRA', 2019, 1), '']]),
    );
    expect(error.details).toEqual([
      'row 2: 5 cells, but the header has 6 columns',
      'row 3: 7 cells, but the header has 6 columns',
    ]);
  });

  it('lists the first 20 problems and counts the rest', () => {
    const rows = Array.from({ length: 57 }, (_, i) => ok('CHN', 1900 + i, 'bad'));
    const error = failure(table(rows));
    expect(error.message).toBe('data.csv: 57 problems');
    expect(error.details).toHaveLength(21);
    expect(error.details[19]).toBe('row 21, value (column D): "bad" is not a number');
    expect(error.details[20]).toBe('… and 37 more');
  });
});
