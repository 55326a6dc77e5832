import { quantileSorted } from '../numeric/quantile.js';
import { seededRandom } from '../random/seeded.js';
import {
  allocatePath,
  SIM_ARRAYS,
  simulatePath,
  type AtlasCalibration,
  type LeverInputs,
  type ParameterDraw,
  type SimulatedPath,
  type SimulationCalibration,
  type SimulationEquations,
} from './model.js';
import { choleskyLower, drawMultivariateNormal, normalSampler } from './random-normal.js';

/** Everything one simulation needs: the economy, the equations, the levers and the years. */
export interface SimulationInput {
  readonly calibration: SimulationCalibration;
  readonly equations: SimulationEquations;
  readonly levers: LeverInputs;
  readonly atlas: AtlasCalibration | null;
  /** Simulated years: baseYear + 1 … */
  readonly years: readonly number[];
}

/** The series reported as fan charts, with their units. */
export const FAN_SERIES = {
  gdp_per_capita: '2017 US$ at constant national prices per person',
  gdp_per_capita_growth: '% per year',
  tfp_growth: '% per year',
  agriculture_share_gdp: '% of value added',
  industry_share_gdp: '% of value added',
  services_share_gdp: '% of value added',
  agriculture_employment_share: '% of employment',
  industry_employment_share: '% of employment',
  services_employment_share: '% of employment',
  manufacturing_share_gdp: '% of value added',
  a1_share_gdp: '% of value added (A1 conventional industry: WIOD industry sectors outside A2 and F)',
  a2_share_gdp: '% of value added (A2 strategic emerging: WIOD c9, c13, c15)',
  f_share_gdp: '% of value added (F digital foundation: WIOD c14 and c27)',
  mht_share_mva: '% of manufacturing value added',
  rd_share_gdp: '% of GDP',
  co2_intensity: 'kg CO2 per 2021 PPP $ of GDP (scenario path)',
  co2_intensity_pace: 'kg CO2 per 2021 PPP $ of GDP (at the historical pace: estimated equation)',
  gni_per_capita_atlas: 'current US$ (Atlas method, projected)',
} as const;
export type FanSeries = keyof typeof FAN_SERIES;

/** Quantile levels of every fan chart. */
export const FAN_QUANTILES = [0.025, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.975] as const;

/** A fan chart: for each year, the values at {@link FAN_QUANTILES}, and the mean. */
export interface Fan {
  readonly unit: string;
  /** quantiles[q][t]: quantile FAN_QUANTILES[q] in year t. */
  readonly quantiles: readonly Float64Array[];
  readonly mean: Float64Array;
}

/** The result of a Monte Carlo run. */
export interface SimulationRun {
  readonly years: readonly number[];
  readonly draws: number;
  readonly seed: number;
  /** The path with every parameter at its estimate and every shock at its expectation. */
  readonly deterministic: SimulatedPath;
  readonly fans: Readonly<Record<FanSeries, Fan>>;
  /** Share of draws with Atlas GNI per capita above the high-income threshold in each year. */
  readonly aboveThreshold: Float64Array | null;
  /** Share of draws that were above the threshold in at least one year up to each year. */
  readonly crossedBy: Float64Array | null;
  /** Share of draws whose CO2 intensity is at or below `co2Target` in the target year (if one is given). */
  readonly co2TargetProbability: number | null;
  /** The carbon constraint, year by year (see {@link CarbonConstraint}). */
  readonly carbon: CarbonConstraint;
}

/**
 * The carbon-intensity path as a constraint: how likely the scenario's path, and its target, are
 * to be met at the historical pace of decarbonization (the estimated carbon equation given each
 * draw's growth). Shares of draws, one value per simulated year.
 */
export interface CarbonConstraint {
  /** P(CO2 intensity at the historical pace ≤ the scenario's path) in each year (NaN without a base-year CO2 intensity). */
  readonly paceWithinPath: Float64Array;
  /** P(intensity at the historical pace ≤ the target value) in each year (null without a target). */
  readonly paceBelowTarget: Float64Array | null;
  /** P(intensity at the historical pace has been ≤ the target value in some year up to each year). */
  readonly paceMetBy: Float64Array | null;
}

