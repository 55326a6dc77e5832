import { describe, expect, it } from 'vitest';
import { kurtosis, skewness } from '@chanye/compute';

describe('skewness(x) and kurtosis(x), the bias-adjusted G1 and G2', () => {
  it('match the hand computation for [1, 2, 3, 10]', () => {
    // mean 4, deviations −3, −2, −1, 6: Σd² = 50, Σd³ = 180, Σd⁴ = 1394, n = 4.
    // g1 = (180/4) / (50/4)^1.5 = 45 / 44.194 = 1.01823; G1 = g1 · √12 / 2 = 1.76363.
    // b2 = 4 · 1394 / 50² = 2.2304; G2 = (5 · (2.2304 − 3) + 6) · 3 / (2 · 1) = 3.228.
    expect(skewness([1, 2, 3, 10])).toBeCloseTo(1.763633, 6);
    expect(kurtosis([1, 2, 3, 10])).toBeCloseTo(3.228, 12);
  });

  it("match Excel's SKEW and KURT on the worked example of their documentation", () => {
    // Microsoft, "SKEW function" and "KURT function": 0.359543 and −0.151799637 for this data.
    const data = [3, 4, 5, 2, 3, 4, 5, 6, 4, 7];
    expect(skewness(data)).toBeCloseTo(0.359543, 6);
    expect(kurtosis(data)).toBeCloseTo(-0.151799637, 9);
  });

  it('give 0 skewness for symmetric values and ignore missing ones', () => {
    expect(skewness([1, NaN, 2, 3, 4, 5])).toBeCloseTo(0, 12);
    expect(kurtosis([1, 2, 3, NaN, 10])).toBeCloseTo(3.228, 12);
  });

  it('are NaN with too few values or no spread', () => {
    expect(skewness([1, 2])).toBeNaN();
    expect(kurtosis([1, 2, 3])).toBeNaN();
    expect(skewness([5, 5, 5, 5])).toBeNaN();
  });
});
