import { describe, expect, it } from 'vitest';
import {
  benchmarkGrowth,
  bestCombination,
  clippedGrowth,
  combinationGrid,
  FORECAST_COMBINATION,
  crps,
  errorDistribution,
  fitGrowthForecaster,
  forecastScore,
  halfWidth,
  lnGdpPerCapita,
  originSample,
  type ForecastPoint,
  type OriginSample,
  type SimulationPanel,
  type SimulationVariable,
} from '../../src/index.js';

describe('errorDistribution and crps', () => {
  it('scores the two-point distribution {−1, +1} at 0 as 0.5 (E|X − y| = 1, E|X − X′| = 1)', () => {
    const d = errorDistribution([1]);
    expect([...d.symmetric]).toEqual([-1, 1]);
    expect(d.meanPairDistance).toBeCloseTo(1, 12);
    expect(crps(d, 0, 0)).toBeCloseTo(0.5, 12);
  });

  it('equals the integral of (F(x) − 1{x ≥ y})² (Gneiting and Raftery 2007, eq. 20) for an empirical distribution', () => {
    const errors = [0.3, -0.1, 0.05, 0.7, -0.4, 0.2];
    const d = errorDistribution(errors);
    const sample = [...d.symmetric].map((e) => 1.5 + e);
    for (const y of [0.2, 1.4, 1.5, 2.6]) {
      // Riemann sum of the squared difference of the step functions on a fine grid.
      let integral = 0;
      const step = 1e-4;
      for (let x = -1; x < 4; x += step) {
        const F = sample.filter((s) => s <= x).length / sample.length;
        integral += (F - (x >= y ? 1 : 0)) ** 2 * step;
      }
      expect(crps(d, 1.5, y)).toBeCloseTo(integral, 3);
    }
  });

  it('is the absolute error for a point forecast (all errors zero)', () => {
    expect(crps(errorDistribution([0, 0, 0]), 2, 2.75)).toBeCloseTo(0.75, 12);
  });

  it('takes interval half-widths as quantiles of the absolute errors (definition 7)', () => {
    const d = errorDistribution([-0.5, 0.1, 0.4, -0.2, 0.3]);
    // |e| sorted: 0.1 0.2 0.3 0.4 0.5; h = 4 × 0.8 = 3.2 → 0.4 + 0.2 × 0.1
    expect(halfWidth(d, 0.8)).toBeCloseTo(0.42, 12);
  });
});

describe('benchmarks', () => {
  it('trend continues own growth, median takes the median, rtm weighs them 0.3 / 0.7 (Pritchett and Summers 2014)', () => {
    expect(benchmarkGrowth('trend', 0.05, 0.02)).toBe(0.05);
    expect(benchmarkGrowth('median', 0.05, 0.02)).toBe(0.02);
    expect(benchmarkGrowth('rtm', 0.05, 0.02)).toBeCloseTo(0.3 * 0.05 + 0.7 * 0.02, 15);
  });

  it('clips trailing growth to [−2 %, 8 %] a year', () => {
    expect([clippedGrowth(-0.1), clippedGrowth(0.03), clippedGrowth(0.12)]).toEqual([-0.02, 0.03, 0.08]);
  });
});

/** A panel of economies growing at constant rates 1960-2019 (population 10 million, PPP level = real level). */
function constantGrowthPanel(rates: Readonly<Record<string, number>>, humanCapital: Readonly<Record<string, number>>) {
  const data = new Map<string, Map<SimulationVariable, Map<number, number>>>();
  for (const [iso3, g] of Object.entries(rates)) {
    const series = new Map<SimulationVariable, Map<number, number>>();
    const gdp = new Map<number, number>();
    const pop = new Map<number, number>();
    const hc = new Map<number, number>();
    for (let year = 1960; year <= 2019; year++) {
      gdp.set(year, 10 * 5000 * Math.exp(g * (year - 1960)));
      pop.set(year, 10);
      hc.set(year, humanCapital[iso3] as number);
    }
    series.set('rgdpna', gdp).set('rgdpe', gdp).set('pop', pop).set('hc', hc);
    data.set(iso3, series);
  }
  const panel: SimulationPanel = {
    data,
    highIncomeThreshold: new Map(),
    economies: Object.keys(rates),
    lastYear: 2019,
    arrays: new Map(),
  };
  return panel;
}

