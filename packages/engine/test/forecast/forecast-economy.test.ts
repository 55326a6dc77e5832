import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FORECAST_COMBINATION,
  GROWTH_LEVERS,
  leverBase,
  lnGdpPerCapita,
  median,
  panelValue,
  resolveLeverPath,
  scenarioEffectPaths,
  type LeverEffect,
  type SimulationPanel,
} from '@chanye/compute';
import { loadSimulationPanel, type Store } from '@chanye/store';
import {
  currentForecaster,
  currentLeverEffects,
  forecastEconomy,
  loadScenario,
  type EconomyForecast,
  type Scenario,
} from '@chanye/engine';
import { openSnapshotStore, querySharedFile, sharedDataAvailable } from '../helpers.js';

let store: Store;
let panel: SimulationPanel;
let effects: LeverEffect[];
let chn: EconomyForecast;
beforeAll(async () => {
  store = await openSnapshotStore();
  panel = await loadSimulationPanel(store);
  effects = currentLeverEffects(panel);
  chn = await forecastEconomy(store, {
    iso3: 'CHN',
    to: 2035,
    panel,
    scenario: loadScenario(store.catalogDir, 'new-industrialization'),
    leverEffects: effects,
  });
});
afterAll(() => store.close());

describe('the default forecast of one economy', () => {
  it('starts from the latest observed year (2023 or later for China), not from PWT’s last year', () => {
    expect(chn.pwtLastYear).toBe(2019);
    expect(chn.origin).toBeGreaterThanOrEqual(2023);
    expect(chn.fan[0]?.year).toBe(chn.origin + 1);
    expect(chn.history.filter((h) => h.year > 2019).every((h) => h.status === 'spliced')).toBe(true);
  });

  it('reports the years the World Bank has classified as observed: China P(high income) = 0 to 2024, Korea 1', async () => {
    const observed = chn.crossing!.years.filter((y) => y.year <= 2024);
    expect(observed.map((y) => y.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024]);
    for (const y of observed) {
      expect(y.status).toBe('observed');
      expect([y.probabilityAbove, y.probabilityCrossedBy]).toEqual([0, 0]);
    }
    const kor = await forecastEconomy(store, { iso3: 'KOR', to: 2030, panel, draws: 200 });
    expect(kor.crossing!.years.filter((y) => y.year <= 2024).every((y) => y.probabilityAbove === 1)).toBe(true);
  });

  it('keeps every Monte Carlo draw consistent with the published classifications, and P(crossed by) never falls', () => {
    expect(chn.crossing!.consistentShare).toBe(1);
    const years = chn.crossing!.years;
    for (let i = 1; i < years.length; i++) {
      expect(years[i]!.probabilityCrossedBy).toBeGreaterThanOrEqual(years[i - 1]!.probabilityCrossedBy);
      expect(years[i]!.probabilityCrossedBy).toBeGreaterThanOrEqual(years[i]!.probabilityAbove);
    }
  });

  it.skipIf(!sharedDataAvailable)(
    'splices 2020-2024 as the profile does: PWT 2019 rgdpna/pop × WDI GDP per capita at constant PPPs 2024/2019 (shared files)',
    async () => {
      const [pwt] = await querySharedFile<{ v: number }>(
        'pwt/pwt1001.parquet',
        (f) => `select rgdpna / pop as v from ${f} where iso3 = 'CHN' and year = 2019`,
      );
      const wdi = await querySharedFile<{ year: number; v: number }>(
        'gapminder/systema_globalis.parquet',
        (f) =>
          `select year, value as v from ${f} where indicator = 'alternative_gdp_per_capita_ppp_wb' and iso3 = 'CHN' and year in (2019, 2024) order by year`,
      );
      const spliced = chn.history.find((h) => h.year === 2024)!;
      expect(spliced.gdpPerCapita).toBeCloseTo((pwt!.v * wdi[1]!.v) / wdi[0]!.v, 6);
    },
  );

  it('has its median at the combination’s prediction (symmetric errors): recomputed from the coefficients, the state and PWT', () => {
    const forecaster = currentForecaster(panel);
    const s = chn.state;
    // Regression to the mean reverts to the median trailing growth of PWT's last decade (economies of ≥ 1 million people).
    const last = panel.lastYear;
    const trailing = panel.economies
      .filter((iso3) => (panelValue(panel, iso3, 'pop', last) ?? 0) >= 1)
      .map((iso3) => (lnGdpPerCapita(panel, iso3, last) - lnGdpPerCapita(panel, iso3, last - 10)) / 10)
      .filter(Number.isFinite);
    const rtm = 0.3 * s.trailingGrowth + 0.7 * median(trailing);
    const w = FORECAST_COMBINATION.regressionWeight;
    expect(FORECAST_COMBINATION.benchmark).toBe('rtm');
    for (const h of [1, 5, 11]) {
      const e = forecaster.equations.find((q) => q.submodel === 'full' && q.horizon === h)!;
      const x = [1, Math.min(0.08, Math.max(-0.02, s.trailingGrowth)), s.peakGap, s.lnRelativeLevel, s.lnHumanCapital];
      const regression = x.reduce((sum, v, j) => sum + v * (e.coefficients[j] as number), 0);
      const growth = w * regression + (1 - w) * rtm;
      expect(chn.fan[h - 1]!.quantiles[2]).toBeCloseTo(Math.exp(s.lnGdpPerCapita + h * growth), 6);
    }
    for (const y of chn.fan) for (let k = 1; k < 5; k++) expect(y.quantiles[k]!).toBeGreaterThan(y.quantiles[k - 1]!);
  });
});

