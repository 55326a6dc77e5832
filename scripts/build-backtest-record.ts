/**
 * Records the back-tests that the documents cite: runs `backtest` with each of RECORDED_BACKTESTS'
 * settings on the embedded snapshot and writes catalog/results/backtest-<cutoff>.json.
 * Run `npm run build:backtest-record` after a change to the simulation model.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { Store } from '@chanye/store';
import { backtest, backtestRecord, backtestRecordPath, RECORDED_BACKTESTS } from '@chanye/engine';

const store = await Store.open({});
try {
  for (const settings of RECORDED_BACKTESTS) {
    const record = backtestRecord(await backtest(store, settings));
    const path = backtestRecordPath(store.catalogDir, settings.cutoff);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `${JSON.stringify(record, null, 2)}\n`);
    process.stdout.write(`wrote ${path}\n`);
  }
} finally {
  store.close();
}
