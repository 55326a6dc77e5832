/**
 * An app worker: opens its own store over the same snapshot and user database (read-only, as
 * the main thread's), serves the same Hono app, and answers the requests the main thread
 * passes it one at a time. See work-pool.ts.
 *
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Store } from '@chanye/store';
import { createApp } from '../app.js';
import type { AppWorkerData, FromWorker, WorkRequest } from './protocol.js';

const port = parentPort;
if (!port) throw new Error('app-worker.js runs as a worker thread of the Chanye server');
const send = (message: FromWorker, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

const data = workerData as AppWorkerData;
try {
  const store = await Store.open(data.store);
  await store.preloadSeries();
  const app = createApp(store, {
    log: false,
    // The main thread checked the Host header; requests arrive here with an internal URL.
    allowedHosts: ['*'],
    ...(data.reports ? {} : { reports: false as const }),
    errorLog: (line) => send({ kind: 'log', line }),
  });
  port.on('message', (request: WorkRequest) => {
    void (async () => {
      const response = await app.request(request.url, {
        headers: request.accept === undefined ? {} : { accept: request.accept },
      });
      const body = new Uint8Array(await response.arrayBuffer());
      const headers = [...response.headers.entries()];
      send({ kind: 'answer', id: request.id, status: response.status, headers, body }, [body.buffer as ArrayBuffer]);
    })();
  });
  send({ kind: 'ready' });
} catch (error) {
  send({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
}
