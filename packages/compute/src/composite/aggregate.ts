import type { Matrix } from '../numeric/matrix.js';

/**
 * Aggregation rules (OECD/JRC Handbook 2008, ch. 6; Hwang and Yoon 1981 for TOPSIS):
 * - `arithmetic`: S_i = Σ_j w_j r_ij (fully compensatory);
 * - `geometric`: S_i = Π_j r_ij^{w_j}, defined only for r > 0 (partly compensatory);
 * - `topsis`: with v_ij = w_j r_ij, A⁺_j = max_i v_ij, A⁻_j = min_i v_ij over complete units,
 *   closeness C_i = D⁻_i / (D⁺_i + D⁻_i) ∈ [0, 1] (Euclidean distances).
 * Inputs are normalized so that higher is better. A unit missing any indicator gets NaN:
 * how missing data are handled is decided before aggregation, not silently here.
 */
export type AggregationName = 'arithmetic' | 'geometric' | 'topsis';

export const AGGREGATIONS: readonly AggregationName[] = ['arithmetic', 'geometric', 'topsis'];

function checkWeights(m: Matrix, weights: ArrayLike<number>): void {
  if (weights.length !== m.columns) throw new Error(`expected ${m.columns} weights, got ${weights.length}`);
}

function row(m: Matrix, i: number): Float64Array {
  return m.values.subarray(i * m.columns, (i + 1) * m.columns);
}

export function arithmeticMean(m: Matrix, weights: ArrayLike<number>): Float64Array {
  checkWeights(m, weights);
  const out = new Float64Array(m.rows);
  for (let i = 0; i < m.rows; i++) {
    // Neumaier-compensated Σ w_j r_ij, written out because this runs once per unit per draw.
    let sum = 0;
    let compensation = 0;
    for (let j = 0; j < m.columns; j++) {
      const term = (m.values[i * m.columns + j] as number) * (weights[j] as number);
      const t = sum + term;
      compensation += Math.abs(sum) >= Math.abs(term) ? sum - t + term : term - t + sum;
      sum = t;
    }
    out[i] = sum + compensation; // NaN when any value is missing
  }
  return out;
}

export function geometricMean(m: Matrix, weights: ArrayLike<number>): Float64Array {
  checkWeights(m, weights);
  const out = new Float64Array(m.rows);
  for (let i = 0; i < m.rows; i++) {
    let logSum = 0;
    for (let j = 0; j < m.columns; j++) {
      const v = m.values[i * m.columns + j] as number;
      if (Number.isNaN(v)) {
        logSum = NaN;
        break;
      }
      if (!(v > 0)) throw new Error(`geometric aggregation needs values > 0 (unit ${i})`);
      logSum += (weights[j] as number) * Math.log(v);
    }
    out[i] = Math.exp(logSum);
  }
  return out;
}

export function topsisCloseness(m: Matrix, weights: ArrayLike<number>): Float64Array {
  checkWeights(m, weights);
  const complete = Array.from({ length: m.rows }, (_, i) => !row(m, i).some(Number.isNaN));
  const best = new Float64Array(m.columns).fill(-Infinity);
  const worst = new Float64Array(m.columns).fill(Infinity);
  for (let i = 0; i < m.rows; i++) {
    if (!complete[i]) continue;
    for (let j = 0; j < m.columns; j++) {
      const v = (m.values[i * m.columns + j] as number) * (weights[j] as number);
      best[j] = Math.max(best[j] as number, v);
      worst[j] = Math.min(worst[j] as number, v);
    }
  }
  return Float64Array.from({ length: m.rows }, (_, i) => {
    if (!complete[i]) return NaN;
    let plus = 0;
    let minus = 0;
    for (let j = 0; j < m.columns; j++) {
      const v = (m.values[i * m.columns + j] as number) * (weights[j] as number);
      plus += (v - (best[j] as number)) ** 2;
      minus += (v - (worst[j] as number)) ** 2;
    }
    const dPlus = Math.sqrt(plus);
    const dMinus = Math.sqrt(minus);
    // Every unit identical: no unit is closer to either ideal.
    return dPlus + dMinus === 0 ? 0.5 : dMinus / (dPlus + dMinus);
  });
}

/** Resolves an aggregation by name (or a function) at option parsing. */
export function aggregator(
  method: AggregationName | ((m: Matrix, w: ArrayLike<number>) => Float64Array),
): (m: Matrix, w: ArrayLike<number>) => Float64Array {
  if (typeof method === 'function') return method;
  switch (method) {
    case 'arithmetic':
      return arithmeticMean;
    case 'geometric':
      return geometricMean;
    case 'topsis':
      return topsisCloseness;
    default:
      // Reachable from JavaScript callers and parsed options; TypeScript callers cannot get here.
      throw new Error(`invalid aggregation: ${String(method)}`);
  }
}
