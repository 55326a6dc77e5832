/**
 * What each indicator contributes to one unit's composite score, under each aggregation.
 * Methods: docs/methods/composite-indices.md, "Explaining a rank".
 *
 * @module
 */
import type { Matrix } from '../numeric/matrix.js';
import type { AggregationName } from './aggregate.js';

export interface UnitContributions {
  /**
   * Per indicator, the additive term of the aggregation's identity:
   * - `arithmetic`: w_j r_ij, and Σ_j = S_i;
   * - `geometric`: w_j ln r_ij, and Σ_j = ln S_i;
   * - `topsis`: (v_ij − A⁻_j)² / (D⁻_i)², the indicator's share of the squared distance from
   *   the anti-ideal, and Σ_j = 1 (NaN when the unit is the anti-ideal on every indicator).
   */
  readonly contribution: Float64Array;
  /**
   * TOPSIS only: (v_ij − A⁺_j)² / (D⁺_i)², the indicator's share of the squared distance to
   * the ideal (what keeps the unit from the top), Σ_j = 1 (NaN at the ideal). Undefined otherwise.
   */
  readonly shortfall: Float64Array | undefined;
  /** TOPSIS only: the Euclidean distances to the ideal and the anti-ideal; C_i = D⁻/(D⁺ + D⁻). */
  readonly distances: { readonly toIdeal: number; readonly toAntiIdeal: number } | undefined;
}

/**
 * Decomposes unit `row`'s score of the normalized matrix `m` (units × indicators, as it was
 * aggregated; rows with a NaN are not units of the aggregation) with `weights`. The TOPSIS
 * decomposition splits the two squared Euclidean distances of Hwang and Yoon (1981), _Multiple
 * Attribute Decision Making: Methods and Applications_, into per-indicator terms: closeness
 * is not additive, but the distances it is made of are.
 *
 * @example unitContributions({ rows: 1, columns: 2, values: Float64Array.of(0.5, 1) }, [0.4, 0.6], 'arithmetic', 0)
 * // returns contribution [0.2, 0.6] (sum 0.8, the score)
 */
export function unitContributions(
  m: Matrix,
  weights: ArrayLike<number>,
  aggregation: AggregationName,
  row: number,
): UnitContributions {
  const k = m.columns;
  const value = (i: number, j: number): number => m.values[i * k + j] as number;
  const w = (j: number): number => weights[j] as number;
  if (aggregation === 'arithmetic' || aggregation === 'geometric') {
    const contribution = Float64Array.from({ length: k }, (_, j) =>
      aggregation === 'arithmetic' ? w(j) * value(row, j) : w(j) * Math.log(value(row, j)),
    );
    return { contribution, shortfall: undefined, distances: undefined };
  }
  // The ideal and anti-ideal over the complete rows, as topsisCloseness takes them.
  const best = new Float64Array(k).fill(-Infinity);
  const worst = new Float64Array(k).fill(Infinity);
  for (let i = 0; i < m.rows; i++) {
    let complete = true;
    for (let j = 0; j < k; j++) if (Number.isNaN(value(i, j))) complete = false;
    if (!complete) continue;
    for (let j = 0; j < k; j++) {
      const v = w(j) * value(i, j);
      best[j] = Math.max(best[j] as number, v);
      worst[j] = Math.min(worst[j] as number, v);
    }
  }
  const plus = Float64Array.from({ length: k }, (_, j) => (w(j) * value(row, j) - (best[j] as number)) ** 2);
  const minus = Float64Array.from({ length: k }, (_, j) => (w(j) * value(row, j) - (worst[j] as number)) ** 2);
  const sumPlus = plus.reduce((a, b) => a + b, 0);
  const sumMinus = minus.reduce((a, b) => a + b, 0);
  return {
    contribution: minus.map((x) => (sumMinus > 0 ? x / sumMinus : NaN)),
    shortfall: plus.map((x) => (sumPlus > 0 ? x / sumPlus : NaN)),
    distances: { toIdeal: Math.sqrt(sumPlus), toAntiIdeal: Math.sqrt(sumMinus) },
  };
}
