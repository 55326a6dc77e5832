/**
 * The input-output step of the gathering, in a worker thread beside the rest of the report
 * when it can be.
 *
 * @module
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ChanyeError } from '@chanye/compute';
import type { Store, StoreOptions } from '@chanye/store';
import { gatherIo, type GatheredIo, type IoAsk } from './io.js';
import type { IoWorkerMessage } from './io-worker.js';
import type { ReportSettings } from './model.js';
import { REPORT_DEFAULTS } from './options.js';

/**
 * The input-output step. Its work is nearly all computation on one thread (two LU
 * factorizations of a 1,435-sector matrix), so by default it runs in a worker thread, with a
 * store of its own over the same snapshot, beside the rest of the report. The worker calls the
 * same functions on the same tables (user data never enters them), so the numbers are the
 * same. The step runs here instead when asked to (`ioInWorker: false`), when the module runs
 * from its TypeScript source (tests, tsx: there is no compiled worker file beside it), or when
 * the worker's store cannot be opened.
 */
export async function gatherIoStep(
  store: Store,
  iso3: string,
  settings: ReportSettings,
  inWorker: boolean,
): Promise<GatheredIo> {
  const ask: IoAsk = { iso3, ...settings.io, limit: REPORT_DEFAULTS.chokepoints.limit };
  // Beside this module in dist/, and beside the CLI's bundle under the same name (packages/cli/bundle.mjs).
  const script = new URL('./io-worker.js', import.meta.url);
  if (!inWorker || !existsSync(fileURLToPath(script))) return gatherIo(store, ask);
  const options: StoreOptions = {
    snapshotDir: store.snapshotDir,
    catalogPath: join(store.catalogDir, 'indicators.yaml'),
    // A path that does not exist: the worker's store opens no user database.
    userDbPath: join(store.snapshotDir, 'no-user-database.duckdb'),
  };
  const worker = new Worker(script, { workerData: { options, ask } });
  const message = await new Promise<IoWorkerMessage>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the input-output worker stopped (exit code ${code})`)));
  }).finally(() => void worker.terminate());
  if ('ok' in message) return message.ok;
  const { kind, message: text, opening } = message.error;
  if (opening) return gatherIo(store, ask);
  throw kind ? new ChanyeError(kind, text) : new Error(text);
}
