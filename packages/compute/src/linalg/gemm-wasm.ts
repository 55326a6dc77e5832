import { GEMM_KERNEL_HEX } from './gemm-kernel-bytes.js';

/**
 * Working memory for the WebAssembly SIMD kernel (gemm-kernel.wat). The kernel can only read
 * and write its own linear memory, so a factorization or an inverse allocates its matrices in
 * an arena — one WebAssembly memory with the kernel instantiated over it — instead of in plain
 * Float64Arrays; matrix products whose operands all live in one arena then run in the kernel.
 * The memory is shared (a SharedArrayBuffer), so worker threads can work on the same
 * matrices, and it never grows, so the views handed out stay valid.
 */

/** The slice of the WebAssembly API used here, typed locally (the engine's lib has no DOM or Node types). */
interface WasmApi {
  readonly Module: new (bytes: Uint8Array) => object;
  readonly Instance: new (module: object, imports: object) => { readonly exports: Record<string, unknown> };
  readonly Memory: new (descriptor: { initial: number; maximum: number; shared: boolean }) => {
    readonly buffer: ArrayBufferLike;
  };
}

/** `tiles(pa, pb, c, ldc, kc, strips)`, all byte offsets or counts (see gemm-kernel.wat). */
export type TilesKernel = (pa: number, pb: number, c: number, ldc: number, kc: number, strips: number) => void;

/** One memory, the kernel over it, and where its packing buffers are (indices of `f64`). */
export interface KernelArena {
  /** The WebAssembly.Memory (shared), for handing to worker threads. */
  readonly memory: object;
  /** The whole memory as doubles. */
  readonly f64: Float64Array;
  readonly tiles: TilesKernel;
  /** Four interleaved rows of A, `4 × kc` doubles. */
  readonly packA: number;
  /** The packed panel of B, `kc × nc` doubles in strips of four columns. */
  readonly packB: number;
  /** Packing buffers of worker thread w: `[packA, packB]` at `2w` and `2w + 1`. */
  readonly workerPacks: readonly number[];
  /** The thread pool while it works in this arena (see {@link KernelThreads}). */
  threads: KernelThreads | undefined;
}

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
 * product with the same kernel, so results do not depend on the number of threads. The engine
 * only uses the interface; the Node implementation (`enableKernelThreads` in @chanye/store)
 * owns the threads, because starting them is I/O the engine does not do.
 */
export interface KernelThreads {
  /** Threads beside the calling one. */
  readonly workers: number;
  /** Hands the arena's memory and the workers' packing buffers over; false when they do not answer. */
  attach(memory: object, workerPacks: readonly number[]): boolean;
  /** Starts worker w on columns `ranges[2w] … ranges[2w + 1] − 1` (relative to the job's blocks). */
  start(job: GemmJob, ranges: readonly number[]): void;
  /** Blocks until every worker has finished the started job. */
  wait(): void;
  /** Lets the workers drop the memory. */
  detach(): void;
}

let pool: KernelThreads | undefined;

/** Installs (or, with undefined, removes) the thread pool used for arenas allocated from now on. */
export function useKernelThreads(threads: KernelThreads | undefined): void {
  pool = threads;
}

/** Below this order an arena does not call in the threads: synchronising costs more than it saves. */
export const THREADS_MIN_ORDER = 384;

const PAGE_BYTES = 65536;
/** wasm32 addresses 4 GiB; beyond that the JavaScript kernel takes over. */
const MAX_PAGES = 65536;
/** Arrays start on 64-byte boundaries (a cache line). */
const ALIGN_DOUBLES = 8;

const arenas = new WeakMap<ArrayBufferLike, KernelArena>();
let compiled: object | null | undefined;

function wasmApi(): WasmApi | undefined {
  return (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
}

/** The compiled kernel, or null where WebAssembly SIMD or shared memory is unavailable. */
export function kernelModule(): object | null {
  if (compiled !== undefined) return compiled;
  const api = wasmApi();
  try {
    compiled = api ? new api.Module(hexBytes(GEMM_KERNEL_HEX)) : null;
  } catch {
    compiled = null;
  }
  return compiled;
}

/**
 * Allocates arrays of the given lengths (in doubles) in a new arena with `packDoubles` of
 * packing space, or returns undefined when the kernel is unavailable or the arrays do not fit
 * in 4 GiB; the caller then uses plain arrays and the JavaScript kernel.
 */
export function allocateInArena(
  lengths: readonly number[],
  packDoubles: number,
  order: number,
): Float64Array[] | undefined {
  const module = kernelModule();
  const api = wasmApi();
  if (!module || !api) return undefined;
  const threads = pool !== undefined && pool.workers > 0 && order >= THREADS_MIN_ORDER ? pool : undefined;
  const offsets: number[] = [];
  let next = 0;
  for (const length of lengths) {
    offsets.push(next);
    next = alignUp(next + length);
  }
  const packs: number[] = [];
  for (let t = 0; t < 2 * (1 + (threads?.workers ?? 0)); t++) {
    packs.push(next);
    next = alignUp(next + packDoubles);
  }
  const [packA, packB, ...workerPacks] = packs as [number, number, ...number[]];
  const total = next;
  const pages = Math.ceil((total * 8) / PAGE_BYTES);
  if (pages > MAX_PAGES) return undefined;
  let memory: { readonly buffer: ArrayBufferLike };
  try {
    memory = new api.Memory({ initial: pages, maximum: pages, shared: true });
  } catch {
    return undefined; // not enough address space: fall back to plain arrays
  }
  const arena = arenaOverMemory(memory, packA, packB, workerPacks);
  if (!arena) return undefined;
  if (threads?.attach(memory, workerPacks)) arena.threads = threads;
  arenas.set(memory.buffer, arena);
  return lengths.map((length, i) => arena.f64.subarray(offsets[i] as number, (offsets[i] as number) + length));
}

/**
 * The kernel instantiated over an existing shared memory: how a worker thread works in an
 * arena the calling thread allocated.
 */
export function arenaOverMemory(
  memory: object,
  packA: number,
  packB: number,
  workerPacks: readonly number[] = [],
): KernelArena | undefined {
  const module = kernelModule();
  const api = wasmApi();
  if (!module || !api) return undefined;
  const instance = new api.Instance(module, { env: { memory } });
  const f64 = new Float64Array((memory as { readonly buffer: ArrayBufferLike }).buffer);
  return {
    memory,
    f64,
    tiles: instance.exports['tiles'] as TilesKernel,
    packA,
    packB,
    workerPacks,
    threads: undefined,
  };
}

/** Ends the thread pool's work in the arena holding `data` (a no-op for plain arrays). */
export function releaseArena(data: Float64Array): void {
  const arena = arenaOf(data);
  if (arena?.threads) {
    arena.threads.detach();
    arena.threads = undefined;
  }
}

/** The arena that holds `data`, if it was allocated by {@link allocateInArena}. */
export function arenaOf(data: Float64Array): KernelArena | undefined {
  return arenas.get(data.buffer);
}

function alignUp(doubles: number): number {
  return Math.ceil(doubles / ALIGN_DOUBLES) * ALIGN_DOUBLES;
}

function hexBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}
