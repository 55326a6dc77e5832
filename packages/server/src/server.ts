import { serve, type ServerType } from '@hono/node-server';
import type { Store } from '@chanye/store';
import { createApp, type AppOptions } from './app.js';
import { snapshotIntegrity } from './integrity.js';
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
  const { store, port = 8080, host = '127.0.0.1', ...appOptions } = options;
  const app = createApp(store, {
    ...appOptions,
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
            if ('closeIdleConnections' in server) server.closeIdleConnections();
          }),
      });
    });
    server.once('error', reject);
  });
}
