import { describe, expect, it } from 'vitest';
import {
  curvePeriod,
  curveShare,
  peakShare,
  rekhaSureshTest,
  rodrikCurve,
  type RodrikPanel,
} from '../../src/diagnostics/deindustrialization.js';

describe('peakShare(years, shares, incomes)', () => {
  const years = [2000, 2001, 2002, 2003, 2004, 2005, 2006];

  it('takes the maximum of the 3-year centred moving average, not a one-year spike', () => {
    // Raw maximum 30 in 2001; moving averages 2001: 17.33, 2002: 18.33, 2003: 20, 2004: 21, 2005: 19.33
    const p = peakShare(years, [10, 30, 12, 18, 30, 15, 13], [1, 2, 3, 4, 5, 6, 7])!;
    expect(p.year).toBe(2004);
    expect(p.share).toBeCloseTo(21, 12);
    expect(p.rawShare).toBe(30);
    expect(p.income).toBe(5);
    expect([p.atStart, p.atEnd, p.firstYear, p.lastYear]).toEqual([false, false, 2001, 2005]);
  });

  it('with window 1 takes the raw maximum', () => {
    expect(peakShare(years, [10, 30, 12, 18, 30, 15, 13], years)!.year).toBe(2004);
    expect(peakShare(years, [10, 30, 12, 18, 30, 15, 13], years, { window: 1 })!.year).toBe(2001);
  });

  it('breaks ties towards the earliest year', () => {
    expect(peakShare(years, [1, 5, 1, 5, 1, 5, 1], years)!.year).toBe(2002); // 2002 and 2004 both 11/3
  });

  it('flags a peak on the first or last smoothed year', () => {
    const falling = peakShare(years, [30, 28, 26, 24, 22, 20, 18], years)!;
    expect([falling.year, falling.atStart, falling.atEnd]).toEqual([2001, true, false]);
    const rising = peakShare(years, [18, 20, 22, 24, 26, 28, 30], years)!;
    expect([rising.year, rising.atStart, rising.atEnd]).toEqual([2005, false, true]);
  });

  it('does not smooth across a gap and gives NaN income when the income is missing', () => {
    // 2003 missing: only 2001 and 2005 have three consecutive years around them
    const p = peakShare(years, [10, 20, 30, NaN, 5, 6, 7], [1, 2, NaN, 4, 5, 6, 7])!;
    expect(p.year).toBe(2001);
    expect(p.share).toBe(20);
    expect(p.income).toBe(2);
    const q = peakShare(years, [10, 20, 30, 40, 5, 6, 7], [1, 2, 3, NaN, 5, 6, 7])!;
    expect(q.year).toBe(2002);
    expect(q.income).toBe(3);
    expect(peakShare(years, [10, 50, 10, 10, 10, 10, 10], [1, NaN, 3, 4, 5, 6, 7])!.income).toBeNaN();
  });

  it('is undefined without three consecutive years, and rejects an even window', () => {
    expect(peakShare([2000, 2001], [1, 2], [1, 2])).toBeUndefined();
    expect(peakShare([], [], [])).toBeUndefined();
    expect(peakShare([2000, 2002, 2004], [1, 2, 3], [1, 2, 3])).toBeUndefined();
    expect(() => peakShare(years, years, years, { window: 2 })).toThrow(/invalid window/);
  });
});

