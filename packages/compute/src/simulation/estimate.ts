import { ChanyeError } from '../errors.js';
import { ols } from '../numeric/ols.js';
import {
  ARRAY_REGRESSORS,
  CARBON_REGRESSORS,
  SIM_ARRAYS,
  TFP_REGRESSORS,
  type Equation,
  type SimArray,
  type SimulationEquations,
} from './model.js';
import { panelMean, panelValue, type SimulationPanel } from './panel.js';

/** Length of the non-overlapping periods of the cross-country panel, in years. */
export const PERIOD_YEARS = 5;
/** First year with sectoral employment shares (ILO modelled estimates via Gapminder). */
const FIRST_SECTOR_YEAR = 1991;
/** Economies smaller than this (million people) at a period start are left out of the equations. */
const MIN_POPULATION = 1;
/** Annual TFP growth beyond ±10 % over a 5-year period is treated as a data break and left out. */
const MAX_ABS_GROWTH = 0.1;
/** First year of WIOD 2013 in the snapshot. */
export const FIRST_WIOD_YEAR = 1995;
/** Annual changes of an array's relative productivity or of CO2 intensity beyond ±20 % are left out as breaks. */
const MAX_ABS_CHANGE = 0.2;

/** The cross-country equations and each economy's residuals in the TFP equation. */
export interface EstimatedEquations {
  readonly equations: SimulationEquations;
  /** Economy → its TFP residual in each period (keyed by period end year). */
  readonly residuals: ReadonlyMap<string, ReadonlyMap<number, number>>;
  /** Period end years used. */
  readonly periodEnds: readonly number[];
}

/** The last year of WIOD value added in the panel. */
export function lastWiodYear(panel: SimulationPanel): number {
  let last = 0;
  for (const m of panel.arrays.values()) for (const y of m.keys()) last = Math.max(last, y);
  return last;
}

/** WIOD period end years: min(cut-off, last WIOD year) and every 5 years before, starting from 1995 or later. */
export function wiodPeriodEnds(panel: SimulationPanel, cutoff: number): number[] {
  const ends: number[] = [];
  for (let e = Math.min(cutoff, lastWiodYear(panel)); e - PERIOD_YEARS >= FIRST_WIOD_YEAR; e -= PERIOD_YEARS)
    ends.push(e);
  return ends.reverse();
}

/** Shares of industry value added of A1, A2 and F (sum 1) in one year, from WIOD; undefined without data. */
export function arrayIndustryShares(panel: SimulationPanel, iso3: string, year: number): number[] | undefined {
  const v = panel.arrays.get(iso3)?.get(year);
  if (!v) return undefined;
  const industry = v.industry.reduce((a, b) => a + b, 0);
  if (!(industry > 0) || v.industry.some((x) => !(x > 0))) return undefined;
  return v.industry.map((x) => x / industry);
}

/** Period end years: the cut-off (or the last data year), and every 5 years before, after 1991. */
export function periodEnds(cutoff: number): number[] {
  const ends: number[] = [];
  for (let e = cutoff; e - PERIOD_YEARS >= FIRST_SECTOR_YEAR; e -= PERIOD_YEARS) ends.push(e);
  return ends.reverse();
}

const SECTOR_VARS = [
  ['va_agr', 'emp_agr'],
  ['va_ind', 'emp_ind'],
  ['va_srv', 'emp_srv'],
] as const;

/** Value-added and employment shares of the three sectors in one year (each normalized to sum 1). */
export function sectorShares(
  panel: SimulationPanel,
  iso3: string,
  year: number,
): { va: number[]; emp: number[] } | undefined {
  const va = SECTOR_VARS.map(([v]) => panelValue(panel, iso3, v, year));
  const emp = SECTOR_VARS.map(([, e]) => panelValue(panel, iso3, e, year));
  if (va.some((x) => !(x !== undefined && x > 0)) || emp.some((x) => !(x !== undefined && x > 0))) return undefined;
  const sv = (va as number[]).reduce((a, b) => a + b, 0);
  const se = (emp as number[]).reduce((a, b) => a + b, 0);
  return { va: (va as number[]).map((x) => x / sv), emp: (emp as number[]).map((x) => x / se) };
}

