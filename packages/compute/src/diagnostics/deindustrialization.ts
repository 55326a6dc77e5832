/**
 * Premature deindustrialization (docs/methods/deindustrialization.md).
 *
 * Rodrik, D. (2016), "Premature deindustrialization", *Journal of Economic Growth* 21(1):
 * 1-33: the manufacturing share (of employment, or of real value added) rises and then falls
 * with income; regressing it on ln y, (ln y)², ln population, (ln population)², country and
 * period effects gives an inverted U whose peak income is exp(−β₁ / (2β₂)). An economy that
 * peaks at a lower share and a lower income than the curve has deindustrialized prematurely.
 *
 * Rekha, R. and Suresh Babu, M. (2022), "Premature deindustrialisation and growth slowdowns in
 * middle-income countries", *Structural Change and Economic Dynamics* 62: 377-389, as quoted
 * by the IIE-CASS Research Group (2024, "China's Industrial Modernization", China Economist
 * 2024(09)): GDP per capita below US$11,750, manufacturing
 * employment share at most 18.0 % and manufacturing value-added share at least 18.0 %.
 *
 * @module
 */
import { matrixFromRows } from '../numeric/matrix.js';
import { ChanyeError } from '../errors.js';
import { ols } from '../numeric/ols.js';
import { quantileSorted } from '../numeric/quantile.js';

/** The peak of one economy's manufacturing (or industry) share. */
export interface SharePeak {
  /** The year of the highest smoothed share. */
  readonly year: number;
  /** The smoothed (centred moving average) share at the peak year. */
  readonly share: number;
  /** The unsmoothed share in the peak year. */
  readonly rawShare: number;
  /** Income in the peak year (NaN when the income series has no value that year). */
  readonly income: number;
  /** The window used (odd; 1 = no smoothing). */
  readonly window: number;
  /** The peak is the first smoothed year: the share may have peaked before the data begin. */
  readonly atStart: boolean;
  /** The peak is the last smoothed year: the share may still be rising. */
  readonly atEnd: boolean;
  /** Years with a smoothed value (the span the peak was searched in). */
  readonly firstYear: number;
  readonly lastYear: number;
}

/**
 * The peak of a share series. Rule: the maximum of a centred moving average over `window`
 * consecutive calendar years (default 3), so that a one-year spike does not make a peak; a
 * year has a smoothed value only when all `window` years around it have a share (no
 * interpolation across gaps). Ties go to the earliest year. The peak is flagged `atStart` or
 * `atEnd` when it sits on the first or last smoothed year, since the true peak may then lie
 * outside the data. Returns undefined when no year can be smoothed.
 *
 * @example
 * peakShare([2000, 2001, 2002, 2003, 2004], [10, 30, 12, 13, 14], [1, 2, 3, 4, 5])
 * // returns { year: 2001, share: 17.33…, rawShare: 30, income: 2, … } — the mean of 10, 30, 12
 */
export function peakShare(
  years: readonly number[],
  shares: ArrayLike<number>,
  incomes: ArrayLike<number>,
  options: { window?: number } = {},
): SharePeak | undefined {
  const window = options.window ?? 3;
  if (!Number.isInteger(window) || window < 1 || window % 2 === 0) {
    throw new ChanyeError('invalid-input', `invalid window: ${window} (an odd positive integer)`);
  }
  if (shares.length !== years.length || incomes.length !== years.length) {
    throw new ChanyeError('invalid-input', 'peakShare: years, shares and incomes must have the same length');
  }
  const shareOf = new Map<number, number>();
  const incomeOf = new Map<number, number>();
  years.forEach((y, i) => {
    const s = shares[i] as number;
    if (Number.isFinite(s)) shareOf.set(y, s);
    const inc = incomes[i] as number;
    if (Number.isFinite(inc)) incomeOf.set(y, inc);
  });
  const half = (window - 1) / 2;
  const smoothed: { year: number; value: number }[] = [];
  for (const year of [...shareOf.keys()].sort((a, b) => a - b)) {
    let sum = 0;
    let complete = true;
    for (let d = -half; d <= half; d++) {
      const v = shareOf.get(year + d);
      if (v === undefined) {
        complete = false;
        break;
      }
      sum += v;
    }
    if (complete) smoothed.push({ year, value: sum / window });
  }
  if (smoothed.length === 0) return undefined;
  let best = smoothed[0]!;
  for (const s of smoothed) if (s.value > best.value) best = s;
  return {
    year: best.year,
    share: best.value,
    rawShare: shareOf.get(best.year)!,
    income: incomeOf.get(best.year) ?? NaN,
    window,
    atStart: best.year === smoothed[0]!.year,
    atEnd: best.year === smoothed.at(-1)!.year,
    firstYear: smoothed[0]!.year,
    lastYear: smoothed.at(-1)!.year,
  };
}

