/**
 * The Pearson correlation matrix of complete rows, shared by PCA weights and the audit's
 * first-component share.
 *
 * @module
 */
import { compensatedSum } from './sum.js';

/**
 * Correlations between the p columns of `rows` (each a complete row of p values). A constant
 * column has no correlation with anything: its off-diagonal entries are 0 and its diagonal 1,
 * so that it adds one independent unit of variance rather than NaN to an eigen-decomposition.
 *
 * @example correlationMatrix([[1, 2], [2, 4], [3, 7]], 2)[0][1] // returns ~0.993
 */
export function correlationMatrix(rows: readonly (readonly number[])[], p: number): number[][] {
  const n = rows.length;
  const means = Array.from({ length: p }, (_, j) => compensatedSum(rows.map((r) => r[j] as number)) / n);
  const centered = rows.map((r) => r.map((x, j) => x - (means[j] as number)));
  const sds = Array.from({ length: p }, (_, j) =>
    Math.sqrt(compensatedSum(centered.map((r) => (r[j] as number) ** 2))),
  );
  return Array.from({ length: p }, (_, a) =>
    Array.from({ length: p }, (_, b) => {
      if (a === b) return 1;
      const denominator = (sds[a] as number) * (sds[b] as number);
      return denominator > 0
        ? compensatedSum(centered.map((r) => (r[a] as number) * (r[b] as number))) / denominator
        : 0;
    }),
  );
}
