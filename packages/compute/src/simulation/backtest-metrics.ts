/** One held-out observation of a back-test: the actual value and the predictive distribution's summaries. */
export interface BacktestPoint {
  readonly iso3: string;
  readonly year: number;
  /** Years after the cut-off (1 = the first held-out year). */
  readonly horizon: number;
  readonly actual: number;
  readonly median: number;
  readonly lower80: number;
  readonly upper80: number;
  readonly lower95: number;
  readonly upper95: number;
  /** A naive benchmark forecast (e.g. the trailing growth rate extrapolated), if any. */
  readonly naive?: number;
}

/** Errors and interval coverage over a set of back-test points (values compared as given, e.g. logs). */
export interface BacktestSummary {
  readonly points: number;
  /** Root mean squared error of the median. */
  readonly rmse: number;
  /** Mean error (median − actual): positive = over-prediction. */
  readonly bias: number;
  /** RMSE of the naive benchmark on the same points (NaN when absent). */
  readonly naiveRmse: number;
  /** Share of actual values inside the central 80 % and 95 % intervals. */
  readonly coverage80: number;
  readonly coverage95: number;
}

/**
 * Summarizes back-test points: RMSE and bias of the median, and the empirical coverage of
 * the central 80 % and 95 % predictive intervals (a calibrated model covers about 80 % and
 * 95 % of held-out values). Bounds are inclusive.
 *
 * @example
 * backtestSummary([{ iso3: 'X', year: 1, horizon: 1, actual: 1, median: 0, lower80: -1, upper80: 2, lower95: -2, upper95: 3 }])
 * // returns { points: 1, rmse: 1, bias: -1, naiveRmse: NaN, coverage80: 1, coverage95: 1 }
 */
export function backtestSummary(points: readonly BacktestPoint[]): BacktestSummary {
  const n = points.length;
  if (n === 0) return { points: 0, rmse: NaN, bias: NaN, naiveRmse: NaN, coverage80: NaN, coverage95: NaN };
  let se = 0;
  let bias = 0;
  let naive = 0;
  let naiveN = 0;
  let in80 = 0;
  let in95 = 0;
  for (const p of points) {
    const e = p.median - p.actual;
    se += e * e;
    bias += e;
    if (p.naive !== undefined && Number.isFinite(p.naive)) {
      naive += (p.naive - p.actual) ** 2;
      naiveN++;
    }
    if (p.actual >= p.lower80 && p.actual <= p.upper80) in80++;
    if (p.actual >= p.lower95 && p.actual <= p.upper95) in95++;
  }
  return {
    points: n,
    rmse: Math.sqrt(se / n),
    bias: bias / n,
    naiveRmse: naiveN > 0 ? Math.sqrt(naive / naiveN) : NaN,
    coverage80: in80 / n,
    coverage95: in95 / n,
  };
}
