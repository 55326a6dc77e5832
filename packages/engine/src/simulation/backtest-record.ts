import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ChanyeError, type BacktestSummary } from '@chanye/compute';
import type { BacktestReport } from './simulate.js';

/**
 * The back-test that documents cite (docs/methods/simulation.md, the report's scenario
 * section), recorded as data: `npm run build:backtest-record` runs `backtest` with the
 * settings below (the 2005 and 2010 cut-offs) and writes `catalog/results/backtest-<cutoff>.json`; a test runs it again
 * and requires the same numbers, so a model change cannot leave the cited figures stale.
 */
export const RECORDED_BACKTESTS = [
  { cutoff: 2005, draws: 500, seed: 1 },
  { cutoff: 2010, draws: 500, seed: 1 },
] as const;

/** The recorded back-test the report's scenario section cites (the 2005 cut-off, the longest hold-out). */
export const RECORDED_BACKTEST = RECORDED_BACKTESTS[0];

export interface BacktestRecord {
  readonly command: string;
  readonly cutoff: number;
  readonly lastYear: number;
  readonly draws: number;
  readonly seed: number;
  readonly scenario: string;
  /** Economies with held-out points, and those skipped with the reason. */
  readonly economies: number;
  readonly skipped: readonly { readonly iso3: string; readonly reason: string }[];
  readonly pooled: BacktestSummary;
  readonly byGroup: Readonly<Record<string, BacktestSummary>>;
  readonly byHorizon: readonly { readonly horizons: string; readonly summary: BacktestSummary }[];
  readonly byYearAhead: readonly { readonly horizon: number; readonly summary: BacktestSummary }[];
}

/** The recorded summary of a back-test report (everything but the per-point detail). */
export function backtestRecord(report: BacktestReport): BacktestRecord {
  return {
    command: `chanye backtest --model structural --cutoff ${report.cutoff} --draws ${report.draws} --seed ${report.seed}`,
    cutoff: report.cutoff,
    lastYear: report.lastYear,
    draws: report.draws,
    seed: report.seed,
    scenario: report.scenario,
    economies: report.economies.filter((e) => e.summary !== null).length,
    skipped: report.economies
      .filter((e) => e.skipped !== null)
      .map((e) => ({ iso3: e.iso3, reason: e.skipped as string })),
    pooled: report.pooled,
    byGroup: report.byGroup,
    byHorizon: report.byHorizon,
    byYearAhead: report.byYearAhead,
  };
}

export function backtestRecordPath(catalogDir: string, cutoff: number = RECORDED_BACKTEST.cutoff): string {
  return join(catalogDir, 'results', `backtest-${cutoff}.json`);
}

/** Reads the recorded back-test (see {@link RECORDED_BACKTEST}). */
export function loadBacktestRecord(catalogDir: string, cutoff: number = RECORDED_BACKTEST.cutoff): BacktestRecord {
  const path = backtestRecordPath(catalogDir, cutoff);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as BacktestRecord;
  } catch (error) {
    throw new ChanyeError(
      'not-found',
      `cannot read the recorded back-test ${path}: ${(error as Error).message} (run npm run build:backtest-record)`,
    );
  }
}
