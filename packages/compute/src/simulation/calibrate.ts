import { ChanyeError } from '../errors.js';
import { ols } from '../numeric/ols.js';
import { sampleStandardDeviation } from '../numeric/sample-sd.js';
import type { Normal, SimulationCalibration } from './model.js';
import { arrayIndustryShares, mhtShare, sectorShares } from './estimate.js';
import { panelLatest, panelValue, type SimulationPanel, type SimulationVariable } from './panel.js';

/** Years of history behind an economy's own trends (growth of L, h, population; s; drifts). */
export const TREND_WINDOW = 10;
/** Years of history behind the Atlas drift. */
export const ATLAS_WINDOW = 15;
/** The latest WIOD year used to split industry into arrays may be at most this many years before the base year. */
export const MAX_ARRAY_AGE = 10;

/** Base values and trailing trends of the levers (from data). */
export interface LeverBase {
  readonly value: number;
  readonly year: number;
  /** Trailing annual change (OLS slope over the trend window; for CO2 intensity, of its log). */
  readonly trend: Normal;
}

/** An economy's calibration with the lever bases and the Atlas inputs. */
export interface EconomyCalibration {
  readonly calibration: SimulationCalibration;
  readonly levers: {
    readonly rd_share_gdp: LeverBase;
    readonly investment_rate: LeverBase;
    readonly internet_users: LeverBase;
    readonly trade_openness: LeverBase;
    readonly co2_intensity: LeverBase;
  };
  readonly atlas: {
    readonly gniPerCapita: number;
    readonly gniYear: number;
    /** Carried to the base year with real GDP per capita growth and the mean drift. */
    readonly gniAtBase: number;
    /** Cross-country mean drift and the cross-country SD of economies' mean drifts. */
    readonly drift: Normal;
    /** Economies behind the cross-country drift. */
    readonly economies: number;
    /** This economy's own mean drift over the window (reported, not used). */
    readonly ownDrift: number;
    readonly driftVolatility: number;
    readonly driftYears: readonly [number, number];
  } | null;
  /** Lines describing every data choice made for this economy. */
  readonly notes: readonly string[];
}

function need<T>(value: T | undefined, what: string, iso3: string, year: number): T {
  if (value === undefined) throw new ChanyeError('no-data', `${iso3}: no ${what} at or before ${year} in the snapshot`);
  return value;
}

function meanSe(xs: readonly number[]): Normal {
  const n = xs.length;
  if (n === 0) return { mean: NaN, sd: NaN };
  const m = xs.reduce((a, b) => a + b, 0) / n;
  const v = n > 1 ? xs.reduce((a, b) => a + (b - m) ** 2, 0) / (n - 1) : 0;
  return { mean: m, sd: Math.sqrt(v / n) };
}

/**
 * OLS slope of value on year with its classical standard error, by the one least-squares path
 * (`ols`, Householder QR). With fewer than 3 points there is no trend to speak of (no degrees of
 * freedom for its error): the lever is held at its last value, 0 ± 0, by decision.
 */
function trendOf(points: readonly [number, number][]): Normal {
  if (points.length < 3) return { mean: 0, sd: 0 };
  const X = new Float64Array(points.length * 2);
  points.forEach(([year], i) => {
    X[2 * i] = 1;
    X[2 * i + 1] = year;
  });
  const fit = ols(
    { rows: points.length, columns: 2, values: X },
    points.map(([, value]) => value),
  );
  return { mean: fit.coefficients[1] as number, sd: fit.standardErrors[1] as number };
}

function logGrowths(panel: SimulationPanel, iso3: string, v: SimulationVariable, from: number, to: number): number[] {
  const out: number[] = [];
  for (let y = from + 1; y <= to; y++) {
    const a = panelValue(panel, iso3, v, y - 1);
    const b = panelValue(panel, iso3, v, y);
    if (a !== undefined && b !== undefined && a > 0 && b > 0) out.push(Math.log(b / a));
  }
  return out;
}

function series(
  panel: SimulationPanel,
  iso3: string,
  v: SimulationVariable,
  from: number,
  to: number,
  f: (x: number) => number = (x) => x,
): [number, number][] {
  const out: [number, number][] = [];
  for (let y = from; y <= to; y++) {
    const x = panelValue(panel, iso3, v, y);
    if (x !== undefined) out.push([y, f(x)]);
  }
  return out;
}

/**
 * Calibrates one economy at `baseYear` from its own history (docs/methods/simulation.md
 * §Calibration): levels in the base year, α and δ as trailing 10-year means, the effective
 * investment rate implied by the capital stock, trend growth of employment, population and
 * human capital, sector shares and productivity drifts, lever bases and trends, and the
 * Atlas GNI drift.
 */
