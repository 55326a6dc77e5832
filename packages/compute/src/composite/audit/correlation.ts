/**
 * Pearson and Spearman correlations of two columns over the units that have both, for the
 * audit's indicator-to-pillar correlations.
 *
 * @module
 */
import { pearson } from '../../complexity/moments.js';
import { ranks } from '../rank.js';

/** The pairs where both values are present. */
function pairs(x: ArrayLike<number>, y: ArrayLike<number>): { x: Float64Array; y: Float64Array } {
  if (x.length !== y.length) throw new Error(`correlation needs columns of equal length (${x.length}, ${y.length})`);
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < x.length; i++) {
    const u = x[i] as number;
    const v = y[i] as number;
    if (!Number.isNaN(u) && !Number.isNaN(v)) {
      a.push(u);
      b.push(v);
    }
  }
  return { x: Float64Array.from(a), y: Float64Array.from(b) };
}

/**
 * Pearson's r over the units with both values; NaN with fewer than three such units or when
 * either column is constant among them.
 *
 * @example pearsonCorrelation([1, 2, 3], [2, 4, 7]) // returns ~0.993
 */
export function pearsonCorrelation(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const p = pairs(x, y);
  if (p.x.length < 3) return NaN;
  const r = pearson(p.x, p.y);
  return Number.isFinite(r) ? Math.max(-1, Math.min(1, r)) : NaN;
}

/**
 * Spearman's ρ: Pearson's r of the ranks (ties averaged) over the units with both values,
 * which is robust to the outliers the audit looks for.
 *
 * @example spearmanCorrelation([1, 2, 3], [2, 4, 70]) // returns 1
 */
export function spearmanCorrelation(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const p = pairs(x, y);
  if (p.x.length < 3) return NaN;
  return pearsonCorrelation(ranks(p.x), ranks(p.y));
}