/**
 * The McMillan-Rodrik between-sector term of labour-productivity growth from `s` to `e`,
 * Σ_i p_{i,e}(θ_{i,e} − θ_{i,s}) / P_s, with p_i ∝ (VA share / employment share) × Y/L.
 */
export function betweenTerm(panel: SimulationPanel, iso3: string, s: number, e: number): number | undefined {
  const a = sectorShares(panel, iso3, s);
  const b = sectorShares(panel, iso3, e);
  const ys = ratio(panelValue(panel, iso3, 'rgdpna', s), panelValue(panel, iso3, 'emp', s));
  const ye = ratio(panelValue(panel, iso3, 'rgdpna', e), panelValue(panel, iso3, 'emp', e));
  if (!a || !b || ys === undefined || ye === undefined) return undefined;
  let between = 0;
  for (let i = 0; i < 3; i++) {
    const pe = ((b.va[i] as number) / (b.emp[i] as number)) * (ye / ys);
    between += pe * ((b.emp[i] as number) - (a.emp[i] as number));
  }
  return between;
}

function ratio(a: number | undefined, b: number | undefined): number | undefined {
  return a !== undefined && b !== undefined && b > 0 ? a / b : undefined;
}

/** The MHT share of MVA: WDI first, the UN SDG series where WDI has no value (as the catalogue's precedence). */
export function mhtShare(panel: SimulationPanel, iso3: string, year: number): number | undefined {
  return panelValue(panel, iso3, 'mht_wdi', year) ?? panelValue(panel, iso3, 'mht_sdg', year);
}

function fit(
  names: readonly string[],
  rows: number[][],
  y: number[],
  sample: string,
): Equation & { residuals: Float64Array } {
  if (rows.length <= names.length + 2) {
    throw new ChanyeError('no-data', `too few observations (${rows.length}) to estimate: ${sample}`);
  }
  const X = { rows: rows.length, columns: names.length, values: Float64Array.from(rows.flat()) };
  const r = ols(X, y);
  return {
    names,
    coefficients: [...r.coefficients],
    // s²(XᵀX)⁻¹ from the QR factors of X (the normal equations are never formed).
    covariance: [...r.covariance],
    standardErrors: [...r.standardErrors],
    n: r.n,
    r2: r.r2,
    sample,
    residuals: r.residuals,
  };
}

/**
 * Estimates the model's cross-country equations by OLS on non-overlapping 5-year periods
 * ending at or before `cutoff` (docs/methods/simulation.md §Equations), with no data after it:
 * 1. within-sector TFP growth (PWT rtfpna growth less the McMillan-Rodrik between term) on
 *    ln distance to the frontier (PWT ctfp), R&D intensity, R&D × ln gap and openness × ln gap
 *    (Griffith, Redding and Van Reenen 2004 form);
 * 2. employment-share growth on relative log productivity with sector constants;
 * 3. the change of the medium/high-tech share of MVA on R&D and its own level;
 * 4. each industry array's relative productivity growth (WIOD 2013; {@link estimateArrayEquations});
 * 5. the annual change of CO2 intensity ({@link estimateCarbonEquation}).
 * The persistence of an economy's TFP residual is the no-constant OLS slope of each residual
 * on the previous period's.
 */