/** Options of {@link runSimulation}. */
export interface RunOptions {
  readonly draws: number;
  readonly seed: number;
  /** Called every few draws with (done, total). */
  readonly onProgress?: (done: number, total: number) => void;
  /** A CO2 intensity ceiling in a year, checked on every draw. */
  readonly co2Target?: { readonly year: number; readonly value: number };
}

/** The parameter draw at the estimates, with shocks at their expectations (the deterministic path). */
export function expectedDraw(input: SimulationInput): ParameterDraw {
  const { calibration: cal, equations: eq } = input;
  const blocks = Math.ceil(input.years.length / 5);
  const phi = eq.tfp.persistence.mean;
  const blockShocks = new Float64Array(blocks);
  let e = cal.tfpResidual;
  for (let b = 0; b < blocks; b++) {
    e *= phi;
    blockShocks[b] = e;
  }
  return {
    tfp: eq.tfp.coefficients,
    persistence: phi,
    blockShocks,
    reallocation: eq.reallocation.coefficients,
    mht: eq.mht.coefficients,
    arrays: SIM_ARRAYS.map((a) => eq.arrays[a].coefficients),
    carbon: eq.carbon.coefficients,
    carbonShocks: new Float64Array(blocks),
    savingRate: cal.savingRate.mean,
    employmentGrowth: cal.employmentGrowth.mean,
    populationGrowth: cal.populationGrowth.mean,
    humanCapitalGrowth: cal.humanCapitalGrowth.mean,
    frontierGrowth: cal.frontierGrowth.mean,
    leverTrend: { rd: 0, internet: 0, co2: 0 },
    atlasDrift: input.atlas?.drift.mean ?? 0,
    atlasShocks: new Float64Array(input.years.length),
  };
}

/** A sampler of parameter draws: multivariate normal coefficients, AR(1) TFP block shocks. */
export function drawSampler(input: SimulationInput, random: () => number): () => ParameterDraw {
  const { calibration: cal, equations: eq, levers } = input;
  const normal = normalSampler(random);
  const lTfp = choleskyLower(eq.tfp.covariance, eq.tfp.coefficients.length);
  const lRe = choleskyLower(eq.reallocation.covariance, eq.reallocation.coefficients.length);
  const lMht = choleskyLower(eq.mht.covariance, eq.mht.coefficients.length);
  const lArrays = SIM_ARRAYS.map((a) => choleskyLower(eq.arrays[a].covariance, eq.arrays[a].coefficients.length));
  const lCarbon = choleskyLower(eq.carbon.covariance, eq.carbon.coefficients.length);
  const blocks = Math.ceil(input.years.length / 5);
  const n = (d: { mean: number; sd: number }): number => d.mean + d.sd * normal();
  return () => {
    const tfp = drawMultivariateNormal(eq.tfp.coefficients, lTfp, normal);
    const phi = Math.min(0.99, Math.max(-0.99, n(eq.tfp.persistence)));
    const innovation = eq.tfp.residualSd * Math.sqrt(1 - phi * phi);
    const blockShocks = new Float64Array(blocks);
    let e = cal.tfpResidual;
    for (let b = 0; b < blocks; b++) {
      e = phi * e + innovation * normal();
      blockShocks[b] = e;
    }
    const carbonShocks = new Float64Array(blocks);
    for (let b = 0; b < blocks; b++) carbonShocks[b] = eq.carbon.residualSd * normal();
    const atlasShocks = new Float64Array(input.years.length);
    const vol = input.atlas?.driftVolatility ?? 0;
    for (let t = 0; t < atlasShocks.length; t++) atlasShocks[t] = vol * normal();
    return {
      tfp,
      persistence: phi,
      blockShocks,
      reallocation: drawMultivariateNormal(eq.reallocation.coefficients, lRe, normal),
      mht: drawMultivariateNormal(eq.mht.coefficients, lMht, normal),
      arrays: SIM_ARRAYS.map((a, j) =>
        drawMultivariateNormal(eq.arrays[a].coefficients, lArrays[j] as Float64Array, normal),
      ),
      carbon: drawMultivariateNormal(eq.carbon.coefficients, lCarbon, normal),
      carbonShocks,
      savingRate: Math.max(0, n(cal.savingRate)),
      employmentGrowth: n(cal.employmentGrowth),
      populationGrowth: n(cal.populationGrowth),
      humanCapitalGrowth: n(cal.humanCapitalGrowth),
      frontierGrowth: n(cal.frontierGrowth),
      leverTrend: {
        rd: levers.trendSe.rd * normal(),
        internet: levers.trendSe.internet * normal(),
        co2: levers.trendSe.co2 * normal(),
      },
      atlasDrift: input.atlas ? n(input.atlas.drift) : 0,
      atlasShocks,
    };
  };
}

