import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  BENCHMARK_METHODS,
  ChanyeError,
  combinationGrid,
  FORECAST_COMBINATION,
  type BenchmarkMethod,
  type CombinationScore,
  type LeverEffect,
} from '@chanye/compute';
import { loadSimulationPanel, type Store } from '@chanye/store';
import { currentLeverEffects } from './forecast-economy.js';
import { DEFAULT_BACKTEST_CUTOFFS, forecastBacktest, type ForecastBacktestReport } from './forecast-backtest.js';

/**
 * The forecast back-tests the documents cite, recorded as data: `npm run build:forecast-record`
 * runs the default back-test (cut-offs 2000, 2005, 2010, scored to the last PWT year) and the
 * validation back-test that chose the specification (cut-offs 1985, 1990, 1995, scored through
 * 2000, so it saw nothing the test uses) and writes `catalog/results/forecast-backtest.json`;
 * a test reruns both and requires the same numbers.
 */
export const FORECAST_RECORD_SETTINGS = {
  test: { cutoffs: DEFAULT_BACKTEST_CUTOFFS },
  validation: { cutoffs: [1985, 1990, 1995], through: 2000 },
} as const;

export interface ForecastRecord {
  readonly command: string;
  readonly test: Omit<ForecastBacktestReport, 'points' | 'economies'>;
  readonly validation: Omit<ForecastBacktestReport, 'points' | 'economies'>;
  /**
   * The validation back-test's RMSE of every combination of the regression with a benchmark,
   * and the one the default forecast uses (the lowest; a test checks that they agree).
   */
  readonly combination: {
    readonly chosen: typeof FORECAST_COMBINATION;
    readonly grid: readonly CombinationScore[];
  };
  /** The verdict of the criteria on the test back-test, computed from the numbers above. */
  readonly verdict: ForecastVerdict;
  /** Each lever's estimated growth effect and its out-of-sample evidence (today's forecast). */
  readonly levers: readonly LeverEffect[];
}

/** Whether the default forecast meets the criteria it is held to (docs/methods/simulation.md). */
export interface ForecastVerdict {
  /** Share of eligible economies the model forecast, at each cut-off. */
  readonly economiesCovered: readonly { cutoff: number; share: number }[];
  /** The best benchmark (lowest RMSE) at each cut-off and overall, and the model's RMSE relative to it (model/best − 1). */
  readonly againstBestBenchmark: readonly { cutoff: number | 'all'; best: BenchmarkMethod; relative: number }[];
  /** Pooled coverage minus nominal, in percentage points, at each cut-off. */
  readonly coverageGap: readonly { cutoff: number; gap80: number; gap95: number }[];
}

function strip(report: ForecastBacktestReport): ForecastRecord['test'] {
  const { points: _points, economies: _economies, ...rest } = report;
  return rest;
}

/** The verdict of a test back-test. */
export function forecastVerdict(report: Omit<ForecastBacktestReport, 'points' | 'economies'>): ForecastVerdict {
  const against = (cutoff: number | 'all', scores: ForecastBacktestReport['overall']['pooled']) => {
    const best = BENCHMARK_METHODS.reduce<BenchmarkMethod>(
      (a, b) => (scores[b].rmse < scores[a].rmse ? b : a),
      'trend',
    );
    // Over all cut-offs the yardstick is the benchmark that is best over all of them together.
    return { cutoff, best, relative: scores.model.rmse / scores[best].rmse - 1 };
  };
  return {
    economiesCovered: report.cutoffs.map((c) => ({ cutoff: c.cutoff, share: c.forecast / c.eligible })),
    againstBestBenchmark: [
      ...report.cutoffs.map((c) => against(c.cutoff, c.pooled)),
      against('all', report.overall.pooled),
    ],
    coverageGap: report.cutoffs.map((c) => ({
      cutoff: c.cutoff,
      gap80: 100 * (c.pooled.model.coverage80 - 0.8),
      gap95: 100 * (c.pooled.model.coverage95 - 0.95),
    })),
  };
}

/** Runs both back-tests and returns the record. */
export async function buildForecastRecord(store: Store): Promise<ForecastRecord> {
  const test = strip(await forecastBacktest(store, FORECAST_RECORD_SETTINGS.test));
  const validationRun = await forecastBacktest(store, FORECAST_RECORD_SETTINGS.validation);
  const combination = { chosen: FORECAST_COMBINATION, grid: combinationGrid(validationRun.points) };
  const levers = currentLeverEffects(await loadSimulationPanel(store));
  return {
    command: 'chanye backtest --format json',
    test,
    validation: strip(validationRun),
    combination,
    verdict: forecastVerdict(test),
    levers,
  };
}

export function forecastRecordPath(catalogDir: string): string {
  return join(catalogDir, 'results', 'forecast-backtest.json');
}

/** Reads the recorded forecast back-test. */
export function loadForecastRecord(catalogDir: string): ForecastRecord {
  const path = forecastRecordPath(catalogDir);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as ForecastRecord;
  } catch (error) {
    throw new ChanyeError(
      'not-found',
      `cannot read the recorded forecast back-test ${path}: ${(error as Error).message} (run npm run build:forecast-record)`,
    );
  }
}
