/**
 * Simulation bench: `npm run bench:simulate`. Times 1,000 Monte Carlo draws for one economy
 * (the target: under 5 s), the panel load and estimation, and a default back-test.
 * Prints medians; bench/RESULTS.md is updated by hand.
 */
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runSimulation, estimateEquations } from '@chanye/compute';
import { loadSimulationPanel, Store } from '@chanye/store';
import {
  backtest,
  currentForecaster,
  currentLeverEffects,
  forecastBacktest,
  forecastEconomy,
  loadScenario,
  simulateEconomy,
} from '@chanye/engine';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

async function time(label: string, runs: number, body: () => Promise<unknown> | unknown): Promise<void> {
  const ms: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    await body();
    ms.push(performance.now() - t);
  }
  process.stdout.write(`${label.padEnd(58)} ${(median(ms) / 1000).toFixed(3)} s (median of ${runs})\n`);
}

const store = await Store.open({ userDbPath: join(root, '.no-user-db-in-bench.duckdb') });
try {
  process.stdout.write(`node ${process.version}, ${cpus()[0]?.model ?? 'unknown cpu'} × ${cpus().length}\n`);
  const panel = await loadSimulationPanel(store);
  const estimated = estimateEquations(panel, panel.lastYear);
  await time('load simulation panel', 3, () => loadSimulationPanel(store));
  await time('estimate equations (all periods)', 3, () => estimateEquations(panel, panel.lastYear));
  const report = await simulateEconomy(store, {
    iso3: 'CHN',
    to: 2035,
    scenario: 'baseline',
    draws: 1,
    panel,
    estimated,
  });
  const input = {
    calibration: report.calibration.calibration,
    equations: report.equations,
    levers: {
      rd: Float64Array.from(report.leverPaths.rd_share_gdp),
      investmentRate: Float64Array.from(report.leverPaths.investment_rate),
      internet: Float64Array.from(report.leverPaths.internet_users),
      openness: Float64Array.from(report.leverPaths.trade_openness),
      co2Intensity: Float64Array.from(report.leverPaths.co2_intensity),
      investmentRateBase: report.calibration.levers.investment_rate.value,
      rdBase: report.calibration.levers.rd_share_gdp.value,
      internetBase: report.calibration.levers.internet_users.value,
      trendSe: { rd: 0.005, internet: 0.1, co2: 0.003 },
    },
    atlas: null,
    years: report.years,
  };
  await time('runSimulation: CHN to 2035, 1,000 draws (compute only)', 5, () =>
    runSimulation(input, { draws: 1000, seed: 1 }),
  );
  await time('simulateEconomy: CHN to 2035, 1,000 draws (end to end)', 3, () =>
    simulateEconomy(store, { iso3: 'CHN', to: 2035, scenario: 'baseline', draws: 1000, seed: 1 }),
  );
  await time('backtest: cutoff 2005, 15 economies × 500 draws', 1, () => backtest(store, { cutoff: 2005 }));
  // The default forecast (docs/methods/simulation.md): targets 1 s for one economy with 1,000
  // draws and 60 s for the three default back-tests.
  const forecaster = currentForecaster(panel);
  const leverEffects = currentLeverEffects(panel);
  const scenario = loadScenario(store.catalogDir, 'new-industrialization');
  await time('forecast: fit the direct equations (all PWT years)', 3, () => currentForecaster(panel));
  await time('forecast: estimate and back-test the lever effects', 3, () => currentLeverEffects(panel));
  await time('forecastEconomy: CHN to 2035, 1,000 draws, a scenario (fitted)', 5, () =>
    forecastEconomy(store, { iso3: 'CHN', to: 2035, draws: 1000, panel, forecaster, leverEffects, scenario }),
  );
  await time('forecastEconomy: CHN to 2035, 1,000 draws, a scenario (end to end)', 3, () =>
    forecastEconomy(store, { iso3: 'CHN', to: 2035, draws: 1000, scenario }),
  );
  await time('forecastBacktest: cut-offs 2000, 2005, 2010, every economy', 3, () => forecastBacktest(store));
} finally {
  store.close();
}
