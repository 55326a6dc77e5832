import { compensatedSum } from '../numeric/sum.js';
import { columnValues, type Matrix } from '../numeric/matrix.js';

/**
 * Weighting schemes (OECD/JRC Handbook 2008, ch. 6):
 * - `equal`: 1/m each;
 * - `entropy`: the entropy weight method standard in Chinese evaluation studies, on min-max
 *   normalized data shifted by `shift` (default 0.0001) so that ln is defined:
 *   p_ij = r_ij / Σ_i r_ij; e_j = −(1/ln n_j) Σ_i p_ij ln p_ij; d_j = 1 − e_j; w_j = d_j / Σ d_j,
 *   over the n_j units that have indicator j;
 * - `user`: given weights, rescaled to sum to 1.
 * Weights always sum to 1.
 */
export type WeightingName = 'equal' | 'entropy' | 'user';

export const WEIGHTINGS: readonly WeightingName[] = ['equal', 'entropy', 'user'];

/** Equal weights 1/m. */
export function equalWeights(m: number): Float64Array {
  if (m < 1) throw new Error('equal weights need at least one indicator');
  return new Float64Array(m).fill(1 / m);
}

/** Given weights rescaled to sum to 1; negative or all-zero weights are rejected. */
export function userWeights(weights: readonly number[]): Float64Array {
  if (weights.some((w) => !(w >= 0))) throw new Error('invalid weights: every weight must be a number ≥ 0');
  const total = compensatedSum(weights);
  if (!(total > 0)) throw new Error('invalid weights: they sum to 0');
  return Float64Array.from(weights, (w) => w / total);
}

/**
 * Entropy weights of a min-max normalized matrix (values in [0, 1], higher is better).
 * A column every unit shares carries no information: its entropy is 1 and its weight 0.
 */
export function entropyWeights(normalized: Matrix, shift = 0.0001): Float64Array {
  const divergence = new Float64Array(normalized.columns);
  for (let j = 0; j < normalized.columns; j++) {
    const r = columnValues(normalized, j).map((v) => v + shift);
    const n = r.length;
    if (n < 2) throw new Error(`entropy weights need at least two units with indicator ${j}`);
    const total = compensatedSum(r);
    const entropy = -compensatedSum(r.map((v) => (v > 0 ? (v / total) * Math.log(v / total) : 0))) / Math.log(n);
    divergence[j] = 1 - entropy;
  }
  const total = compensatedSum(divergence);
  if (!(total > 0)) return equalWeights(normalized.columns);
  return divergence.map((d) => d / total);
}
