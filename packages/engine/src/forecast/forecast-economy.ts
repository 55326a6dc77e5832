import {
  atlasCalibration,
  ChanyeError,
  epsSlowdownRule,
  estimateLeverEffects,
  GROWTH_LEVERS,
  leverBase,
  resolveLeverPath,
  scenarioEffectPaths,
  type GrowthLever,
  type LeverEffect,
  EPS_SLOWDOWN,
  FORECAST_SETTINGS,
  fitGrowthForecaster,
  forecastPaths,
  incomeCrossing,
  lnGdpPerCapita,
  quantileSorted,
  rebaseDollars,
  slowdownOccurs,
  submodelOf,
  type DirectEquation,
  type ErrorDistribution,
  type GrowthForecaster,
  type GrowthState,
  type GrowthSubmodel,
  type IncomeCrossing,
  type OriginSample,
  type SimulationPanel,
  FORECAST_COMBINATION,
  FAN_SERIES,
} from '@chanye/compute';
import { loadSimulationPanel, type Store } from '@chanye/store';
import { DEFAULT_BACKTEST_CUTOFFS, originSamples } from './forecast-backtest.js';
import { loadForecastRecord, type ForecastRecord } from './forecast-record.js';
import { loadScenario, type Scenario } from '../simulation/scenario.js';
import { nowcast, type NowcastYear } from './nowcast.js';

/** Quantiles of the forecast fan. */
export const FORECAST_FAN_LEVELS = [0.025, 0.1, 0.5, 0.9, 0.975] as const;

/** A request for one economy's default forecast. */
export interface ForecastRequest {
  readonly iso3: string;
  /** Last forecast year. */
  readonly to: number;
  readonly draws?: number;
  readonly seed?: number;
  /** Reuse a loaded panel and a fitted forecaster. */
  readonly panel?: SimulationPanel;
  readonly forecaster?: GrowthForecaster;
  /** A scenario to compare with the baseline (its measurable lever effects shift the forecast). */
  readonly scenario?: Scenario;
  /** The baseline scenario the scenario's lever paths are compared with (default: the bundled `baseline`). */
  readonly baseline?: Scenario;
  readonly leverEffects?: readonly LeverEffect[];
}

/** One lever of a scenario against the baseline. */
export interface ScenarioLever {
  readonly lever: GrowthLever;
  /** Last observed value and its year; null when the economy has none (the lever then moves nothing). */
  readonly base: { readonly value: number; readonly year: number } | null;
  /** Lever values in origin..to − 1 under the baseline and the scenario. */
  readonly baselinePath: readonly number[];
  readonly scenarioPath: readonly number[];
  readonly effect: LeverEffect;
}

/** The scenario as a difference from the default forecast. */
export interface ScenarioForecast {
  readonly id: string;
  readonly name_en: string;
  readonly name_zh: string;
  readonly levers: readonly ScenarioLever[];
  readonly fan: readonly ForecastFanYear[];
  /** Scenario − baseline GDP per capita, % of the baseline, by year: quantiles 0.1, 0.5, 0.9 over draws. */
  readonly difference: readonly {
    readonly year: number;
    readonly p10: number;
    readonly p50: number;
    readonly p90: number;
  }[];
  readonly crossing: IncomeCrossing | null;
  readonly slowdown: EconomyForecast['slowdown'];
}

/** One forecast year: quantiles of GDP per capita (2017 US$ at constant national prices per person). */
export interface ForecastFanYear {
  readonly year: number;
  readonly horizon: number;
  /** Quantiles at {@link FORECAST_FAN_LEVELS}. */
  readonly quantiles: readonly number[];
}

