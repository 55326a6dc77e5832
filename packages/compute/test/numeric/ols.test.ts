import { describe, expect, it } from 'vitest';
import { matrixFromRows } from '../../src/numeric/matrix.js';
import { ols } from '../../src/numeric/ols.js';
import { seededRandom } from '../../src/random/seeded.js';

describe('ols(X, y)', () => {
  // Textbook simple regression: x = 1..5, y = 2, 4, 5, 4, 5. By hand: x̄ = 3, ȳ = 4, Sxx = 10,
  // Sxy = 6, so b1 = 0.6 and b0 = 4 − 0.6·3 = 2.2; residuals −0.8, 0.6, 1, −0.6, −0.2, SSR = 2.4,
  // s² = 2.4 / 3 = 0.8, se(b1) = √(0.8 / 10), se(b0) = √(0.8 (1/5 + 9/10)), R² = 1 − 2.4 / 6 = 0.6.
  const X = matrixFromRows([1, 2, 3, 4, 5].map((x) => [1, x]));
  const y = [2, 4, 5, 4, 5];

  it('reproduces the hand-computed coefficients, standard errors and R²', () => {
    const fit = ols(X, y);
    expect(fit.coefficients[0]).toBeCloseTo(2.2, 12);
    expect(fit.coefficients[1]).toBeCloseTo(0.6, 12);
    expect(fit.ssr).toBeCloseTo(2.4, 12);
    expect(fit.standardErrors[0]).toBeCloseTo(Math.sqrt(0.88), 12);
    expect(fit.standardErrors[1]).toBeCloseTo(Math.sqrt(0.08), 12);
    expect(fit.r2).toBeCloseTo(0.6, 12);
    expect([fit.n, fit.k, fit.df]).toEqual([5, 2, 3]);
    [-0.8, 0.6, 1, -0.6, -0.2].forEach((e, i) => expect(fit.residuals[i]).toBeCloseTo(e, 12));
  });

  it('gives (XᵀX)⁻¹ from R and the covariance s²(XᵀX)⁻¹: by hand [[1.1, −0.3], [−0.3, 0.1]] and 0.8 times it', () => {
    // XᵀX = [[5, 15], [15, 55]], determinant 50.
    const fit = ols(X, y);
    [1.1, -0.3, -0.3, 0.1].forEach((v, i) => expect(fit.xtxInverse[i]).toBeCloseTo(v, 12));
    [0.88, -0.24, -0.24, 0.08].forEach((v, i) => expect(fit.covariance[i]).toBeCloseTo(v, 12));
    expect(fit.covariance[1]).toBe(fit.covariance[2]);
    expect(fit.standardErrors[1]).toBe(Math.sqrt(fit.covariance[3] as number));
  });

  it('leaves residuals orthogonal to every column of X', () => {
    const random = seededRandom(7);
    const rows = Array.from({ length: 40 }, () => [1, random() * 10, random() ** 2, Math.sin(random() * 6)]);
    const yy = rows.map((r) => 3 - r[1]! + 2 * r[2]! + random());
    const fit = ols(matrixFromRows(rows), yy);
    for (let j = 0; j < 4; j++) {
      const dot = rows.reduce((s, r, i) => s + r[j]! * fit.residuals[i]!, 0);
      expect(Math.abs(dot)).toBeLessThan(1e-10);
    }
  });

  it('recovers exact coefficients from noiseless data and has R² = 1', () => {
    const rows = [0, 1, 2, 3, 4, 5].map((x) => [1, x, x * x]);
    const fit = ols(
      matrixFromRows(rows),
      rows.map((r) => 1 - 2 * r[1]! + 0.5 * r[2]!),
    );
    expect(Array.from(fit.coefficients).map((b) => +b.toFixed(10))).toEqual([1, -2, 0.5]);
    expect(fit.r2).toBeCloseTo(1, 12);
  });

  it('subtracts absorbed parameters from the degrees of freedom', () => {
    const fit = ols(X, y, { absorbed: 1 });
    expect(fit.df).toBe(2);
    expect(fit.standardErrors[1]).toBeCloseTo(Math.sqrt(2.4 / 2 / 10), 12);
  });

  it('throws on a rank-deficient X, too few rows, mismatched y or missing values', () => {
    expect(() => ols(matrixFromRows([1, 2, 3].map((x) => [1, x, 2 * x])), [1, 2, 3])).toThrow(/rank-deficient/);
    expect(() => ols(matrixFromRows([[1, 2]]), [1])).toThrow(/1 observations for 2 regressors/);
    expect(() => ols(X, [1, 2])).toThrow(/y has 2 values/);
    expect(() =>
      ols(
        matrixFromRows([
          [1, NaN],
          [1, 2],
          [1, 3],
        ]),
        [1, 2, 3],
      ),
    ).toThrow(/missing/);
  });
});