export function calibrateEconomy(
  panel: SimulationPanel,
  iso3: string,
  baseYear: number,
  tfpResidual: number,
): EconomyCalibration {
  const B = baseYear;
  const W = B - TREND_WINDOW;
  const at = (v: SimulationVariable, what: string): number => need(panelValue(panel, iso3, v, B), what, iso3, B);
  const gdp = at('rgdpna', 'real GDP (PWT rgdpna)');
  const capital = at('rnna', 'capital stock (PWT rnna)');
  const employment = at('emp', 'employment (PWT emp)');
  const humanCapital = at('hc', 'human capital (PWT hc)');
  const population = at('pop', 'population (PWT pop)');
  const mean = (v: SimulationVariable): number => {
    const xs = series(panel, iso3, v, W, B).map(([, x]) => x);
    return need(xs.length > 0 ? xs.reduce((a, b) => a + b, 0) / xs.length : undefined, v, iso3, B);
  };
  const alpha = 1 - mean('labsh');
  const delta = mean('delta');
  const saving: number[] = [];
  for (let y = W; y < B; y++) {
    const k0 = panelValue(panel, iso3, 'rnna', y);
    const k1 = panelValue(panel, iso3, 'rnna', y + 1);
    const d = panelValue(panel, iso3, 'delta', y);
    const yy = panelValue(panel, iso3, 'rgdpna', y);
    if (k0 !== undefined && k1 !== undefined && d !== undefined && yy !== undefined && yy > 0)
      saving.push((k1 - (1 - d) * k0) / yy);
  }
  const ctfp = need(panelLatest(panel, iso3, 'ctfp', B), 'TFP level (PWT ctfp)', iso3, B);
  const shares = need(
    (() => {
      for (let y = B; y >= B - 5; y--) {
        const s = sectorShares(panel, iso3, y);
        if (s) return { ...s, year: y };
      }
      return undefined;
    })(),
    'sector value-added and employment shares',
    iso3,
    B,
  );
  const productivity = shares.va.map((v, i) => v / (shares.emp[i] as number));
  const drift: number[] = [0, 0, 0];
  for (let i = 0; i < 3; i++) {
    const d: number[] = [];
    for (let y = W + 1; y <= B; y++) {
      const a = sectorShares(panel, iso3, y - 1);
      const b = sectorShares(panel, iso3, y);
      if (a && b) {
        d.push(
          Math.log((b.va[i] as number) / (b.emp[i] as number)) - Math.log((a.va[i] as number) / (a.emp[i] as number)),
        );
      }
    }
    drift[i] = d.length > 0 ? d.reduce((a, b) => a + b, 0) / d.length : 0;
  }
  // Relative drifts only: the aggregate within rate comes from the TFP equation.
  const weighted = drift.reduce((a, d, i) => a + d * (shares.va[i] as number), 0);
  const sectorDrift = drift.map((d) => d - weighted);
  const mvaShare = panelLatest(panel, iso3, 'mva', B);
  const industryVa = panelLatest(panel, iso3, 'va_ind', B);
  const manufacturingOfIndustry =
    mvaShare && industryVa && industryVa.value > 0 ? Math.min(1, mvaShare.value / industryVa.value) : NaN;
  const mht = (() => {
    for (let y = B; y >= B - 8; y--) {
      const m = mhtShare(panel, iso3, y);
      if (m !== undefined) return { year: y, value: m };
    }
    return undefined;
  })();
  const arrays = (() => {
    for (let y = B; y >= B - MAX_ARRAY_AGE; y--) {
      const shares = arrayIndustryShares(panel, iso3, y);
      const v = panel.arrays.get(iso3)?.get(y);
      if (shares && v && v.services > 0)
        return { year: y, industryShares: shares, fOfServices: v.servicesF / v.services };
    }
    return null;
  })();
  const co2 = panelLatest(panel, iso3, 'co2', B);
  const us = logGrowths(panel, 'USA', 'rtfpna', W, B);
  const calibration: SimulationCalibration = {
    iso3,
    baseYear: B,
    gdp,
    capital,
    employment,
    humanCapital,
    population,
    alpha,
    delta,
    savingRate: meanSe(saving),
    employmentGrowth: meanSe(logGrowths(panel, iso3, 'emp', W, B)),
    populationGrowth: meanSe(logGrowths(panel, iso3, 'pop', W, B)),
    humanCapitalGrowth: meanSe(logGrowths(panel, iso3, 'hc', W, B)),
    lnGap: -Math.log(ctfp.value),
    frontierGrowth: meanSe(us),
    tfpResidual,
    sectors: { employment: shares.emp, productivity, drift: sectorDrift },
    manufacturingOfIndustry,
    mhtShare: mht?.value ?? NaN,
    arrays,
    co2Intensity: co2?.value ?? NaN,
  };
  const lever = (
    v: SimulationVariable | 'openness',
    what: string,
    transform: (x: number) => number = (x) => x,
    log = false,
  ): LeverBase => {
    const get = (y: number): number | undefined => {
      if (v === 'openness') {
        const e = panelValue(panel, iso3, 'exports', y);
        const m = panelValue(panel, iso3, 'imports', y);
        return e !== undefined && m !== undefined ? e + m : undefined;
      }
      const x = panelValue(panel, iso3, v, y);
      return x === undefined ? undefined : transform(x);
    };
    let last: { year: number; value: number } | undefined;
    const points: [number, number][] = [];
    for (let y = W; y <= B; y++) {
      const x = get(y);
      if (x === undefined) continue;
      last = { year: y, value: x };
      if (!log || x > 0) points.push([y, log ? Math.log(x) : x]);
    }
    const found = need(last && last.year >= B - 5 ? last : undefined, what, iso3, B);
    return { ...found, trend: trendOf(points) };
  };
  const notes: string[] = [
    `sector shares from ${shares.year}; TFP level (ctfp) from ${ctfp.year}` +
      (mht ? `; MHT share of MVA from ${mht.year}` : '; no MHT share of MVA in the snapshot') +
      (mvaShare ? `; manufacturing share of GDP from ${mvaShare.year}` : '') +
      (arrays
        ? `; industry split into A1/A2/F by WIOD 2013 value added of ${arrays.year}`
        : `; not a WIOD 2013 economy with data by ${B}: industry is not split into arrays`) +
      (co2 ? `; CO2 intensity from ${co2.year}` : '; no CO2 intensity in the snapshot'),
  ];
  const levers = {
    rd_share_gdp: lever('rd', 'R&D expenditure (UN SDG 9.5.1)'),
    investment_rate: lever('csh_i', 'investment rate (PWT csh_i)', (x) => 100 * x),
    internet_users: lever('internet', 'internet users'),
    trade_openness: lever('openness', 'trade openness'),
    co2_intensity: lever('co2', 'CO2 intensity of GDP', (x) => x, true),
  };
  return { calibration, levers, atlas: atlasCalibration(panel, iso3, B), notes };
}

