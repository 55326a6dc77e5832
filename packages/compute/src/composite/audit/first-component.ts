/**
 * The share of a pillar's variance its first principal component explains: how nearly its
 * indicators form one dimension.
 *
 * @module
 */
import { correlationMatrix } from '../../numeric/correlation-matrix.js';
import { symmetricEigen } from '../../numeric/symmetric-eigen.js';
import type { Matrix } from '../../numeric/matrix.js';

export interface FirstComponent {
  /** λ₁ / k: the largest eigenvalue of the correlation matrix over the number of indicators. */
  readonly share: number;
  /** Eigenvalues of the correlation matrix, descending (they sum to k). */
  readonly eigenvalues: readonly number[];
  /** How many eigenvalues exceed 1 (Kaiser's criterion: how many dimensions the pillar holds). */
  readonly aboveOne: number;
  /** Complete units the correlations are computed over. */
  readonly units: number;
}

/**
 * Principal components of the correlation matrix of the complete rows of `m` (OECD/JRC
 * Handbook 2008, step 4, principal component analysis): a pillar whose first component
 * explains most of the variance, with only that eigenvalue above 1, measures one latent
 * dimension, which is what adding its indicators up presumes. The share is 1 when the
 * indicators are perfectly correlated and 1/k when they are uncorrelated. NaN with fewer than
 * three complete units (a correlation needs them).
 *
 * @example firstComponent(matrixFromRows([[1, 2], [2, 4], [3, 6]])).share // returns 1
 */
export function firstComponent(m: Matrix): FirstComponent {
  const k = m.columns;
  const rows: number[][] = [];
  for (let i = 0; i < m.rows; i++) {
    const row = Array.from(m.values.subarray(i * k, (i + 1) * k));
    if (!row.some(Number.isNaN)) rows.push(row);
  }
  if (k === 0 || rows.length < 3) return { share: NaN, eigenvalues: [], aboveOne: 0, units: rows.length };
  const eigen = symmetricEigen(Float64Array.from(correlationMatrix(rows, k).flat()), k);
  const eigenvalues = Array.from(eigen.values);
  return {
    share: (eigenvalues[0] as number) / k,
    eigenvalues,
    aboveOne: eigenvalues.filter((v) => v > 1 + 1e-9).length,
    units: rows.length,
  };
}
