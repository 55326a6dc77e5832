/**
 * The API under load, as issue 19 states its targets: `npm run bench:api-load`.
 *
 * The server runs as `chanye serve` in its own process (the bundled CLI, default settings: one
 * worker thread for heavy routes on this 2-core machine, a queue of 16, the response cache on);
 * autocannon runs in this process, so the load generator does not share the server's event loop.
 *
 * 1. Varied profiles: `/api/economies/{economy}/profile?year={year}` over every economy and
 *    the years 1990-2024 in a random (seeded) order, so the response cache is defeated
 *    (target: 300 req/s with p99 under 50 ms).
 * 2. Varied observations: `/api/observations?indicator={id}&economies={economy}&years={a}:{b}`
 *    over the catalogue's indicators (same target).
 * 3. Health and varied observations while four worst-case requests run without pause (a
 *    scorecard of every economy over nine years with 1,000 draws (the most the limits allow), and country reports with
 *    1,000 draws, each with a new seed so nothing comes from the cache); target p99 under 50 ms.
 *
 * 4. Soak: BENCH_SOAK_SECONDS (default 120) of varied profiles, observations and health from
 *    10 connections while two heavy requests run without pause, with the server's resident
 *    memory (VmRSS, /proc) sampled every 5 s: it should level off, and nothing should fail.
 *
 * A bench, not a test: nothing is asserted. BENCH_SECONDS (default 10) and BENCH_CONNECTIONS
 * (default 10) change the runs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { autocannon, type AutocannonResult } from './autocannon.js';

interface Request {
  method: string;
  path: string;
}

const seconds = Number(process.env['BENCH_SECONDS'] ?? 10);
const soakSeconds = Number(process.env['BENCH_SOAK_SECONDS'] ?? 120);
const connections = Number(process.env['BENCH_CONNECTIONS'] ?? 10);
const cli = fileURLToPath(new URL('../packages/cli/bin/chanye.js', import.meta.url));

/** A small seeded generator (mulberry32), so every run asks the same sequence. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function startServe(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [cli, '--db', '/nonexistent/no-user-db.duckdb', 'serve', '--port', '0'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let text = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const found = /serving (http:\/\/[^\s]+) /.exec(text);
      if (found?.[1]) resolve(found[1]);
    });
    child.once('exit', (code) => reject(new Error(`chanye serve stopped (exit ${code}): ${text}`)));
  });
  return { url, child };
}

function line(label: string, result: AutocannonResult): string {
  const r = result.requests;
  const l = result.latency;
  return (
    `${label.padEnd(44)} ${r.average.toFixed(0).padStart(6)} req/s  p50 ${l.p50} ms  p90 ${l.p90} ms  p99 ${l.p99} ms  max ${l.max} ms  ` +
    `requests ${r.total}  errors ${result.errors}  timeouts ${result.timeouts}  non-2xx ${result.non2xx}`
  );
}

/** The resident memory of a process in MB (Linux /proc). */
function residentMb(pid: number): number {
  const found = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return found ? Math.round(Number(found[1]) / 1024) : NaN;
}

/** autocannon over `paths`, taken in turn by every connection. */
function load(
  url: string,
  paths: readonly string[],
  connectionCount = connections,
  duration = seconds,
): Promise<AutocannonResult> {
  let next = 0;
  return autocannon({
    url,
    connections: connectionCount,
    duration,
    requests: [
      {
        setupRequest: (request: Request) => ({ ...request, path: paths[next++ % paths.length] }),
      },
    ],
  });
}

/** Keeps `count` heavy requests running until `stop` resolves; returns the statuses seen. */
async function keepHeavy(url: string, count: number, stop: Promise<void>): Promise<Map<number, number>> {
  const statuses = new Map<number, number>();
  let done = false;
  void stop.then(() => (done = true));
  let seed = 1;
  const economies = ['CHN', 'IND', 'BRA', 'MEX'];
  await Promise.all(
    Array.from({ length: count }, async (_, lane) => {
      while (!done) {
        seed += 1;
        const path =
          lane % 2 === 0
            ? `/api/scores?all=true&years=2011:2019&sensitivity=1000&seed=${seed}`
            : `/api/economies/${economies[lane % economies.length]}/report?format=md&sensitivity=1000&seed=${seed}`;
        const response = await fetch(`${url}${path}`);
        await response.arrayBuffer();
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      }
    }),
  );
  return statuses;
}

const { url, child } = await startServe();
try {
  const economies = ((await (await fetch(`${url}/api/economies`)).json()) as { iso3: string }[]).map((e) => e.iso3);
  const indicators = ((await (await fetch(`${url}/api/indicators`)).json()) as { id: string; trade?: boolean }[])
    .filter((i) => !i.trade)
    .map((i) => i.id);
  const draw = random(19);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(draw() * list.length)] as T;
  const profiles = Array.from(
    { length: 20_000 },
    () => `/api/economies/${pick(economies)}/profile?year=${1990 + Math.floor(draw() * 35)}`,
  );
  const observations = Array.from({ length: 20_000 }, () => {
    const from = 1990 + Math.floor(draw() * 30);
    return `/api/observations?indicator=${pick(indicators)}&economies=${pick(economies)}&years=${from}:${from + 5}`;
  });
  console.log(
    `chanye serve (default settings), ${connections} connections, ${seconds} s each; ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`,
  );
  console.log(`${economies.length} economies, ${indicators.length} indicators`);
  console.log(line('varied profiles (cache defeated)', await load(url, profiles)));
  console.log(line('varied observations (cache defeated)', await load(url, observations)));

  let stopHeavy: () => void = () => {};
  const stop = new Promise<void>((resolve) => (stopHeavy = resolve));
  const heavy = keepHeavy(url, 4, stop);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  console.log(line('health, 4 worst-case requests running', await load(url, ['/api/health'], 2)));
  console.log(line('observations, 4 worst-case requests running', await load(url, observations.slice(5000), 2)));
  stopHeavy();
  console.log('worst-case requests answered (status: count):', Object.fromEntries(await heavy));

  if (soakSeconds > 0 && child.pid !== undefined) {
    const pid = child.pid;
    const samples: number[] = [residentMb(pid)];
    const sampler = setInterval(() => samples.push(residentMb(pid)), 5000);
    let stopSoakHeavy: () => void = () => {};
    const soakStop = new Promise<void>((resolve) => (stopSoakHeavy = resolve));
    const soakHeavy = keepHeavy(url, 2, soakStop);
    const mixed = profiles.flatMap((profile, i) => [profile, observations[i] as string, '/api/health']);
    const result = await load(url, mixed, connections, soakSeconds);
    stopSoakHeavy();
    const heavyStatuses = await soakHeavy;
    clearInterval(sampler);
    samples.push(residentMb(pid));
    console.log(line(`soak ${soakSeconds} s, mixed, 2 heavy running`, result));
    console.log('soak heavy requests (status: count):', Object.fromEntries(heavyStatuses));
    console.log(
      `server resident memory, MB: start ${samples[0]}, peak ${Math.max(...samples)}, end ${samples.at(-1)}; every 5 s: ${samples.join(' ')}`,
    );
  }
} finally {
  child.kill('SIGTERM');
}