function annualDrifts(panel: SimulationPanel, iso3: string, from: number, to: number): number[] {
  const drifts: number[] = [];
  for (let y = from + 1; y <= to; y++) {
    const g0 = panelValue(panel, iso3, 'gni_atlas', y - 1);
    const g1 = panelValue(panel, iso3, 'gni_atlas', y);
    const y0 = pc(panel, iso3, y - 1);
    const y1 = pc(panel, iso3, y);
    if (g0 && g1 && y0 && y1) drifts.push(Math.log(g1 / g0) - Math.log(y1 / y0));
  }
  return drifts;
}

/**
 * The Atlas drift is cross-country: the mean over economies of their mean annual
 * ln ΔAtlas GNI − ln Δreal GDP per capita in the window (US$ inflation and average real
 * appreciation), with the cross-country SD of those means as its uncertainty; an economy's own
 * past appreciation is not assumed to continue. The year-to-year volatility is the economy's own.
 */
export function atlasCalibration(panel: SimulationPanel, iso3: string, B: number): EconomyCalibration['atlas'] {
  const last = panelLatest(panel, iso3, 'gni_atlas', B, B - 3);
  if (!last) return null;
  const from = last.year - ATLAS_WINDOW;
  const own = annualDrifts(panel, iso3, from, last.year);
  if (own.length < 5) return null;
  const means: number[] = [];
  for (const e of panel.economies) {
    const d = annualDrifts(panel, e, from, last.year);
    if (d.length >= ATLAS_WINDOW - 2) means.push(d.reduce((a, b) => a + b, 0) / d.length);
  }
  if (means.length < 10) return null;
  const m = means.reduce((a, b) => a + b, 0) / means.length;
  const drift = { mean: m, sd: sampleStandardDeviation(means) };
  const yLast = pc(panel, iso3, last.year);
  const yBase = pc(panel, iso3, B);
  if (!yLast || !yBase) return null;
  return {
    gniPerCapita: last.value,
    gniYear: last.year,
    gniAtBase: last.value * (yBase / yLast) * Math.exp(drift.mean * (B - last.year)),
    drift,
    economies: means.length,
    ownDrift: own.reduce((a, b) => a + b, 0) / own.length,
    driftVolatility: sampleStandardDeviation(own),
    driftYears: [from + 1, last.year],
  };
}

function pc(panel: SimulationPanel, iso3: string, y: number): number | undefined {
  const g = panelValue(panel, iso3, 'rgdpna', y);
  const p = panelValue(panel, iso3, 'pop', y);
  return g !== undefined && p !== undefined && p > 0 ? g / p : undefined;
}
