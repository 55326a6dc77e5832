import { describe, expect, it } from 'vitest';
import { spearman } from '@chanye/compute';

describe('spearman(x, y)', () => {
  it('gives −29/165 on the IQ and television hours example without ties (Wikipedia, "Spearman\'s rank correlation coefficient")', () => {
    const iq = [106, 100, 86, 101, 99, 103, 97, 113, 112, 110];
    const tv = [7, 27, 2, 50, 28, 29, 20, 12, 6, 17];
    const { rho, n } = spearman(iq, tv);
    expect(n).toBe(10);
    expect(rho).toBeCloseTo(-29 / 165, 14);
  });

  it('averages tied ranks and takes the Pearson correlation of the ranks: 3/√10 for x = 1, 2, 2, 3 and y = 1, 3, 2, 4', () => {
    // By hand: ranks of x are 1, 2.5, 2.5, 4 and of y 1, 3, 2, 4; deviations from 2.5 give
    // Σdxdy = 4.5, Σdx² = 4.5, Σdy² = 5, so ρ = 4.5/√22.5 = 3/√10. The no-ties shortcut
    // 1 − 6Σd²/(n(n² − 1)) would give 0.95 instead.
    const { rho } = spearman([1, 2, 2, 3], [1, 3, 2, 4]);
    expect(rho).toBeCloseTo(3 / Math.sqrt(10), 14);
    expect(rho).not.toBeCloseTo(0.95, 3);
  });

  it('handles ties on both sides: 1/√3 for x = 1, 1, 1, 2 and y = 3, 3, 4, 4', () => {
    // Ranks 2, 2, 2, 4 and 1.5, 1.5, 3.5, 3.5: Σdxdy = 3, Σdx² = 3, Σdy² = 4, ρ = 3/√12.
    expect(spearman([1, 1, 1, 2], [3, 3, 4, 4]).rho).toBeCloseTo(1 / Math.sqrt(3), 14);
  });

  it('is 1 for any increasing transform, −1 for a decreasing one, and does not depend on which end ranks count from', () => {
    const x = [0.3, 5, 2, 8, 1];
    expect(spearman(x, x.map(Math.exp)).rho).toBe(1);
    expect(
      spearman(
        x,
        x.map((v) => -v * v),
      ).rho,
    ).toBe(-1);
    const y = [2, 1, 4, 3, 5];
    expect(spearman(x, y).rho).toBeCloseTo(
      spearman(
        x.map((v) => -v),
        y.map((v) => -v),
      ).rho,
      15,
    );
  });

  it('drops pairs with NaN on either side and counts the rest', () => {
    const withGaps = spearman([1, NaN, 2, 2, 3, 7], [1, 5, 3, 2, 4, NaN]);
    expect(withGaps.n).toBe(4);
    expect(withGaps.rho).toBeCloseTo(3 / Math.sqrt(10), 14);
  });

  it('is NaN for fewer than two pairs or a constant side, and rejects arrays of different lengths', () => {
    expect(spearman([], [])).toEqual({ rho: NaN, n: 0 });
    expect(spearman([1], [2])).toEqual({ rho: NaN, n: 1 });
    expect(spearman([1, 1, 1], [1, 2, 3]).rho).toBeNaN();
    expect(() => spearman([1, 2], [1])).toThrow(/one length/);
  });
});
