/**
 * Records the forecast back-tests that the documents cite (catalog/results/forecast-backtest.json):
 * the default back-test and the validation back-test that chose the specification.
 * Run `npm run build:forecast-record` after a change to the growth forecast.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { format } from 'prettier';
import { Store } from '@chanye/store';
import { buildForecastRecord, forecastRecordPath } from '@chanye/engine';

const store = await Store.open({});
try {
  const path = forecastRecordPath(store.catalogDir);
  mkdirSync(dirname(path), { recursive: true });
  // Formatted as the repository's prettier check wants it (the test compares parsed values).
  writeFileSync(path, await format(JSON.stringify(await buildForecastRecord(store)), { parser: 'json' }));
  process.stdout.write(`wrote ${path}\n`);
} finally {
  store.close();
}
