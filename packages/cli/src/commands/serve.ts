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

function parseHosts(value: string): string[] {
  const hosts = value
    .split(',')
    .map((h) => h.trim())
    .filter((h) => h !== '');
  const bad = hosts.find((h) => h !== '*' && !/^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9._-]+)(:\d{1,5})?$/.test(h));
  if (hosts.length === 0 || bad !== undefined)
    throw new ChanyeError(
      'invalid-input',
      `invalid --allowed-hosts: ${bad ?? value} (expected names or addresses separated by commas, e.g. example.org,192.168.1.5, or *)`,
    );
  return hosts;
}

/** A whole number in [min, max] for `option`, or exit 2 naming it. */
function wholeNumber(option: string, min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d{1,6}$/.test(value) || n < min || n > max)
      throw new ChanyeError(
        'invalid-input',
        `invalid ${option}: ${value} (expected a whole number from ${min} to ${max})`,
      );
    return n;
  };
}

interface ServeOptions {
  readonly port: number;
  readonly host: string;
  readonly cache: boolean;
  readonly allowedHosts?: string[];
  readonly workers?: number;
  readonly queue?: number;
  readonly timeout?: number;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API (read-only; /openapi.json lists every route) and the dashboard at /')
    .option('--port <port>', 'TCP port (0 picks a free one)', parsePort, 8080)
    .option('--host <host>', 'address to listen on (127.0.0.1: this machine only)', '127.0.0.1')
    .option(
      '--allowed-hosts <hosts>',
      'other names requests may use in their Host header, comma-separated (* any); localhost and the --host address always work',
      parseHosts,
    )
    .option('--no-cache', 'compute every request afresh instead of reusing answers')
    .option(
      '--workers <n>',
      'threads that compute the heavy routes (scores, reports, complexity, simulation…); 0 computes on the main thread (default: cores − 1, at least 1)',
      wholeNumber('--workers', 0, 64),
    )
    .option(
      '--queue <n>',
      'heavy requests that may wait for a thread; one more gets 503 with Retry-After (default 16)',
      wholeNumber('--queue', 0, 10000),
    )
    .option(
      '--timeout <seconds>',
      'seconds a heavy request may compute before it is stopped with 503 (default 30)',
      wholeNumber('--timeout', 1, 86400),
    )
    .action(async (options: ServeOptions, command: Command) => {
      const store = await Store.open({ userDbPath: userDbPath(command) });
      // A server answers many requests over most series: reading them from memory beats a
      // query per series (the values are the same; Store.preloadSeries).
      await store.preloadSeries();
      const running = await startServer({
        store,
        port: options.port,
        host: options.host,
        dashboardDir: defaultDashboardDir(),
        ...(options.allowedHosts ? { allowedHosts: options.allowedHosts } : {}),
        ...(options.cache ? {} : { cache: false as const }),
        ...(options.workers !== undefined ? { workers: options.workers } : {}),
        ...(options.queue !== undefined ? { queue: options.queue } : {}),
        ...(options.timeout !== undefined ? { timeoutSeconds: options.timeout } : {}),
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