/** The deterministic path: every parameter at its estimate. */
export function deterministicPath(input: SimulationInput): SimulatedPath {
  const out = allocatePath(input.years.length);
  simulatePath(input.calibration, input.levers, input.atlas, expectedDraw(input), out);
  return out;
}

function extractors(cal: SimulationCalibration): Record<FanSeries, (p: SimulatedPath, t: number) => number> {
  const pcPrev = cal.gdp / cal.population;
  const sector = (which: 'vaShares' | 'employmentShares', i: number) => (p: SimulatedPath, t: number) =>
    (p[which][i] as Float64Array)[t] as number;
  const manuf = (p: SimulatedPath, t: number): number => p.manufacturingShare[t] as number;
  return {
    gdp_per_capita: (p, t) => p.gdpPerCapita[t] as number,
    gdp_per_capita_growth: (p, t) =>
      100 * Math.log((p.gdpPerCapita[t] as number) / (t === 0 ? pcPrev : (p.gdpPerCapita[t - 1] as number))),
    tfp_growth: (p, t) => 100 * (p.accounting.tfp[t] as number),
    agriculture_share_gdp: sector('vaShares', 0),
    industry_share_gdp: sector('vaShares', 1),
    services_share_gdp: sector('vaShares', 2),
    agriculture_employment_share: sector('employmentShares', 0),
    industry_employment_share: sector('employmentShares', 1),
    services_employment_share: sector('employmentShares', 2),
    manufacturing_share_gdp: manuf,
    a1_share_gdp: (p, t) => (p.arrayShares[0] as Float64Array)[t] as number,
    a2_share_gdp: (p, t) => (p.arrayShares[1] as Float64Array)[t] as number,
    f_share_gdp: (p, t) => (p.arrayShares[2] as Float64Array)[t] as number,
    mht_share_mva: (p, t) => p.mhtShare[t] as number,
    rd_share_gdp: (p, t) => p.rd[t] as number,
    co2_intensity: (p, t) => p.co2Intensity[t] as number,
    co2_intensity_pace: (p, t) => p.co2Pace[t] as number,
    gni_per_capita_atlas: (p, t) => p.gniAtlas[t] as number,
  };
}

/**
 * Monte Carlo over parameter uncertainty: `draws` paths, each with its own draw of the
 * equations' coefficients (multivariate normal from their estimated covariance: TFP,
 * reallocation, MHT, the three array equations and the carbon equation), the AR(1)
 * TFP shocks, the carbon equation's 5-year block shocks, the economy's trend growth rates, lever trends and the Atlas drift, all from
 * one seeded generator — the same seed gives the same numbers.
 */
