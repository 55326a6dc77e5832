/**
 * The one hot loop of Chanye's dense linear algebra: C ← C − A·B on sub-blocks of row-major
 * Float64Arrays. When all three blocks live in one WebAssembly arena (gemm-wasm.ts), the
 * SIMD kernel of gemm-kernel.wat computes every full 4 × 4 tile; otherwise, and for the edge
 * rows and columns, a 2 × 8 register tile in JavaScript (16 accumulators, the most V8 keeps in
 * the 16 x64 vector registers without spilling) runs over a packed copy of two rows of A. Both
 * cut k and the columns into chunks ({@link GEMM_KC} × {@link GEMM_NC}) so the panel of B in
 * use stays in L2, and both sum each element in the same order without fused multiply-add, so
 * the two paths give bit-identical results for finite data. (Both skip a block of rows of A that
 * is all zero, the SIMD path four rows at a time and the scalar one two: with an infinite or NaN
 * entry in B, 0·∞ = NaN may then reach C on one path and not the other.)
 * Internal: LU, triangular solves and the inverse call it; it is not exported.
 *
 * @module
 */

import { arenaOf, type KernelArena } from './gemm-wasm.js';
import type { GemmJob } from './kernel-threads.js';

/** Length of the k chunks. */
export const GEMM_KC = 256;
/** Width of the column chunks: a KC × NC panel of B (256 KiB) stays in L2 while every row pair of A passes over it. */
export const GEMM_NC = 128;

/** A block of a row-major array: element (i, j) is `data[offset + i * ld + j]`. */
export interface Block {
  readonly data: Float64Array;
  readonly offset: number;
  readonly ld: number;
}

/** Scratch for the packed rows of A (two rows × GEMM_KC). */
export function gemmScratch(): Float64Array {
  return new Float64Array(2 * GEMM_KC + GEMM_KC * GEMM_NC);
}

/** Doubles of packing space the WebAssembly path needs for each of A and B. */
export const GEMM_PACK_DOUBLES = GEMM_KC * GEMM_NC;

let wasmProducts = 0;

/** How many products the WebAssembly path has computed in this thread (for tests). */
export function gemmWasmProducts(): number {
  return wasmProducts;
}

/** C[m × n] −= A[m × k] · B[k × n]. */
export function gemmSubtract(c: Block, a: Block, b: Block, m: number, n: number, k: number, pack: Float64Array): void {
  if (m <= 0 || n <= 0 || k <= 0) return;
  const arena = arenaOf(c.data);
  if (arena && arenaOf(a.data) === arena && arenaOf(b.data) === arena && m >= 4 && n >= 4) {
    wasmProducts += 1;
    gemmSubtractWasm(arena, c, a, b, m, n, k, pack);
    return;
  }
  gemmSubtractScalar(c, a, b, m, n, k, pack);
}

/** Products smaller than this (m·n·k) are not shared among threads. */
const THREADS_MIN_WORK = 1 << 21;

/**
 * The WebAssembly path: rows in groups of four and columns in strips of four go to the kernel
 * (split among the arena's threads, when it has some, by ranges of columns); the last m mod 4
 * rows and n mod 4 columns go to the scalar kernel on the calling thread.
 */
function gemmSubtractWasm(
  arena: KernelArena,
  c: Block,
  a: Block,
  b: Block,
  m: number,
  n: number,
  k: number,
  pack: Float64Array,
): void {
  const m4 = m - (m % 4);
  const n4 = n - (n % 4);
  const job: GemmJob = {
    c: c.data.byteOffset / 8 + c.offset,
    a: a.data.byteOffset / 8 + a.offset,
    b: b.data.byteOffset / 8 + b.offset,
    ldc: c.ld,
    lda: a.ld,
    ldb: b.ld,
    m: m4,
    k,
  };
  const threads = arena.threads;
  const parts = threads ? threads.workers + 1 : 1;
  if (threads && m4 * n4 * k >= THREADS_MIN_WORK && n4 >= 8 * parts) {
    // Equal ranges of whole strips; this thread takes the first.
    const bounds = Array.from({ length: parts + 1 }, (_, p) => 4 * Math.round((p * n4) / 4 / parts));
    threads.start(
      job,
      bounds.slice(1, -1).flatMap((from, w) => [from, bounds[w + 2] as number]),
    );
    gemmColumns(arena, arena.packA, arena.packB, job, 0, bounds[1] as number);
    subtractEdges(c, a, b, m, n, k, pack);
    threads.wait();
    return;
  }
  gemmColumns(arena, arena.packA, arena.packB, job, 0, n4);
  subtractEdges(c, a, b, m, n, k, pack);
}

