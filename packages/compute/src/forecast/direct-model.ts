/**
 * The default growth forecast: one least-squares regression per horizon h of the mean annual
 * log growth of GDP per capita over the next h years on the state at the origin (the "direct"
 * multi-horizon forecast of Marcellino, Stock and Watson 2006, "A comparison of direct and
 * iterated multistep AR methods for forecasting macroeconomic time series", Journal of
 * Econometrics 135). Regressors: regression to the mean (trailing growth, clipped), recovery
 * (the gap to the economy's own recent peak) and conditional convergence (relative income
 * level and human capital; Barro 1991, "Economic growth in a cross section of countries", QJE
 * 106(2)). Channels that did not improve the pre-2000 validation back-test (investment,
 * economic complexity) are left out: docs/methods/simulation.md has the table. Pure.
 *
 * @module
 */
import { matrixFromRows } from '../numeric/matrix.js';
import { ols } from '../numeric/ols.js';
import { median } from '../numeric/quantile.js';
import { FORECAST_SETTINGS, type GrowthState, type OriginSample } from './growth-state.js';

/** Regressors of the direct model, in this order; the last two are dropped when the data lack them. */
export const GROWTH_REGRESSORS = [
  'constant',
  'trailing_growth',
  'peak_gap',
  'ln_relative_level',
  'ln_human_capital',
] as const;
export type GrowthRegressor = (typeof GROWTH_REGRESSORS)[number];

/**
 * The variants of the model by the regressors an economy has: an economy without PWT human
 * capital (or a PPP level) is forecast by the regression estimated without it, whose larger
 * errors widen its intervals — a documented submodel instead of an imputed value.
 */
export const GROWTH_SUBMODELS = ['full', 'no_human_capital', 'no_level', 'core'] as const;
export type GrowthSubmodel = (typeof GROWTH_SUBMODELS)[number];

const SUBMODEL_REGRESSORS: Readonly<Record<GrowthSubmodel, readonly GrowthRegressor[]>> = {
  full: GROWTH_REGRESSORS,
  no_human_capital: ['constant', 'trailing_growth', 'peak_gap', 'ln_relative_level'],
  no_level: ['constant', 'trailing_growth', 'peak_gap', 'ln_human_capital'],
  core: ['constant', 'trailing_growth', 'peak_gap'],
};

/** The submodel that fits a state's available regressors. */
export function submodelOf(state: GrowthState): GrowthSubmodel {
  const level = Number.isFinite(state.lnRelativeLevel);
  const hc = Number.isFinite(state.lnHumanCapital);
  return level && hc ? 'full' : level ? 'no_human_capital' : hc ? 'no_level' : 'core';
}

/** Trailing growth as the model reads it: clipped to {@link FORECAST_SETTINGS.growthBounds}. */
export function clippedGrowth(g: number): number {
  const [lo, hi] = FORECAST_SETTINGS.growthBounds;
  return Math.min(hi, Math.max(lo, g));
}

function regressorValue(state: GrowthState, name: GrowthRegressor): number {
  switch (name) {
    case 'constant':
      return 1;
    case 'trailing_growth':
      return clippedGrowth(state.trailingGrowth);
    case 'peak_gap':
      return state.peakGap;
    case 'ln_relative_level':
      return state.lnRelativeLevel;
    case 'ln_human_capital':
      return state.lnHumanCapital;
  }
}

/** One estimated regression: horizon, submodel, coefficients and the errors of its latest origins. */
export interface DirectEquation {
  readonly horizon: number;
  readonly submodel: GrowthSubmodel;
  readonly regressors: readonly GrowthRegressor[];
  readonly coefficients: readonly number[];
  readonly standardErrors: readonly number[];
  readonly n: number;
  readonly r2: number;
  /** Origins of the estimation sample. */
  readonly origins: readonly [number, number];
  /** Residuals in log points over the horizon (actual − fitted, × h) at the latest origins. */
  readonly recentErrors: Float64Array;
}

/** An outcome: ln GDP per capita of an economy in a year (NaN when unknown). */
export type Outcome = (iso3: string, year: number) => number;

/**
 * Estimates the direct equations for horizons 1..{@link FORECAST_SETTINGS.maxHorizon} and every
 * submodel on origins {@link FORECAST_SETTINGS.firstOrigin}..cutoff − h, using outcomes up to
 * the cut-off only. `samples` holds the sample of each origin.
 */
export function fitDirectEquations(
  samples: ReadonlyMap<number, OriginSample>,
  outcome: Outcome,
  cutoff: number,
): DirectEquation[] {
  const equations: DirectEquation[] = [];
  for (let h = 1; h <= FORECAST_SETTINGS.maxHorizon; h++) {
    const lastOrigin = cutoff - h;
    if (lastOrigin < FORECAST_SETTINGS.firstOrigin) break;
    for (const submodel of GROWTH_SUBMODELS) {
      const regressors = SUBMODEL_REGRESSORS[submodel];
      const rows: number[][] = [];
      const targets: number[] = [];
      const origins: number[] = [];
      for (let t = FORECAST_SETTINGS.firstOrigin; t <= lastOrigin; t++) {
        for (const state of samples.get(t)?.states ?? []) {
          const future = outcome(state.iso3, t + h);
          if (!Number.isFinite(future)) continue;
          const row = regressors.map((r) => regressorValue(state, r));
          if (!row.every(Number.isFinite)) continue;
          rows.push(row);
          targets.push((future - state.lnGdpPerCapita) / h);
          origins.push(t);
        }
      }
      if (rows.length <= regressors.length) continue;
      const fit = ols(matrixFromRows(rows), targets);
      const recent: number[] = [];
      const firstRecent = lastOrigin - FORECAST_SETTINGS.errorOrigins + 1;
      origins.forEach((t, i) => {
        if (t >= firstRecent) recent.push((fit.residuals[i] as number) * h);
      });
      equations.push({
        horizon: h,
        submodel,
        regressors,
        coefficients: [...fit.coefficients],
        standardErrors: [...fit.standardErrors],
        n: fit.n,
        r2: fit.r2,
        origins: [Math.min(...origins), Math.max(...origins)],
        recentErrors: Float64Array.from(recent),
      });
    }
  }
  return equations;
}

/**
 * The annual growth a direct equation predicts for a state. A regressor the state lacks takes
 * `fill`'s value (the median over the estimation sample's origins), when given.
 */
export function predictAnnualGrowth(
  equation: DirectEquation,
  state: GrowthState,
  fill: Partial<Record<GrowthRegressor, number>> = {},
): number {
  let sum = 0;
  equation.regressors.forEach((r, j) => {
    const v = regressorValue(state, r);
    sum += (equation.coefficients[j] as number) * (Number.isFinite(v) ? v : (fill[r] ?? NaN));
  });
  return sum;
}

/** Medians of the regressors a state can lack, over the states of origins up to `last`. */
export function regressorMedians(
  samples: ReadonlyMap<number, OriginSample>,
  last: number,
): Partial<Record<GrowthRegressor, number>> {
  const level: number[] = [];
  const hc: number[] = [];
  for (const [t, sample] of samples) {
    if (t < FORECAST_SETTINGS.firstOrigin || t > last) continue;
    for (const s of sample.states) {
      if (Number.isFinite(s.lnRelativeLevel)) level.push(s.lnRelativeLevel);
      if (Number.isFinite(s.lnHumanCapital)) hc.push(s.lnHumanCapital);
    }
  }
  return { ln_relative_level: median(level), ln_human_capital: median(hc) };
}
