import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BacktestSummary } from '@chanye/compute';
import { type Store } from '@chanye/store';
import { backtest, backtestRecord, loadBacktestRecord, RECORDED_BACKTESTS } from '@chanye/engine';
import { openSnapshotStore, repoRoot } from '../helpers.js';

let store: Store;
beforeAll(async () => {
  store = await openSnapshotStore();
});
afterAll(() => store.close());

/** The lines of the structural model's back-test section (the default forecast's tables come before it). */
const doc = (): string[] => {
  const lines = readFileSync(join(repoRoot, 'docs/methods/simulation.md'), 'utf8').split('\n');
  return lines.slice(lines.indexOf('## Back-test of the structural model'));
};
const cellsOf = (line: string): string[] => line.split('|').map((c) => c.trim());
/** A number as the docs print it (two decimals); +0 so that −0.00 and 0.00 compare alike. */
const two = (x: number): number => Number(x.toFixed(2)) + 0;

describe.each(RECORDED_BACKTESTS.map((s) => [s.cutoff, s] as const))(
  'the recorded back-test (catalog/results/backtest-%i.json)',
  (cutoff, settings) => {
    it('is what the model gives today: rerun with the recorded settings, the numbers are identical', async () => {
      const fresh = backtestRecord(await backtest(store, settings));
      // Round-trip through JSON, as the file was written, so -0 and exact doubles compare alike.
      expect(JSON.parse(JSON.stringify(fresh))).toEqual(loadBacktestRecord(store.catalogDir, cutoff));
    });

    it('covers at least 10 graduate and stalled economies, and its horizons add up to the pooled points', () => {
      const record = loadBacktestRecord(store.catalogDir, cutoff);
      expect(record.economies).toBeGreaterThanOrEqual(10);
      const sum = (xs: readonly { summary: BacktestSummary }[]): number => xs.reduce((s, h) => s + h.summary.points, 0);
      expect(sum(record.byHorizon)).toBe(record.pooled.points);
      expect(sum(record.byYearAhead)).toBe(record.pooled.points);
      expect((record.byGroup['graduate']?.points ?? 0) + (record.byGroup['stalled']?.points ?? 0)).toBe(
        record.pooled.points,
      );
    });

    it('is the back-test table of docs/methods/simulation.md: pooled, group and horizon rows', () => {
      const record = loadBacktestRecord(store.catalogDir, cutoff);
      const lines = doc();
      const pooled = lines.find((l) => new RegExp(`^\\| ${cutoff} +\\| ${cutoff + 1}-${record.lastYear}`).test(l));
      expect(pooled, `pooled ${cutoff} row`).toBeDefined();
      // | cut-off | held out | economies | points | RMSE | bias | naive RMSE | 80 % | 95 % |
      expect(parseInt(cellsOf(pooled!)[3]!, 10)).toBe(record.economies);
      const rows: [string, BacktestSummary][] = [
        [`${cutoff} `, record.pooled],
        [`${cutoff}, graduates `, record.byGroup['graduate']!],
        [`${cutoff}, stalled `, record.byGroup['stalled']!],
        ...record.byHorizon.map((h): [string, BacktestSummary] => [`${cutoff}, horizon ${h.horizons} `, h.summary]),
      ];
      for (const [label, s] of rows) {
        const line = lines.find((l) => l.startsWith(`| ${label}`));
        expect(line, label).toBeDefined();
        const c = cellsOf(line!);
        expect(
          [c[4], c[5], c[6], c[7], c[8], c[9]].map((x) => Number(x) + 0),
          label,
        ).toEqual([s.points, ...[s.rmse, s.bias, s.naiveRmse, s.coverage80, s.coverage95].map(two)]);
      }
    });

    it('is the by-horizon table of docs/methods/simulation.md', () => {
      const record = loadBacktestRecord(store.catalogDir, cutoff);
      const column = RECORDED_BACKTESTS.findIndex((s) => s.cutoff === cutoff);
      const lines = doc();
      for (const { horizon, summary: s } of record.byYearAhead) {
        const line = lines.find((l) => l.startsWith(`| h${horizon} `));
        expect(line, `h${horizon}`).toBeDefined();
        // | horizon | (points | RMSE | naive RMSE | 80 % | 95 %) per cut-off |
        const c = cellsOf(line!).slice(2 + 5 * column, 7 + 5 * column);
        expect(
          c.map((x) => Number(x) + 0),
          `h${horizon}`,
        ).toEqual([s.points, ...[s.rmse, s.naiveRmse, s.coverage80, s.coverage95].map(two)]);
      }
    });
  },
);
