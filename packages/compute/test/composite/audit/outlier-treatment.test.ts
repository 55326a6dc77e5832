import { describe, expect, it } from 'vitest';
import { hasOutliers, kurtosis, logTransform, skewness, treatOutliers, winsorise } from '@chanye/compute';

// COINr's own example of its treatment (Becker et al. 2022, the "Outlier Treatment" vignette).
const twoOutliers = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100];

describe('hasOutliers(x)', () => {
  it('needs both |skewness| ≥ 2 and kurtosis ≥ 3.5', () => {
    expect(skewness(twoOutliers)).toBeGreaterThan(2);
    expect(kurtosis(twoOutliers)).toBeGreaterThan(3.5);
    expect(hasOutliers(twoOutliers)).toBe(true);
    // [1, 2, 3, 10]: skewness 1.76 < 2 although kurtosis 3.23 is close: passes.
    expect(hasOutliers([1, 2, 3, 10])).toBe(false);
  });
});

describe('winsorise(x)', () => {
  it('pulls the largest value in to the next one until the rule passes', () => {
    // Skewness 3.06 and kurtosis 9.74 fail; setting 100 to 30 gives skewness 1.71, kurtosis
    // 1.82, which pass, so only one point changes and 30 itself stays.
    const { values, points } = winsorise(twoOutliers);
    expect(points).toEqual([{ index: 11, from: 100, to: 30 }]);
    expect(Array.from(values)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 30]);
    expect(hasOutliers(values)).toBe(false);
  });

  it('works from the low side when the skew is negative', () => {
    const { points } = winsorise(twoOutliers.map((v) => -v));
    expect(points).toEqual([{ index: 11, from: -100, to: -30 }]);
  });

  it('changes every unit tied at the extreme, and stops at the limit', () => {
    const x = Array.from({ length: 40 }, (_, i) => Math.exp(i / 2));
    const { points } = winsorise(x, { skew: 2, kurtosis: 3.5, maxWinsorised: 2 });
    // e^19.5 → e^19 then both → e^18.5: two units changed, still failing.
    expect(points.map((p) => p.index)).toEqual([38, 39]);
    expect(points.every((p) => p.to === Math.exp(18.5))).toBe(true);
    const missing = winsorise([NaN, ...twoOutliers]);
    expect(missing.values[0]).toBeNaN();
    expect(missing.points).toEqual([{ index: 12, from: 100, to: 30 }]);
  });
});

describe('treatOutliers(x)', () => {
  it('leaves values that pass alone', () => {
    const { values, report } = treatOutliers([1, 2, 3, 10]);
    expect(Array.from(values)).toEqual([1, 2, 3, 10]);
    expect(report).toMatchObject({ outliers: false, treatment: 'none', points: [], passes: true });
  });

  it('winsorises when that is enough, and reports the moments before and after', () => {
    const { report } = treatOutliers(twoOutliers);
    expect(report).toMatchObject({ n: 12, outliers: true, treatment: 'winsorised', passes: true });
    expect(report.skewnessAfter).toBeCloseTo(skewness([...twoOutliers.slice(0, 11), 30]), 12);
  });

  it('falls back to the log of the original values when the winsorisation limit is reached', () => {
    // Exponential growth: each point is e^{1/2} times the one before; two winsorised points
    // cannot fix that. The log would make it linear but for the offset a = 0.01 (max − min),
    // which squeezes the small values together: skewness falls from 3.9 to about 2, kurtosis
    // below 3.5, and the rule passes.
    const x = Array.from({ length: 40 }, (_, i) => Math.exp(i / 2));
    const { values, report } = treatOutliers(x, { skew: 2, kurtosis: 3.5, maxWinsorised: 2 });
    expect(report.treatment).toBe('log');
    expect(report.points).toEqual([]);
    expect(report.passes).toBe(true);
    expect(report.skewness).toBeGreaterThan(3.5);
    expect(report.skewnessAfter).toBeLessThan(report.skewness);
    expect(report.kurtosisAfter).toBeLessThan(3.5);
    // Order and range are kept: the log is mapped back onto [min, max].
    expect(values[0]).toBeCloseTo(1, 12);
    expect(values[39]).toBeCloseTo(Math.exp(19.5), 6);
    for (let i = 1; i < 40; i++) expect(values[i] as number).toBeGreaterThan(values[i - 1] as number);
  });
});

describe('logTransform(x)', () => {
  it('is ln(x − min + a), a = 0.01 (max − min), mapped onto [min, max]', () => {
    // min 0, max 100, a = 1: ln(1) = 0 ↦ 0, ln(101) ↦ 100, ln(11) ↦ 100 · ln 11 / ln 101.
    const out = logTransform([0, 10, 100, 0, 0, 0]);
    expect(out[1]).toBeCloseTo((100 * Math.log(11)) / Math.log(101), 12);
    expect([out[0], out[2]]).toEqual([0, 100]);
  });

  it('reflects for negative skew so that the order is kept', () => {
    const out = logTransform([0, -10, -100, 0, 0, 0]);
    expect(out[2]).toBeCloseTo(-100, 12);
    expect(out[1]).toBeCloseTo(-(100 * Math.log(11)) / Math.log(101), 12);
  });
});
