import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/** A block of rows of economy_products.csv: some locations × every product of one period. */
export interface CellBlock {
  readonly time: number;
  /**
   * The location and product codes, already formatted as CSV fields (by the caller: the worker
   * threads load no CSV writer, only this module).
   */
  readonly locationFields: readonly string[];
  readonly productFields: readonly string[];
  /** Row-major locations × products, as in `ComplexityYear`; `rca` and `rpop` may be absent. */
  readonly values: Float64Array;
  readonly rca: Float64Array | undefined;
  readonly rpop: Float64Array | undefined;
  readonly m: Float64Array;
  readonly density: Float64Array;
  readonly cog: Float64Array;
}

const encoder = new TextEncoder();
let scratch: Uint8Array<ArrayBuffer> = new Uint8Array(1 << 24);

/**
 * The lines of a {@link CellBlock} (each ending in a line break) as UTF-8, formatted as
 * `csvField` (`@chanye/engine`) would format each field (shortest round-trip numbers, empty for NaN and absent
 * columns). A BACI panel has tens of millions of rows, so the bytes go straight into a reused
 * buffer: no string per line (which lived long enough to be promoted and made garbage
 * collection half the cost), only the short-lived text of each number.
 */
export function formatCellBlock(block: CellBlock): Uint8Array<ArrayBuffer> {
  const P = block.productFields.length;
  const L = block.locationFields.length;
  const { values: x, rca: r, rpop: rp, m, density: d, cog: g } = block;
  const products = block.productFields.map((f) => encoder.encode(f));
  const prefixes = block.locationFields.map((l) => encoder.encode(`${block.time},${l},`));
  // 6 numbers of at most 24 characters, 8 commas and a line break, plus the two codes.
  let bound = L * P * (6 * 24 + 9);
  for (const b of products) bound += L * b.length;
  for (const b of prefixes) bound += P * b.length;
  if (scratch.length < bound) scratch = new Uint8Array(bound);
  const out = scratch;
  let at = 0;
  const put = (v: number): void => {
    if (v === 0) {
      out[at++] = 48; // '0'
    } else if (Number.isFinite(v)) {
      const text = String(v);
      for (let i = 0; i < text.length; i++) out[at++] = text.charCodeAt(i);
    }
    out[at++] = 44; // ','
  };
  for (let c = 0; c < L; c++) {
    const prefix = prefixes[c] as Uint8Array;
    for (let p = 0; p < P; p++) {
      const i = c * P + p;
      for (let j = 0; j < prefix.length; j++) out[at++] = prefix[j] as number;
      const product = products[p] as Uint8Array;
      for (let j = 0; j < product.length; j++) out[at++] = product[j] as number;
      out[at++] = 44;
      put(x[i] as number);
      if (r) put(r[i] as number);
      else out[at++] = 44;
      if (rp) put(rp[i] as number);
      else out[at++] = 44;
      put(m[i] as number);
      put(d[i] as number);
      put(g[i] as number);
      out[at - 1] = 10; // the last field's comma becomes the line break
    }
  }
  return out.slice(0, at);
}

const workerFile = fileURLToPath(new URL('./economy-products-worker.js', import.meta.url));

/**
 * Formats blocks of economy_products.csv and hands their text to `write` in the order they
 * were added, sharing the work with worker threads when there is more than one core and the
 * table is large (formatting 10⁸ numbers as text is most of a BACI-scale run). Workers take
 * blocks as soon as they are added (a few each in flight, so they keep busy while this thread
 * computes the next period); {@link finish} then formats what is left here as well. Without
 * built workers (running from the TypeScript sources) everything is formatted here.
 */
export class CellFormatter {
  private readonly workers: { worker: Worker; inFlight: number }[] = [];
  private readonly queue: { id: number; block: CellBlock }[] = [];
  private readonly done = new Map<number, Uint8Array>();
  private added = 0;
  private written = 0;
  private failure: Error | undefined;
  private wake: (() => void) | undefined;

  /** `parallel`: use worker threads (when there is more than one core and they are built). */
  constructor(
    parallel: boolean,
    private readonly write: (text: Uint8Array) => void,
  ) {
    const count = Math.min(availableParallelism() - 1, 3);
    if (!parallel || count < 1 || !existsSync(workerFile)) return;
    for (let w = 0; w < count; w++) {
      const slot = { worker: new Worker(workerFile), inFlight: 0 };
      slot.worker.on('message', ({ id, text }: { id: number; text: Uint8Array }) => {
        slot.inFlight--;
        try {
          this.complete(id, text);
          this.feed();
        } catch (error) {
          this.failure = error as Error;
          this.wake?.();
        }
      });
      slot.worker.on('error', (error) => {
        this.failure = error;
        this.wake?.();
      });
      this.workers.push(slot);
    }
  }

  /** Queues a block (its arrays may be views: they are copied before they go to a worker). */
  add(block: CellBlock): void {
    this.queue.push({ id: this.added++, block });
    this.feed();
  }

  /** Formats the blocks still queued, here and in the workers, and writes everything. */
  async finish(): Promise<void> {
    try {
      while (this.written < this.added) {
        if (this.failure) throw this.failure;
        const next = this.queue.shift();
        if (next !== undefined) {
          this.complete(next.id, formatCellBlock(next.block));
          // let the workers' results in (and give them more blocks) between blocks
          await new Promise((resolve) => setImmediate(resolve));
        } else {
          await new Promise<void>((resolve) => (this.wake = resolve));
        }
      }
      if (this.failure) throw this.failure;
    } finally {
      await Promise.all(this.workers.map((w) => w.worker.terminate()));
    }
  }

  /** Stops the workers without writing anything more (after a failure elsewhere). */
  async close(): Promise<void> {
    this.queue.length = 0;
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }

  private feed(): void {
    for (const slot of this.workers) {
      while (slot.inFlight < 6 && this.queue.length > 0) {
        const { id, block } = this.queue.shift() as { id: number; block: CellBlock };
        // slice(): a posted view would copy its whole buffer, not just the block.
        const own: CellBlock = {
          ...block,
          values: block.values.slice(),
          rca: block.rca?.slice(),
          rpop: block.rpop?.slice(),
          m: block.m.slice(),
          density: block.density.slice(),
          cog: block.cog.slice(),
        };
        slot.worker.postMessage({ id, block: own });
        slot.inFlight++;
      }
    }
  }

  private complete(id: number, text: Uint8Array): void {
    this.done.set(id, text);
    for (let t = this.done.get(this.written); t !== undefined; t = this.done.get(this.written)) {
      this.done.delete(this.written);
      this.written++;
      this.write(t);
    }
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }
}
