/**
 * A scenario as a difference from the default forecast: each measurable lever moves annual
 * growth by its estimated effect times the gap between the scenario's lever path and the
 * baseline scenario's, from the year after the gap opens (docs/methods/simulation.md, "Levers").
 * The effect's uncertainty is drawn from its estimate and standard error; the forecast's own
 * paths are shared (common random numbers), so the difference from the baseline carries only
 * the uncertainty of the lever effects. Pure and seeded.
 *
 * @module
 */
import { matrixFromRows } from '../numeric/matrix.js';
import { ols } from '../numeric/ols.js';
import { seededRandom } from '../random/seeded.js';
import { normalSampler } from '../simulation/random-normal.js';
import type { Normal } from '../simulation/model.js';
import type { SimulationPanel } from '../simulation/panel.js';
import { leverValue, type GrowthLever, type LeverEffect } from './lever-effects.js';

/**
 * Years a lever's base may lag the origin (R&D and investment series end years before the
 * GDP splice does; the base year is printed with every run), and the years of its trailing trend.
 */
export const LEVER_BASE_MAX_AGE = 10;
export const LEVER_TREND_YEARS = 10;

/** A lever's last observed value (within {@link LEVER_BASE_MAX_AGE} years of `year`) and its trailing annual change. */
export function leverBase(
  panel: SimulationPanel,
  iso3: string,
  lever: GrowthLever,
  year: number,
): { value: number; year: number; trend: Normal } | null {
  let last: { value: number; year: number } | null = null;
  for (let y = year; y >= year - LEVER_BASE_MAX_AGE && !last; y--) {
    const v = leverValue(panel, iso3, lever, y);
    if (Number.isFinite(v)) last = { value: v, year: y };
  }
  if (!last) return null;
  const points: [number, number][] = [];
  for (let y = last.year - LEVER_TREND_YEARS; y <= last.year; y++) {
    const v = leverValue(panel, iso3, lever, y);
    if (Number.isFinite(v)) points.push([y, v]);
  }
  if (points.length < 3) return { ...last, trend: { mean: 0, sd: 0 } };
  const fit = ols(
    matrixFromRows(points.map(([y]) => [1, y - last.year])),
    points.map(([, v]) => v),
  );
  return { ...last, trend: { mean: fit.coefficients[1] as number, sd: fit.standardErrors[1] as number } };
}

/** One lever's two paths over the years origin..to−1 (the level in year s moves growth in s + 1). */
export interface LeverGap {
  readonly lever: GrowthLever;
  readonly baseline: ArrayLike<number>;
  readonly scenario: ArrayLike<number>;
}

/**
 * Draws of the scenario's cumulative change of ln GDP per capita relative to the baseline,
 * horizons 1..H (row-major draws × H): Σ over levers of β_d · Σ_{s < h} (scenario − baseline)
 * of the lever in year origin + s, β_d ~ N(effect, standard error) for a measurable lever and
 * 0 otherwise.
 */
export function scenarioEffectPaths(
  gaps: readonly LeverGap[],
  effects: readonly LeverEffect[],
  H: number,
  draws: number,
  seed: number,
): Float64Array {
  const out = new Float64Array(draws * H);
  const normal = normalSampler(seededRandom(seed ^ 0x2545f491));
  const active = gaps
    .map((g) => ({ gap: g, effect: effects.find((e) => e.lever === g.lever) }))
    .filter((a): a is { gap: LeverGap; effect: LeverEffect } => a.effect?.verdict === 'measurable');
  for (let d = 0; d < draws; d++) {
    const betas = active.map((a) => a.effect.effect + a.effect.standardError * normal());
    let cumulative = 0;
    for (let h = 1; h <= H; h++) {
      active.forEach((a, k) => {
        const i = h - 1;
        cumulative += (betas[k] as number) * ((a.gap.scenario[i] as number) - (a.gap.baseline[i] as number));
      });
      out[d * H + h - 1] = cumulative;
    }
  }
  return out;
}
