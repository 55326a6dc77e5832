import { describe, expect, it } from 'vitest';
import { conversionTo1990, fakBand, fakTrapVerdict } from '@chanye/compute';

describe('fakBand(gdp per capita in 1990 GK$)', () => {
  it('uses the Felipe-Abdon-Kumar bands 2,000 / 7,250 / 11,750', () => {
    expect([1999, 2000, 7250, 7251, 11750, 11751].map(fakBand)).toEqual([
      'low',
      'lower-middle',
      'lower-middle',
      'upper-middle',
      'upper-middle',
      'high',
    ]);
  });
});

describe('fakTrapVerdict(years, values)', () => {
  const years = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

  it('counts years from first reaching a band, and a dip back does not restart the count', () => {
    // lower-middle from 1990, upper-middle from 2000, one dip in 2005, still upper-middle in 2016
    const ys = years(1985, 2016);
    const values = ys.map((y) => (y < 1990 ? 1500 : y < 2000 ? 5000 : y === 2005 ? 7000 : 9000));
    const v = fakTrapVerdict(ys, values)!;
    expect(v.band).toBe('upper-middle');
    expect(v.enteredBand).toBe(2000);
    expect(v.yearsInBand).toBe(17); // 2000..2016
    expect(v.trapped).toBe(true); // more than 14 years
    expect(v.yearsToThreshold).toBe(-3);
    expect(v.graduations).toEqual([
      { band: 'lower-middle', entered: 1990, left: 2000, years: 10, leftCensored: false },
    ]);
  });

  it('is not trapped at exactly the threshold, and marks a series that starts inside the band', () => {
    const ys = years(2001, 2014); // 14 years, all upper-middle
    const v = fakTrapVerdict(
      ys,
      ys.map(() => 8000),
    )!;
    expect(v.yearsInBand).toBe(14);
    expect(v.trapped).toBe(false);
    expect(v.leftCensored).toBe(true);
  });

  it('ignores missing values and is undefined without data', () => {
    expect(fakTrapVerdict([2000], [NaN])).toBeUndefined();
    expect(fakTrapVerdict([2000, 2001], [NaN, 12000])?.band).toBe('high');
  });
});

describe('conversionTo1990(us1990GK, us1990Pwt)', () => {
  it('maps the US 1990 value of the source series exactly onto its 1990 GK value', () => {
    const factor = conversionTo1990(23201, 39059.4);
    expect(39059.4 * factor).toBeCloseTo(23201, 9);
    expect(() => conversionTo1990(23201, 0)).toThrow();
  });
});
