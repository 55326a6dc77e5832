import { describe, expect, it } from 'vitest';
import {
  backtestSummary,
  deterministicPath,
  expectedDraw,
  simulatePath,
  allocatePath,
  resolveLeverPath,
  resolveProportionalLeverPath,
  runSimulation,
  type SimulationInput,
} from '@chanye/compute';

const years = Array.from({ length: 16 }, (_, i) => 2020 + i);
const zeros = (k: number): number[] => new Array<number>(k * k).fill(0);

interface InputOptions {
  /** Coefficients of the A1, A2 and F equations (default: a digital effect on A1, R&D on A2). */
  readonly arrays?: readonly (readonly number[])[];
  readonly carbon?: readonly number[];
  /** Internet use in every simulated year (the base is 70). */
  readonly internet?: number;
}

function input(uncertain: boolean, options: InputOptions = {}): SimulationInput {
  const sd = uncertain ? 1 : 0;
  const cov = (k: number, v: number): number[] => zeros(k).map((_, i) => (i % (k + 1) === 0 ? v * sd : 0));
  const T = years.length;
  return {
    calibration: {
      iso3: 'XXX',
      baseYear: 2019,
      gdp: 1000,
      capital: 3000,
      employment: 10,
      humanCapital: 2.5,
      population: 20,
      alpha: 0.4,
      delta: 0.05,
      savingRate: { mean: 0.25, sd: 0.01 * sd },
      employmentGrowth: { mean: 0.005, sd: 0.001 * sd },
      populationGrowth: { mean: 0.004, sd: 0.001 * sd },
      humanCapitalGrowth: { mean: 0.008, sd: 0.001 * sd },
      lnGap: 0.8,
      frontierGrowth: { mean: 0.006, sd: 0.001 * sd },
      tfpResidual: 0.01,
      sectors: { employment: [0.3, 0.3, 0.4], productivity: [0.4, 1.4, 1.15], drift: [0.01, -0.005, 0] },
      manufacturingOfIndustry: 0.75,
      mhtShare: 40,
      arrays: { year: 2011, industryShares: [0.7, 0.2, 0.1], fOfServices: 0.05 },
      co2Intensity: 0.5,
    },
    equations: {
      tfp: {
        names: ['constant', 'ln_gap', 'rd', 'rd_x_ln_gap', 'openness_x_ln_gap', 'internet'],
        coefficients: [-0.01, 0.013, 0.007, -0.009, 0.017, -0.002],
        covariance: cov(6, 1e-6),
        standardErrors: new Array<number>(6).fill(1e-3 * sd),
        n: 300,
        r2: 0.2,
        sample: 'synthetic',
        residualSd: 0.016 * sd,
        persistence: { mean: 0.3, sd: 0.05 * sd },
      },
      reallocation: {
        names: ['x', 'a', 'i', 's'],
        coefficients: [0.015, -0.01, -0.006, 0.006],
        covariance: cov(4, 1e-6),
        standardErrors: [0, 0, 0, 0],
        n: 100,
        r2: 0.1,
        sample: 'synthetic',
      },
      mht: {
        names: ['c', 'rd', 'level'],
        coefficients: [0.6, 0.4, -0.03],
        covariance: cov(3, 1e-4),
        standardErrors: [0, 0, 0],
        n: 100,
        r2: 0.1,
        sample: 'synthetic',
      },
      arrays: {
        A1: equation(options.arrays?.[0] ?? [-0.007, 0.028, 0.004], cov(3, 1e-5)),
        A2: equation(options.arrays?.[1] ?? [0.015, 0.007, 0.013], cov(3, 1e-5)),
        F: equation(options.arrays?.[2] ?? [0.027, -0.024, 0.008], cov(3, 1e-5)),
      },
      carbon: { ...equation(options.carbon ?? [0.014, -0.32, -0.018, -0.005], cov(4, 1e-6)), residualSd: 0.036 * sd },
    },
    levers: {
      rd: new Float64Array(T).fill(2),
      investmentRate: new Float64Array(T).fill(40),
      internet: new Float64Array(T).fill(options.internet ?? 70),
      openness: new Float64Array(T).fill(35),
      co2Intensity: Float64Array.from(years, (_, t) => 0.4 * Math.exp(-0.03 * (t + 1))),
      investmentRateBase: 40,
      rdBase: 2,
      internetBase: 70,
      trendSe: { rd: 0.01 * sd, internet: 0.1 * sd, co2: 0.002 * sd },
    },
    atlas: {
      gniPerCapita: 10_000,
      drift: { mean: 0.03, sd: 0.01 * sd },
      driftVolatility: 0.03 * sd,
      thresholds: Float64Array.from(years, (_, t) => 12_500 * Math.exp(0.016 * t)),
    },
    years,
  };
}

