/**
 * Load on the HTTP API: `npm run bench:api`. Starts the server on loopback (a free port) and
 * runs autocannon against /api/economies/CHN/profile, first as it is served (answers reused,
 * the default) and then with the response cache off (every request runs the engine), and
 * prints requests per second, latency percentiles and errors. Target (issue 7): at least
 * 300 req/s with p99 under 50 ms and no errors on 2 cores. A bench, not a test: nothing is
 * asserted. BENCH_SECONDS and BENCH_CONNECTIONS change the run (default 10 s, 10 connections).
 */
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Store } from '@chanye/store';
import { startServer } from '@chanye/server';
import { autocannon } from './autocannon.js';

const seconds = Number(process.env['BENCH_SECONDS'] ?? 10);
const connections = Number(process.env['BENCH_CONNECTIONS'] ?? 10);
const path = '/api/economies/CHN/profile';
const root = fileURLToPath(new URL('..', import.meta.url));

async function run(label: string, cache: boolean): Promise<void> {
  const store = await Store.open({ userDbPath: join(root, '.no-user-db-in-bench.duckdb') });
  await store.preloadSeries(); // as `chanye serve` does
  const server = await startServer({
    store,
    port: 0,
    host: '127.0.0.1',
    log: false,
    ...(cache ? {} : { cache: false }),
  });
  try {
    // One request first, so the run measures serving rather than the first query's start-up.
    await fetch(`${server.url}${path}`).then((r) => r.text());
    const result = await autocannon({ url: `${server.url}${path}`, connections, duration: seconds });
    const r = result.requests;
    const l = result.latency;
    console.log(
      `${label.padEnd(28)} ${r.average.toFixed(0).padStart(7)} req/s  p50 ${l.p50} ms  p90 ${l.p90} ms  p99 ${l.p99} ms  max ${l.max} ms  ` +
        `requests ${r.total}  errors ${result.errors}  timeouts ${result.timeouts}  non-2xx ${result.non2xx}`,
    );
  } finally {
    await server.close();
    store.close();
  }
}

console.log(
  `GET ${path}, ${connections} connections, ${seconds} s each; ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`,
);
await run('served (answers reused)', true);
await run('engine every request', false);