export function estimateEquations(panel: SimulationPanel, cutoff: number): EstimatedEquations {
  const ends = periodEnds(Math.min(cutoff, panel.lastYear));
  const tfpRows: number[][] = [];
  const tfpY: number[] = [];
  const tfpKeys: [string, number][] = [];
  const reRows: number[][] = [];
  const reY: number[] = [];
  const mhtRows: number[][] = [];
  const mhtY: number[] = [];
  const T = PERIOD_YEARS;
  for (const iso3 of panel.economies) {
    if (iso3 === 'USA') continue; // the frontier itself
    for (const e of ends) {
      const s = e - T;
      const pop = panelValue(panel, iso3, 'pop', s);
      if (!(pop !== undefined && pop >= MIN_POPULATION)) continue;
      const rd = panelMean(panel, iso3, 'rd', s, e);
      // Reallocation: every sector with at least 1 % of employment at the start.
      const a = sectorShares(panel, iso3, s);
      const b = sectorShares(panel, iso3, e);
      if (a && b) {
        const lnr = a.va.map((v, i) => Math.log(v / (a.emp[i] as number)));
        const meanLn = lnr.reduce((acc, x, i) => acc + (a.emp[i] as number) * x, 0);
        for (let i = 0; i < 3; i++) {
          if ((a.emp[i] as number) < 0.01) continue;
          const g = ((b.emp[i] as number) / (a.emp[i] as number)) ** (1 / T) - 1;
          reRows.push([(lnr[i] as number) - meanLn, i === 0 ? 1 : 0, i === 1 ? 1 : 0, i === 2 ? 1 : 0]);
          reY.push(g);
        }
      }
      // MHT share dynamics.
      const m0 = mhtShare(panel, iso3, s);
      const m1 = mhtShare(panel, iso3, e);
      if (m0 !== undefined && m1 !== undefined && rd !== undefined) {
        mhtRows.push([1, rd, m0]);
        mhtY.push((m1 - m0) / T);
      }
      // TFP.
      const t0 = panelValue(panel, iso3, 'rtfpna', s);
      const t1 = panelValue(panel, iso3, 'rtfpna', e);
      const ctfp = panelValue(panel, iso3, 'ctfp', s);
      const between = betweenTerm(panel, iso3, s, e);
      const open = sum2(panelMean(panel, iso3, 'exports', s, e), panelMean(panel, iso3, 'imports', s, e));
      if (
        t0 === undefined ||
        t1 === undefined ||
        !(ctfp !== undefined && ctfp > 0) ||
        between === undefined ||
        rd === undefined ||
        open === undefined
      )
        continue;
      const g = Math.log(t1 / t0) / T - between / T;
      if (Math.abs(g) > MAX_ABS_GROWTH) continue;
      const lnGap = -Math.log(ctfp);
      tfpRows.push([1, lnGap, rd, rd * lnGap, (open / 100) * lnGap]);
      tfpY.push(g);
      tfpKeys.push([iso3, e]);
    }
  }
  const periodsText = ends.map((e) => `${e - T}-${e}`).join(', ');
  const tfp = fit(
    TFP_REGRESSORS,
    tfpRows,
    tfpY,
    `economy × 5-year periods (${periodsText}); economies with ≥ 1 million people, PWT TFP, sector shares, R&D and trade data; USA (the frontier) and |growth| > 10 %/yr excluded`,
  );
  const residuals = new Map<string, Map<number, number>>();
  tfpKeys.forEach(([iso3, e], i) => {
    let m = residuals.get(iso3);
    if (!m) residuals.set(iso3, (m = new Map()));
    m.set(e, tfp.residuals[i] as number);
  });
  let sxy = 0;
  let sxx = 0;
  let pairs = 0;
  const lagged: [number, number][] = [];
  for (const m of residuals.values()) {
    for (const [e, r] of m) {
      const prev = m.get(e - T);
      if (prev === undefined) continue;
      lagged.push([prev, r]);
      sxy += prev * r;
      sxx += prev * prev;
      pairs++;
    }
  }
  let persistence = { mean: 0, sd: 0 };
  if (pairs >= 10 && sxx > 0) {
    const phi = sxy / sxx;
    const ssr = lagged.reduce((acc, [x, y]) => acc + (y - phi * x) ** 2, 0);
    persistence = { mean: phi, sd: Math.sqrt(ssr / (pairs - 1) / sxx) };
  }
  const residualSd = Math.sqrt(tfp.residuals.reduce((acc, r) => acc + r * r, 0) / (tfp.n - tfp.names.length));
  const { residuals: _r, ...tfpEquation } = tfp;
  const { residuals: _re, ...reallocation } = fit(
    ['relative_ln_productivity', 'agriculture', 'industry', 'services'],
    reRows,
    reY,
    `economy × sector × 5-year periods (${periodsText}); sectors with ≥ 1 % of employment at the start; economies with ≥ 1 million people`,
  );
  const { residuals: _m, ...mht } = fit(
    ['constant', 'rd', 'mht_level'],
    mhtRows,
    mhtY,
    `economy × 5-year periods (${periodsText}) with MHT shares (WDI, else UN SDG 9.b.1; observed values only) at both ends and R&D`,
  );
  return {
    equations: {
      tfp: { ...tfpEquation, residualSd, persistence },
      reallocation,
      mht,
      arrays: estimateArrayEquations(panel, cutoff),
      carbon: estimateCarbonEquation(panel, ends),
    },
    residuals,
    periodEnds: ends,
  };
}

