import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AppWorkerData, FromWorker, WorkAnswer, WorkRequest } from './protocol.js';

/**
 * A bounded pool of app workers (app-worker.ts) for the heavy routes: each worker answers one
 * request at a time; requests beyond the free workers wait in a queue of fixed length, and
 * one more is refused at once (`PoolBusy`, the API's 503 with Retry-After) rather than left to
 * pile up memory. A request that runs past the time limit is cancelled by stopping its worker
 * (`WorkTimedOut`; worker threads cannot be interrupted any other way), and a fresh worker
 * takes its place.
 *
 * Why threads and not a child process per request: a worker opens its store once (about a
 * second with the preloaded series) and then answers as fast as the main thread would, and
 * its answer's bytes are transferred, not copied. Why one request per worker: a stopped
 * worker then cancels exactly one request.
 */
export interface WorkPoolOptions {
  /** Worker threads (at least 1). */
  readonly workers: number;
  /** Requests that may wait for a worker; one more is refused with {@link PoolBusy}. */
  readonly queue: number;
  /** Milliseconds a request may run before its worker is stopped. */
  readonly timeoutMs: number;
  readonly data: AppWorkerData;
  /** Where the workers' 500 log lines and the pool's own notices go. */
  readonly log: (line: string) => void;
}

/** The queue is full: try again after `retryAfterSeconds`. */
export class PoolBusy extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('every worker is busy and the queue is full');
    this.name = 'PoolBusy';
  }
}

/** The request ran past the time limit and was cancelled. */
export class WorkTimedOut extends Error {
  constructor(readonly timeoutMs: number) {
    super(`the computation ran longer than ${timeoutMs / 1000} s and was stopped`);
    this.name = 'WorkTimedOut';
  }
}

interface Job {
  readonly request: Omit<WorkRequest, 'id'>;
  readonly resolve: (answer: WorkAnswer) => void;
  readonly reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  state: 'starting' | 'idle' | 'busy';
  job?: { readonly id: number; readonly job: Job; readonly started: number; readonly timer: NodeJS.Timeout };
}

/** Start-up failures in a row after which the pool stops trying (a store that cannot open). */
const MAX_START_FAILURES = 3;
/** Recent request durations kept for the Retry-After estimate. */
const DURATIONS_KEPT = 20;

/** The compiled worker beside this module, or, when this runs from source (tests), the built one. */
function workerScript(): URL | undefined {
  for (const candidate of ['./app-worker.js', '../../dist/offload/app-worker.js']) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return undefined;
}

export class WorkPool {
  private readonly slots: Slot[];
  private readonly waiting: Job[] = [];
  private readonly durations: number[] = [];
  private nextId = 1;
  private startFailures = 0;
  private stopped = false;

  private constructor(
    private readonly script: URL,
    private readonly options: WorkPoolOptions,
  ) {
    this.slots = Array.from({ length: Math.max(1, Math.floor(options.workers)) }, () => {
      const slot = { state: 'starting' } as Slot;
      this.startWorker(slot);
      return slot;
    });
  }

  /** Starts the pool, or returns undefined when the worker script is not built. */
  static start(options: WorkPoolOptions): WorkPool | undefined {
    const script = workerScript();
    return script ? new WorkPool(script, options) : undefined;
  }

  /** False once the workers could not start: the caller then answers on its own thread. */
  get usable(): boolean {
    return !this.stopped;
  }

  /** Requests running and waiting (for tests and the log). */
  get load(): { running: number; waiting: number } {
    return { running: this.slots.filter((s) => s.state === 'busy').length, waiting: this.waiting.length };
  }

  /** Runs one request on a worker; rejects with {@link PoolBusy} or {@link WorkTimedOut}. */
  run(request: Omit<WorkRequest, 'id'>): Promise<WorkAnswer> {
    return new Promise((resolve, reject) => {
      if (this.stopped) return reject(new Error('the work pool is stopped'));
      const job: Job = { request, resolve, reject };
      const idle = this.slots.find((s) => s.state === 'idle');
      if (idle) return this.dispatch(idle, job);
      // A worker still starting will take one waiting request as soon as it is ready.
      const starting = this.slots.filter((s) => s.state === 'starting').length;
      if (this.waiting.length >= this.options.queue + starting) return reject(new PoolBusy(this.retryAfter()));
      this.waiting.push(job);
    });
  }