describe('fitGrowthForecaster', () => {
  const rates = { USA: 0.015, AAA: 0.03, BBB: -0.01, CCC: 0.05, DDD: 0.0, EEE: 0.02, FFF: -0.015, GGG: 0.07 };
  const hc = { USA: 3.5, AAA: 2.1, BBB: 1.6, CCC: 2.8, DDD: 1.9, EEE: 3.0, FFF: 1.4, GGG: 2.4 };
  const panel = constantGrowthPanel(rates, hc);
  const samples = new Map<number, OriginSample>();
  for (let t = 1970; t <= 2019; t++) samples.set(t, originSample(panel, t));
  const outcome = (iso3: string, year: number): number => lnGdpPerCapita(panel, iso3, year);

  it('recovers constant growth exactly: coefficient 1 on trailing growth, 0 elsewhere, no error', () => {
    const f = fitGrowthForecaster(samples, outcome, 2005);
    const full = f.equations.filter((e) => e.submodel === 'full');
    expect(full.map((e) => e.horizon)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    for (const e of full) {
      const [c, trailing, peak, level, human] = e.coefficients as [number, number, number, number, number];
      expect(trailing).toBeCloseTo(1, 8);
      for (const x of [c, peak, level, human]) expect(x).toBeCloseTo(0, 8);
      expect(Math.max(...[...e.recentErrors].map(Math.abs))).toBeLessThan(1e-9);
    }
    const state = samples.get(2005)!.states.find((s) => s.iso3 === 'CCC')!;
    const forecast = f.forecast(state, samples.get(2005)!.medianGrowth, 7, 'regression')!;
    expect(forecast.change).toBeCloseTo(7 * 0.05, 8);
  });

  it('combines the regression with regression to the mean, and takes its errors from that combination', () => {
    const f = fitGrowthForecaster(samples, outcome, 2005);
    const { regressionWeight: w, benchmark } = FORECAST_COMBINATION;
    expect(benchmark).toBe('rtm');
    // The eight rates sorted: −1.5, −1, 0, 1.5, 2, 3, 5, 7 %: the median is 1.75 %.
    const medianGrowth = 0.0175;
    expect(samples.get(2005)!.medianGrowth).toBeCloseTo(medianGrowth, 12);
    const rtm = (g: number): number => 0.3 * g + 0.7 * medianGrowth;
    const state = samples.get(2005)!.states.find((s) => s.iso3 === 'CCC')!;
    const forecast = f.forecast(state, medianGrowth, 7, 'model')!;
    expect(forecast.change).toBeCloseTo(7 * (w * 0.05 + (1 - w) * rtm(0.05)), 10);
    // The regression is exact here, so each error is h · (1 − w) · (g − rtm(g)), for every economy at each of the 10 latest origins.
    const h = 7;
    const expected = Object.values(rates)
      .flatMap((g) => Array<number>(10).fill(Math.abs(h * (1 - w) * (g - rtm(g)))))
      .sort((a, b) => a - b);
    const got = [...forecast.errors.absolute];
    expect(got).toHaveLength(expected.length);
    got.forEach((e, i) => expect(e).toBeCloseTo(expected[i]!, 10));
  });

  it('reads no outcome after the cut-off (a panel with later years deleted gives the same equations)', () => {
    const full = fitGrowthForecaster(samples, outcome, 2000);
    const censored = fitGrowthForecaster(samples, (iso3, y) => (y <= 2000 ? outcome(iso3, y) : NaN), 2000);
    expect(censored.equations).toEqual(full.equations);
    expect(Math.max(...full.equations.map((e) => e.origins[1] + e.horizon))).toBe(2000);
  });
});

describe('combinationGrid', () => {
  it('scores w × regression + (1 − w) × benchmark on the points, and finds the best', () => {
    const forecast = (median: number) => ({ median, lower80: 0, upper80: 0, lower95: 0, upper95: 0, crps: 0 });
    // Actual 1; the regression says 1.2 and the median 0.9 at the first point, 0.8 and 1.1 at the second.
    const points: ForecastPoint[] = [
      {
        iso3: 'X',
        cutoff: 2000,
        year: 2001,
        horizon: 1,
        actual: 1,
        forecasts: { regression: forecast(1.2), median: forecast(0.9), rtm: forecast(1) },
      },
      {
        iso3: 'Y',
        cutoff: 2000,
        year: 2001,
        horizon: 1,
        actual: 1,
        forecasts: { regression: forecast(0.8), median: forecast(1.1), rtm: forecast(1) },
      },
    ];
    const grid = combinationGrid(points);
    const at = (b: string, w: number) => grid.find((g) => g.benchmark === b && g.regressionWeight === w)!;
    // With the median: error 0.2w − 0.1(1 − w) = 0.3w − 0.1 at the first point and its negative at the second.
    for (const w of [0, 0.3, 0.5, 1]) expect(at('median', w).rmse).toBeCloseTo(Math.abs(0.3 * w - 0.1), 12);
    expect(at('trend', 0.5).points).toBe(0);
    expect(Number.isNaN(at('trend', 0.5).rmse)).toBe(true);
    // The rtm forecast is exact, so weight 0 on the regression wins with RMSE 0.
    expect(bestCombination(grid)).toMatchObject({ benchmark: 'rtm', regressionWeight: 0, rmse: 0 });
  });
});

describe('forecastScore', () => {
  it('computes RMSE, bias, coverage and mean CRPS of the points that have the method', () => {
    const point = (actual: number, median: number, crpsValue: number): ForecastPoint => ({
      iso3: 'X',
      cutoff: 2000,
      year: 2001,
      horizon: 1,
      actual,
      forecasts: {
        model: {
          median,
          lower80: median - 0.1,
          upper80: median + 0.1,
          lower95: median - 0.3,
          upper95: median + 0.3,
          crps: crpsValue,
        },
      },
    });
    const s = forecastScore([point(1, 1.05, 0.02), point(2, 1.8, 0.1), point(3, 3.4, 0.3)], 'model');
    expect(s.points).toBe(3);
    expect(s.rmse).toBeCloseTo(Math.sqrt((0.05 ** 2 + 0.2 ** 2 + 0.4 ** 2) / 3), 12);
    expect(s.bias).toBeCloseTo((0.05 - 0.2 + 0.4) / 3, 12);
    expect(s.coverage80).toBeCloseTo(1 / 3, 12);
    expect(s.coverage95).toBeCloseTo(2 / 3, 12);
    expect(s.crps).toBeCloseTo(0.14, 12);
    expect(forecastScore([point(1, 1, 0)], 'trend').points).toBe(0);
  });
});
