import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { GemmJob, KernelThreads } from '@chanye/compute';
import {
  COMMAND,
  COMMAND_DETACH,
  COMMAND_JOB,
  controlLength,
  DONE,
  FAILED,
  JOB,
  RANGES,
  SEQ,
  type AttachMessage,
} from './protocol.js';

/** How long a thread may take to start and take an arena before the pool is given up. */
const ATTACH_TIMEOUT_MS = 10_000;
/**
 * No part of one product takes this long; a thread that has not answered by then is gone. (The
 * calling thread is blocked in Atomics.wait, so a worker's 'exit' event cannot reach it sooner.)
 */
const JOB_TIMEOUT_MS = 120_000;

/**
 * A pool of worker threads for the dense kernel (LU, inverse and solves of large matrices),
 * to pass to the functions that can use it (`leontiefFactor(A, { threads })`, the `threads` of
 * an engine request): they share the WebAssembly memory of each factorization and compute
 * ranges of columns of its matrix products, synchronously, with the same kernel as the calling
 * thread, so the numbers do not depend on the number of threads (a test compares them bit for
 * bit). Matrices of order below THREADS_MIN_ORDER never call them in.
 */
export interface KernelThreadPool extends KernelThreads {
  /** Products the threads have shared so far (for tests and benchmarks). */
  readonly jobs: number;
  /** Stops the threads; arenas allocated after that run on the calling thread alone. */
  stop(): void;
}

/**
 * Starts `count` kernel threads (by default one less than the cores available) and returns
 * them as a pool, or undefined when there is nothing to start (one core, a count below 1, or
 * no compiled worker script). The threads do not keep the process alive. A pool that fails
 * (a thread that does not start or answer) stops itself and lets the computations carry on
 * without it.
 */
export function startKernelThreads(count: number = availableParallelism() - 1): KernelThreadPool | undefined {
  if (!(count >= 1)) return undefined;
  const script = workerScript();
  if (!script) return undefined;
  const workers = Array.from({ length: Math.floor(count) }, () => {
    const worker = new Worker(script);
    worker.unref();
    return worker;
  });
  return new NodeKernelThreads(workers);
}

/** The compiled worker beside this module, or, when this runs from source (tests), the built one. */
function workerScript(): URL | undefined {
  for (const candidate of ['./kernel-thread-worker.js', '../../dist/parallel/kernel-thread-worker.js']) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return undefined;
}

class NodeKernelThreads implements KernelThreadPool {
  readonly workers: number;
  jobs = 0;
  private readonly control: Int32Array;
  /** Set when the threads are stopped: an arena still attached then has nobody to release. */
  private stopped = false;

  constructor(private readonly threads: Worker[]) {
    this.workers = threads.length;
    this.control = new Int32Array(new SharedArrayBuffer(4 * controlLength(threads.length)));
  }

  attach(memory: object, workerPacks: readonly number[]): boolean {
    if (this.stopped) return false;
    Atomics.store(this.control, DONE, 0);
    Atomics.store(this.control, FAILED, 0);
    this.threads.forEach((worker, w) => {
      const message: AttachMessage = {
        memory,
        packA: workerPacks[2 * w] as number,
        packB: workerPacks[2 * w + 1] as number,
        control: this.control.buffer as SharedArrayBuffer,
        worker: w,
      };
      worker.postMessage(message);
    });
    if (this.waitAll(ATTACH_TIMEOUT_MS) && Atomics.load(this.control, FAILED) === 0) return true;
    // A thread that cannot start or take the memory: carry on without threads for good.
    this.stop();
    return false;
  }

  start(job: GemmJob, ranges: readonly number[]): void {
    const fields = [job.c, job.a, job.b, job.ldc, job.lda, job.ldb, job.m, job.k];
    fields.forEach((value, i) => Atomics.store(this.control, JOB + i, value));
    ranges.forEach((value, i) => Atomics.store(this.control, RANGES + i, value));
    this.jobs += 1;
    this.command(COMMAND_JOB);
  }

  wait(): void {
    const answered = this.waitAll(JOB_TIMEOUT_MS);
    if (!answered || Atomics.load(this.control, FAILED) !== 0) {
      this.stop();
      throw new Error('a kernel thread failed during a matrix product');
    }
  }

  detach(): void {
    if (this.stopped) return;
    this.command(COMMAND_DETACH);
    if (!this.waitAll(ATTACH_TIMEOUT_MS)) this.stop();
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    for (const worker of this.threads) void worker.terminate();
  }

  private command(command: number): void {
    Atomics.store(this.control, DONE, 0);
    Atomics.store(this.control, COMMAND, command);
    Atomics.add(this.control, SEQ, 1);
    Atomics.notify(this.control, SEQ);
  }

  /** Sleeps until every worker has counted itself done, or the time is up (false). */
  private waitAll(timeoutMs: number): boolean {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const done = Atomics.load(this.control, DONE);
      if (done >= this.workers) return true;
      const left = deadline - performance.now();
      if (left <= 0) return false;
      Atomics.wait(this.control, DONE, done, left);
    }
  }
}