function equation(coefficients: readonly number[], covariance: number[]) {
  return {
    names: coefficients.map((_, i) => `x${i}`),
    coefficients,
    covariance,
    standardErrors: coefficients.map(() => 0),
    n: 100,
    r2: 0.1,
    sample: 'synthetic',
  };
}

describe('simulation model', () => {
  it('deterministicPath: growth accounting ΔlnY = ΔlnA + αΔlnK + (1−α)(Δlnh + ΔlnL) in every year', () => {
    const path = deterministicPath(input(false));
    const a = path.accounting;
    for (let t = 0; t < years.length; t++) {
      const sum =
        (a.tfp[t] as number) + (a.capital[t] as number) + (a.humanCapital[t] as number) + (a.labour[t] as number);
      expect(sum).toBeCloseTo(a.output[t] as number, 12);
      // McMillan-Rodrik: within + between = P′/P − 1 = exp(ΔlnA) − 1 exactly.
      expect((a.within[t] as number) + (a.between[t] as number)).toBeCloseTo(Math.expm1(a.tfp[t] as number), 12);
    }
  });

  it('deterministicPath: value-added and employment shares sum to 100', () => {
    const path = deterministicPath(input(false));
    for (let t = 0; t < years.length; t++) {
      const va = path.vaShares.reduce((s, x) => s + (x[t] as number), 0);
      const emp = path.employmentShares.reduce((s, x) => s + (x[t] as number), 0);
      expect(va).toBeCloseTo(100, 10);
      expect(emp).toBeCloseTo(100, 10);
    }
  });

  it('runSimulation: the same seed gives identical fans and crossing probabilities', () => {
    const a = runSimulation(input(true), { draws: 200, seed: 42 });
    const b = runSimulation(input(true), { draws: 200, seed: 42 });
    const c = runSimulation(input(true), { draws: 200, seed: 43 });
    expect([...a.fans.gdp_per_capita.quantiles[4]!]).toEqual([...b.fans.gdp_per_capita.quantiles[4]!]);
    expect([...a.crossedBy!]).toEqual([...b.crossedBy!]);
    expect([...a.fans.gdp_per_capita.quantiles[4]!]).not.toEqual([...c.fans.gdp_per_capita.quantiles[4]!]);
  });

  it('runSimulation: with zero uncertainty every quantile equals the deterministic path', () => {
    const run = runSimulation(input(false), { draws: 20, seed: 1 });
    const det = run.deterministic;
    for (const q of run.fans.gdp_per_capita.quantiles) {
      q.forEach((v, t) => expect(v).toBeCloseTo(det.gdpPerCapita[t] as number, 9));
    }
    run.fans.gni_per_capita_atlas.quantiles[0]!.forEach((v, t) => expect(v).toBeCloseTo(det.gniAtlas[t] as number, 6));
    // Crossing is then 0 or 1 in each year, and matches the deterministic path.
    run.aboveThreshold!.forEach((p, t) =>
      expect(p).toBe((det.gniAtlas[t] as number) > 12_500 * Math.exp(0.016 * t) ? 1 : 0),
    );
  });

  it('runSimulation: crossedBy is non-decreasing and at least aboveThreshold', () => {
    const run = runSimulation(input(true), { draws: 300, seed: 5 });
    for (let t = 0; t < years.length; t++) {
      expect(run.crossedBy![t]).toBeGreaterThanOrEqual(run.aboveThreshold![t]!);
      if (t > 0) expect(run.crossedBy![t]).toBeGreaterThanOrEqual(run.crossedBy![t - 1]!);
    }
  });
});

