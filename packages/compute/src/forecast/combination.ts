/**
 * The default forecast is a combination: a weight on the direct regression and the rest on one
 * benchmark. Forecast combinations usually beat their best member out of sample because they
 * average errors that are not perfectly correlated (Bates and Granger 1969, "The combination of
 * forecasts", Operational Research Quarterly 20(4); Timmermann 2006, "Forecast combinations",
 * Handbook of Economic Forecasting 1). The weight and the benchmark were chosen on the
 * validation back-test (cut-offs 1985-1995, scored through 2000) as the lowest pooled RMSE on
 * the grid below; the recorded grid (catalog/results/forecast-backtest.json) lets a test check
 * that choice. Pure.
 *
 * @module
 */
import type { ForecastPoint } from './scores.js';

/** The benchmarks the regression can be combined with (and which the default forecast must beat). */
export const BENCHMARK_METHODS = ['trend', 'rtm', 'median'] as const;
export type BenchmarkMethod = (typeof BENCHMARK_METHODS)[number];

/** Weights on the regression tried on the validation back-test: 0 (the benchmark alone) to 1 (the regression alone) by 0.1. */
export const COMBINATION_WEIGHTS: readonly number[] = Array.from({ length: 11 }, (_, i) => i / 10);

/** The default forecast: `regressionWeight` × the regression + the rest × `benchmark` (chosen on the validation grid). */
export const FORECAST_COMBINATION = { benchmark: 'rtm', regressionWeight: 0.7 } as const satisfies {
  benchmark: BenchmarkMethod;
  regressionWeight: number;
};

/** Pooled RMSE of one combination of the regression with one benchmark. */
export interface CombinationScore {
  readonly benchmark: BenchmarkMethod;
  readonly regressionWeight: number;
  readonly points: number;
  readonly rmse: number;
}

/**
 * The RMSE of every combination on the grid, over the points that have both the regression's
 * and the benchmark's forecast (central forecasts combined in ln GDP per capita).
 */
export function combinationGrid(points: readonly ForecastPoint[]): CombinationScore[] {
  return BENCHMARK_METHODS.flatMap((benchmark) =>
    COMBINATION_WEIGHTS.map((w) => {
      let squares = 0;
      let n = 0;
      for (const p of points) {
        const r = p.forecasts.regression;
        const b = p.forecasts[benchmark];
        if (!r || !b) continue;
        squares += (w * r.median + (1 - w) * b.median - p.actual) ** 2;
        n++;
      }
      return { benchmark, regressionWeight: w, points: n, rmse: n > 0 ? Math.sqrt(squares / n) : NaN };
    }),
  );
}

/** The combination with the lowest RMSE on a grid (the first on ties, in grid order). */
export function bestCombination(grid: readonly CombinationScore[]): CombinationScore {
  const finite = grid.filter((g) => Number.isFinite(g.rmse));
  if (finite.length === 0) throw new Error('combination grid: no combination has a finite RMSE');
  return finite.reduce((a, b) => (b.rmse < a.rmse ? b : a));
}
