import { BENCHMARK_METHODS, type ForecastScore } from '@chanye/compute';
import type { ForecastBacktestReport, MethodScores } from '../forecast/forecast-backtest.js';

/**
 * Columns of the forecast back-test's CSV: one row per economy and cut-off with the default
 * forecast's scores (the columns of the structural back-test: points, rmse, bias, coverage80,
 * coverage95), the regression's alone and each benchmark's RMSE on the same points; then one row per cut-off, horizon
 * bucket, income group and region with `iso3` naming the group.
 */
export const FORECAST_BACKTEST_COLUMNS = [
  'iso3',
  'cutoff',
  'group',
  'points',
  'rmse',
  'bias',
  'coverage80',
  'coverage95',
  'crps',
  'rmse_regression',
  'rmse_trend',
  'rmse_rtm',
  'rmse_median',
] as const;

const r4 = (x: number): number | null => (Number.isFinite(x) ? Math.round(x * 1e4) / 1e4 : null);

function row(iso3: string, cutoff: number | 'all', group: string, scores: MethodScores): Record<string, unknown> {
  const m: ForecastScore = scores.model;
  return {
    iso3,
    cutoff,
    group,
    points: m.points,
    rmse: r4(m.rmse),
    bias: r4(m.bias),
    coverage80: r4(m.coverage80),
    coverage95: r4(m.coverage95),
    crps: r4(m.crps),
    rmse_regression: r4(scores.regression.rmse),
    ...Object.fromEntries(BENCHMARK_METHODS.map((b) => [`rmse_${b}`, r4(scores[b].rmse)])),
  };
}

/** The rows of {@link FORECAST_BACKTEST_COLUMNS}. */
export function forecastBacktestRows(report: ForecastBacktestReport): Record<string, unknown>[] {
  const rows = report.economies.map((e) => row(e.iso3, e.cutoff, e.incomeGroup ?? '', e.scores));
  for (const c of report.cutoffs) {
    rows.push(row('(all)', c.cutoff, 'all', c.pooled));
    for (const h of c.byHorizon) rows.push(row(`(h ${h.horizons})`, c.cutoff, 'horizon', h.scores));
    for (const [g, s] of Object.entries(c.byIncomeGroup)) rows.push(row(`(${g})`, c.cutoff, 'income group', s));
    for (const [g, s] of Object.entries(c.byRegion)) rows.push(row(`(${g})`, c.cutoff, 'region', s));
  }
  for (const h of report.overall.byHorizon) rows.push(row(`(h ${h.horizons})`, 'all', 'horizon', h.scores));
  rows.push(row('(all)', 'all', 'all', report.overall.pooled));
  return rows;
}