/** An economy's default forecast from its latest observed year. */
export interface EconomyForecast {
  readonly iso3: string;
  readonly name_en: string;
  readonly name_zh: string | null;
  /** The latest observed year, where the forecast starts. */
  readonly origin: number;
  readonly pwtLastYear: number;
  readonly to: number;
  readonly draws: number;
  readonly seed: number;
  /** The last 25 years to the origin. */
  readonly history: readonly NowcastYear[];
  readonly state: GrowthState;
  readonly submodel: GrowthSubmodel;
  /** The unit of the fan's and the history's GDP per capita. */
  readonly unit: typeof FAN_SERIES.gdp_per_capita;
  readonly fan: readonly ForecastFanYear[];
  /** Mean annual growth of the central forecast from the origin to `to`, log points. */
  readonly annualGrowth: number;
  /** The high-income crossing, consistent with published classifications; null without Atlas GNI. */
  readonly crossing: IncomeCrossing | null;
  /** P(a growth slowdown by the Eichengreen-Park-Shin rule begins in a year the forecast decides, by `to`). */
  readonly slowdown: {
    readonly probability: number;
    readonly incomeFloor: number;
    readonly rule: string;
  };
  /** The estimated equations used, by horizon (central forecast; their error samples left out). */
  readonly equations: readonly Omit<DirectEquation, 'recentErrors'>[];
  readonly assumptions: readonly string[];
  readonly sources: readonly string[];
  /** The scenario against this baseline, when one was asked for. */
  readonly scenario: ScenarioForecast | null;
}

/** Fits the default forecaster on every PWT year (the forecast of today). */
export function currentForecaster(panel: SimulationPanel): GrowthForecaster {
  const samples = originSamples(panel, panel.lastYear);
  return fitGrowthForecaster(samples, (iso3, y) => lnGdpPerCapita(panel, iso3, y), panel.lastYear);
}

/**
 * The default forecast of one economy (docs/methods/simulation.md, "The default forecast"): the
 * state nowcast to the latest observed year, the direct equations estimated on all PWT years,
 * quantiles from the equations' own errors, and Monte Carlo paths (seeded) for statements about
 * several years at once: crossing the high-income threshold and a growth slowdown.
 */
