import { describe, expect, it } from 'vitest';
import { DUAL_STRUCTURE_LINE, dualStructure, highTechShareOfGdp } from '../../src/diagnostics/dual-structure.js';

describe('highTechShareOfGdp(mva, mht)', () => {
  it('multiplies the manufacturing share of GDP by the medium/high-tech share of manufacturing', () => {
    expect(highTechShareOfGdp(28, 41.5)).toBeCloseTo(11.62, 12);
    expect(highTechShareOfGdp(NaN, 40)).toBeNaN();
  });
});

describe('dualStructure(years, shares)', () => {
  it('gives the first and last year, the endpoint change and the least-squares trend', () => {
    // 8, 9, 11, 12 on 2000-2003: endpoint (12 − 8) / 3; LS slope Σ(t−1.5)(y−10)/Σ(t−1.5)² = 7 / 5
    const d = dualStructure([2000, 2001, 2002, 2003], [8, 9, 11, 12])!;
    expect(d.first).toEqual({ year: 2000, value: 8 });
    expect(d.last).toEqual({ year: 2003, value: 12 });
    expect(d.changePerYear).toBeCloseTo(4 / 3, 12);
    expect(d.trendPerYear).toBeCloseTo(1.4, 12);
    expect(d.line).toBe(DUAL_STRUCTURE_LINE);
    expect(d.belowLine).toBe(true);
    expect(d.yearsToLine).toBeCloseTo(8 / 1.4, 12);
  });

  it('has no years-to-line above the line or when falling, skips NaN, and is undefined without data', () => {
    expect(dualStructure([2000, 2001, 2002], [25, 24, 23])!.yearsToLine).toBeUndefined();
    expect(dualStructure([2000, 2001, 2002], [15, 14, 13])!.yearsToLine).toBeUndefined();
    const one = dualStructure([2000, 2001], [NaN, 10])!;
    expect([one.years, one.changePerYear, one.trendPerYear]).toEqual([1, NaN, NaN]);
    expect(dualStructure([2000], [NaN])).toBeUndefined();
    expect(dualStructure([2000, 2001], [5, 6], { line: 5.5 })!.belowLine).toBe(false);
  });
});