describe('scenarios as differences from the baseline', () => {
  it('the baseline scenario differs from the forecast by exactly nothing (common random numbers)', async () => {
    const base = await forecastEconomy(store, {
      iso3: 'BRA',
      to: 2035,
      panel,
      draws: 300,
      scenario: loadScenario(store.catalogDir, 'baseline'),
      leverEffects: effects,
    });
    expect(base.scenario!.difference.every((d) => d.p10 === 0 && d.p50 === 0 && d.p90 === 0)).toBe(true);
    expect(base.scenario!.crossing!.years).toEqual(base.crossing!.years);
  });

  it('uses a lever only when its evidence says so, and then with the sign the literature expects', () => {
    for (const e of effects) {
      if (e.verdict === 'measurable') {
        expect(e.coefficient - 1.96 * e.standardError, e.lever).toBeGreaterThan(0);
        expect(e.outOfSample.rmseWith, e.lever).toBeLessThan(e.outOfSample.rmseWithout);
        expect(e.effect).toBe(e.coefficient);
      } else expect(e.effect, e.lever).toBe(0);
    }
  });

  it('raising any lever never lowers the 2035 median of any economy', () => {
    const raise = (lever: string): Scenario['levers'] =>
      Object.fromEntries(
        GROWTH_LEVERS.map((l) => [l, l === lever ? { path: 'annual_change', value: 0.5 } : { path: 'hold' }]),
      ) as Scenario['levers'];
    let checked = 0;
    for (const iso3 of panel.economies) {
      for (const lever of GROWTH_LEVERS) {
        const base = leverBase(panel, iso3, lever, 2024);
        if (!base) continue;
        const years = Array.from({ length: 11 }, (_, i) => 2024 + i);
        const path = (spec: Scenario['levers'][typeof lever]) =>
          resolveLeverPath(spec, base.value, base.trend.mean, base.year, years);
        const shift = scenarioEffectPaths(
          [{ lever, baseline: path({ path: 'hold' }), scenario: path(raise(lever)[lever]) }],
          effects,
          11,
          201,
          1,
        );
        const last = Array.from({ length: 201 }, (_, d) => shift[d * 11 + 10] as number).sort((a, b) => a - b);
        expect(last[100], `${iso3} ${lever}`).toBeGreaterThanOrEqual(0);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(400);
  });

  it('gives 2035 scenario medians within 0.5 % between 1,000 and 2,000 draws', async () => {
    const scenario = loadScenario(store.catalogDir, 'new-industrialization');
    const run = (draws: number) =>
      forecastEconomy(store, { iso3: 'CHN', to: 2035, panel, draws, scenario, leverEffects: effects });
    const [a, b] = [await run(1000), await run(2000)];
    const m = (f: EconomyForecast) => f.scenario!.fan.at(-1)!.quantiles[2]!;
    expect(Math.abs(m(a) / m(b) - 1)).toBeLessThan(0.005);
  });
});

describe('bad requests', () => {
  it('names the year it expected', async () => {
    await expect(forecastEconomy(store, { iso3: 'CHN', to: 2020, panel })).rejects.toThrow(
      /--to 2020 must be after 2024, CHN's latest observed year/,
    );
  });
});
