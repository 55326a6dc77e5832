import {
  ChanyeError,
  FORECAST_METHODS,
  FORECAST_SETTINGS,
  fitGrowthForecaster,
  forecastScores,
  lnGdpPerCapita,
  originSample,
  panelValue,
  scoreForecast,
  submodelOf,
  type ForecastMethod,
  type ForecastPoint,
  type ForecastScore,
  type GrowthForecaster,
  type GrowthSubmodel,
  type MissingRegressors,
  type OriginSample,
  type ScoredForecast,
  type SimulationPanel,
} from '@chanye/compute';
import { loadSimulationPanel, type IncomeGroup, type Store } from '@chanye/store';

/** The cut-offs of the default back-test (issue: 2000, 2005 and 2010, nested). */
export const DEFAULT_BACKTEST_CUTOFFS = [2000, 2005, 2010] as const;

/** A request for the forecast back-test. */
export interface ForecastBacktestRequest {
  readonly cutoffs?: readonly number[];
  /** Restrict the reported economies (the forecaster is still estimated on every economy). */
  readonly economies?: readonly string[];
  /**
   * Score held-out years only up to this one (default: the last PWT year). The validation
   * back-test that chose the specification uses cut-offs 1985-1995 scored through 2000.
   */
  readonly through?: number;
  /** How the model treats a missing regressor (default `impute`). */
  readonly missing?: MissingRegressors;
}

/** Scores of every method over one set of points. */
export type MethodScores = Readonly<Record<ForecastMethod, ForecastScore>>;

/** One economy at one cut-off. */
export interface ForecastBacktestEconomy {
  readonly iso3: string;
  readonly cutoff: number;
  /** World Bank income group on GNI of the cut-off year (null when unclassified). */
  readonly incomeGroup: IncomeGroup | null;
  readonly region: string | null;
  /** The model variant its regressors allow (docs/methods/simulation.md). */
  readonly submodel: GrowthSubmodel;
  readonly scores: MethodScores;
}

/** The results at one cut-off. */
export interface ForecastBacktestCutoff {
  readonly cutoff: number;
  /** Economies with at least the minimum population and PWT GDP per capita in the cut-off year. */
  readonly eligible: number;
  /** Economies forecast by the model (the others are listed in `skipped`). */
  readonly forecast: number;
  readonly skipped: readonly { readonly iso3: string; readonly reason: string }[];
  readonly pooled: MethodScores;
  readonly byHorizon: readonly { readonly horizons: string; readonly scores: MethodScores }[];
  readonly byIncomeGroup: Readonly<Record<string, MethodScores>>;
  readonly byRegion: Readonly<Record<string, MethodScores>>;
}

/** The forecast back-test: every cut-off, and every cut-off together. */
export interface ForecastBacktestReport {
  readonly cutoffs: readonly ForecastBacktestCutoff[];
  /** Every held-out point of every cut-off together. */
  readonly overall: { readonly pooled: MethodScores; readonly byHorizon: ForecastBacktestCutoff['byHorizon'] };
  readonly economies: readonly ForecastBacktestEconomy[];
  readonly points: readonly ForecastPoint[];
  /** The last held-out year (by default the last year of PWT data). */
  readonly lastYear: number;
}

/** Horizon buckets of the tables, labelled by the horizons they hold. */
const HORIZON_BUCKETS: readonly (readonly [number, number])[] = [
  [1, 5],
  [6, 10],
  [11, 15],
  [16, Infinity],
];

function byHorizon(points: readonly ForecastPoint[]): ForecastBacktestCutoff['byHorizon'] {
  return HORIZON_BUCKETS.flatMap(([lo, hi]) => {
    const inside = points.filter((p) => p.horizon >= lo && p.horizon <= hi);
    if (inside.length === 0) return [];
    const last = Math.max(...inside.map((p) => p.horizon));
    return [{ horizons: `${lo}-${last}`, scores: forecastScores(inside) }];
  });
}

function groupScores(points: readonly ForecastPoint[], keyOf: (p: ForecastPoint) => string | null) {
  const groups = new Map<string, ForecastPoint[]>();
  for (const p of points) {
    const key = keyOf(p);
    if (key === null) continue;
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(p);
  }
  return Object.fromEntries(
    [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, forecastScores(v)]),
  );
}

/**
 * The sample of every origin from the first estimation origin to `last`, computed once per
 * panel (the forecaster and the lever effects of one run both read it; samples are not mutated).
 */
export function originSamples(panel: SimulationPanel, last: number): ReadonlyMap<number, OriginSample> {
  let byLast = SAMPLE_CACHE.get(panel);
  if (!byLast) SAMPLE_CACHE.set(panel, (byLast = new Map()));
  let samples = byLast.get(last);
  if (!samples) {
    const built = new Map<number, OriginSample>();
    for (let t = FORECAST_SETTINGS.firstOrigin; t <= last; t++) built.set(t, originSample(panel, t));
    byLast.set(last, (samples = built));
  }
  return samples;
}

