import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  averageContributions,
  DEMAND_COMPONENTS,
  demandShares,
  growthContributions,
} from '../../src/diagnostics/demand.js';

describe('demandShares(shares)', () => {
  it('adds household and government consumption, and exports and (negative) imports', () => {
    const s = demandShares({
      household: 0.39,
      government: 0.14,
      investment: 0.45,
      exports: 0.19,
      imports: -0.17,
      residual: -0.0,
    });
    expect(s.consumption).toBeCloseTo(0.53, 15);
    expect(s.investment).toBe(0.45);
    expect(s.netExports).toBeCloseTo(0.02, 15);
    expect(s.residual).toBe(-0);
    expect(DEMAND_COMPONENTS.reduce((a, k) => a + s[k], 0)).toBeCloseTo(1, 15);
  });

  it('rejects a positive import share (PWT stores imports negative)', () => {
    expect(() =>
      demandShares({ household: 0.5, government: 0.1, investment: 0.3, exports: 0.2, imports: 0.1, residual: 0 }),
    ).toThrow(/imports must be negative/);
  });
});

describe('growthContributions(years, gdp, shares)', () => {
  it('computes (S_t·Y_t − S_{t−1}·Y_{t−1}) / Y_{t−1} by hand', () => {
    // Y 200 → 210 (growth 5 %). C 0.60 → 0.58: (0.58·210 − 0.60·200) / 200 = (121.8 − 120) / 200 = 0.009
    // I 0.30 → 0.33: (69.3 − 60) / 200 = 0.0465;  NX 0.10 → 0.09: (18.9 − 20) / 200 = −0.0055
    // 0.009 + 0.0465 − 0.0055 = 0.05
    const [row] = growthContributions([2010, 2011], [200, 210], {
      c: [0.6, 0.58],
      i: [0.3, 0.33],
      nx: [0.1, 0.09],
    });
    expect(row!.year).toBe(2011);
    expect(row!.growth).toBeCloseTo(0.05, 15);
    expect(row!.contributions.c).toBeCloseTo(0.009, 15);
    expect(row!.contributions.i).toBeCloseTo(0.0465, 15);
    expect(row!.contributions.nx).toBeCloseTo(-0.0055, 15);
  });

  it('property: contributions sum exactly (to rounding) to GDP growth when shares sum to 1', () => {
    const year = fc
      .array(fc.double({ min: -1, max: 2, noNaN: true }), { minLength: 4, maxLength: 4 })
      .filter((xs) => Math.abs(xs.reduce((a, b) => a + b, 0)) > 0.1)
      .map((xs) => {
        const total = xs.reduce((a, b) => a + b, 0);
        return xs.map((x) => x / total);
      });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(year, fc.double({ min: 1, max: 1e8, noNaN: true })), { minLength: 2, maxLength: 12 }),
        (rows) => {
          const years = rows.map((_, i) => 1990 + i);
          const shares = Object.fromEntries(
            ['a', 'b', 'c', 'd'].map((k, j) => [k, rows.map(([s]) => s[j]!)]),
          ) as Record<'a' | 'b' | 'c' | 'd', number[]>;
          const out = growthContributions(
            years,
            rows.map(([, y]) => y),
            shares,
          );
          expect(out).toHaveLength(rows.length - 1);
          for (const r of out) {
            const sum = r.contributions.a + r.contributions.b + r.contributions.c + r.contributions.d;
            const scale = 1 + Math.abs(r.growth) + Object.values(r.contributions).reduce((a, v) => a + Math.abs(v), 0);
            expect(Math.abs(sum - r.growth)).toBeLessThanOrEqual(1e-12 * scale);
          }
        },
      ),
      { seed: 2024, numRuns: 300 },
    );
  });

  it('skips years without the previous calendar year or with a missing value, and sorts', () => {
    const out = growthContributions([2003, 2000, 2001, 2002], [121, 100, 110, NaN], { c: [1, 1, 1, 1] });
    expect(out.map((r) => r.year)).toEqual([2001]);
    const gap = growthContributions([2000, 2001, 2002], [100, 110, 121], { c: [1, NaN, 1] });
    expect(gap).toEqual([]);
    expect(() => growthContributions([2000], [1, 2], { c: [1] })).toThrow(/same length/);
  });
});

describe('averageContributions(rows, from, to)', () => {
  it('averages growth and contributions over the years after `from`, keeping the identity', () => {
    // growth 10 % then 0 %: mean 5 %; C contributes 6 % then −2 %: mean 2 %; I 4 % then 2 %: mean 3 %
    const rows = growthContributions([2000, 2001, 2002], [100, 110, 110], {
      c: [0.6, 0.6, 0.58],
      i: [0.4, 0.4, 0.42],
    });
    const a = averageContributions(rows, 2000, 2002)!;
    expect([a.years, a.complete]).toEqual([2, true]);
    expect(a.growth).toBeCloseTo(0.05, 15);
    expect(a.contributions.c).toBeCloseTo(0.02, 15);
    expect(a.contributions.i).toBeCloseTo(0.03, 15);
    expect(a.sharesOfGrowth.c).toBeCloseTo(0.4, 14);
    expect(averageContributions(rows, 2001, 2005)!.complete).toBe(false);
    expect(averageContributions(rows, 2010, 2012)).toBeUndefined();
    expect(() => averageContributions(rows, 2002, 2002)).toThrow(/invalid period/);
  });
});