/** The last n mod 4 columns (all rows) and the last m mod 4 rows, by the scalar kernel. */
function subtractEdges(c: Block, a: Block, b: Block, m: number, n: number, k: number, pack: Float64Array): void {
  const m4 = m - (m % 4);
  const n4 = n - (n % 4);
  if (n4 < n) {
    gemmSubtractScalar(
      { data: c.data, offset: c.offset + n4, ld: c.ld },
      a,
      { data: b.data, offset: b.offset + n4, ld: b.ld },
      m,
      n - n4,
      k,
      pack,
    );
  }
  if (m4 < m) {
    gemmSubtractScalar(
      { data: c.data, offset: c.offset + m4 * c.ld, ld: c.ld },
      { data: a.data, offset: a.offset + m4 * a.ld, ld: a.ld },
      b,
      m - m4,
      n4,
      k,
      pack,
    );
  }
}

/**
 * Columns `from` … `to − 1` (multiples of 4) of a job, in the kernel, with the given packing
 * buffers. Each thread working in an arena calls this with its own buffers and columns.
 */
export function gemmColumns(
  arena: KernelArena,
  packA: number,
  packB: number,
  job: GemmJob,
  from: number,
  to: number,
): void {
  const { f64, tiles } = arena;
  const { ldc, lda, ldb, m, k } = job;
  for (let k0 = 0; k0 < k; k0 += GEMM_KC) {
    const kc = Math.min(GEMM_KC, k - k0);
    for (let j0 = from; j0 < to; j0 += GEMM_NC) {
      const nc = Math.min(GEMM_NC, to - j0);
      // Panel of B: strip t holds columns j0 + 4t … j0 + 4t + 3, row by row.
      let dst = packB;
      for (let t = 0; t < nc; t += 4) {
        for (let p = 0, src = job.b + k0 * ldb + j0 + t; p < kc; p++, src += ldb, dst += 4) {
          f64[dst] = f64[src] as number;
          f64[dst + 1] = f64[src + 1] as number;
          f64[dst + 2] = f64[src + 2] as number;
          f64[dst + 3] = f64[src + 3] as number;
        }
      }
      for (let i = 0; i < m; i += 4) {
        const r0 = job.a + i * lda + k0;
        let allZero = true;
        for (let p = 0, d = packA; p < kc; p++, d += 4) {
          const u0 = f64[r0 + p] as number;
          const u1 = f64[r0 + lda + p] as number;
          const u2 = f64[r0 + 2 * lda + p] as number;
          const u3 = f64[r0 + 3 * lda + p] as number;
          f64[d] = u0;
          f64[d + 1] = u1;
          f64[d + 2] = u2;
          f64[d + 3] = u3;
          if (u0 !== 0 || u1 !== 0 || u2 !== 0 || u3 !== 0) allZero = false;
        }
        // A zero block of A leaves C unchanged (C − 0 = C), as in the scalar kernel.
        if (allZero) continue;
        tiles(packA * 8, packB * 8, (job.c + i * ldc + j0) * 8, ldc * 8, kc, nc / 4);
      }
    }
  }
}

/** The JavaScript path, for any Float64Arrays. */
function gemmSubtractScalar(c: Block, a: Block, b: Block, m: number, n: number, k: number, pack: Float64Array): void {
  for (let k0 = 0; k0 < k; k0 += GEMM_KC) {
    const kc = Math.min(GEMM_KC, k - k0);
    for (let j0 = 0; j0 < n; j0 += GEMM_NC) {
      const nc = Math.min(GEMM_NC, n - j0);
      kernel(
        c.data,
        c.offset + j0,
        c.ld,
        a.data,
        a.offset + k0,
        a.ld,
        b.data,
        b.offset + k0 * b.ld + j0,
        b.ld,
        m,
        nc,
        kc,
        pack,
      );
    }
  }
}

