import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bestCombination,
  FORECAST_COMBINATION,
  FORECAST_METHODS,
  lnGdpPerCapita,
  median,
  panelValue,
} from '@chanye/compute';
import { loadSimulationPanel, type Store } from '@chanye/store';
import { buildForecastRecord, forecastBacktest, loadForecastRecord, type ForecastRecord } from '@chanye/engine';
import { openSnapshotStore, repoRoot } from '../helpers.js';

let store: Store;
let record: ForecastRecord;
beforeAll(async () => {
  store = await openSnapshotStore();
  record = loadForecastRecord(store.catalogDir);
});
afterAll(() => store.close());

const doc = (): string[] => readFileSync(join(repoRoot, 'docs/methods/simulation.md'), 'utf8').split('\n');
const cellsOf = (line: string): string[] => line.split('|').map((c) => c.trim());
const three = (x: number): number => Number(x.toFixed(3)) + 0;

describe('the recorded forecast back-test (catalog/results/forecast-backtest.json)', () => {
  it('is what the forecaster gives today: both back-tests rerun give identical numbers', async () => {
    const fresh = await buildForecastRecord(store);
    expect(JSON.parse(JSON.stringify(fresh))).toEqual(record);
  });

  it('forecasts every eligible economy, and its horizon buckets add up to the pooled points', () => {
    for (const c of record.test.cutoffs) {
      expect(c.forecast, `${c.cutoff}`).toBe(c.eligible);
      expect(c.eligible).toBeGreaterThanOrEqual(140);
      for (const m of FORECAST_METHODS) {
        expect(c.byHorizon.reduce((s, h) => s + h.scores[m].points, 0)).toBe(c.pooled[m].points);
        const byGroup = Object.values(c.byIncomeGroup).reduce((s, g) => s + g[m].points, 0);
        expect(byGroup).toBeLessThanOrEqual(c.pooled[m].points);
      }
    }
  });

  it('scores the median benchmark as a direct computation from PWT does (2010 cut-off)', async () => {
    // Independent of the forecaster's code: median trailing growth of the ≥ 1 million sample, extrapolated.
    const panel = await loadSimulationPanel(store);
    const sample = panel.economies.filter((iso3) => {
      const pop = panelValue(panel, iso3, 'pop', 2010);
      return (
        pop !== undefined &&
        pop >= 1 &&
        Number.isFinite(lnGdpPerCapita(panel, iso3, 2010)) &&
        Number.isFinite(lnGdpPerCapita(panel, iso3, 2000))
      );
    });
    const g = median(
      sample.map((iso3) => (lnGdpPerCapita(panel, iso3, 2010) - lnGdpPerCapita(panel, iso3, 2000)) / 10),
    );
    let se = 0;
    let n = 0;
    for (const iso3 of sample)
      for (let y = 2011; y <= panel.lastYear; y++) {
        const actual = lnGdpPerCapita(panel, iso3, y);
        if (!Number.isFinite(actual)) continue;
        se += (lnGdpPerCapita(panel, iso3, 2010) + g * (y - 2010) - actual) ** 2;
        n++;
      }
    const c2010 = record.test.cutoffs.find((c) => c.cutoff === 2010)!;
    expect(c2010.pooled.median.points).toBe(n);
    expect(c2010.pooled.median.rmse).toBeCloseTo(Math.sqrt(se / n), 12);
  });

  it('meets its calibration criterion: pooled 80/95 % coverage within 5/3 points of nominal at every cut-off', () => {
    for (const g of record.verdict.coverageGap) {
      expect(Math.abs(g.gap80), `${g.cutoff} 80 %`).toBeLessThanOrEqual(5);
      expect(Math.abs(g.gap95), `${g.cutoff} 95 %`).toBeLessThanOrEqual(3);
    }
  });

  it('beats the best benchmark at every cut-off, and over the three together by at least 5 % of RMSE', () => {
    for (const a of record.verdict.againstBestBenchmark) expect(a.relative, `${a.cutoff}`).toBeLessThan(0);
    const all = record.verdict.againstBestBenchmark.find((a) => a.cutoff === 'all')!;
    expect(all.relative).toBeLessThanOrEqual(-0.05);
  });

  it('was chosen on a validation back-test that beats its benchmarks too (cut-offs 1985-1995, scored through 2000)', () => {
    expect(record.validation.lastYear).toBe(2000);
    const pooled = record.validation.overall.pooled;
    for (const b of ['trend', 'rtm', 'median'] as const) expect(pooled.model.rmse).toBeLessThan(pooled[b].rmse);
  });

  it('uses the combination with the lowest validation RMSE on the recorded grid, and beats its members there', () => {
    const best = bestCombination(record.combination.grid);
    expect(record.combination.chosen).toEqual(FORECAST_COMBINATION);
    expect({ benchmark: best.benchmark, regressionWeight: best.regressionWeight }).toEqual(FORECAST_COMBINATION);
    // The grid's ends are the members alone: weight 1 is the regression, weight 0 the benchmark.
    const at = (w: number) =>
      record.combination.grid.find((g) => g.benchmark === FORECAST_COMBINATION.benchmark && g.regressionWeight === w)!;
    expect(at(1).rmse).toBeCloseTo(record.validation.overall.pooled.regression.rmse, 12);
    expect(at(0).rmse).toBeCloseTo(record.validation.overall.pooled[FORECAST_COMBINATION.benchmark].rmse, 12);
    expect(at(FORECAST_COMBINATION.regressionWeight).rmse).toBeCloseTo(record.validation.overall.pooled.model.rmse, 12);
    expect(best.rmse).toBeLessThan(Math.min(at(1).rmse, at(0).rmse));
  });

  it('is the forecast tables of docs/methods/simulation.md', () => {
    const lines = doc();
    const labels = {
      model: 'default',
      regression: 'regression alone',
      trend: 'trend',
      rtm: 'regression to the mean',
      median: 'median',
    } as const;
    const sets = [
      ...record.test.cutoffs.map((c) => [`${c.cutoff}`, c.pooled] as const),
      ['2000-2010', record.test.overall.pooled] as const,
      ...record.validation.cutoffs.map((c) => [`${c.cutoff} (validation)`, c.pooled] as const),
    ];
    for (const [label, scores] of sets) {
      for (const m of FORECAST_METHODS) {
        const line = lines.find((l) => l.startsWith(`| ${label} `) && cellsOf(l)[3] === labels[m]);
        expect(line, `${label} ${m}`).toBeDefined();
        // | cut-off | held out | method | points | RMSE | bias | 80 % | 95 % | CRPS |
        const c = cellsOf(line!);
        const s = scores[m];
        expect(
          c.slice(4, 10).map((x) => Number(x) + 0),
          `${label} ${m}`,
        ).toEqual([s.points, ...[s.rmse, s.bias, s.coverage80, s.coverage95, s.crps].map(three)]);
      }
    }
  });

  it('is the combination grid of docs/methods/simulation.md', () => {
    const lines = doc();
    const labels = { trend: 'trend', rtm: 'regression to the mean', median: 'median' } as const;
    for (const [benchmark, label] of Object.entries(labels)) {
      const line = lines.find((l) => l.startsWith(`| ${label} `) && cellsOf(l).length === 14);
      expect(line, label).toBeDefined();
      const grid = record.combination.grid.filter((g) => g.benchmark === benchmark);
      expect(cellsOf(line!).slice(2, 13).map(Number)).toEqual(grid.map((g) => Number(g.rmse.toFixed(4))));
    }
  });

  it('is the lever table of docs/methods/simulation.md', () => {
    const lines = doc();
    for (const l of record.levers) {
      const line = lines.find((x) => x.startsWith(`| ${l.lever} `));
      expect(line, l.lever).toBeDefined();
      // | lever | coefficient | standard error | n | origins | RMSE with | without | verdict |
      const c = cellsOf(line!);
      expect([Number(c[2]), Number(c[3]), Number(c[4]), c[5], Number(c[6]), Number(c[7]), c[8]]).toEqual([
        Number(l.coefficient.toFixed(6)),
        Number(l.standardError.toFixed(6)),
        l.n,
        `${l.origins[0]}-${l.origins[1]}`,
        Number(l.outOfSample.rmseWith.toFixed(4)),
        Number(l.outOfSample.rmseWithout.toFixed(4)),
        l.verdict,
      ]);
    }
  });

  it('rejects a cut-off outside the data with a clear error', async () => {
    await expect(forecastBacktest(store, { cutoffs: [1979] })).rejects.toThrow(
      /--cutoff 1979: expected a year from 1985/,
    );
  });
});
