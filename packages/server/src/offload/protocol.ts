import type { StoreOptions } from '@chanye/store';

/**
 * Messages between the server's main thread and its app workers (work-pool.ts, app-worker.ts).
 * A worker runs the same app as the main thread over its own store, answers one request at a
 * time and sends the answer's bytes back as a transferred buffer (no copy on the main thread).
 *
 * @module
 */

/** What a worker is started with. */
export interface AppWorkerData {
  readonly store: StoreOptions;
  /** Whether reports are served (the default renderer); false answers 501 as the main app would. */
  readonly reports: boolean;
}

/** One request for a worker: the URL (path and query) and the headers the routes read. */
export interface WorkRequest {
  readonly id: number;
  readonly url: string;
  readonly accept: string | undefined;
}

/** One answer, its body transferred. */
export interface WorkAnswer {
  readonly id: number;
  readonly status: number;
  readonly headers: readonly (readonly [string, string])[];
  readonly body: Uint8Array;
}

export type FromWorker =
  | { readonly kind: 'ready' }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'log'; readonly line: string }
  | ({ readonly kind: 'answer' } & WorkAnswer);
