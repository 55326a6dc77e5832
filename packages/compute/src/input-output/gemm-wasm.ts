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
  /** The whole memory as doubles. */
  readonly f64: Float64Array;
  readonly tiles: TilesKernel;
  /** Four interleaved rows of A, `packRows × kc` doubles. */
  readonly packA: number;
  /** The packed panel of B, `kc × nc` doubles in strips of four columns. */
  readonly packB: number;
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
 * in 4 GiB; the caller then uses plain arrays and the JavaScript kernel.
 */
export function allocateInArena(lengths: readonly number[], packDoubles: number): Float64Array[] | undefined {
  const module = kernelModule();
  const api = wasmApi();
  if (!module || !api) return undefined;
  const offsets: number[] = [];
  let next = 0;
  for (const length of lengths) {
    offsets.push(next);
    next = alignUp(next + length);
  }
  const packA = next;
  const packB = alignUp(packA + packDoubles);
  const total = alignUp(packB + packDoubles);
  const pages = Math.ceil((total * 8) / PAGE_BYTES);
  if (pages > MAX_PAGES) return undefined;
  let memory: { readonly buffer: ArrayBufferLike };
  try {
    memory = new api.Memory({ initial: pages, maximum: pages, shared: true });
  } catch {
    return undefined; // not enough address space: fall back to plain arrays
  }
  const instance = new api.Instance(module, { env: { memory } });
  const f64 = new Float64Array(memory.buffer);
  arenas.set(memory.buffer, { f64, tiles: instance.exports['tiles'] as TilesKernel, packA, packB });
  return lengths.map((length, i) => f64.subarray(offsets[i] as number, (offsets[i] as number) + length));
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
