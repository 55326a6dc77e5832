/**
 * The package's one definition of a sample quantile: linear interpolation between order
 * statistics, definition 7 of Hyndman and Fan (1996, "Sample quantiles in statistical
 * packages", The American Statistician 50(4): 361-365) — R's default, NumPy's `linear` and
 * d3-array's `quantileSorted`. With n sorted values x₀ ≤ … ≤ xₙ₋₁, h = (n − 1)·p and
 * t = h − ⌊h⌋, the p-quantile is x⌊h⌋ + t·(x⌊h⌋₊₁ − x⌊h⌋), evaluated in that order as d3 does
 * (R and NumPy arrange the same interpolation differently, which can change the last bit). The
 * median is the 0.5-quantile: the middle value, or half-way between the two middle ones.
 *
 * NaN policy: {@link quantileSorted} takes values already sorted and free of NaN, as d3's does
 * (a NaN left in — `Float64Array#sort` puts them last — makes the quantiles that read it NaN);
 * {@link median} ignores NaN, as d3's `median` does. Both are NaN when no value is left.
 *
 * @module
 */

/**
 * The p-quantile (0 ≤ p ≤ 1) of values sorted in ascending order, by definition 7; NaN for no
 * values.
 *
 * @example quantileSorted([1, 2, 3, 4], 0.25) // returns 1.75
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return (sorted[lo] as number) + (h - lo) * ((sorted[hi] as number) - (sorted[lo] as number));
}

/**
 * The median of values in any order (they are not modified), NaN ignored: the 0.5-quantile of
 * {@link quantileSorted}. NaN when no value is a number.
 *
 * @example median([3, 1, NaN, 4, 2]) // returns 2.5
 */
export function median(values: readonly number[] | ArrayLike<number>): number {
  const sorted = Array.from(values)
    .filter((v) => !Number.isNaN(v))
    .sort((a, b) => a - b);
  return quantileSorted(sorted, 0.5);
}
