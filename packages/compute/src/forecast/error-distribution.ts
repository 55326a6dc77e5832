/**
 * A forecast's predictive distribution as its own past errors: the forecast plus or minus an
 * error drawn from the absolute errors it made at recent origins, each sign equally likely.
 * Symmetric on purpose: the sign of recent errors is the sign of a common shock (the 1990s
 * transition collapse, the 2000s boom), which does not persist; asymmetric quantiles of the
 * recent errors failed the 2000 back-test (docs/methods/simulation.md). Pure.
 *
 * @module
 */
import { quantileSorted } from '../numeric/quantile.js';

/** Past absolute errors of one method at one horizon, ready for intervals and scoring. */
export interface ErrorDistribution {
  /** Absolute errors, ascending. */
  readonly absolute: Float64Array;
  /** The symmetric sample {−|e|, +|e|}, ascending, and its prefix sums (length n + 1). */
  readonly symmetric: Float64Array;
  readonly prefix: Float64Array;
  /** E|X − X′| of the symmetric sample (the spread term of the CRPS). */
  readonly meanPairDistance: number;
}

/** The error distribution of a sample of errors (any sign; NaN dropped). */
export function errorDistribution(errors: ArrayLike<number>): ErrorDistribution {
  const absolute = Float64Array.from(Array.from(errors).filter(Number.isFinite), Math.abs).sort();
  const n = absolute.length;
  const symmetric = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) {
    symmetric[n - 1 - i] = -(absolute[i] as number);
    symmetric[n + i] = absolute[i] as number;
  }
  const m = symmetric.length;
  const prefix = new Float64Array(m + 1);
  let pairSum = 0;
  for (let i = 0; i < m; i++) {
    const x = symmetric[i] as number;
    prefix[i + 1] = (prefix[i] as number) + x;
    // E|X − X′| = (2/m²) Σᵢ (2i − m − 1) x₍ᵢ₎ for i = 1..m over sorted values.
    pairSum += (2 * (i + 1) - m - 1) * x;
  }
  return { absolute, symmetric, prefix, meanPairDistance: m > 0 ? (2 * pairSum) / (m * m) : NaN };
}

/** Half-width of the central interval at `level` (e.g. 0.8): the `level`-quantile of the absolute errors. */
export function halfWidth(distribution: ErrorDistribution, level: number): number {
  return quantileSorted(distribution.absolute, level);
}

/**
 * Continuous ranked probability score of the predictive sample `center + e` (e in the
 * symmetric sample) at the outcome: E|X − y| − ½E|X − X′| (Gneiting and Raftery 2007, "Strictly
 * proper scoring rules, prediction, and estimation", JASA 102(477), eq. 21), exact for the
 * empirical distribution. Same unit as the outcome; lower is better; for a point forecast it
 * is the absolute error.
 */
export function crps(distribution: ErrorDistribution, center: number, actual: number): number {
  const x = distribution.symmetric;
  const m = x.length;
  if (m === 0) return NaN;
  const target = actual - center;
  // k = number of sample values ≤ target (binary search).
  let lo = 0;
  let hi = m;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((x[mid] as number) <= target) lo = mid + 1;
    else hi = mid;
  }
  const below = distribution.prefix[lo] as number;
  const total = distribution.prefix[m] as number;
  const meanAbs = (lo * target - below + (total - below) - (m - lo) * target) / m;
  return meanAbs - distribution.meanPairDistance / 2;
}