export function runSimulation(input: SimulationInput, options: RunOptions): SimulationRun {
  const T = input.years.length;
  const D = options.draws;
  const series = Object.keys(FAN_SERIES) as FanSeries[];
  const extract = extractors(input.calibration);
  const store = new Map<FanSeries, Float64Array>(series.map((s) => [s, new Float64Array(D * T)]));
  const sample = drawSampler(input, seededRandom(options.seed));
  const path = allocatePath(T);
  const above = input.atlas ? new Float64Array(T) : null;
  const crossed = input.atlas ? new Float64Array(T) : null;
  const targetIndex = options.co2Target ? input.years.indexOf(options.co2Target.year) : -1;
  let co2Hits = 0;
  const paceWithinPath = new Float64Array(T);
  const paceBelowTarget = options.co2Target ? new Float64Array(T) : null;
  const paceMetBy = options.co2Target ? new Float64Array(T) : null;
  const every = Math.max(1, Math.floor(D / 100));
  for (let d = 0; d < D; d++) {
    simulatePath(input.calibration, input.levers, input.atlas, sample(), path);
    for (const s of series) {
      const column = store.get(s) as Float64Array;
      const f = extract[s];
      for (let t = 0; t < T; t++) column[t * D + d] = f(path, t);
    }
    if (above && crossed && input.atlas) {
      let ever = false;
      for (let t = 0; t < T; t++) {
        const isAbove = (path.gniAtlas[t] as number) > (input.atlas.thresholds[t] as number);
        ever ||= isAbove;
        if (isAbove) above[t] = (above[t] as number) + 1;
        if (ever) crossed[t] = (crossed[t] as number) + 1;
      }
    }
    let met = false;
    for (let t = 0; t < T; t++) {
      const pace = path.co2Pace[t] as number;
      if (pace <= (path.co2Intensity[t] as number)) paceWithinPath[t] = (paceWithinPath[t] as number) + 1;
      if (paceBelowTarget && paceMetBy && options.co2Target) {
        const below = pace <= options.co2Target.value;
        met ||= below;
        if (below) paceBelowTarget[t] = (paceBelowTarget[t] as number) + 1;
        if (met) paceMetBy[t] = (paceMetBy[t] as number) + 1;
      }
    }
    if (targetIndex >= 0 && options.co2Target && (path.co2Intensity[targetIndex] as number) <= options.co2Target.value)
      co2Hits++;
    if (options.onProgress && ((d + 1) % every === 0 || d + 1 === D)) options.onProgress(d + 1, D);
  }
  const fans = {} as Record<FanSeries, Fan>;
  for (const s of series) {
    const column = store.get(s) as Float64Array;
    const quantiles = FAN_QUANTILES.map(() => new Float64Array(T));
    const mean = new Float64Array(T);
    for (let t = 0; t < T; t++) {
      const slice = column.subarray(t * D, (t + 1) * D).sort();
      let m = 0;
      for (let i = 0; i < D; i++) m += ((slice[i] as number) - m) / (i + 1);
      mean[t] = m;
      FAN_QUANTILES.forEach((q, k) => ((quantiles[k] as Float64Array)[t] = quantileSorted(slice, q)));
    }
    fans[s] = { unit: FAN_SERIES[s], quantiles, mean };
  }
  if (above && crossed) {
    for (let t = 0; t < T; t++) {
      above[t] = (above[t] as number) / D;
      crossed[t] = (crossed[t] as number) / D;
    }
  }
  // Without a base-year CO2 intensity there is no historical-pace path: the probabilities are NaN.
  const carbonKnown = Number.isFinite(input.calibration.co2Intensity);
  for (const a of [paceWithinPath, paceBelowTarget, paceMetBy]) {
    if (a) for (let t = 0; t < T; t++) a[t] = carbonKnown ? (a[t] as number) / D : NaN;
  }
  return {
    years: input.years,
    draws: D,
    seed: options.seed,
    deterministic: deterministicPath(input),
    fans,
    aboveThreshold: above,
    crossedBy: crossed,
    co2TargetProbability: targetIndex >= 0 ? co2Hits / D : null,
    carbon: { paceWithinPath, paceBelowTarget, paceMetBy },
  };
}
