/**
 * Records the back-test that the documents cite: runs `backtest` with RECORDED_BACKTEST's
 * settings on the embedded snapshot and writes catalog/results/backtest-<cutoff>.json.
 * Run `npm run build:backtest-record` after a change to the simulation model.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { backtest, backtestRecord, backtestRecordPath, RECORDED_BACKTEST, Store } from '@chanye/store';

const store = await Store.open({});
try {
  const record = backtestRecord(await backtest(store, RECORDED_BACKTEST));
  const path = backtestRecordPath(store.catalogDir);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(record, null, 2)}\n`);
  process.stdout.write(`wrote ${path}\n`);
} finally {
  store.close();
}
