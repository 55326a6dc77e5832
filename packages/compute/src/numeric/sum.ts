/**
 * Neumaier's compensated sum of the finite numbers in `values` (NaN skipped), accurate to a
 * few ULPs where a naive loop loses digits to cancellation.
 * Reference: Neumaier (1974), ZAMM 54; as in d3-array's fsum motivation.
 *
 * @example compensatedSum([1e16, 1, -1e16]) // returns 1
 */
export function compensatedSum(values: Iterable<number>): number {
  let sum = 0;
  let compensation = 0;
  for (const v of values) {
    if (Number.isNaN(v)) continue;
    const t = sum + v;
    compensation += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
    sum = t;
  }
  return sum + compensation;
}