/** A country-year panel for {@link rodrikCurve}. Parallel arrays; NaN marks a missing value. */
export interface RodrikPanel {
  readonly country: readonly string[];
  readonly year: readonly number[];
  /** The manufacturing (or industry) share, in %. */
  readonly share: ArrayLike<number>;
  /** Real GDP per capita (any constant price base; the turning point is in the same base). */
  readonly income: ArrayLike<number>;
  /** Population (any unit; only its logarithm enters, absorbed up to a constant). */
  readonly population: ArrayLike<number>;
}

export interface RodrikOptions {
  /** Length of the periods whose dummies enter the regression, in years (default 10: decades). */
  readonly periodLength?: number;
}

/** The estimated inverted U and what it implies. */
export interface RodrikCurve {
  /** β₁ (ln y), β₂ ((ln y)²), β₃ (ln pop), β₄ ((ln pop)²). */
  readonly b1: number;
  readonly b2: number;
  readonly b3: number;
  readonly b4: number;
  /** Classical standard errors, degrees of freedom corrected for the absorbed country means. */
  readonly se: { readonly b1: number; readonly b2: number; readonly b3: number; readonly b4: number };
  /** Period (start year) → effect relative to the first period (whose effect is 0). */
  readonly periodEffects: ReadonlyMap<number, number>;
  /** Country → fixed effect (the intercept of that country, first period). */
  readonly countryEffects: ReadonlyMap<string, number>;
  /** The unweighted mean of the country effects: the reference country. */
  readonly meanCountryEffect: number;
  /** Sample mean of ln population over the observations used. */
  readonly meanLnPopulation: number;
  /** exp(−β₁ / (2β₂)) when β₂ < 0; NaN when the fitted curve is not an inverted U. */
  readonly turningPointIncome: number;
  /**
   * The fitted share at the turning point for the reference country (mean country effect), the
   * latest period of the sample and the sample-mean ln population.
   */
  readonly peakShare: number;
  /** The latest period, used for `peakShare`. */
  readonly referencePeriod: number;
  /** Observations and countries used (countries with one observation add nothing and are dropped). */
  readonly n: number;
  readonly countries: number;
  readonly firstYear: number;
  readonly lastYear: number;
  /**
   * The incomes of the observations used (min, median, 95th percentile, max), to tell whether
   * the turning point lies inside the bulk of the sample or is an extrapolation.
   */
  readonly incomeRange: { readonly min: number; readonly median: number; readonly p95: number; readonly max: number };
  /** R² of the within (demeaned) regression. */
  readonly r2Within: number;
  readonly periodLength: number;
}

/**
 * Rodrik's (2016, eq. 1) regression: share_it = β₁ ln y_it + β₂ (ln y_it)² + β₃ ln N_it +
 * β₄ (ln N_it)² + Σ_p δ_p D_p + α_i + ε_it, with period dummies D_p (decades by default, the
 * first one the reference) and country effects α_i. Estimated by OLS on the within-transformed
 * data (every variable, the period dummies included, demeaned by country: by Frisch-Waugh-
 * Lovell this gives exactly the dummy-variable estimates on an unbalanced panel), with the QR
 * solver {@link ols}. The country effects are then recovered as α_i = mean_i(share − x'β −
 * δ_p). Rows with a missing or non-positive value are dropped.
 *
 * @example
 * rodrikCurve(panel).turningPointIncome // exp(−b1 / (2 b2)), in the panel's income base
 */