describe('levers', () => {
  it('resolveLeverPath(target) moves linearly, then holds', () => {
    const p = resolveLeverPath({ path: 'target', value: 3, by: 2022 }, 2, 0.1, 2019, [2020, 2021, 2022, 2023]);
    expect([...p].map((x) => +x.toFixed(6))).toEqual([2.333333, 2.666667, 3, 3]);
  });
  it('resolveLeverPath(trend) is bounded by max', () => {
    expect([...resolveLeverPath({ path: 'trend', max: 100 }, 95, 3, 2019, [2020, 2021, 2022])]).toEqual([98, 100, 100]);
  });
  it('resolveProportionalLeverPath(annual_change −4) falls 4 % a year', () => {
    const p = resolveProportionalLeverPath({ path: 'annual_change', value: -4 }, 1, 0, 2019, [2020, 2021]);
    expect(p[0]).toBeCloseTo(0.96, 12);
    expect(p[1]).toBeCloseTo(0.96 ** 2, 12);
  });
});

describe('backtestSummary', () => {
  it('computes RMSE, bias and interval coverage on a synthetic case', () => {
    const mk = (actual: number, median: number, w80: number, w95: number, horizon: number) => ({
      iso3: 'X',
      year: 2000 + horizon,
      horizon,
      actual,
      median,
      lower80: median - w80,
      upper80: median + w80,
      lower95: median - w95,
      upper95: median + w95,
      naive: actual + 1,
    });
    // errors (median − actual): 0, 1, −2, 3; |e| ≤ 1 is inside the 80 % band (w = 1), ≤ 2 inside the 95 % band.
    const s = backtestSummary([mk(0, 0, 1, 2, 1), mk(0, 1, 1, 2, 2), mk(2, 0, 1, 2, 3), mk(0, 3, 1, 2, 4)]);
    expect(s.points).toBe(4);
    expect(s.rmse).toBeCloseTo(Math.sqrt((0 + 1 + 4 + 9) / 4), 12);
    expect(s.bias).toBeCloseTo(0.5, 12);
    expect(s.coverage80).toBe(0.5);
    expect(s.coverage95).toBe(0.75);
    expect(s.naiveRmse).toBe(1);
  });
  it('is NaN for no points', () => {
    expect(backtestSummary([]).rmse).toBeNaN();
  });
});

describe('arrays inside industry', () => {
  it('deterministicPath: A1 + A2 + F shares of GDP = industry share + F’s share of services, every year', () => {
    const path = deterministicPath(input(false, { internet: 85 }));
    for (let t = 0; t < years.length; t++) {
      const arrays = path.arrayShares.reduce((s, x) => s + (x[t] as number), 0);
      const expected = (path.vaShares[1]![t] as number) + (path.vaShares[2]![t] as number) * 0.05;
      expect(arrays).toBeCloseTo(expected, 10);
    }
  });

  it('simulatePath: one year of industry productivity and array shares, computed by hand', () => {
    const inp = input(false, { internet: 80 });
    const path = allocatePath(1);
    simulatePath(inp.calibration, inp.levers, null, expectedDraw(inp), path);
    const w = [0.7, 0.2, 0.1];
    const beta = [
      [-0.007, 0.028, 0.004],
      [0.015, 0.007, 0.013],
      [0.027, -0.024, 0.008],
    ];
    // x_j = [1, lever, ln ω_j]; the lever is internet/100 for A1 and F, R&D (2 % of GDP) for A2.
    const g = (j: number, internet: number): number =>
      beta[j]![0]! + beta[j]![1]! * (j === 1 ? 2 : internet / 100) + beta[j]![2]! * Math.log(w[j]!);
    const centre = w.reduce((s, wj, j) => s + wj * g(j, 70), 0);
    const delta = w.map((_, j) => g(j, 80) - centre);
    const factor = w.reduce((s, wj, j) => s + wj * Math.exp(delta[j]!), 0);
    // Relative productivity industry/agriculture = (VA share / employment share) ratio.
    const rel =
      path.vaShares[1]![0]! / path.employmentShares[1]![0]! / (path.vaShares[0]![0]! / path.employmentShares[0]![0]!);
    expect(rel).toBeCloseTo((1.4 / 0.4) * Math.exp(-0.005 - 0.01) * factor, 12);
    // A1's share of industry after one year: ω exp(δ) / Σ ω exp(δ).
    expect(path.arrayShares[0]![0]! / path.vaShares[1]![0]!).toBeCloseTo((0.7 * Math.exp(delta[0]!)) / factor, 12);
  });

  it('simulatePath: equal array growth (no lever or share effects) leaves every path as without arrays', () => {
    const flat = [0.01, 0, 0];
    const withArrays = input(false, { arrays: [flat, flat, flat], internet: 90 });
    const without: SimulationInput = { ...withArrays, calibration: { ...withArrays.calibration, arrays: null } };
    const a = deterministicPath(withArrays);
    const b = deterministicPath(without);
    a.gdpPerCapita.forEach((v, t) => expect(v).toBeCloseTo(b.gdpPerCapita[t] as number, 9));
    expect(Number.isNaN(b.arrayShares[0]![0])).toBe(true);
  });

  it('the digital channel: internet use above its base raises A1 and GDP when A1’s internet coefficient is positive, and does nothing when it is 0', () => {
    const base = deterministicPath(input(false, { internet: 70 }));
    const digital = deterministicPath(input(false, { internet: 95 }));
    const last = years.length - 1;
    expect(digital.arrayShares[0]![last]! / digital.vaShares[1]![last]!).toBeGreaterThan(
      base.arrayShares[0]![last]! / base.vaShares[1]![last]!,
    );
    expect(digital.gdpPerCapita[last]).toBeGreaterThan(base.gdpPerCapita[last]!);
    const none = [
      [-0.007, 0, 0.004],
      [0.015, 0.007, 0.013],
      [0.027, 0, 0.008],
    ];
    const a = deterministicPath(input(false, { arrays: none, internet: 70 }));
    const b = deterministicPath(input(false, { arrays: none, internet: 95 }));
    a.gdpPerCapita.forEach((v, t) => expect(v).toBe(b.gdpPerCapita[t]));
  });
});

