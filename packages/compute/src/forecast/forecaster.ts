/**
 * The growth forecaster at one cut-off: the default forecast (`model`: a combination of the
 * direct regression with regression to the mean, see combination.ts), the regression alone and
 * the three benchmarks the default must beat, each with a predictive distribution made of its
 * own errors at the latest origins before the cut-off (nothing after the cut-off is read). Pure.
 *
 * Benchmarks (docs/methods/simulation.md):
 * - `trend`: the trailing 10-year growth continues;
 * - `rtm`: regression to the mean, 0.3 × own trailing growth + 0.7 × the cross-country median
 *   (in the spirit of Pritchett and Summers 2014, "Asiaphoria meets regression to the mean",
 *   NBER Working Paper 20573);
 * - `median`: every economy grows at the cross-country median of trailing growth.
 *
 * @module
 */
import { errorDistribution, type ErrorDistribution } from './error-distribution.js';
import { FORECAST_COMBINATION, type BenchmarkMethod } from './combination.js';
import {
  fitDirectEquations,
  predictAnnualGrowth,
  regressorMedians,
  submodelOf,
  type DirectEquation,
  type GrowthSubmodel,
  type Outcome,
} from './direct-model.js';
import { FORECAST_SETTINGS, type GrowthState, type OriginSample } from './growth-state.js';

/**
 * The forecast methods: `model` is the default forecast (the combination), `regression` the
 * direct regression alone, then the benchmarks.
 */
export const FORECAST_METHODS = ['model', 'regression', 'trend', 'rtm', 'median'] as const;
export type ForecastMethod = (typeof FORECAST_METHODS)[number];

/** Weight on own trailing growth in the regression-to-the-mean benchmark. */
export const RTM_OWN_WEIGHT = 0.3;

/**
 * How the model treats a regressor an economy lacks: `impute` uses the full equation with the
 * sample median in its place, `submodel` the equation estimated without it. Either way the
 * intervals come from the errors of the equation without it, so they are wider.
 */
export type MissingRegressors = 'impute' | 'submodel';

/** A forecast of the log change of GDP per capita over `horizon` years, with its error distribution. */
export interface HorizonForecast {
  readonly method: ForecastMethod;
  readonly horizon: number;
  /** Forecast change of ln GDP per capita from the origin. */
  readonly change: number;
  readonly errors: ErrorDistribution;
}

/** A fitted forecaster: the equations and, per method and horizon, the past errors. */
export interface GrowthForecaster {
  readonly cutoff: number;
  readonly equations: readonly DirectEquation[];
  /** Forecast of one state (at the cut-off) `horizon` years ahead by `method`; null when it cannot. */
  forecast(state: GrowthState, medianGrowth: number, horizon: number, method: ForecastMethod): HorizonForecast | null;
}

/** The benchmark's forecast annual growth. */
export function benchmarkGrowth(method: BenchmarkMethod, own: number, median: number): number {
  if (method === 'trend') return own;
  if (method === 'median') return median;
  return RTM_OWN_WEIGHT * own + (1 - RTM_OWN_WEIGHT) * median;
}

/**
 * Fits the forecaster at `cutoff` from the samples of every origin up to it and the outcome
 * function (which the caller restricts to years ≤ cutoff for an honest back-test; fitting reads
 * only outcomes ≤ cutoff either way).
 */
export function fitGrowthForecaster(
  samples: ReadonlyMap<number, OriginSample>,
  outcome: Outcome,
  cutoff: number,
  missing: MissingRegressors = 'impute',
): GrowthForecaster {
  const fill = regressorMedians(samples, cutoff);
  const known: Outcome = (iso3, year) => (year <= cutoff ? outcome(iso3, year) : NaN);
  const equations = fitDirectEquations(samples, known, cutoff);
  const byKey = new Map(equations.map((e) => [`${e.submodel}:${e.horizon}`, e]));
  const lastHorizon = Math.max(0, ...equations.map((e) => e.horizon));
  const cache = new Map<string, ErrorDistribution>();
  const cached = (key: string, make: () => ArrayLike<number>): ErrorDistribution => {
    let d = cache.get(key);
    if (!d) cache.set(key, (d = errorDistribution(make())));
    return d;
  };
  // Errors (actual − forecast, log points over h years) at the latest origins with a known outcome.
  const recentErrors = (h: number, forecastGrowth: (s: GrowthState, medianGrowth: number) => number): number[] => {
    const errors: number[] = [];
    const last = cutoff - h;
    for (let t = Math.max(FORECAST_SETTINGS.firstOrigin, last - FORECAST_SETTINGS.errorOrigins + 1); t <= last; t++) {
      const sample = samples.get(t);
      if (!sample) continue;
      for (const s of sample.states) {
        const future = known(s.iso3, t + h);
        const g = forecastGrowth(s, sample.medianGrowth);
        if (Number.isFinite(future) && Number.isFinite(g)) errors.push(future - s.lnGdpPerCapita - h * g);
      }
    }
    return errors;
  };
  const { benchmark, regressionWeight: w } = FORECAST_COMBINATION;
  const combined = (regression: number, state: GrowthState, medianGrowth: number): number =>
    w * regression + (1 - w) * benchmarkGrowth(benchmark, state.trailingGrowth, medianGrowth);
  return {
    cutoff,
    equations,
    forecast(state, medianGrowth, horizon, method) {
      if (method !== 'model' && method !== 'regression') {
        const errors = cached(`${method}:${horizon}`, () =>
          recentErrors(horizon, (s, m) => benchmarkGrowth(method, s.trailingGrowth, m)),
        );
        if (errors.absolute.length === 0) return null;
        return {
          method,
          horizon,
          change: horizon * benchmarkGrowth(method, state.trailingGrowth, medianGrowth),
          errors,
        };
      }
      const submodel: GrowthSubmodel = submodelOf(state);
      const h = Math.min(horizon, lastHorizon);
      // Errors always come from the submodel of the regressors the state has (wider when it lacks one).
      const own = byKey.get(`${submodel}:${h}`);
      const central = missing === 'impute' ? byKey.get(`full:${h}`) : own;
      if (!own || !central) return null;
      // Beyond the longest estimated horizon, its annual rate continues and its errors scale with the horizon.
      const scale = horizon / h;
      const regression = predictAnnualGrowth(central, state, fill);
      if (method === 'regression') {
        const errors = cached(`regression:${submodel}:${horizon}`, () => own.recentErrors.map((e) => e * scale));
        return { method, horizon, change: horizon * regression, errors };
      }
      // The combination's errors at the same origins as the regression's (the own submodel's sample).
      const errors = cached(`model:${submodel}:${horizon}`, () =>
        // No fill: a state without one of the submodel's regressors predicts NaN and is skipped.
        recentErrors(h, (s, m) => combined(predictAnnualGrowth(own, s), s, m)).map((e) => e * scale),
      );
      return { method, horizon, change: horizon * combined(regression, state, medianGrowth), errors };
    },
  };
}