export function rodrikCurve(panel: RodrikPanel, options: RodrikOptions = {}): RodrikCurve {
  const periodLength = options.periodLength ?? 10;
  if (!Number.isInteger(periodLength) || periodLength < 1) {
    throw new ChanyeError('invalid-input', `invalid periodLength: ${periodLength}`);
  }
  const m = panel.country.length;
  if (
    panel.year.length !== m ||
    panel.share.length !== m ||
    panel.income.length !== m ||
    panel.population.length !== m
  ) {
    throw new ChanyeError('invalid-input', 'rodrikCurve: the panel columns must have the same length');
  }
  interface Row {
    country: string;
    year: number;
    period: number;
    share: number;
    x: [number, number, number, number];
  }
  const byCountry = new Map<string, Row[]>();
  for (let i = 0; i < m; i++) {
    const share = panel.share[i] as number;
    const income = panel.income[i] as number;
    const pop = panel.population[i] as number;
    if (!Number.isFinite(share) || !(income > 0) || !(pop > 0) || !Number.isFinite(income) || !Number.isFinite(pop))
      continue;
    const ly = Math.log(income);
    const lp = Math.log(pop);
    const year = panel.year[i] as number;
    const row: Row = {
      country: panel.country[i] as string,
      year,
      period: Math.floor(year / periodLength) * periodLength,
      share,
      x: [ly, ly * ly, lp, lp * lp],
    };
    const list = byCountry.get(row.country);
    if (list === undefined) byCountry.set(row.country, [row]);
    else list.push(row);
  }
  const rows: Row[] = [];
  for (const [c, list] of byCountry) {
    if (list.length < 2) byCountry.delete(c);
    else rows.push(...list);
  }
  const periods = [...new Set(rows.map((r) => r.period))].sort((a, b) => a - b);
  const dummies = periods.slice(1);
  const k = 4 + dummies.length;
  const G = byCountry.size;
  if (rows.length <= k + G) {
    throw new ChanyeError('no-data', `rodrikCurve: ${rows.length} observations in ${G} countries are too few`);
  }
  const regressors = (r: Row): number[] => [...r.x, ...dummies.map((p) => (r.period === p ? 1 : 0))];
  const Xrows: number[][] = [];
  const yw: number[] = [];
  for (const list of byCountry.values()) {
    const means = new Array<number>(k).fill(0);
    let meanY = 0;
    const regs = list.map(regressors);
    list.forEach((r, t) => {
      meanY += (r.share - meanY) / (t + 1);
      regs[t]!.forEach((v, j) => (means[j] = means[j]! + (v - means[j]!) / (t + 1)));
    });
    list.forEach((r, t) => {
      Xrows.push(regs[t]!.map((v, j) => v - means[j]!));
      yw.push(r.share - meanY);
    });
  }
  const fit = ols(matrixFromRows(Xrows), yw, { absorbed: G });
  const c = fit.coefficients;
  const beta = [c[0]!, c[1]!, c[2]!, c[3]!] as const;
  const periodEffects = new Map<number, number>([[periods[0]!, 0]]);
  dummies.forEach((p, j) => periodEffects.set(p, c[4 + j]!));
  const countryEffects = new Map<string, number>();
  for (const [country, list] of byCountry) {
    let mean = 0;
    list.forEach((r, t) => {
      const fitted = r.x.reduce((s, v, j) => s + v * beta[j]!, 0) + periodEffects.get(r.period)!;
      mean += (r.share - fitted - mean) / (t + 1);
    });
    countryEffects.set(country, mean);
  }
  let meanCountryEffect = 0;
  let i = 0;
  for (const a of countryEffects.values()) meanCountryEffect += (a - meanCountryEffect) / ++i;
  let meanLnPopulation = 0;
  rows.forEach((r, t) => (meanLnPopulation += (r.x[2] - meanLnPopulation) / (t + 1)));
  const [b1, b2, b3, b4] = beta;
  const turningPointIncome = b2 < 0 ? Math.exp(-b1 / (2 * b2)) : NaN;
  const referencePeriod = periods.at(-1)!;
  const incomes = rows.map((r) => Math.exp(r.x[0])).sort((a, b) => a - b);
  const curve: RodrikCurve = {
    b1,
    b2,
    b3,
    b4,
    se: {
      b1: fit.standardErrors[0]!,
      b2: fit.standardErrors[1]!,
      b3: fit.standardErrors[2]!,
      b4: fit.standardErrors[3]!,
    },
    periodEffects,
    countryEffects,
    meanCountryEffect,
    meanLnPopulation,
    turningPointIncome,
    peakShare: NaN,
    referencePeriod,
    n: rows.length,
    countries: G,
    firstYear: Math.min(...rows.map((r) => r.year)),
    lastYear: Math.max(...rows.map((r) => r.year)),
    incomeRange: {
      min: incomes[0]!,
      median: quantileSorted(incomes, 0.5),
      p95: quantileSorted(incomes, 0.95),
      max: incomes.at(-1)!,
    },
    r2Within: fit.r2,
    periodLength,
  };
  return { ...curve, peakShare: curveShare(curve, turningPointIncome) };
}