describe('rodrikCurve(panel)', () => {
  // share = α_i + b1 ln y + b2 (ln y)² + b3 ln N + b4 (ln N)² + δ_decade, no noise
  const b = { b1: 40, b2: -2.2, b3: 3, b4: -0.1 };
  const alpha: Record<string, number> = { AAA: -150, BBB: -145, CCC: -160, DDD: -152, EEE: -148 };
  const delta: Record<number, number> = { 1990: 0, 2000: -1.5, 2010: -3 };
  const panel = (): RodrikPanel => {
    const country: string[] = [];
    const year: number[] = [];
    const share: number[] = [];
    const income: number[] = [];
    const population: number[] = [];
    Object.keys(alpha).forEach((c, i) => {
      for (let t = 1990; t <= 2019; t++) {
        if ((t + i) % 7 === 0) continue; // unbalanced
        const s = t - 1990;
        const ly = 7 + 0.4 * i + (0.02 + 0.01 * i) * s + 0.0005 * s * s + 0.01 * Math.sin(s + i);
        const lp = 1 + 0.5 * i + (0.01 + 0.004 * (4 - i)) * s + 0.02 * Math.cos(0.7 * s * (i + 1));
        country.push(c);
        year.push(t);
        income.push(Math.exp(ly));
        population.push(Math.exp(lp));
        share.push(
          alpha[c]! + b.b1 * ly + b.b2 * ly * ly + b.b3 * lp + b.b4 * lp * lp + delta[Math.floor(t / 10) * 10]!,
        );
      }
    });
    return { country, year, share, income, population };
  };

  it('recovers the coefficients, period and country effects exactly without noise', () => {
    const curve = rodrikCurve(panel());
    expect(curve.b1).toBeCloseTo(b.b1, 6);
    expect(curve.b2).toBeCloseTo(b.b2, 7);
    expect(curve.b3).toBeCloseTo(b.b3, 6);
    expect(curve.b4).toBeCloseTo(b.b4, 7);
    expect(curve.periodEffects.get(2000)).toBeCloseTo(-1.5, 7);
    expect(curve.periodEffects.get(2010)).toBeCloseTo(-3, 7);
    for (const [c, a] of Object.entries(alpha)) expect(curve.countryEffects.get(c)).toBeCloseTo(a, 5);
    expect(curve.meanCountryEffect).toBeCloseTo(-151, 5);
    expect(curve.r2Within).toBeCloseTo(1, 10);
    expect([curve.countries, curve.firstYear, curve.lastYear, curve.periodLength]).toEqual([5, 1990, 2019, 10]);
  });

  it('puts the turning point at exp(−b1 / (2 b2)) and the peak share on the reference curve', () => {
    const curve = rodrikCurve(panel());
    const lyStar = -b.b1 / (2 * b.b2);
    expect(curve.turningPointIncome).toBeCloseTo(Math.exp(lyStar), 3);
    const lp = curve.meanLnPopulation;
    const expected = -151 + b.b1 * lyStar + b.b2 * lyStar ** 2 + b.b3 * lp + b.b4 * lp * lp - 3;
    expect(curve.referencePeriod).toBe(2010);
    expect(curve.peakShare).toBeCloseTo(expected, 5);
    expect(curveShare(curve, curve.turningPointIncome)).toBe(curve.peakShare);
    // Any other income gives a lower share on the same curve
    expect(curveShare(curve, curve.turningPointIncome * 1.5)).toBeLessThan(curve.peakShare);
    expect(curveShare(curve, curve.turningPointIncome, { period: 1990 })).toBeCloseTo(expected + 3, 5);
    expect(() => curveShare(curve, 1000, { period: 1980 })).toThrow(/no period 1980/);
    expect(curvePeriod(curve, 2007)).toBe(2000);
  });

  it('drops rows with missing or non-positive values and countries with one observation', () => {
    const p = panel();
    const full = rodrikCurve(p);
    const extended: RodrikPanel = {
      country: [...p.country, 'ZZZ', 'YYY', 'YYY'],
      year: [...p.year, 2000, 2001, 2002],
      share: [...(p.share as number[]), 10, NaN, 12],
      income: [...(p.income as number[]), 5000, 6000, 0],
      population: [...(p.population as number[]), 3, 3, 3],
    };
    const curve = rodrikCurve(extended);
    expect(curve.n).toBe(full.n);
    expect(curve.countries).toBe(5);
    expect(curve.b2).toBeCloseTo(full.b2, 9);
  });

  it('gives a NaN turning point when the curve is not an inverted U', () => {
    const p = panel();
    const flipped: RodrikPanel = { ...p, share: (p.share as number[]).map((s) => -s) };
    const curve = rodrikCurve(flipped);
    expect(curve.b2).toBeGreaterThan(0);
    expect(curve.turningPointIncome).toBeNaN();
    expect(curve.peakShare).toBeNaN();
  });

  it('throws when there are too few observations', () => {
    expect(() =>
      rodrikCurve({ country: ['A', 'A'], year: [2000, 2001], share: [1, 2], income: [1, 2], population: [1, 2] }),
    ).toThrow(/too few/);
  });
});

describe('rekhaSureshTest(values)', () => {
  it('applies the thresholds as quoted: income < 11,750, employment ≤ 18 %, value added ≥ 18 %', () => {
    expect(rekhaSureshTest({ income: 11749, employmentShare: 18, valueAddedShare: 18 })).toEqual({
      incomeBelow: true,
      employmentAtMost: true,
      valueAddedAtLeast: true,
      all: true,
    });
    expect(rekhaSureshTest({ income: 11750, employmentShare: 10, valueAddedShare: 25 }).all).toBe(false);
    expect(rekhaSureshTest({ income: 5000, employmentShare: 18.1, valueAddedShare: 25 }).all).toBe(false);
    expect(rekhaSureshTest({ income: 5000, employmentShare: 10, valueAddedShare: 17.9 }).all).toBe(false);
  });

  it('is undefined for a missing value unless another condition fails', () => {
    expect(rekhaSureshTest({ income: 5000, employmentShare: NaN, valueAddedShare: 25 })).toEqual({
      incomeBelow: true,
      employmentAtMost: undefined,
      valueAddedAtLeast: true,
      all: undefined,
    });
    expect(rekhaSureshTest({ income: 20000, employmentShare: NaN, valueAddedShare: 25 }).all).toBe(false);
  });
});