function kernel(
  C: Float64Array,
  cOff: number,
  ldc: number,
  A: Float64Array,
  aOff: number,
  lda: number,
  B: Float64Array,
  bOff: number,
  ldb: number,
  m: number,
  n: number,
  kc: number,
  pack: Float64Array,
): void {
  const n8 = n - (n % 8);
  const pb = 2 * GEMM_KC;
  for (let t = 0; t < n8; t += 8) {
    let dst = pb + t * kc;
    for (let p = 0, src = bOff + t; p < kc; p++, src += ldb, dst += 8) {
      pack[dst] = B[src] as number;
      pack[dst + 1] = B[src + 1] as number;
      pack[dst + 2] = B[src + 2] as number;
      pack[dst + 3] = B[src + 3] as number;
      pack[dst + 4] = B[src + 4] as number;
      pack[dst + 5] = B[src + 5] as number;
      pack[dst + 6] = B[src + 6] as number;
      pack[dst + 7] = B[src + 7] as number;
    }
  }
  let i = 0;
  for (; i + 2 <= m; i += 2) {
    const a0Row = aOff + i * lda;
    const a1Row = a0Row + lda;
    let allZero = true;
    for (let p = 0; p < kc; p++) {
      const u = A[a0Row + p] as number;
      const w = A[a1Row + p] as number;
      pack[2 * p] = u;
      pack[2 * p + 1] = w;
      if (u !== 0 || w !== 0) allZero = false;
    }
    if (allZero) continue;
    const c0 = cOff + i * ldc;
    const c1 = c0 + ldc;
    for (let j = 0; j < n8; j += 8) {
      // prettier-ignore
      let s00 = 0, s01 = 0, s02 = 0, s03 = 0, s04 = 0, s05 = 0, s06 = 0, s07 = 0;
      // prettier-ignore
      let s10 = 0, s11 = 0, s12 = 0, s13 = 0, s14 = 0, s15 = 0, s16 = 0, s17 = 0;
      let bp = pb + j * kc;
      for (let p = 0; p < 2 * kc; p += 2, bp += 8) {
        const a0 = pack[p] as number;
        const a1 = pack[p + 1] as number;
        let x = pack[bp] as number;
        s00 += a0 * x;
        s10 += a1 * x;
        x = pack[bp + 1] as number;
        s01 += a0 * x;
        s11 += a1 * x;
        x = pack[bp + 2] as number;
        s02 += a0 * x;
        s12 += a1 * x;
        x = pack[bp + 3] as number;
        s03 += a0 * x;
        s13 += a1 * x;
        x = pack[bp + 4] as number;
        s04 += a0 * x;
        s14 += a1 * x;
        x = pack[bp + 5] as number;
        s05 += a0 * x;
        s15 += a1 * x;
        x = pack[bp + 6] as number;
        s06 += a0 * x;
        s16 += a1 * x;
        x = pack[bp + 7] as number;
        s07 += a0 * x;
        s17 += a1 * x;
      }
      C[c0 + j] = (C[c0 + j] as number) - s00;
      C[c0 + j + 1] = (C[c0 + j + 1] as number) - s01;
      C[c0 + j + 2] = (C[c0 + j + 2] as number) - s02;
      C[c0 + j + 3] = (C[c0 + j + 3] as number) - s03;
      C[c0 + j + 4] = (C[c0 + j + 4] as number) - s04;
      C[c0 + j + 5] = (C[c0 + j + 5] as number) - s05;
      C[c0 + j + 6] = (C[c0 + j + 6] as number) - s06;
      C[c0 + j + 7] = (C[c0 + j + 7] as number) - s07;
      C[c1 + j] = (C[c1 + j] as number) - s10;
      C[c1 + j + 1] = (C[c1 + j + 1] as number) - s11;
      C[c1 + j + 2] = (C[c1 + j + 2] as number) - s12;
      C[c1 + j + 3] = (C[c1 + j + 3] as number) - s13;
      C[c1 + j + 4] = (C[c1 + j + 4] as number) - s14;
      C[c1 + j + 5] = (C[c1 + j + 5] as number) - s15;
      C[c1 + j + 6] = (C[c1 + j + 6] as number) - s16;
      C[c1 + j + 7] = (C[c1 + j + 7] as number) - s17;
    }
    for (let j = n8; j < n; j++) {
      let s0 = 0;
      let s1 = 0;
      let bp = bOff + j;
      for (let p = 0; p < 2 * kc; p += 2, bp += ldb) {
        const x = B[bp] as number;
        s0 += (pack[p] as number) * x;
        s1 += (pack[p + 1] as number) * x;
      }
      C[c0 + j] = (C[c0 + j] as number) - s0;
      C[c1 + j] = (C[c1 + j] as number) - s1;
    }
  }
  for (; i < m; i++) {
    const cRow = cOff + i * ldc;
    const aRow = aOff + i * lda;
    for (let p = 0; p < kc; p++) {
      const a = A[aRow + p] as number;
      if (a === 0) continue;
      const bRow = bOff + p * ldb;
      for (let j = 0; j < n; j++) C[cRow + j] = (C[cRow + j] as number) - a * (B[bRow + j] as number);
    }
  }
}
