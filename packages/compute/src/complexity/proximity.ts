import type { Matrix } from '../numeric/matrix.js';
import { ubiquity } from './degree.js';

/** Options of {@link proximity}. */
export interface ProximityOptions {
  /**
   * `false` (default): φ_pq = min{P(p | q), P(q | p)} = C_pq / max(k_p, k_q) (Hidalgo et al.
   * 2007). `true`: the conditional probability φ_pq = P(q | p) = C_pq / k_p, row p
   * conditioning on presence in p (py-ecomplexity and Stata `asym`).
   */
  readonly asymmetric?: boolean;
}

/**
 * Discrete product proximity from a binary presence matrix M (locations × products), a
 * products × products matrix built from the co-occurrences C = MᵀM and the ubiquities
 * k_p = C_pp. The diagonal is 1 for every product present somewhere (py-ecomplexity keeps it,
 * and its densities include it; Stata's `genproximity` prints 0 there). A product present
 * nowhere has a zero row and column (0/0 read as 0).
 * Reference: Hidalgo, Klinger, Barabási and Hausmann (2007), *Science* 317(5837).
 *
 * For a 0/1 M, C is counted a row at a time over the locations present in each product
 * (Σ_c k_c²/2 integer increments into a cache-resident row, not p²·c multiplications).
 *
 * @example proximity(matrixFromRows([[1, 1], [1, 0]])).values // returns Float64Array [1, 0.5, 0.5, 1]
 */
export function proximity(m: Matrix, options: ProximityOptions = {}): Matrix {
  const n = m.columns;
  const out = isBinary(m) ? binaryCoOccurrence(m) : weightedCoOccurrence(m);
  const k = ubiquity(m);
  const asymmetric = options.asymmetric ?? false;
  // C is in the lower triangle; fill both triangles tile by tile (a cache-friendly transpose).
  const tile = 64;
  for (let p0 = 0; p0 < n; p0 += tile) {
    const p1 = Math.min(n, p0 + tile);
    for (let q0 = 0; q0 <= p0; q0 += tile) {
      const q1 = Math.min(n, q0 + tile);
      for (let p = p0; p < p1; p++) {
        const kp = k[p] as number;
        const last = Math.min(q1, p);
        for (let q = q0; q < last; q++) {
          const co = out[p * n + q] as number;
          const kq = k[q] as number;
          if (asymmetric) {
            out[p * n + q] = kp === 0 ? 0 : co / kp;
            out[q * n + p] = kq === 0 ? 0 : co / kq;
          } else {
            const phi = kp === 0 && kq === 0 ? 0 : co / Math.max(kp, kq);
            out[p * n + q] = phi;
            out[q * n + p] = phi;
          }
        }
      }
    }
  }
  for (let p = 0; p < n; p++) {
    const kp = k[p] as number;
    out[p * n + p] = kp === 0 ? 0 : (out[p * n + p] as number) / kp;
  }
  return { rows: n, columns: n, values: out };
}

function isBinary(m: Matrix): boolean {
  for (const v of m.values) if (v !== 0 && v !== 1) return false;
  return true;
}

/**
 * Lower triangle of C = MᵀM for a 0/1 M, a row at a time: row p counts, over the locations
 * present in p, their products q ≤ p into a small integer array that stays in the cache
 * (Σ_c k_c²/2 increments, but none of them scattered over the n × n output).
 */
