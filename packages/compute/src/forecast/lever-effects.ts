/**
 * The growth effect of each policy lever, estimated in the default forecast's own framework and
 * kept only when the evidence supports it (docs/methods/simulation.md, "Levers"): the direct
 * equation of annual growth over the next h years is re-estimated with the lever's level at the
 * origin as one more regressor. A lever moves a scenario only when (1) its coefficient has the
 * sign the literature expects with a 95 % interval that excludes zero, and (2) adding it lowers
 * the out-of-sample RMSE of the back-test; otherwise it has "no measurable effect" and moves
 * nothing. Pure.
 *
 * @module
 */
import { matrixFromRows } from '../numeric/matrix.js';
import { ols } from '../numeric/ols.js';
import { panelValue, type SimulationPanel } from '../simulation/panel.js';
import { clippedGrowth, type Outcome } from './direct-model.js';
import { FORECAST_SETTINGS, type GrowthState, type OriginSample } from './growth-state.js';

/** The levers that may move growth (CO2 intensity is a constraint, not a growth lever). */
export const GROWTH_LEVERS = ['rd_share_gdp', 'investment_rate', 'internet_users', 'trade_openness'] as const;
export type GrowthLever = (typeof GROWTH_LEVERS)[number];

/** The horizon of the equation whose lever coefficient is the annual growth effect. */
export const LEVER_HORIZON = 10;

/** What the literature expects of each lever (all raise growth) and where it says so. */
export const LEVER_LITERATURE: Readonly<Record<GrowthLever, { sign: 1; reference: string }>> = {
  rd_share_gdp: {
    sign: 1,
    reference:
      'Griffith, Redding and Van Reenen (2004), "Mapping the two faces of R&D: productivity growth in a panel of OECD industries", Review of Economics and Statistics 86(4)',
  },
  investment_rate: {
    sign: 1,
    reference:
      'Levine and Renelt (1992), "A sensitivity analysis of cross-country growth regressions", American Economic Review 82(4)',
  },
  internet_users: {
    sign: 1,
    reference:
      'Czernich, Falck, Kretschmer and Woessmann (2011), "Broadband infrastructure and economic growth", Economic Journal 121(552)',
  },
  trade_openness: {
    sign: 1,
    reference: 'Frankel and Romer (1999), "Does trade cause growth?", American Economic Review 89(3)',
  },
};

/** A lever's level in a year (the unit of its scenario lever), or NaN. */
export function leverValue(panel: SimulationPanel, iso3: string, lever: GrowthLever, year: number): number {
  const v = (name: Parameters<typeof panelValue>[2]): number => panelValue(panel, iso3, name, year) ?? NaN;
  switch (lever) {
    case 'rd_share_gdp':
      return v('rd');
    case 'investment_rate':
      return 100 * v('csh_i');
    case 'internet_users':
      return v('internet');
    case 'trade_openness':
      return v('exports') + v('imports');
  }
}

interface Row {
  readonly x: number[];
  readonly y: number;
}

const BASE = (s: GrowthState): number[] => [
  1,
  clippedGrowth(s.trailingGrowth),
  s.peakGap,
  s.lnRelativeLevel,
  s.lnHumanCapital,
];

/** A sample state with the lever observed at its origin: the regressors, ready for any horizon. */
interface Candidate {
  readonly iso3: string;
  readonly t: number;
  readonly lnY: number;
  readonly x: number[];
}

/** The states of every origin with all regressors and the lever observed (computed once per lever). */
function candidatesOf(
  panel: SimulationPanel,
  samples: ReadonlyMap<number, OriginSample>,
  lever: GrowthLever,
): Candidate[] {
  const out: Candidate[] = [];
  for (const [t, sample] of samples) {
    if (t < FORECAST_SETTINGS.firstOrigin) continue;
    for (const s of sample.states) {
      const x = [...BASE(s), leverValue(panel, s.iso3, lever, t)];
      if (x.every(Number.isFinite)) out.push({ iso3: s.iso3, t, lnY: s.lnGdpPerCapita, x });
    }
  }
  return out;
}

/** Rows of horizon h for origins up to `last`: the base regressors, the lever, and annual growth. */
function rowsOf(candidates: readonly Candidate[], outcome: Outcome, h: number, last: number): Row[] {
  const rows: Row[] = [];
  for (const c of candidates) {
    if (c.t > last) continue;
    const future = outcome(c.iso3, c.t + h);
    if (Number.isFinite(future)) rows.push({ x: c.x, y: (future - c.lnY) / h });
  }
  return rows;
}

/** An outcome function read once into arrays (the panel's maps are slow to query millions of times). */
function memoOutcome(outcome: Outcome): Outcome {
  const cache = new Map<string, number>();
  return (iso3, year) => {
    const key = `${iso3}${year}`;
    let v = cache.get(key);
    if (v === undefined) cache.set(key, (v = outcome(iso3, year)));
    return v;
  };
}

/** The evidence on one lever. */
export interface LeverEffect {
  readonly lever: GrowthLever;
  /** Coefficient on the lever in the 10-year direct equation: annual growth per unit of the lever. */
  readonly coefficient: number;
  readonly standardError: number;
  readonly n: number;
  /** Origins of the estimation sample. */
  readonly origins: readonly [number, number];
  /** Out-of-sample RMSE of ln GDP per capita at the back-test cut-offs, with and without the lever, on the same points. */
  readonly outOfSample: { readonly points: number; readonly rmseWith: number; readonly rmseWithout: number };
  /** `measurable` when the sign, its interval and the back-test agree; the effect is then the coefficient. */
  readonly verdict: 'measurable' | 'no measurable effect';
  readonly reason: string;
  /** The annual growth effect a scenario applies per unit of the lever (0 without a measurable effect). */
  readonly effect: number;
}

