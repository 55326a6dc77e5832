import { describe, expect, it } from 'vitest';
import { cliNumber, formatCell, trajectoryYears } from '@chanye/report';

describe('formatCell(value, digits)', () => {
  it('cliNumber(x) prints as the CLI does: at most two decimals, none from 1,000', () => {
    expect(cliNumber(13988.209)).toBe('13,988');
    expect(cliNumber(41.4512)).toBe('41.45');
    expect(cliNumber(2.1)).toBe('2.1');
    expect(cliNumber(Number.NaN)).toBe('');
  });

  it('formatCell uses the column digits, keeps text and marks missing values', () => {
    expect(formatCell(0.43251, 3)).toBe('0.433');
    expect(formatCell(12, 0)).toBe('12');
    expect(formatCell('3 / 131')).toBe('3 / 131');
    expect(formatCell(null)).toBe('–');
    expect(formatCell(Number.POSITIVE_INFINITY, 2)).toBe('–');
  });
});

describe('trajectoryYears(year)', () => {
  it('trajectoryYears(2017) is every fifth year from 2000, then 2017', () => {
    expect(trajectoryYears(2017)).toEqual([2000, 2005, 2010, 2015, 2017]);
  });

  it('trajectoryYears(2010) does not repeat 2010, and a year before 2000 stands alone', () => {
    expect(trajectoryYears(2010)).toEqual([2000, 2005, 2010]);
    expect(trajectoryYears(1995)).toEqual([1995]);
  });
});