describe('carbon constraint', () => {
  it('simulatePath: CO2 intensity at the historical pace follows the carbon equation, computed by hand for year 1', () => {
    const k = [0.014, -0.32, -0.018, -0.005];
    const inp = input(false, { carbon: k });
    const path = deterministicPath(inp);
    const gPc = Math.log(path.gdpPerCapita[0]! / (1000 / 20));
    const expected = 0.5 * Math.exp(k[0]! + k[1]! * gPc + k[2]! * Math.log(0.5) + k[3]! * Math.log(1000 / 20));
    expect(path.co2Pace[0]).toBeCloseTo(expected, 14);
  });

  it('runSimulation: with zero uncertainty the constraint probabilities are 0 or 1 and match the deterministic path', () => {
    const run = runSimulation(input(false), { draws: 20, seed: 1, co2Target: { year: 2030, value: 0.3 } });
    const det = run.deterministic;
    run.carbon.paceWithinPath.forEach((p, t) =>
      expect(p).toBe((det.co2Pace[t] as number) <= (det.co2Intensity[t] as number) ? 1 : 0),
    );
    run.carbon.paceBelowTarget!.forEach((p, t) => expect(p).toBe((det.co2Pace[t] as number) <= 0.3 ? 1 : 0));
  });

  it('runSimulation: P(met by year) is non-decreasing and at least P(below the target) in that year', () => {
    const run = runSimulation(input(true), { draws: 300, seed: 3, co2Target: { year: 2030, value: 0.4 } });
    const { paceBelowTarget, paceMetBy } = run.carbon;
    for (let t = 0; t < years.length; t++) {
      expect(paceMetBy![t]).toBeGreaterThanOrEqual(paceBelowTarget![t]!);
      if (t > 0) expect(paceMetBy![t]).toBeGreaterThanOrEqual(paceMetBy![t - 1]!);
    }
    expect(run.carbon.paceBelowTarget).not.toBeNull();
    const again = runSimulation(input(true), { draws: 300, seed: 3, co2Target: { year: 2030, value: 0.4 } });
    expect([...again.carbon.paceMetBy!]).toEqual([...paceMetBy!]);
    expect([...again.fans.a1_share_gdp.quantiles[4]!]).toEqual([...run.fans.a1_share_gdp.quantiles[4]!]);
  });
});

describe('carbon constraint without CO2 data', () => {
  it('runSimulation: no base-year CO2 intensity gives NaN probabilities, not 0', () => {
    const inp = input(true);
    const run = runSimulation(
      { ...inp, calibration: { ...inp.calibration, co2Intensity: NaN } },
      { draws: 10, seed: 1, co2Target: { year: 2030, value: 0.3 } },
    );
    expect([...run.carbon.paceWithinPath].every(Number.isNaN)).toBe(true);
    expect([...run.carbon.paceMetBy!].every(Number.isNaN)).toBe(true);
  });
});
