/**
 * Cronbach's alpha of a pillar's indicators: how consistently they measure one thing.
 *
 * @module
 */
import { compensatedSum } from '../../numeric/sum.js';
import type { Matrix } from '../../numeric/matrix.js';

/**
 * The alpha below which a pillar's indicators are not consistent enough to be added up: the
 * rule of thumb of Nunnally (1978, _Psychometric Theory_, 2nd ed.) that the OECD/JRC Handbook
 * (2008, step 4) quotes.
 */
export const ACCEPTABLE_ALPHA = 0.7;

export interface CronbachAlpha {
  /** α = k/(k − 1) · (1 − Σ_j var(x_j) / var(Σ_j x_j)); NaN when it is not defined. */
  readonly alpha: number;
  /** Units with every indicator present, over which α is computed. */
  readonly units: number;
  readonly indicators: number;
}

/**
 * Cronbach's (1951, "Coefficient alpha and the internal structure of tests", _Psychometrika_
 * 16(3)) alpha over the complete rows of `m` (units × indicators), as the OECD/JRC Handbook
 * (2008, step 4, multivariate analysis) uses it for the sub-indicators of a dimension: it
 * rises with the indicators' average correlation and their number, and is at most 1. The
 * variances' common denominator cancels, so sums of squares stand for them. The matrix should
 * be oriented so that higher is better for every column (normalized values are), or negative
 * correlations lower α for a reason that is only a sign. NaN with fewer than two indicators,
 * fewer than two complete units, or no variance in the total.
 *
 * @example cronbachAlpha(matrixFromRows([[1, 1], [2, 2], [3, 3]])).alpha // returns 1
 */
export function cronbachAlpha(m: Matrix): CronbachAlpha {
  const k = m.columns;
  const rows: number[][] = [];
  for (let i = 0; i < m.rows; i++) {
    const row = Array.from(m.values.subarray(i * k, (i + 1) * k));
    if (!row.some(Number.isNaN)) rows.push(row);
  }
  const n = rows.length;
  if (k < 2 || n < 2) return { alpha: NaN, units: n, indicators: k };
  const squares = (column: number[]): number => {
    const mean = compensatedSum(column) / column.length;
    return compensatedSum(column.map((x) => (x - mean) ** 2));
  };
  const itemSquares = compensatedSum(Array.from({ length: k }, (_, j) => squares(rows.map((r) => r[j] as number))));
  const totalSquares = squares(rows.map((r) => compensatedSum(r)));
  if (!(totalSquares > 0)) return { alpha: NaN, units: n, indicators: k };
  return { alpha: (k / (k - 1)) * (1 - itemSquares / totalSquares), units: n, indicators: k };
}
