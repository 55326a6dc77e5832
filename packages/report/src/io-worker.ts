import { parentPort, workerData } from 'node:worker_threads';
import { ChanyeError } from '@chanye/compute';
import { Store, type StoreOptions } from '@chanye/store';
import { gatherIo, type IoAsk } from './io.js';

/** What the worker posts back: the result, or the error (and whether the store would not even open). */
export type IoWorkerMessage =
  | { readonly ok: Awaited<ReturnType<typeof gatherIo>> }
  | {
      readonly error: {
        readonly kind: ChanyeError['kind'] | null;
        readonly message: string;
        readonly opening: boolean;
      };
    };

const post = (message: IoWorkerMessage): void => parentPort?.postMessage(message);
const failure = (error: unknown, opening: boolean): IoWorkerMessage => ({
  error: {
    kind: error instanceof ChanyeError ? error.kind : null,
    message: error instanceof Error ? error.message : String(error),
    opening,
  },
});

// Runs gatherIo on a store of its own over the same snapshot and posts the result back.
const { options, ask } = workerData as { options: StoreOptions; ask: IoAsk };
let store: Store | undefined;
try {
  store = await Store.open(options);
} catch (error) {
  post(failure(error, true));
}
if (store) {
  try {
    post({ ok: await gatherIo(store, ask) });
  } catch (error) {
    post(failure(error, false));
  } finally {
    store.close();
  }
}
