/**
 * Working memory for the WebAssembly SIMD kernel (gemm-kernel.wat). The kernel can only read
 * and write its own linear memory, so a factorization or an inverse allocates its matrices in
 * an arena — one WebAssembly memory with the kernel instantiated over it — instead of in plain
 * Float64Arrays; matrix products whose operands all live in one arena then run in the kernel.
 * The memory is shared (a SharedArrayBuffer), so the worker threads of a pool passed to the
 * allocation can work on the same matrices, and it never grows, so the views handed out stay
 * valid.
 *
 * @module
 */
import { GEMM_KERNEL_HEX } from './gemm-kernel-bytes.js';
import { threadsForOrder, type KernelThreads } from './kernel-threads.js';

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
  /** The thread pool while it works in this arena (see kernel-threads.ts). */
  threads: KernelThreads | undefined;
}

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
 * in 4 GiB; the caller then uses plain arrays and the JavaScript kernel. With a pool of
 * `threads` and matrices of `order` from THREADS_MIN_ORDER up, the arena also holds the
 * workers' packing buffers and the pool works in it until {@link releaseArena}.
 */
export function allocateInArena(
  lengths: readonly number[],
  packDoubles: number,
  order: number,
  pool?: KernelThreads,
): Float64Array[] | undefined {
  const module = kernelModule();
  const api = wasmApi();
  if (!module || !api) return undefined;
  const threads = threadsForOrder(pool, order);
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
