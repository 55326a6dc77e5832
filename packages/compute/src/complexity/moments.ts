/**
 * Mean and population standard deviation (n denominator, as NumPy's default `std`, which
 * py-ecomplexity uses to standardise) of the non-NaN entries, by Welford's update.
 */
export function meanAndPopulationSd(values: ArrayLike<number>): { mean: number; sd: number; n: number } {
  let n = 0;
  let mean = 0;
  let m2 = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (Number.isNaN(v)) continue;
    n++;
    const delta = v - mean;
    mean += delta / n;
    m2 += delta * (v - mean);
  }
  return n === 0 ? { mean: NaN, sd: NaN, n } : { mean, sd: Math.sqrt(m2 / n), n };
}

/** Pearson correlation over the pairs where both values are present; NaN if either is constant. */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number {
  let n = 0;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < x.length; i++) {
    const a = x[i] as number;
    const b = y[i] as number;
    if (Number.isNaN(a) || Number.isNaN(b)) continue;
    n++;
    mx += (a - mx) / n;
    my += (b - my) / n;
  }
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < x.length; i++) {
    const dx = (x[i] as number) - mx;
    const dy = (y[i] as number) - my;
    if (Number.isNaN(dx) || Number.isNaN(dy)) continue;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxy / Math.sqrt(sxx * syy);
}

/** (v − mean) / sd over the non-NaN entries, population sd; NaN entries stay NaN. */
export function zScores(values: ArrayLike<number>): Float64Array {
  const { mean, sd } = meanAndPopulationSd(values);
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = ((values[i] as number) - mean) / sd;
  return out;
}