/** Where to evaluate a {@link RodrikCurve}. */
export interface CurvePoint {
  /** A period start year of the curve (default: its `referencePeriod`). */
  readonly period?: number;
  /** Population, in the panel's unit (default: exp of the sample-mean ln population). */
  readonly population?: number;
  /** A country effect (default: the mean of the country effects). */
  readonly countryEffect?: number;
}

/**
 * The fitted share at `income`: α + β₁ ln y + β₂ (ln y)² + β₃ ln N + β₄ (ln N)² + δ_p, for the
 * reference country, period and population unless `at` says otherwise. A period outside the
 * estimation sample is an error (its effect is unknown).
 *
 * @example
 * curveShare(curve, curve.turningPointIncome) // returns curve.peakShare
 */
export function curveShare(curve: RodrikCurve, income: number, at: CurvePoint = {}): number {
  const period = at.period ?? curve.referencePeriod;
  const delta = curve.periodEffects.get(period);
  if (delta === undefined) throw new ChanyeError('invalid-input', `the curve has no period ${period}`);
  const ly = Math.log(income);
  const lp = at.population === undefined ? curve.meanLnPopulation : Math.log(at.population);
  const alpha = at.countryEffect ?? curve.meanCountryEffect;
  return alpha + curve.b1 * ly + curve.b2 * ly * ly + curve.b3 * lp + curve.b4 * lp * lp + delta;
}

/** The period (start year) a year falls in, for a curve's period length. */
export function curvePeriod(curve: RodrikCurve, year: number): number {
  return Math.floor(year / curve.periodLength) * curve.periodLength;
}

/**
 * Rekha and Suresh (2022) thresholds **as quoted by the IIE-CASS Research Group (2024)**:
 * "GDP per capita is less than 11,750 US dollars, the share of manufacturing employment is
 * less than or equal to 18.0%, and the proportion of manufacturing value-added is at least
 * 18.0%". The directions look odd (a value-added share *at least* 18 % reads as the absence of
 * deindustrialization); the original paper could not be checked, so they are applied exactly
 * as quoted. The price base of US$11,750 is not stated in the quote; the figure equals Felipe,
 * Abdon and Kumar's (2012) high-income line in 1990 Geary-Khamis dollars, so comparing it with
 * PWT 2017 PPP dollars is an approximation that the finding states.
 */
export const REKHA_SURESH = { income: 11750, employmentShare: 18, valueAddedShare: 18 } as const;

/** Which quoted condition holds (undefined when its value is missing). */
export interface RekhaSureshTest {
  readonly incomeBelow: boolean | undefined;
  readonly employmentAtMost: boolean | undefined;
  readonly valueAddedAtLeast: boolean | undefined;
  /** All three hold; undefined when one is unknown and none fails. */
  readonly all: boolean | undefined;
}

/**
 * Applies {@link REKHA_SURESH} as quoted: income < 11,750, manufacturing employment share
 * ≤ 18.0 %, manufacturing value-added share ≥ 18.0 %. NaN inputs give undefined conditions.
 *
 * @example
 * rekhaSureshTest({ income: 10000, employmentShare: 15, valueAddedShare: 20 }).all // returns true
 */
export function rekhaSureshTest(values: {
  income: number;
  employmentShare: number;
  valueAddedShare: number;
}): RekhaSureshTest {
  const test = (v: number, ok: (v: number) => boolean): boolean | undefined => (Number.isFinite(v) ? ok(v) : undefined);
  const incomeBelow = test(values.income, (v) => v < REKHA_SURESH.income);
  const employmentAtMost = test(values.employmentShare, (v) => v <= REKHA_SURESH.employmentShare);
  const valueAddedAtLeast = test(values.valueAddedShare, (v) => v >= REKHA_SURESH.valueAddedShare);
  const parts = [incomeBelow, employmentAtMost, valueAddedAtLeast];
  const all = parts.includes(false) ? false : parts.includes(undefined) ? undefined : true;
  return { incomeBelow, employmentAtMost, valueAddedAtLeast, all };
}
