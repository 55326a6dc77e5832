import { describe, expect, it } from 'vitest';
import {
  parseIndicator,
  parseIso3,
  parseStatus,
  parseValue,
  parseYear,
  type CellResult,
} from '../../src/user-data/parse-cell.js';

const value = <T>(result: CellResult<T>): T | undefined => ('value' in result ? result.value : undefined);
const problem = <T>(result: CellResult<T>): string => ('problem' in result ? result.problem : '(no problem)');

describe('parseValue(cell)', () => {
  it('reads plain, signed and scientific notation', () => {
    expect(['12', '-3.5', '+.5', '1.', '1.5e3', '2E-7', ' 42 '].map((t) => value(parseValue(t)))).toEqual([
      12, -3.5, 0.5, 1, 1500, 2e-7, 42,
    ]);
  });

  it('accepts huge finite numbers: 1e308 is a double', () => {
    expect(value(parseValue('1e308'))).toBe(1e308);
    expect(value(parseValue('-1.7976931348623157e308'))).toBe(-Number.MAX_VALUE);
    expect(value(parseValue(1e308))).toBe(1e308);
  });

  it('refuses 1e309, which would become Infinity', () => {
    expect(problem(parseValue('1e309'))).toMatch(/"1e309" is beyond the range of a double/);
  });

  it('refuses NaN, inf and empty cells', () => {
    for (const text of ['NaN', 'nan', 'inf', '-Infinity', '+INF']) {
      expect(problem(parseValue(text))).toMatch(/is not a finite number/);
    }
    expect(problem(parseValue(Number.NaN))).toMatch(/NaN is not a finite number/);
    expect(problem(parseValue(Number.POSITIVE_INFINITY))).toMatch(/not a finite number/);
    expect(problem(parseValue(''))).toMatch(/is empty/);
    expect(problem(parseValue(null))).toMatch(/is empty/);
  });

  it('refuses thousands separators with a hint', () => {
    for (const text of ['1,234', '1,234,567.5', '1 234 567', "1'234", '1.234.567,8']) {
      expect(problem(parseValue(text))).toMatch(/thousands separators.*plain number/);
    }
  });

  it('refuses a decimal comma with a hint', () => {
    expect(problem(parseValue('12,5'))).toMatch(/decimal comma; write a dot/);
  });

  it('refuses text, hex and booleans', () => {
    expect(problem(parseValue('n/a'))).toBe('"n/a" is not a number');
    expect(problem(parseValue('0x10'))).toMatch(/is not a number/);
    expect(problem(parseValue(true))).toMatch(/is not a number/);
  });
});

describe('parseYear(cell)', () => {
  it('reads whole years as text or numbers, including 2019.0 from a float column', () => {
    expect([value(parseYear('2019')), value(parseYear(1990)), value(parseYear('2019.0'))]).toEqual([2019, 1990, 2019]);
  });

  it('refuses a fractional year', () => {
    expect(problem(parseYear('2019.5'))).toBe('2019.5 is not a whole year');
    expect(problem(parseYear(2019.5))).toBe('2019.5 is not a whole year');
  });

  it('refuses years outside 1000..2200 and text', () => {
    expect(problem(parseYear('999'))).toMatch(/outside 1000..2200/);
    expect(problem(parseYear('2201'))).toMatch(/outside 1000..2200/);
    expect(problem(parseYear('FY2019'))).toMatch(/is not a year/);
    expect(problem(parseYear(new Date('2019-01-01')))).toMatch(/is not a year/);
  });
});

describe('parseIso3(cell)', () => {
  it('upper-cases lower-case codes', () => {
    expect(value(parseIso3(' chn '))).toBe('CHN');
  });

  it('refuses codes that are not three letters', () => {
    expect(problem(parseIso3('CN'))).toMatch(/"CN" is not a three-letter ISO code/);
    expect(problem(parseIso3('C1N'))).toMatch(/three-letter/);
  });
});

describe('parseIndicator(cell)', () => {
  it('accepts lower-case ids and suggests a fixed one otherwise', () => {
    expect(value(parseIndicator('gdp_usd_2'))).toBe('gdp_usd_2');
    expect(problem(parseIndicator('GDP.USD'))).toMatch(/e\.g\. gdp_usd/);
    expect(problem(parseIndicator('1gdp'))).toMatch(/not an indicator id/);
  });
});

describe('parseStatus(cell)', () => {
  it('accepts the three statuses in any case and leaves empty cells undefined', () => {
    expect([value(parseStatus('Observed')), value(parseStatus('imputed')), value(parseStatus(''))]).toEqual([
      'observed',
      'imputed',
      undefined,
    ]);
  });

  it('refuses other statuses', () => {
    expect(problem(parseStatus('estimated'))).toMatch(/expected observed, spliced, carried, imputed/);
  });
});
