/**
 * Scores of held-out forecasts: RMSE and bias of the central forecast, coverage of the central
 * 80 % and 95 % intervals, and the continuous ranked probability score (a proper scoring rule:
 * it rewards a sharp distribution only when it is also calibrated). Values in ln GDP per capita.
 * Pure.
 *
 * @module
 */
import { backtestSummary, type BacktestPoint } from '../simulation/backtest-metrics.js';
import { crps, halfWidth } from './error-distribution.js';
import { FORECAST_METHODS, type ForecastMethod, type HorizonForecast } from './forecaster.js';

/** One method's forecast of one held-out value: the centre, two intervals and the CRPS. */
export interface ScoredForecast {
  readonly median: number;
  readonly lower80: number;
  readonly upper80: number;
  readonly lower95: number;
  readonly upper95: number;
  readonly crps: number;
}

/** One held-out value of a back-test with every method's forecast of it. */
export interface ForecastPoint {
  readonly iso3: string;
  readonly cutoff: number;
  readonly year: number;
  /** Years after the cut-off. */
  readonly horizon: number;
  /** Observed ln GDP per capita. */
  readonly actual: number;
  readonly forecasts: Readonly<Partial<Record<ForecastMethod, ScoredForecast>>>;
}

/** Scores one forecast (a change from `origin`, the ln level at the cut-off) against the outcome. */
export function scoreForecast(forecast: HorizonForecast, origin: number, actual: number): ScoredForecast {
  const centre = origin + forecast.change;
  const w80 = halfWidth(forecast.errors, 0.8);
  const w95 = halfWidth(forecast.errors, 0.95);
  return {
    median: centre,
    lower80: centre - w80,
    upper80: centre + w80,
    lower95: centre - w95,
    upper95: centre + w95,
    crps: crps(forecast.errors, centre, actual),
  };
}

/** Errors and calibration of one method over a set of points. */
export interface ForecastScore {
  readonly points: number;
  readonly rmse: number;
  /** Mean of forecast − actual: positive = over-prediction. */
  readonly bias: number;
  readonly coverage80: number;
  readonly coverage95: number;
  readonly crps: number;
}

/**
 * The score of `method` over the points that have its forecast (NaN fields when none): RMSE,
 * bias and coverage as the structural back-test computes them ({@link backtestSummary}), and the
 * mean CRPS.
 */
export function forecastScore(points: readonly ForecastPoint[], method: ForecastMethod): ForecastScore {
  const mine: BacktestPoint[] = [];
  let crpsSum = 0;
  for (const p of points) {
    const f = p.forecasts[method];
    if (!f) continue;
    mine.push({ iso3: p.iso3, year: p.year, horizon: p.horizon, actual: p.actual, ...f });
    crpsSum += f.crps;
  }
  const { points: n, rmse, bias, coverage80, coverage95 } = backtestSummary(mine);
  return { points: n, rmse, bias, coverage80, coverage95, crps: n > 0 ? crpsSum / n : NaN };
}

/** Every method's score over the points. */
export function forecastScores(points: readonly ForecastPoint[]): Record<ForecastMethod, ForecastScore> {
  return Object.fromEntries(FORECAST_METHODS.map((m) => [m, forecastScore(points, m)])) as Record<
    ForecastMethod,
    ForecastScore
  >;
}