/** One row of an array equation: its regressors and its regressand. */
export interface ArrayObservation {
  readonly iso3: string;
  readonly start: number;
  readonly end: number;
  readonly x: readonly number[];
  readonly y: number;
}

/**
 * The observations of each array's relative productivity growth equation: WIOD economies ×
 * 5-year periods ending by the cut-off. The regressand is the annual log change of the array's
 * value added as a share of GDP (WIOD, current US$) less the annual log change of industry's
 * employment share (ILO via Gapminder): the array's labour-productivity growth relative to the
 * economy's if it keeps its share of industry employment (WIOD 2013 in the snapshot has no
 * employment by sector). Regressors: {@link ARRAY_REGRESSORS}, levers averaged over the period,
 * shares at its start.
 */
export function arrayObservations(panel: SimulationPanel, cutoff: number): Record<SimArray, ArrayObservation[]> {
  const out: Record<SimArray, ArrayObservation[]> = { A1: [], A2: [], F: [] };
  const T = PERIOD_YEARS;
  for (const e of wiodPeriodEnds(panel, cutoff)) {
    const s = e - T;
    for (const [iso3, years] of panel.arrays) {
      const a = years.get(s);
      const b = years.get(e);
      const w = arrayIndustryShares(panel, iso3, s);
      const empS = sectorShares(panel, iso3, s)?.emp[1];
      const empE = sectorShares(panel, iso3, e)?.emp[1];
      if (!a || !b || !w || empS === undefined || empE === undefined) continue;
      const pop = panelValue(panel, iso3, 'pop', s);
      if (!(pop !== undefined && pop >= MIN_POPULATION)) continue;
      const internet = panelMean(panel, iso3, 'internet', s, e);
      const rd = panelMean(panel, iso3, 'rd', s, e);
      SIM_ARRAYS.forEach((array, j) => {
        const lever = j === 1 ? rd : internet === undefined ? undefined : internet / 100;
        const va0 = (a.industry[j] as number) / a.total;
        const va1 = (b.industry[j] as number) / b.total;
        if (lever === undefined || !(va0 > 0 && va1 > 0)) return;
        const y = (Math.log(va1 / va0) - Math.log(empE / empS)) / T;
        if (Math.abs(y) > MAX_ABS_CHANGE) return;
        out[array].push({ iso3, start: s, end: e, x: [1, lever, Math.log(w[j] as number)], y });
      });
    }
  }
  return out;
}

