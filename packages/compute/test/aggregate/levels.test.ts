import { describe, expect, it } from 'vitest';
import { aggregateLevels } from '@chanye/compute';

const m = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('aggregateLevels', () => {
  // Hand-computed: A and B report MVA, C does not; GDP is known for A, C and (NaN) not B.
  const mva = m({ A: 10, B: 30 });
  const gdp = m({ A: 100, B: NaN, C: 50 });
  const pop = m({ A: 5, B: 15, C: 20 });
  const agg = aggregateLevels(['A', 'B', 'C'], mva, { denominator: gdp, weight: pop });

  it('sums the levels of the members that have them', () => {
    expect(agg.total).toBe(40);
    expect(agg.members).toBe(3);
    expect(agg.counted).toEqual(['A', 'B']);
  });

  it('takes the ratio over members with both values, not an average of shares', () => {
    // Only A has both MVA and GDP: 10 / 100.
    expect(agg.ratio).toBeCloseTo(10, 12);
    expect(agg.ratioCounted).toEqual(['A']);
    // A small economy at 50 % and a large one at 10 %: Σ/Σ = 31 / 302, the mean of shares 30 %.
    const unequal = aggregateLevels(['A', 'B'], m({ A: 1, B: 30 }), { denominator: m({ A: 2, B: 300 }) });
    expect(unequal.ratio).toBeCloseTo((31 / 302) * 100, 12);
  });

  it('states coverage as the counted members’ share of the known weight', () => {
    expect(agg.coverage).toBeCloseTo((20 / 40) * 100, 12);
    expect(agg.weightKnown).toBe(3);
  });

  it('gives member shares that sum to 100 % of the covered total', () => {
    expect(agg.shares.get('A')).toBeCloseTo(25, 12);
    expect(agg.shares.get('B')).toBeCloseTo(75, 12);
    expect(agg.shares.has('C')).toBe(false);
    const many = aggregateLevels(['a', 'b', 'c', 'd', 'e'], m({ a: 1e12, b: 3.3e9, c: 7, d: 0.25, e: 12345.678 }));
    let sum = 0;
    for (const v of many.shares.values()) sum += v;
    expect(sum).toBeCloseTo(100, 10);
  });

  it('counts a member listed twice once', () => {
    expect(aggregateLevels(['A', 'A', 'B'], mva).total).toBe(40);
  });

  it('returns NaN, not zero, when nothing is known', () => {
    const none = aggregateLevels(['X'], mva, { denominator: gdp, weight: new Map() });
    expect(none.total).toBeNaN();
    expect(none.ratio).toBeNaN();
    expect(none.coverage).toBeNaN();
    expect(none.shares.size).toBe(0);
  });
});
