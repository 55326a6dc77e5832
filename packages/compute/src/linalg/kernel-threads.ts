/**
 * The seam between the dense kernel and worker threads: what a pool of threads must do to share
 * the matrix products of a factorization (the {@link KernelThreads} interface), the job it is
 * handed, and from which order a pool is worth calling in. The pool is passed to each function
 * that may use it (`luFactor(a, { threads })`, `leontiefFactor(A, { threads })`, …) rather than
 * installed for the whole process, so a computation uses threads only when its caller says so.
 * Compute only defines the interface: starting threads is I/O, and the Node implementation
 * (`startKernelThreads` in @chanye/store) owns them. docs/methods/input-output.md §Dense linear
 * algebra describes the scheme.
 *
 * @module
 */

/**
 * One product C −= A·B restricted to columns, in an arena: element offsets of the blocks in
 * the arena's doubles, their row strides, the rows (a multiple of 4) and the depth k.
 */
export interface GemmJob {
  readonly c: number;
  readonly a: number;
  readonly b: number;
  readonly ldc: number;
  readonly lda: number;
  readonly ldb: number;
  readonly m: number;
  readonly k: number;
}

/**
 * Worker threads that share an arena's memory and each compute a range of C's columns of one
 * product with the same kernel, so results do not depend on the number of threads.
 */
export interface KernelThreads {
  /** Threads beside the calling one. */
  readonly workers: number;
  /**
   * Hands the arena's memory and the workers' packing buffers over; false when they do not
   * answer (or the pool has stopped), and the arena then works without them.
   */
  attach(memory: object, workerPacks: readonly number[]): boolean;
  /** Starts worker w on columns `ranges[2w] … ranges[2w + 1] − 1` (relative to the job's blocks). */
  start(job: GemmJob, ranges: readonly number[]): void;
  /** Blocks until every worker has finished the started job. */
  wait(): void;
  /** Lets the workers drop the memory. */
  detach(): void;
}

/** Below this order an arena does not call in the threads: synchronising costs more than it saves. */
export const THREADS_MIN_ORDER = 384;

/** The pool a computation of order `order` should use: `threads` when it has workers and the order is large enough. */
export function threadsForOrder(threads: KernelThreads | undefined, order: number): KernelThreads | undefined {
  return threads !== undefined && threads.workers > 0 && order >= THREADS_MIN_ORDER ? threads : undefined;
}