export async function forecastEconomy(store: Store, request: ForecastRequest): Promise<EconomyForecast> {
  const economy = await store.economy(request.iso3);
  const iso3 = economy.iso3;
  const panel = request.panel ?? (await loadSimulationPanel(store));
  const now = await nowcast(store, panel, iso3);
  if (!now)
    throw new ChanyeError(
      'no-data',
      `${iso3}: no forecast — it needs GDP per capita (PWT 10.01) in its latest year and ${FORECAST_SETTINGS.trailingYears} years before`,
    );
  const { origin, state } = now;
  if (!Number.isInteger(request.to) || request.to <= origin)
    throw new ChanyeError(
      'invalid-input',
      `--to ${request.to} must be after ${origin}, ${iso3}'s latest observed year`,
    );
  if (request.to > origin + 40)
    throw new ChanyeError('invalid-input', `--to ${request.to} is too far ahead (at most ${origin + 40})`);
  const forecaster = request.forecaster ?? currentForecaster(panel);
  const draws = request.draws ?? 1000;
  const seed = request.seed ?? 1;
  const H = request.to - origin;
  // The benchmark half of the combination reverts to the cross-country median of trailing growth
  // at the forecaster's last origin (PWT's last year): the latest year every economy is measured on one basis.
  const medianGrowth = (originSamples(panel, forecaster.cutoff).get(forecaster.cutoff) as OriginSample).medianGrowth;
  const changes = new Float64Array(H);
  const errors: ErrorDistribution[] = [];
  for (let h = 1; h <= H; h++) {
    const f = forecaster.forecast(state, medianGrowth, h, 'model');
    if (!f) throw new ChanyeError('no-data', `${iso3}: no forecast equation for horizon ${h}`);
    changes[h - 1] = f.change;
    errors.push(f.errors);
  }
  const fan = Array.from({ length: H }, (_, i) => ({
    year: origin + i + 1,
    horizon: i + 1,
    quantiles: FORECAST_FAN_LEVELS.map((p) =>
      Math.exp(
        state.lnGdpPerCapita + (changes[i] as number) + quantileSorted((errors[i] as ErrorDistribution).symmetric, p),
      ),
    ),
  }));
  const paths = forecastPaths(changes, errors, draws, seed);
  const crossing = await crossingOf(store, panel, now, paths, draws, request.to, seed);
  const slowdown = await slowdownProbability(store, now, paths, draws, request.to);
  const scenario = request.scenario
    ? await scenarioForecast(store, panel, now, request, { fan, paths, draws, seed })
    : null;
  const submodel = submodelOf(state);
  const used = forecaster.equations.filter((e) => e.submodel === 'full' && e.horizon <= H);
  const fmt = (x: number, d = 3): string => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');
  const assumptions = [
    `Origin ${origin}: ${now.notes.length > 0 ? now.notes.join('; ') : 'observed in PWT 10.01'}.`,
    `State in ${origin}: trailing 10-year growth ${fmt(100 * state.trailingGrowth, 2)} % a year (clipped to [−2, 8] % in the equation), peak gap ${fmt(state.peakGap)}, ln GDP per capita at PPPs relative to the USA ${fmt(state.lnRelativeLevel)}, ln human capital ${fmt(state.lnHumanCapital)}${submodel === 'full' ? '' : ` — a regressor is missing: the sample median takes its place and the intervals come from the equation without it (${submodel})`}.`,
    `Default forecast: ${FORECAST_COMBINATION.regressionWeight} × the direct regression + ${fmt(1 - FORECAST_COMBINATION.regressionWeight, 1)} × regression to the mean (0.3 × own trailing growth + 0.7 × the cross-country median of trailing growth, ${fmt(100 * medianGrowth, 2)} % a year over ${forecaster.cutoff - FORECAST_SETTINGS.trailingYears}-${forecaster.cutoff}), the combination chosen on the pre-2000 validation back-test.`,
    `Direct equations, one per horizon, estimated by least squares on every origin 1970 to ${panel.lastYear} − h of the economies with at least 1 million people: ${used.length > 0 ? `at 1 year ${equationText(used[0] as DirectEquation, fmt)}; at ${used.at(-1)?.horizon} years ${equationText(used.at(-1) as DirectEquation, fmt)}` : 'none'}.`,
    `Intervals: the forecast ± quantiles of the absolute errors of the same combination at the 10 latest origins of each horizon (symmetric); Monte Carlo paths (${draws} draws, seed ${seed}) tie the years together as a random walk does, each year keeping its own error distribution.`,
    backtestSentence(store.catalogDir),
    crossing
      ? `High income: Atlas GNI per capita moves with real GDP per capita plus a drift (cross-country mean with its uncertainty and the economy's own volatility), and each draw is made consistent with the World Bank classifications already published (share of draws made consistent: ${fmt(100 * crossing.consistentShare, 1)} %); years already classified are reported as observed.`
      : `No Atlas GNI per capita for ${iso3} in the snapshot: no crossing probabilities.`,
    `Slowdown: the Eichengreen-Park-Shin rule (7-year growth before ≥ ${EPS_SLOWDOWN.minGrowthBefore} %, a fall of ≥ ${EPS_SLOWDOWN.minFall} points, GDP per capita at PPPs above US$${fmt(slowdown.incomeFloor, 0)} of 2017) applied to the observed history followed by each path, counting slowdowns that begin in years the forecast decides, by ${request.to}.`,
  ];
  return {
    iso3,
    name_en: economy.name_en,
    name_zh: economy.name_zh,
    origin,
    pwtLastYear: now.pwtLastYear,
    to: request.to,
    draws,
    seed,
    history: now.years.filter((y) => y.year > origin - 25),
    state,
    submodel,
    unit: FAN_SERIES.gdp_per_capita,
    fan,
    annualGrowth: (changes[H - 1] as number) / H,
    crossing,
    slowdown,
    equations: used.map(({ recentErrors: _errors, ...e }) => e),
    assumptions,
    sources: [
      'Penn World Table 10.01 (Feenstra, Inklaar and Timmer 2015): rgdpna, rgdpe, pop, hc',
      `World Bank WDI GDP per capita at constant PPPs (NY.GDP.PCAP.PP.KD, via Gapminder) for the years after PWT${now.splicedSource ? `: ${now.splicedSource}` : ''}`,
      'World Bank WDI Atlas GNI per capita (NY.GNP.PCAP.CD) and income classification thresholds and history (OGHIST)',
    ],
    scenario,
  };
}

