/**
 * Spearman's rank correlation, the measure of external validity the scorecards report
 * (docs/methods/composite-indices.md, "Validity").
 *
 * @module
 */
import { ranks } from '../composite/rank.js';

/** A rank correlation and the number of pairs it was computed on. */
export interface RankCorrelation {
  /** ρ in [−1, 1]; NaN with fewer than two pairs or when either side is constant. */
  readonly rho: number;
  /** Pairs where both values are numbers (NaN on either side drops the pair). */
  readonly n: number;
}

/**
 * Spearman's ρ of `x` and `y`: the Pearson correlation of their ranks, tied values sharing
 * the average of the ranks they span (Spearman 1904, "The proof and measurement of
 * association between two things"; Kendall and Gibbons 1990, _Rank Correlation Methods_,
 * ch. 3). The shortcut 1 − 6Σd²/(n(n² − 1)) is exact only without ties, so it is not used.
 * Pairs with NaN on either side are dropped.
 *
 * @example spearman([1, 2, 2, 3], [1, 3, 2, 4]) // returns { rho: 3/√10 ≈ 0.9487, n: 4 }
 */
export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): RankCorrelation {
  if (x.length !== y.length)
    throw new Error(`spearman needs two arrays of one length, got ${x.length} and ${y.length}`);
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < x.length; i++) {
    const a = x[i] as number;
    const b = y[i] as number;
    if (Number.isNaN(a) || Number.isNaN(b)) continue;
    xs.push(a);
    ys.push(b);
  }
  const n = xs.length;
  if (n < 2) return { rho: NaN, n };
  // `ranks` counts from the highest value; ρ is the same whichever end both count from.
  const rx = ranks(xs);
  const ry = ranks(ys);
  const mean = (n + 1) / 2; // the mean of ranks 1..n, ties averaged or not
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (rx[i] as number) - mean;
    const dy = (ry[i] as number) - mean;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return { rho: NaN, n };
  // Rounding can push |ρ| a hair past 1 for identical rankings.
  return { rho: Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy))), n };
}