/** OLS of each array equation on {@link arrayObservations}. */
export function estimateArrayEquations(panel: SimulationPanel, cutoff: number): Record<SimArray, Equation> {
  const observations = arrayObservations(panel, cutoff);
  const ends = wiodPeriodEnds(panel, cutoff);
  const periodsText = ends.map((e) => `${e - PERIOD_YEARS}-${e}`).join(', ');
  const out = {} as Record<SimArray, Equation>;
  for (const array of SIM_ARRAYS) {
    const rows = observations[array];
    const { residuals: _r, ...equation } = fit(
      ARRAY_REGRESSORS[array],
      rows.map((o) => [...o.x]),
      rows.map((o) => o.y),
      `WIOD 2013 economies × 5-year periods (${periodsText}); ${array === 'F' ? 'F (its industry part, c14)' : array} value added (catalog/arrays-wiod.yaml) as a share of GDP less industry's employment share (ILO), economies with ≥ 1 million people; |change| > 20 %/yr excluded`,
    );
    out[array] = equation;
  }
  return out;
}

/** Real GDP per capita (PWT rgdpna / pop), or undefined. */
function gdpPerCapita(panel: SimulationPanel, iso3: string, year: number): number | undefined {
  const g = panelValue(panel, iso3, 'rgdpna', year);
  const p = panelValue(panel, iso3, 'pop', year);
  return g !== undefined && p !== undefined && p > 0 && g > 0 ? g / p : undefined;
}

/**
 * The observations of the carbon equation: economies × 5-year periods; the annual log change of
 * CO2 intensity (Gapminder, kg CO2 per 2021 PPP $) on {@link CARBON_REGRESSORS} (growth over the
 * period, levels at its start).
 */
export function carbonObservations(
  panel: SimulationPanel,
  ends: readonly number[],
): { iso3: string; end: number; x: number[]; y: number }[] {
  const out: { iso3: string; end: number; x: number[]; y: number }[] = [];
  const T = PERIOD_YEARS;
  for (const iso3 of panel.economies) {
    for (const e of ends) {
      const s = e - T;
      const pop = panelValue(panel, iso3, 'pop', s);
      if (!(pop !== undefined && pop >= MIN_POPULATION)) continue;
      const c0 = panelValue(panel, iso3, 'co2', s);
      const c1 = panelValue(panel, iso3, 'co2', e);
      const y0 = gdpPerCapita(panel, iso3, s);
      const y1 = gdpPerCapita(panel, iso3, e);
      if (!(c0 !== undefined && c0 > 0 && c1 !== undefined && c1 > 0) || y0 === undefined || y1 === undefined) continue;
      const y = Math.log(c1 / c0) / T;
      const g = Math.log(y1 / y0) / T;
      if (Math.abs(y) > MAX_ABS_CHANGE || Math.abs(g) > MAX_ABS_CHANGE) continue;
      out.push({ iso3, end: e, x: [1, g, Math.log(c0), Math.log(y0)], y });
    }
  }
  return out;
}

/** OLS of the carbon equation, with the residual SD of 5-year mean annual changes. */
export function estimateCarbonEquation(
  panel: SimulationPanel,
  ends: readonly number[],
): Equation & { residualSd: number } {
  const rows = carbonObservations(panel, ends);
  const periodsText = ends.map((e) => `${e - PERIOD_YEARS}-${e}`).join(', ');
  const { residuals, ...equation } = fit(
    CARBON_REGRESSORS,
    rows.map((o) => o.x),
    rows.map((o) => o.y),
    `economy × 5-year periods (${periodsText}); CO2 intensity (Gapminder, kg CO2 per 2021 PPP $) and PWT real GDP per capita at both ends; economies with ≥ 1 million people; |change| > 20 %/yr excluded`,
  );
  const residualSd = Math.sqrt(residuals.reduce((a, r) => a + r * r, 0) / (equation.n - equation.names.length));
  return { ...equation, residualSd };
}

function sum2(a: number | undefined, b: number | undefined): number | undefined {
  return a !== undefined && b !== undefined ? a + b : undefined;
}