async function scenarioForecast(
  store: Store,
  panel: SimulationPanel,
  now: NonNullable<Awaited<ReturnType<typeof nowcast>>>,
  request: ForecastRequest,
  base: {
    fan: readonly ForecastFanYear[];
    paths: Float64Array;
    draws: number;
    seed: number;
  },
): Promise<ScenarioForecast> {
  const scenario = request.scenario as Scenario;
  const baseline = request.baseline ?? loadScenario(store.catalogDir, 'baseline');
  const effects = request.leverEffects ?? currentLeverEffects(panel);
  const { origin } = now;
  const H = request.to - origin;
  const years = Array.from({ length: H }, (_, i) => origin + i);
  const levers: ScenarioLever[] = GROWTH_LEVERS.map((lever) => {
    const b = leverBase(panel, now.iso3, lever, origin);
    const effect = effects.find((e) => e.lever === lever) as LeverEffect;
    if (!b) return { lever, base: null, baselinePath: [], scenarioPath: [], effect };
    const path = (spec: Scenario['levers'][GrowthLever]) => [
      ...resolveLeverPath(spec, b.value, b.trend.mean, b.year, years),
    ];
    return {
      lever,
      base: { value: b.value, year: b.year },
      baselinePath: path(baseline.levers[lever]),
      scenarioPath: path(scenario.levers[lever]),
      effect,
    };
  });
  const gaps = levers
    .filter((l) => l.base !== null)
    .map((l) => ({ lever: l.lever, baseline: l.baselinePath, scenario: l.scenarioPath }));
  const shift = scenarioEffectPaths(gaps, effects, H, base.draws, base.seed);
  const paths = new Float64Array(base.paths.length);
  for (let i = 0; i < paths.length; i++) paths[i] = (base.paths[i] as number) + (shift[i] as number);
  const column = new Float64Array(base.draws);
  const difference = Array.from({ length: H }, (_, i) => {
    for (let d = 0; d < base.draws; d++) column[d] = 100 * Math.expm1(shift[d * H + i] as number);
    column.sort();
    return {
      year: origin + i + 1,
      p10: quantileSorted(column, 0.1),
      p50: quantileSorted(column, 0.5),
      p90: quantileSorted(column, 0.9),
    };
  });
  return {
    id: scenario.id,
    name_en: scenario.name_en,
    name_zh: scenario.name_zh,
    levers,
    // The baseline's exact quantiles shifted by the median difference: the scenario column agrees
    // with the difference column, and the uncertainty of the lever effects is in the latter.
    fan: base.fan.map((y, i) => ({
      ...y,
      quantiles: y.quantiles.map((v) => v * (1 + (difference[i]?.p50 ?? 0) / 100)),
    })),
    difference,
    crossing: await crossingOf(store, panel, now, paths, base.draws, request.to, base.seed),
    slowdown: await slowdownProbability(store, now, paths, base.draws, request.to),
  };
}

/** The lever effects of today's forecast: estimated on every PWT year, judged on the 2000-2010 back-test. */
export function currentLeverEffects(panel: SimulationPanel): LeverEffect[] {
  const samples = originSamples(panel, panel.lastYear);
  return estimateLeverEffects(
    panel,
    samples,
    (iso3, y) => lnGdpPerCapita(panel, iso3, y),
    panel.lastYear,
    DEFAULT_BACKTEST_CUTOFFS,
  );
}

/** The recorded back-test in one sentence, from catalog/results/forecast-backtest.json (never typed by hand). */
function backtestSentence(catalogDir: string): string {
  let record: ForecastRecord;
  try {
    record = loadForecastRecord(catalogDir);
  } catch {
    return 'Back-test: no recorded back-test in this catalogue (npm run build:forecast-record).';
  }
  const pct = (x: number): string => `${(100 * Math.abs(x)).toFixed(1)} %`;
  const names = {
    trend: 'the trailing trend',
    rtm: 'regression to the mean',
    median: 'the cross-country median',
  } as const;
  const name = (m: string): string => names[m as keyof typeof names] ?? m;
  const cuts = record.verdict.againstBestBenchmark
    .filter((a) => a.cutoff !== 'all')
    .map((a) => `${a.cutoff}: ${pct(a.relative)} ${a.relative < 0 ? 'below' : 'above'} ${name(a.best)}`)
    .join(', ');
  const all = record.verdict.againstBestBenchmark.find((a) => a.cutoff === 'all');
  const gaps = record.verdict.coverageGap;
  const worst = Math.max(...gaps.flatMap((g) => [Math.abs(g.gap80), Math.abs(g.gap95)]));
  return `Back-test (docs/methods/simulation.md, \`chanye backtest\`): over the 2000, 2005 and 2010 cut-offs and every economy with at least 1 million people, the forecast's RMSE of ln GDP per capita is ${all ? `${pct(all.relative)} ${all.relative < 0 ? 'below' : 'above'} the best of three benchmarks (${name(all.best)})` : 'not recorded'} (by cut-off, against that cut-off's best benchmark — ${cuts}); its 80/95 % intervals cover within ${worst.toFixed(1)} points of nominal.`;
}