function binaryCoOccurrence(m: Matrix): Float64Array {
  const { rows, columns: n } = m;
  const mv = m.values;
  const byLocation: Int32Array[] = [];
  const locationCount = new Int32Array(n);
  for (let c = 0; c < rows; c++) {
    const present: number[] = [];
    for (let p = 0; p < n; p++) {
      if (mv[c * n + p] === 1) {
        present.push(p);
        locationCount[p] = (locationCount[p] as number) + 1;
      }
    }
    byLocation.push(Int32Array.from(present));
  }
  const start = new Int32Array(n + 1);
  for (let p = 0; p < n; p++) start[p + 1] = (start[p] as number) + (locationCount[p] as number);
  const at = start.slice(0, n);
  const located = new Int32Array(start[n] as number);
  byLocation.forEach((present, c) => {
    for (const p of present) {
      located[at[p] as number] = c;
      at[p] = (at[p] as number) + 1;
    }
  });
  const out = new Float64Array(n * n);
  const counts = new Int32Array(n);
  for (let p = 0; p < n; p++) {
    for (let i = start[p] as number; i < (start[p + 1] as number); i++) {
      const present = byLocation[located[i] as number] as Int32Array;
      for (let j = 0; j < present.length; j++) {
        const q = present[j] as number;
        if (q > p) break;
        counts[q] = (counts[q] as number) + 1;
      }
    }
    const row = p * n;
    for (let q = 0; q <= p; q++) {
      out[row + q] = counts[q] as number;
      counts[q] = 0;
    }
  }
  return out;
}

/** Lower triangle of C = MᵀM for any M, accumulated over each location's non-zero entries. */
function weightedCoOccurrence(m: Matrix): Float64Array {
  const n = m.columns;
  const out = new Float64Array(n * n);
  const index = new Uint32Array(n);
  const value = new Float64Array(n);
  for (let c = 0; c < m.rows; c++) {
    let count = 0;
    const row = c * n;
    for (let p = 0; p < n; p++) {
      const v = m.values[row + p] as number;
      if (v !== 0) {
        index[count] = p;
        value[count] = v;
        count++;
      }
    }
    for (let a = 0; a < count; a++) {
      const base = (index[a] as number) * n;
      const va = value[a] as number;
      for (let b = 0; b <= a; b++) {
        const k = base + (index[b] as number);
        out[k] = (out[k] as number) + va * (value[b] as number);
      }
    }
  }
  return out;
}

/**
 * Continuous product proximity φ_pq = (1 + ρ_pq) / 2, ρ the Pearson correlation across
 * locations of two products' columns of `measure` (RCA, or RPOP) — py-ecomplexity's and
 * Stata's `cont` option. A product whose column is constant has NaN proximities.
 *
 * @example continuousProximity(matrixFromRows([[1, 2], [3, 4]])).values // returns Float64Array [1, 1, 1, 1]
 */
export function continuousProximity(measure: Matrix): Matrix {
  const { rows, columns: n } = measure;
  const centred = new Float64Array(rows * n);
  const means = new Float64Array(n);
  for (let c = 0; c < rows; c++) {
    for (let p = 0; p < n; p++) means[p] = (means[p] as number) + (measure.values[c * n + p] as number);
  }
  for (let p = 0; p < n; p++) means[p] = (means[p] as number) / rows;
  for (let c = 0; c < rows; c++) {
    for (let p = 0; p < n; p++) centred[c * n + p] = (measure.values[c * n + p] as number) - (means[p] as number);
  }
  const out = new Float64Array(n * n);
  for (let c = 0; c < rows; c++) {
    const row = c * n;
    for (let p = 0; p < n; p++) {
      const v = centred[row + p] as number;
      if (v === 0) continue;
      const base = p * n;
      for (let q = 0; q <= p; q++) out[base + q] = (out[base + q] as number) + v * (centred[row + q] as number);
    }
  }
  const norm = new Float64Array(n);
  for (let p = 0; p < n; p++) norm[p] = Math.sqrt(out[p * n + p] as number);
  for (let p = 0; p < n; p++) {
    for (let q = 0; q <= p; q++) {
      const r = Math.min(1, Math.max(-1, (out[p * n + q] as number) / ((norm[p] as number) * (norm[q] as number))));
      const phi = (1 + r) / 2;
      out[p * n + q] = phi;
      out[q * n + p] = phi;
    }
  }
  return { rows: n, columns: n, values: out };
}
