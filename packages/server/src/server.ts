import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import type { Store } from '@chanye/store';
import { createApp, type AppOptions } from './app.js';
import { snapshotIntegrity } from './integrity.js';
import { WorkPool } from './offload/work-pool.js';
import { listenHosts } from './security.js';

export interface StartServerOptions extends AppOptions {
  readonly store: Store;
  /** Default 8080; 0 picks a free port. */
  readonly port?: number;
  /**
   * Default 127.0.0.1 (loopback only). Requests may name it as their `Host` (for `0.0.0.0` or
   * `::`, any address of this machine's interfaces) besides localhost and `allowedHosts`.
   */
  readonly host?: string;
  /**
   * Worker threads that compute the heavy routes (default: one less than the cores, at least
   * one); 0 computes every request on the main thread. A custom `reports` renderer cannot
   * cross into a worker, so with one every request runs on the main thread.
   */
  readonly workers?: number;
  /** Heavy requests that may wait for a worker (default 16); one more gets 503 with Retry-After. */
  readonly queue?: number;
  /** Seconds a heavy request may compute before it is stopped with 503 `timeout` (default 30). */
  readonly timeoutSeconds?: number;
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly server: ServerType;
  /** Stops accepting connections and resolves when the open ones are done. */
  close(): Promise<void>;
}

/**
 * Serves the API with @hono/node-server. The store stays open: its owner closes it after
 * `close()`. The snapshot's integrity check (for `/api/health`) starts at once.
 */
export function startServer(options: StartServerOptions): Promise<RunningServer> {
  const { store, port = 8080, host = '127.0.0.1', ...rest } = options;
  // The pool's settings are the server's, not the app's.
  const { workers: _workers, queue: _queue, timeoutSeconds: _timeout, ...appOptions } = rest;
  const workPool = startWorkPool(store, options);
  const app = createApp(store, {
    ...appOptions,
    ...(workPool ? { workPool } : {}),
    allowedHosts: [...listenHosts(host), ...(appOptions.allowedHosts ?? [])],
  });
  void snapshotIntegrity(store);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
      const shown = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${shown}:${info.port}`,
        port: info.port,
        server,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            void workPool?.close();
            if ('closeIdleConnections' in server) server.closeIdleConnections();
          }),
      });
    });
    server.once('error', reject);
  });
}

/** The work pool of a server, or undefined when every request is to run on the main thread. */
function startWorkPool(store: Store, options: StartServerOptions): WorkPool | undefined {
  const workers = options.workers ?? Math.max(1, availableParallelism() - 1);
  if (workers < 1 || typeof options.reports === 'function') return undefined;
  const log = options.errorLog ?? ((line: string) => process.stderr.write(`${line}\n`));
  return WorkPool.start({
    workers,
    queue: options.queue ?? 16,
    timeoutMs: (options.timeoutSeconds ?? 30) * 1000,
    data: {
      store: {
        snapshotDir: store.snapshotDir,
        catalogPath: join(store.catalogDir, 'indicators.yaml'),
        // The user database the main store attached, or a path that does not exist (none).
        userDbPath: store.userDbPath ?? join(store.snapshotDir, 'no-user-database.duckdb'),
      },
      reports: options.reports !== false,
    },
    log,
  });
}