function equationText(e: DirectEquation, fmt: (x: number, d?: number) => string): string {
  return `${e.regressors.map((r, j) => `${fmt(e.coefficients[j] as number, 4)}·${r}`).join(' + ')} (n = ${e.n}, R² = ${fmt(e.r2, 2)})`;
}

async function crossingOf(
  store: Store,
  panel: SimulationPanel,
  now: NonNullable<Awaited<ReturnType<typeof nowcast>>>,
  paths: Float64Array,
  draws: number,
  to: number,
  seed: number,
): Promise<IncomeCrossing | null> {
  const atlas = atlasCalibration(panel, now.iso3, panel.lastYear);
  if (!atlas) return null;
  const observed = new Map(
    now.years.filter((y) => y.year >= atlas.gniYear).map((y) => [y.year, Math.log(y.gdpPerCapita)]),
  );
  if (!observed.has(atlas.gniYear)) return null;
  const table = [...panel.highIncomeThreshold.entries()].sort((a, b) => a[0] - b[0]);
  const last = table.at(-1);
  if (!last) return null;
  const from = table.find(([y]) => y >= last[0] - 20) ?? (table[0] as [number, number]);
  const growth = Math.log(last[1] / from[1]) / Math.max(1, last[0] - from[0]);
  const threshold = (year: number): number =>
    panel.highIncomeThreshold.get(year) ?? last[1] * Math.exp(growth * (year - last[0]));
  const history = await store.incomeHistory(now.iso3);
  const published = new Map(
    history.filter((c) => c.dataYear > atlas.gniYear).map((c) => [c.dataYear, c.group === 'H']),
  );
  return incomeCrossing({
    gniYear: atlas.gniYear,
    gni: atlas.gniPerCapita,
    observed,
    origin: now.origin,
    paths,
    draws,
    to,
    drift: atlas.drift,
    volatility: atlas.driftVolatility,
    threshold,
    published,
    seed,
  });
}

async function slowdownProbability(
  store: Store,
  now: NonNullable<Awaited<ReturnType<typeof nowcast>>>,
  paths: Float64Array,
  draws: number,
  to: number,
): Promise<EconomyForecast['slowdown']> {
  const [usLevel] = await store.snapshotSeries(
    { source: 'pwt', series: 'pl_gdpo' },
    { iso3s: ['USA'], years: [2005, 2005] },
  );
  if (!usLevel) throw new Error('the snapshot has no PWT pl_gdpo for the United States in 2005');
  const floor = rebaseDollars(EPS_SLOWDOWN.incomeFloors2005[0], usLevel.value);
  const rule = epsSlowdownRule(floor);
  const known = now.years.filter((y) => Number.isFinite(y.gdpPerCapitaPpp));
  const history = { years: known.map((y) => y.year), logGdpPerCapita: known.map((y) => Math.log(y.gdpPerCapitaPpp)) };
  const base = history.logGdpPerCapita.at(-1);
  const H = to - now.origin;
  let count = 0;
  if (base !== undefined && history.years.at(-1) === now.origin) {
    const years = Array.from({ length: H }, (_, i) => now.origin + i + 1);
    for (let d = 0; d < draws; d++) {
      const path = { years, logGdpPerCapita: years.map((_, i) => base + (paths[d * H + i] as number)) };
      if (slowdownOccurs(history, path, to, rule).occurs) count++;
    }
  }
  return {
    probability: base !== undefined ? count / draws : NaN,
    incomeFloor: floor,
    rule: 'Eichengreen, Park and Shin (2012), "When fast-growing economies slow down: international evidence and implications for China", Asian Economic Papers 11(1)',
  };
}