const SAMPLE_CACHE = new WeakMap<SimulationPanel, Map<number, ReadonlyMap<number, OriginSample>>>();

/**
 * Back-tests the default growth forecast and its three benchmarks: at each cut-off the
 * forecaster is estimated on data up to the cut-off, every economy with at least 1 million
 * people and PWT GDP per capita is forecast for each later year to the last PWT year, and the
 * forecasts are scored against PWT's ln GDP per capita (docs/methods/simulation.md).
 */
export async function forecastBacktest(
  store: Store,
  request: ForecastBacktestRequest = {},
): Promise<ForecastBacktestReport> {
  const panel = await loadSimulationPanel(store);
  const through = Math.min(request.through ?? panel.lastYear, panel.lastYear);
  const cutoffs = [...(request.cutoffs ?? DEFAULT_BACKTEST_CUTOFFS)].sort((a, b) => a - b);
  const earliest = FORECAST_SETTINGS.firstOrigin + FORECAST_SETTINGS.trailingYears + 5;
  for (const c of cutoffs) {
    if (!Number.isInteger(c) || c < earliest || c > through - 1) {
      throw new ChanyeError('invalid-input', `--cutoff ${c}: expected a year from ${earliest} to ${through - 1}`);
    }
  }
  const only = request.economies
    ? new Set(await Promise.all(request.economies.map(async (c) => (await store.economy(c)).iso3)))
    : null;
  const samples = originSamples(panel, Math.max(...cutoffs));
  const outcome = (iso3: string, year: number): number => lnGdpPerCapita(panel, iso3, year);
  const regions = new Map((await store.economies()).map((e) => [e.iso3, e.wb_region]));
  const results: ForecastBacktestCutoff[] = [];
  const economies: ForecastBacktestEconomy[] = [];
  const allPoints: ForecastPoint[] = [];
  for (const cutoff of cutoffs) {
    const forecaster = fitGrowthForecaster(samples, outcome, cutoff, request.missing ?? 'impute');
    const sample = samples.get(cutoff) as OriginSample;
    const groups = await store.incomeGroupsIn(cutoff);
    const eligible = panel.economies.filter((iso3) => {
      const pop = panelValue(panel, iso3, 'pop', cutoff);
      return pop !== undefined && pop >= FORECAST_SETTINGS.minPopulation && Number.isFinite(outcome(iso3, cutoff));
    });
    const withState = new Set(sample.states.map((s) => s.iso3));
    const skipped = eligible
      .filter((iso3) => !withState.has(iso3) && (!only || only.has(iso3)))
      .map((iso3) => ({
        iso3,
        reason: `no PWT GDP per capita in ${cutoff - FORECAST_SETTINGS.trailingYears} (no trailing growth)`,
      }));
    const points: ForecastPoint[] = [];
    for (const state of sample.states) {
      if (only && !only.has(state.iso3)) continue;
      const mine = heldOutPoints(forecaster, sample, state.iso3, cutoff, through, outcome);
      points.push(...mine);
      economies.push({
        iso3: state.iso3,
        cutoff,
        incomeGroup: groups.get(state.iso3) ?? null,
        region: regions.get(state.iso3) ?? null,
        submodel: submodelOf(state),
        scores: forecastScores(mine),
      });
    }
    allPoints.push(...points);
    results.push({
      cutoff,
      eligible: only ? eligible.filter((iso3) => only.has(iso3)).length : eligible.length,
      forecast: new Set(points.map((p) => p.iso3)).size,
      skipped,
      pooled: forecastScores(points),
      byHorizon: byHorizon(points),
      byIncomeGroup: groupScores(points, (p) => groups.get(p.iso3) ?? null),
      byRegion: groupScores(points, (p) => regions.get(p.iso3) ?? null),
    });
  }
  return {
    cutoffs: results,
    overall: { pooled: forecastScores(allPoints), byHorizon: byHorizon(allPoints) },
    economies,
    points: allPoints,
    lastYear: through,
  };
}

/** Every method's forecast of one economy's held-out years. */
function heldOutPoints(
  forecaster: GrowthForecaster,
  sample: OriginSample,
  iso3: string,
  cutoff: number,
  lastYear: number,
  outcome: (iso3: string, year: number) => number,
): ForecastPoint[] {
  const state = sample.states.find((s) => s.iso3 === iso3);
  if (!state) return [];
  const points: ForecastPoint[] = [];
  for (let year = cutoff + 1; year <= lastYear; year++) {
    const actual = outcome(iso3, year);
    if (!Number.isFinite(actual)) continue;
    const horizon = year - cutoff;
    const forecasts: Partial<Record<ForecastMethod, ScoredForecast>> = {};
    for (const method of FORECAST_METHODS) {
      const f = forecaster.forecast(state, sample.medianGrowth, horizon, method);
      if (f) forecasts[method] = scoreForecast(f, state.lnGdpPerCapita, actual);
    }
    points.push({ iso3, cutoff, year, horizon, actual, forecasts });
  }
  return points;
}
