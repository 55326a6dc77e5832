import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backtest, backtestRecord, loadBacktestRecord, RECORDED_BACKTEST, type Store } from '@chanye/store';
import { openSnapshotStore, repoRoot } from '../helpers.js';

let store: Store;
beforeAll(async () => {
  store = await openSnapshotStore();
});
afterAll(() => store.close());

describe('the recorded back-test (catalog/results/backtest-2005.json)', () => {
  it('is what the model gives today: rerun with the recorded settings, the numbers are identical', async () => {
    const fresh = backtestRecord(await backtest(store, RECORDED_BACKTEST));
    // Round-trip through JSON, as the file was written, so -0 and exact doubles compare alike.
    expect(JSON.parse(JSON.stringify(fresh))).toEqual(loadBacktestRecord(store.catalogDir));
  });

  it('is the pooled 2005 row of the back-test table in docs/methods/simulation.md', () => {
    const record = loadBacktestRecord(store.catalogDir);
    const doc = readFileSync(join(repoRoot, 'docs/methods/simulation.md'), 'utf8');
    const row = doc.split('\n').find((l) => /^\| 2005 +\| 2006-2019/.test(l)) as string;
    // | cut-off | held out | economies | points | RMSE | bias | naive RMSE | 80 % | 95 % |
    const cells = row.split('|').map((c) => c.trim());
    const p = record.pooled;
    expect(parseInt(cells[3] as string, 10)).toBe(record.economies);
    expect(Number(cells[4])).toBe(p.points);
    expect([cells[5], cells[6], cells[7], cells[8], cells[9]].map(Number)).toEqual(
      [p.rmse, p.bias, p.naiveRmse, p.coverage80, p.coverage95].map((x) => Number(x.toFixed(2))),
    );
    for (const [label, summary] of [
      ['2005, graduates', record.byGroup['graduate']],
      ['2005, stalled', record.byGroup['stalled']],
    ] as const) {
      const groupCells = (doc.split('\n').find((l) => l.startsWith(`| ${label} `)) as string)
        .split('|')
        .map((c) => c.trim());
      expect([groupCells[4], groupCells[5], groupCells[7], groupCells[8], groupCells[9]].map(Number)).toEqual(
        [summary!.points, summary!.rmse, summary!.naiveRmse, summary!.coverage80, summary!.coverage95].map((x) =>
          Number(x.toFixed(2)),
        ),
      );
    }
  });
});
