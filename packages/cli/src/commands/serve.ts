import type { Command } from 'commander';
import { ChanyeError } from '@chanye/compute';
import { Store } from '@chanye/store';
import { defaultDashboardDir, startServer } from '@chanye/server';
import { userDbPath } from '../context.js';

function parsePort(value: string): number {
  const n = Number(value);
  if (!/^\d{1,5}$/.test(value) || n > 65535)
    throw new ChanyeError('invalid-input', `invalid --port: ${value} (expected 0-65535)`);
  return n;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API (read-only; /openapi.json lists every route) and the dashboard at /')
    .option('--port <port>', 'TCP port (0 picks a free one)', parsePort, 8080)
    .option('--host <host>', 'address to listen on (127.0.0.1: this machine only)', '127.0.0.1')
    .option('--no-cache', 'compute every request afresh instead of reusing answers')
    .action(async (options: { port: number; host: string; cache: boolean }, command: Command) => {
      const store = await Store.open({ userDbPath: userDbPath(command) });
      // A server answers many requests over most series: reading them from memory beats a
      // query per series (the values are the same; Store.preloadSeries).
      await store.preloadSeries();
      const running = await startServer({
        store,
        port: options.port,
        host: options.host,
        dashboardDir: defaultDashboardDir(),
        ...(options.cache ? {} : { cache: false as const }),
      }).catch((error: unknown) => {
        store.close();
        throw new ChanyeError(
          'invalid-input',
          `cannot listen on ${options.host}:${options.port}: ${(error as Error).message}`,
        );
      });
      process.stderr.write(
        `chanye: serving ${running.url} (API at ${running.url}/api, spec at ${running.url}/openapi.json)\n`,
      );
      await new Promise<void>((resolve) => {
        const stop = (): void => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          void running.close().finally(() => {
            store.close();
            resolve();
          });
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
}