/**
 * Estimates each lever's effect at `cutoff` and judges it out of sample on the back-test
 * cut-offs before it (`backtestCutoffs`, scored on outcomes up to `cutoff`).
 */
export function estimateLeverEffects(
  panel: SimulationPanel,
  samples: ReadonlyMap<number, OriginSample>,
  outcome: Outcome,
  cutoff: number,
  backtestCutoffs: readonly number[],
): LeverEffect[] {
  const memo = memoOutcome(outcome);
  const known: Outcome = (iso3, year) => (year <= cutoff ? memo(iso3, year) : NaN);
  return GROWTH_LEVERS.map((lever) => {
    const candidates = candidatesOf(panel, samples, lever);
    const rows = rowsOf(candidates, known, LEVER_HORIZON, cutoff - LEVER_HORIZON);
    const fit =
      rows.length > 6
        ? ols(
            matrixFromRows(rows.map((r) => r.x)),
            rows.map((r) => r.y),
          )
        : null;
    const coefficient = fit ? (fit.coefficients[5] as number) : NaN;
    const standardError = fit ? (fit.standardErrors[5] as number) : NaN;
    const origins = originsOf(rows.length > 0 ? candidates : [], known, cutoff);
    const outOfSample = leverBacktest(panel, samples, candidates, known, lever, backtestCutoffs, cutoff);
    const expected = LEVER_LITERATURE[lever].sign;
    const signOk = Number.isFinite(coefficient) && expected * (coefficient - expected * 1.96 * standardError) > 0;
    const oosOk = outOfSample.points > 0 && outOfSample.rmseWith < outOfSample.rmseWithout;
    const verdict = signOk && oosOk ? 'measurable' : 'no measurable effect';
    const reason = !Number.isFinite(coefficient)
      ? 'too few observations'
      : !signOk
        ? `the coefficient ${coefficient.toExponential(2)} ± ${(1.96 * standardError).toExponential(2)} (95 %) ${expected * coefficient < 0 ? 'has the wrong sign' : 'does not exclude zero'}`
        : !oosOk
          ? `adding it does not lower the back-test RMSE (${outOfSample.rmseWith.toFixed(4)} with, ${outOfSample.rmseWithout.toFixed(4)} without)`
          : `positive with a 95 % interval above zero, and it lowers the back-test RMSE (${outOfSample.rmseWith.toFixed(4)} with, ${outOfSample.rmseWithout.toFixed(4)} without)`;
    return {
      lever,
      coefficient,
      standardError,
      n: fit?.n ?? rows.length,
      origins,
      outOfSample,
      verdict,
      reason,
      effect: verdict === 'measurable' ? coefficient : 0,
    };
  });
}

function originsOf(candidates: readonly Candidate[], outcome: Outcome, cutoff: number): [number, number] {
  let first = Infinity;
  let last = -Infinity;
  for (const c of candidates)
    if (c.t <= cutoff - LEVER_HORIZON && Number.isFinite(outcome(c.iso3, c.t + LEVER_HORIZON))) {
      first = Math.min(first, c.t);
      last = Math.max(last, c.t);
    }
  return [first, last];
}

/**
 * Out-of-sample test of a lever: at each back-test cut-off C, for each horizon h to `through`,
 * the direct equation with and without the lever, both estimated on the same rows (origins to
 * C − h with the lever observed), forecast the economies with the lever at C.
 */
function leverBacktest(
  panel: SimulationPanel,
  samples: ReadonlyMap<number, OriginSample>,
  candidates: readonly Candidate[],
  outcome: Outcome,
  lever: GrowthLever,
  cutoffs: readonly number[],
  through: number,
): LeverEffect['outOfSample'] {
  let seWith = 0;
  let seWithout = 0;
  let points = 0;
  for (const c of cutoffs) {
    const train: Outcome = (iso3, year) => (year <= c ? outcome(iso3, year) : NaN);
    for (let h = 1; h <= Math.min(FORECAST_SETTINGS.maxHorizon, through - c); h++) {
      const rows = rowsOf(candidates, train, h, c - h);
      if (rows.length < 30) continue;
      const withLever = ols(
        matrixFromRows(rows.map((r) => r.x)),
        rows.map((r) => r.y),
      );
      const without = ols(
        matrixFromRows(rows.map((r) => r.x.slice(0, 5))),
        rows.map((r) => r.y),
      );
      for (const s of samples.get(c)?.states ?? []) {
        const l = leverValue(panel, s.iso3, lever, c);
        const actual = outcome(s.iso3, c + h);
        const x = [...BASE(s), l];
        if (!Number.isFinite(actual) || !x.every(Number.isFinite)) continue;
        const change = actual - s.lnGdpPerCapita;
        const dot = (b: Float64Array, v: number[]): number => v.reduce((sum, xi, j) => sum + xi * (b[j] as number), 0);
        seWith += (h * dot(withLever.coefficients, x) - change) ** 2;
        seWithout += (h * dot(without.coefficients, x.slice(0, 5)) - change) ** 2;
        points++;
      }
    }
  }
  return {
    points,
    rmseWith: points > 0 ? Math.sqrt(seWith / points) : NaN,
    rmseWithout: points > 0 ? Math.sqrt(seWithout / points) : NaN,
  };
}
