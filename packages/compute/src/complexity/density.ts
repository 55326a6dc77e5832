import { ChanyeError } from '../errors.js';
import type { Matrix } from '../numeric/matrix.js';
import { addSparseTimesDense } from './sparse-product.js';

/** Options of {@link density}. */
export interface DensityOptions {
  /**
   * Use only each product's k nearest neighbours: the other products whose proximity to it is
   * at least its k-th largest proximity to another product (so ties at the k-th value are all
   * kept, as in Stata `ecomplexity`'s `knn()`). Omitted: all products.
   */
  readonly knn?: number;
}

/**
 * Density of each location (row) around each product (column): the proximity-weighted share
 * of a product's neighbours the location is present in,
 * d_cp = Σ_q w_cq φ_pq / Σ_q φ_pq, with w = M (discrete proximity) or RCA/RPOP (continuous).
 * Reference: Hidalgo, Klinger, Barabási and Hausmann (2007), *Science* 317(5837).
 *
 * The product M·φᵀ skips the zeros of M (Σ_c k_c · p operations rather than c · p²) and is
 * tiled for the cache.
 *
 * @example density(matrixFromRows([[1, 0]]), matrixFromRows([[1, 0.5], [0.5, 1]])).values // returns Float64Array [2/3, 1/3]
 */
export function density(weights: Matrix, proximity: Matrix, options: DensityOptions = {}): Matrix {
  const n = proximity.rows;
  if (proximity.columns !== n || weights.columns !== n) {
    throw new Error('the proximity matrix must be square with one row per column of the weights');
  }
  if (options.knn !== undefined) return knnDensity(weights, proximity, options.knn);
  const phi = proximity.values;
  const phiT = isSymmetric(proximity) ? phi : transpose(phi, n);
  const rowSums = new Float64Array(n);
  for (let p = 0; p < n; p++) {
    let s = 0;
    for (let q = 0; q < n; q++) {
      const v = phi[p * n + q] as number;
      if (!Number.isNaN(v)) s += v;
    }
    rowSums[p] = s;
  }
  const out = new Float64Array(weights.rows * n);
  addSparseTimesDense(weights, phiT, undefined, out);
  for (let c = 0; c < weights.rows; c++) {
    for (let p = 0; p < n; p++) out[c * n + p] = (out[c * n + p] as number) / (rowSums[p] as number);
  }
  return { rows: weights.rows, columns: n, values: out };
}

function knnDensity(weights: Matrix, proximity: Matrix, k: number): Matrix {
  const n = proximity.rows;
  if (!Number.isInteger(k) || k < 1 || k > n - 1) {
    throw new ChanyeError('invalid-input', `invalid knn: ${k} (an integer from 1 to ${n - 1})`);
  }
  const phi = proximity.values;
  const out = new Float64Array(weights.rows * n);
  const neighbours = new Uint32Array(n);
  for (let p = 0; p < n; p++) {
    const threshold = kthLargestOffDiagonal(phi, n, p, k);
    let count = 0;
    let denominator = 0;
    for (let q = 0; q < n; q++) {
      const v = phi[p * n + q] as number;
      if (q !== p && v >= threshold) {
        neighbours[count++] = q;
        denominator += v;
      }
    }
    for (let c = 0; c < weights.rows; c++) {
      let s = 0;
      for (let j = 0; j < count; j++) {
        const q = neighbours[j] as number;
        s += (weights.values[c * n + q] as number) * (phi[p * n + q] as number);
      }
      out[c * n + p] = s / denominator;
    }
  }
  return { rows: weights.rows, columns: n, values: out };
}

/** The k-th largest of φ_pq over q ≠ p (NaN ranks last), by a k-slot insertion buffer. */
function kthLargestOffDiagonal(phi: Float64Array, n: number, p: number, k: number): number {
  const best = new Float64Array(k).fill(-Infinity);
  for (let q = 0; q < n; q++) {
    if (q === p) continue;
    const v = phi[p * n + q] as number;
    if (!(v > (best[k - 1] as number))) continue;
    let i = k - 1;
    while (i > 0 && (best[i - 1] as number) < v) {
      best[i] = best[i - 1] as number;
      i--;
    }
    best[i] = v;
  }
  return best[k - 1] as number;
}

function isSymmetric(m: Matrix): boolean {
  const n = m.rows;
  for (let p = 0; p < n; p++) {
    for (let q = 0; q < p; q++) if (!Object.is(m.values[p * n + q], m.values[q * n + p])) return false;
  }
  return true;
}

function transpose(values: Float64Array, n: number): Float64Array {
  const out = new Float64Array(n * n);
  for (let p = 0; p < n; p++) for (let q = 0; q < n; q++) out[q * n + p] = values[p * n + q] as number;
  return out;
}
