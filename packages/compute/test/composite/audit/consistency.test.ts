import { describe, expect, it } from 'vitest';
import {
  cronbachAlpha,
  firstComponent,
  matrixFromRows,
  pearsonCorrelation,
  spearmanCorrelation,
} from '@chanye/compute';

describe('cronbachAlpha(m)', () => {
  it('matches the hand computation on a 4 × 3 matrix', () => {
    // Columns (1,2,3,4), (2,1,4,3), (1,3,2,4): each a permutation of 1..4, sum of squares 5.
    // Row totals 4, 6, 9, 11: mean 7.5, sum of squares 12.25 + 2.25 + 2.25 + 12.25 = 29.
    // α = 3/2 · (1 − (5 + 5 + 5)/29) = 21/29.
    const m = matrixFromRows([
      [1, 2, 1],
      [2, 1, 3],
      [3, 4, 2],
      [4, 3, 4],
    ]);
    expect(cronbachAlpha(m)).toEqual({ alpha: expect.closeTo(21 / 29, 12) as number, units: 4, indicators: 3 });
  });

  it('is 1 for identical columns and uses only complete rows', () => {
    const m = matrixFromRows([
      [1, 1],
      [2, 2],
      [3, 3],
      [9, NaN],
    ]);
    expect(cronbachAlpha(m)).toEqual({ alpha: 1, units: 3, indicators: 2 });
  });

  it('is NaN for one indicator', () => {
    expect(cronbachAlpha(matrixFromRows([[1], [2], [3]])).alpha).toBeNaN();
  });
});

describe('firstComponent(m)', () => {
  it('explains all the variance of perfectly correlated indicators', () => {
    const result = firstComponent(
      matrixFromRows([
        [1, 2, 10],
        [2, 4, 20],
        [3, 6, 30],
        [5, 10, 50],
      ]),
    );
    expect(result.share).toBeCloseTo(1, 12);
    expect(result.aboveOne).toBe(1);
  });

  it('explains 1/k of the variance of uncorrelated indicators', () => {
    // Three mutually orthogonal centered columns (a Hadamard matrix without its constant column).
    const result = firstComponent(
      matrixFromRows([
        [1, 1, 1],
        [1, -1, -1],
        [-1, 1, -1],
        [-1, -1, 1],
      ]),
    );
    expect(result.share).toBeCloseTo(1 / 3, 12);
    expect(result.eigenvalues.reduce((a, b) => a + b, 0)).toBeCloseTo(3, 12);
    expect(result.aboveOne).toBe(0);
  });

  it('gives λ₁ = 1 + r for two indicators correlated r', () => {
    const rows = [
      [1, 2],
      [2, 1],
      [3, 4],
      [4, 3],
    ];
    const r = pearsonCorrelation(
      rows.map((x) => x[0] as number),
      rows.map((x) => x[1] as number),
    );
    expect(r).toBeCloseTo(0.6, 12); // Σdxdy = 3, Σdx² = Σdy² = 5
    expect(firstComponent(matrixFromRows(rows)).share).toBeCloseTo((1 + r) / 2, 12);
  });
});

describe('pearsonCorrelation and spearmanCorrelation', () => {
  it('use the pairs where both values are present', () => {
    expect(pearsonCorrelation([1, 2, 3, NaN], [2, 4, 6, 1])).toBeCloseTo(1, 12);
  });

  it('differ where an outlier bends a monotone relation', () => {
    expect(spearmanCorrelation([1, 2, 3, 4], [1, 2, 3, 100])).toBe(1);
    expect(pearsonCorrelation([1, 2, 3, 4], [1, 2, 3, 100])).toBeLessThan(0.8);
  });

  it('are NaN with fewer than three pairs', () => {
    expect(pearsonCorrelation([1, 2], [1, 2])).toBeNaN();
    expect(spearmanCorrelation([1, 2, NaN], [1, 2, 3])).toBeNaN();
  });
});