  /** Stops every worker; requests still waiting or running are rejected. */
  async close(): Promise<void> {
    this.stopped = true;
    const error = new Error('the server is stopping');
    for (const job of this.waiting.splice(0)) job.reject(error);
    await Promise.all(
      this.slots.map((slot) => {
        if (slot.job) {
          clearTimeout(slot.job.timer);
          slot.job.job.reject(error);
          delete slot.job;
        }
        return slot.worker.terminate();
      }),
    );
  }

  /** Seconds until a place is likely free: the recent mean duration times the requests ahead per worker. */
  private retryAfter(): number {
    const mean =
      this.durations.length > 0 ? this.durations.reduce((a, b) => a + b, 0) / this.durations.length / 1000 : 5;
    const ahead = (this.waiting.length + this.slots.length) / this.slots.length;
    return Math.min(120, Math.max(1, Math.ceil(mean * ahead)));
  }

  /** Starts a worker in `slot`; its messages and exit are tied to that slot and that worker. */
  private startWorker(slot: Slot): void {
    const worker = new Worker(this.script, { workerData: this.options.data });
    worker.unref();
    slot.worker = worker;
    slot.state = 'starting';
    worker.on('message', (message: FromWorker) => this.onMessage(slot, worker, message));
    worker.on('error', (error) => this.options.log(`chanye: app worker failed: ${error.message}`));
    worker.on('exit', () => this.onExit(slot, worker));
  }

  private onMessage(slot: Slot, worker: Worker, message: FromWorker): void {
    if (slot.worker !== worker) return; // a stopped worker's last words
    if (message.kind === 'log') return this.options.log(message.line);
    if (message.kind === 'failed') {
      this.options.log(`chanye: app worker could not start: ${message.message}`);
      return;
    }
    if (message.kind === 'ready') {
      this.startFailures = 0;
      slot.state = 'idle';
      return this.next(slot);
    }
    const running = slot.job;
    if (!running || running.id !== message.id) return;
    clearTimeout(running.timer);
    delete slot.job;
    this.durations.push(performance.now() - running.started);
    if (this.durations.length > DURATIONS_KEPT) this.durations.shift();
    slot.state = 'idle';
    running.job.resolve(message);
    this.next(slot);
  }

  private onExit(slot: Slot, worker: Worker): void {
    if (slot.worker !== worker || this.stopped) return;
    const running = slot.job;
    if (running) {
      clearTimeout(running.timer);
      delete slot.job;
      running.job.reject(new Error('the app worker stopped while answering'));
    }
    if (slot.state === 'starting' && ++this.startFailures >= MAX_START_FAILURES) {
      this.options.log('chanye: app workers cannot start; heavy requests are answered on the main thread');
      this.stopped = true;
      const error = new Error('the app workers cannot start');
      for (const job of this.waiting.splice(0)) job.reject(error);
      return;
    }
    this.replace(slot);
  }

  /** Stops the slot's worker (its exit is then ignored) and starts a fresh one in its place. */
  private replace(slot: Slot): void {
    const old = slot.worker;
    this.startWorker(slot);
    void old.terminate();
  }

  private next(slot: Slot): void {
    const job = this.waiting.shift();
    if (job) this.dispatch(slot, job);
  }

  private dispatch(slot: Slot, job: Job): void {
    const id = this.nextId++;
    slot.state = 'busy';
    const timer = setTimeout(() => {
      if (slot.job?.id !== id) return;
      delete slot.job;
      job.reject(new WorkTimedOut(this.options.timeoutMs));
      this.replace(slot);
    }, this.options.timeoutMs);
    slot.job = { id, job, started: performance.now(), timer };
    slot.worker.postMessage({ id, ...job.request } satisfies WorkRequest);
  }
}
