import { ChanyeError } from '../errors.js';

/**
 * How a policy lever moves from its last observed value (an assumption of the scenario, never
 * data):
 * - `hold`: stays at the last observed value;
 * - `trend`: continues the economy's own trailing annual change (estimated at calibration),
 *   bounded by `min`/`max`;
 * - `target`: moves linearly from the last observed value to `value` in year `by`, then holds;
 * - `annual_change`: changes by `value` units a year, bounded by `min`/`max`.
 */
export type LeverPath =
  | { readonly path: 'hold' }
  | { readonly path: 'trend'; readonly min?: number | undefined; readonly max?: number | undefined }
  | { readonly path: 'target'; readonly value: number; readonly by: number }
  | {
      readonly path: 'annual_change';
      readonly value: number;
      readonly min?: number | undefined;
      readonly max?: number | undefined;
    };

/** The levers of the model, each in the unit of its indicator. */
export const LEVERS = ['rd_share_gdp', 'investment_rate', 'internet_users', 'trade_openness', 'co2_intensity'] as const;
export type Lever = (typeof LEVERS)[number];

/** Units and the channel through which each lever acts (listed in every output). */
export const LEVER_INFO: Readonly<Record<Lever, { unit: string; channel: string }>> = {
  rd_share_gdp: {
    unit: '% of GDP',
    channel:
      'TFP growth (within sectors) through the R&D term and the R&D × distance-to-frontier term (Griffith, Redding and Van Reenen 2004 form); the relative productivity growth of the A2 array (WIOD economies); the medium/high-tech share of MVA',
  },
  investment_rate: {
    unit: '% of GDP at current PPPs (PWT csh_i × 100)',
    channel: 'capital accumulation K′ = (1 − δ)K + sY, s scaled by the ratio of the lever to its base-year value',
  },
  internet_users: {
    unit: '% of population',
    channel:
      'digital foundation (F): the relative productivity growth of the A1 (conventional industry) and F arrays inside industry, through the internet term of their equations estimated on WIOD 2013 (economies outside WIOD: no channel); it no longer enters within-sector TFP',
  },
  trade_openness: {
    unit: '% of GDP (exports + imports)',
    channel: 'catch-up speed: the openness × distance-to-frontier term of TFP growth',
  },
  co2_intensity: {
    unit: 'kg CO2 per 2021 PPP $ of GDP',
    channel:
      'constraint: the scenario path is compared, draw by draw and year by year, with CO2 intensity at the historical pace (the estimated carbon equation given simulated growth) and with the carbon target; no output cost is applied (the panel does not identify one)',
  },
};

/**
 * The yearly values of a lever for `years` (the first simulated year onward), from its base
 * value (last observed) in `baseYear` and its trailing annual change `trend`.
 *
 * @example resolveLeverPath({ path: 'target', value: 3, by: 2022 }, 2, 0.1, 2019, [2020, 2021, 2022, 2023])
 * // returns Float64Array [2.333…, 2.666…, 3, 3]
 */
export function resolveLeverPath(
  spec: LeverPath,
  base: number,
  trend: number,
  baseYear: number,
  years: readonly number[],
): Float64Array {
  const out = new Float64Array(years.length);
  const clamp = (v: number, min: number | undefined, max: number | undefined): number =>
    Math.min(max ?? Infinity, Math.max(min ?? -Infinity, v));
  if (!Number.isFinite(base)) throw new ChanyeError('invalid-input', 'lever base value is missing');
  years.forEach((year, i) => {
    const t = year - baseYear;
    switch (spec.path) {
      case 'hold':
        out[i] = base;
        break;
      case 'trend':
        out[i] = clamp(base + trend * t, spec.min, spec.max);
        break;
      case 'annual_change':
        out[i] = clamp(base + spec.value * t, spec.min, spec.max);
        break;
      case 'target': {
        if (spec.by <= baseYear) {
          throw new ChanyeError('invalid-input', `lever target year ${spec.by} is not after the base year ${baseYear}`);
        }
        out[i] = t >= spec.by - baseYear ? spec.value : base + ((spec.value - base) * t) / (spec.by - baseYear);
        break;
      }
    }
  });
  return out;
}

/**
 * As {@link resolveLeverPath} for a lever that moves proportionally (CO2 intensity): `base` is
 * the level, `trend` the trailing annual log change; a `target` value and `min`/`max` are
 * levels; an `annual_change` value is a percent change a year (−4 = −4 % a year).
 */
export function resolveProportionalLeverPath(
  spec: LeverPath,
  base: number,
  trend: number,
  baseYear: number,
  years: readonly number[],
): Float64Array {
  if (!(base > 0)) throw new ChanyeError('invalid-input', 'a proportional lever needs a positive base value');
  const ln = (v: number | undefined): number | undefined =>
    v === undefined ? undefined : Math.log(Math.max(v, 1e-12));
  const bounds = (s: { min?: number | undefined; max?: number | undefined }): { min?: number; max?: number } => {
    const min = ln(s.min);
    const max = ln(s.max);
    return { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
  };
  const logSpec: LeverPath =
    spec.path === 'target'
      ? { path: 'target', value: Math.log(spec.value), by: spec.by }
      : spec.path === 'annual_change'
        ? { path: 'annual_change', value: Math.log(1 + spec.value / 100), ...bounds(spec) }
        : spec.path === 'trend'
          ? { path: 'trend', ...bounds(spec) }
          : spec;
  return resolveLeverPath(logSpec, Math.log(base), trend, baseYear, years).map(Math.exp);
}
