/**
 * Sample standard deviation (n − 1 denominator) of `values` by Welford's update; NaN when
 * fewer than two values or when any value is NaN (a window with a gap has no volatility).
 *
 * @example sampleStandardDeviation([2, 4, 4, 4, 5, 5, 7, 9]) // returns ~2.138
 */
export function sampleStandardDeviation(values: ArrayLike<number>): number {
  let n = 0;
  let mean = 0;
  let m2 = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (Number.isNaN(v)) return NaN;
    n++;
    const delta = v - mean;
    mean += delta / n;
    m2 += delta * (v - mean);
  }
  return n < 2 ? NaN : Math.sqrt(m2 / (n - 1));
}
