/**
 * LU factorization with partial pivoting and everything computed from it — solves with one or
 * many right-hand sides, rows times the inverse, the inverse — blocked so that nearly all the
 * work is matrix products in the kernel of gemm.ts (docs/methods/input-output.md §Dense linear
 * algebra).
 *
 * @module
 */
import type { Matrix } from '../numeric/matrix.js';
import { ChanyeError } from '../errors.js';
import { GEMM_PACK_DOUBLES, gemmScratch, gemmSubtract } from './gemm.js';
import { allocateInArena, arenaOf, releaseArena } from './gemm-wasm.js';
import type { KernelThreads } from './kernel-threads.js';

/**
 * An LU factorization with partial (row) pivoting, P·A = L·U, packed in one row-major array:
 * the strict lower triangle holds L (its unit diagonal implied), the upper triangle with the
 * diagonal holds U.
 */
export interface LuFactorization {
  readonly n: number;
  /** Row-major n × n, L below the diagonal and U on and above it. */
  readonly lu: Float64Array;
  /** Row i of P·A is row `permutation[i]` of A. */
  readonly permutation: Int32Array;
}

/**
 * How the matrix products of a computation run: which kernel, and a pool of threads to share
 * them with. Every function here that does blocked work takes these, and so do the
 * input-output functions built on them (`leontiefFactor(A, { threads })`).
 */
export interface KernelOptions {
  /** Which matrix-product kernel runs (default 'auto'); see {@link Kernel}. */
  readonly kernel?: Kernel | undefined;
  /**
   * Worker threads to share the products with (default none: the calling thread alone). Used
   * from order THREADS_MIN_ORDER up, with the WebAssembly kernel; the results are the same
   * bits either way.
   */
  readonly threads?: KernelThreads | undefined;
}

export interface LuOptions extends KernelOptions {
  /** Columns per panel of the blocked factorization (default 32). */
  readonly blockSize?: number;
  /**
   * Factor `a.values` in place instead of a copy (saves n² doubles; destroys A). With the
   * WebAssembly kernel this holds only when `a.values` already lives in a kernel arena;
   * otherwise it is copied into one, as without the option.
   */
  readonly inPlace?: boolean;
}

/** Options of the blocked solves and the inverse: the kernel's, and the height of their blocks (default 64). */
export interface BlockedOptions extends KernelOptions {
  readonly blockSize?: number;
}

/**
 * 'wasm': the matrices go into a WebAssembly arena and the SIMD kernel does the products (an
 * error where WebAssembly SIMD is unavailable); 'scalar': plain arrays and the JavaScript
 * kernel; 'auto': 'wasm' from order {@link WASM_MIN_ORDER} up when available, else 'scalar'.
 * The kernels give bit-identical results; only the speed differs.
 */
export type Kernel = 'auto' | 'wasm' | 'scalar';

/** Below this order the arena's setup costs more than the kernel saves. */
export const WASM_MIN_ORDER = 96;

/**
 * Panel width of the factorization: narrower panels leave less work outside the big trailing
 * products. Measured on a 1,435-order matrix like WIOD's and a 3,000-order one, 32 factored
 * 10-25 % faster than 64 and 96.
 */
const FACTOR_BLOCK = 32;
/** Block height of the triangular solves and the inverse, where 64 measured fastest. */
const DEFAULT_BLOCK = 64;

/**
 * Arrays of the given lengths for a computation on matrices of order n: in one WebAssembly
 * arena when the kernel choice and the size call for it (with the pool of `options.threads`
 * working in it when the order is large enough), otherwise plain (zeroed) arrays.
 */
export function kernelWorkspace(lengths: readonly number[], n: number, options: KernelOptions = {}): Float64Array[] {
  const kernel = options.kernel ?? 'auto';
  if (kernel === 'wasm' || (kernel === 'auto' && n >= WASM_MIN_ORDER)) {
    const arrays = allocateInArena(lengths, GEMM_PACK_DOUBLES, n, options.threads);
    if (arrays) return arrays;
    if (kernel === 'wasm') throw new ChanyeError('invalid-input', 'the WebAssembly SIMD kernel is not available here');
  }
  return lengths.map((length) => new Float64Array(length));
}

/**
 * Factors a square matrix as P·A = L·U by Gaussian elimination with partial pivoting, in the
 * right-looking blocked form of LAPACK's dgetrf (Golub and Van Loan 2013, Matrix Computations,
 * 4th ed., §3.2.9 and §3.4): each panel of `blockSize` columns is factored (recursively, see
 * factorPanel), then the block row of U is solved and the trailing matrix updated by one matrix
 * product, which does almost all of the 2n³/3 flops in cache-sized tiles. Throws on an exactly
 * zero pivot.
 *
 * @example luFactor(matrixFromRows([[0, 1], [2, 3]])).permutation // returns Int32Array [1, 0]
 */
export function luFactor(a: Matrix, options: LuOptions = {}): LuFactorization {
  const n = a.rows;
  if (a.columns !== n) throw new ChanyeError('invalid-input', `LU needs a square matrix, got ${a.rows} × ${a.columns}`);
  const nb = Math.max(1, options.blockSize ?? FACTOR_BLOCK);
  const lu =
    options.inPlace && inWorkspace(a.values, n, options.kernel) ? a.values : copyToWorkspace(a.values, n, options);
  const permutation = new Int32Array(n);
  for (let i = 0; i < n; i++) permutation[i] = i;
  releasedAfter(lu, () => factorInPlace(lu, n, nb, permutation));
  return { n, lu, permutation };
}

/**
 * Runs `work` on arrays of a kernel workspace, then lets the thread pool go from their arena
 * (also when `work` throws, e.g. on a singular matrix).
 */
function releasedAfter<T>(array: Float64Array, work: () => T): T {
  try {
    return work();
  } finally {
    releaseArena(array);
  }
}

/** The blocked right-looking factorization of `lu` (n × n), in place. */
function factorInPlace(lu: Float64Array, n: number, nb: number, permutation: Int32Array): void {
  const pack = gemmScratch();
  for (let k0 = 0; k0 < n; k0 += nb) {
    const k1 = Math.min(n, k0 + nb);
    factorPanel(lu, n, k0, k1, permutation, pack);
    if (k1 === n) break;
    // The block row of U: U12 = L11⁻¹·A12 over the trailing columns.
    solveUnitLower(lu, n, lu, n, k0, k1, k1, n, pack);
    gemmSubtract(
      { data: lu, offset: k1 * n + k1, ld: n },
      { data: lu, offset: k1 * n + k0, ld: n },
      { data: lu, offset: k0 * n + k1, ld: n },
      n - k1,
      n - k1,
      k1 - k0,
      pack,
    );
  }
}

/** Panels at most this wide are factored column by column. */
const PANEL_LEAF = 8;

/**
 * Factors columns c0 … c1 − 1 of rows c0 … n − 1 with partial pivoting (whole rows swapped),
 * recursively (Toledo 1997; Gustavson 1997): the left half, then the right half's block of U,
 * the matrix product that updates the right half below it, then the right half. Most of the
 * panel's n·nb²/2 multiply-adds become one matrix product instead of short scalar loops.
 */
function factorPanel(
  lu: Float64Array,
  n: number,
  c0: number,
  c1: number,
  permutation: Int32Array,
  pack: Float64Array,
): void {
  if (c1 - c0 <= PANEL_LEAF) {
    factorPanelColumns(lu, n, c0, c1, permutation);
    return;
  }
  const mid = c0 + ((c1 - c0) >> 1);
  factorPanel(lu, n, c0, mid, permutation, pack);
  solveUnitLower(lu, n, lu, n, c0, mid, mid, c1, pack);
  gemmSubtract(
    { data: lu, offset: mid * n + mid, ld: n },
    { data: lu, offset: mid * n + c0, ld: n },
    { data: lu, offset: c0 * n + mid, ld: n },
    n - mid,
    c1 - mid,
    mid - c0,
    pack,
  );
  factorPanel(lu, n, mid, c1, permutation, pack);
}

/** Unblocked elimination of columns c0 … c1 − 1 (rows c0 … n − 1), updating only those columns. */
function factorPanelColumns(lu: Float64Array, n: number, c0: number, c1: number, permutation: Int32Array): void {
  for (let k = c0; k < c1; k++) {
    let p = k;
    let max = Math.abs(lu[k * n + k] as number);
    for (let i = k + 1; i < n; i++) {
      const v = Math.abs(lu[i * n + k] as number);
      if (v > max) {
        max = v;
        p = i;
      }
    }
    if (!(max > 0)) throw new ChanyeError('invalid-input', `the matrix is singular (no pivot in column ${k})`);
    if (p !== k) {
      swapRows(lu, n, k, p);
      const t = permutation[k] as number;
      permutation[k] = permutation[p] as number;
      permutation[p] = t;
    }
    const pivot = lu[k * n + k] as number;
    const kRow = k * n;
    for (let i = k + 1; i < n; i++) {
      const iRow = i * n;
      const l = (lu[iRow + k] as number) / pivot;
      lu[iRow + k] = l;
      if (l === 0) continue;
      for (let j = k + 1; j < c1; j++) lu[iRow + j] = (lu[iRow + j] as number) - l * (lu[kRow + j] as number);
    }
  }
}

/** Whether `values` is already where {@link kernelWorkspace} would put a matrix of order n. */
function inWorkspace(values: Float64Array, n: number, kernel: Kernel = 'auto'): boolean {
  const wantsArena = kernel === 'wasm' || (kernel === 'auto' && n >= WASM_MIN_ORDER);
  return !wantsArena || isInArena(values);
}

function isInArena(values: Float64Array): boolean {
  return arenaOf(values) !== undefined;
}

function copyToWorkspace(values: Float64Array, n: number, options: KernelOptions): Float64Array {
  const [copy] = kernelWorkspace([values.length], n, options) as [Float64Array];
  copy.set(values);
  return copy;
}

function swapRows(m: Float64Array, n: number, a: number, b: number): void {
  const ra = a * n;
  const rb = b * n;
  for (let j = 0; j < n; j++) {
    const t = m[ra + j] as number;
    m[ra + j] = m[rb + j] as number;
    m[rb + j] = t;
  }
}

/**
 * Solves A·x = b with a factorization of A (forward then back substitution, 2n² flops).
 *
 * @example luSolve(luFactor(matrixFromRows([[2, 0], [0, 4]])), Float64Array.of(2, 2)) // returns [1, 0.5]
 */
export function luSolve(f: LuFactorization, b: ArrayLike<number>): Float64Array {
  const { n, lu, permutation } = f;
  checkLength(n, b.length);
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) x[i] = b[permutation[i] as number] as number;
  for (let i = 0; i < n; i++) {
    const row = i * n;
    let s = x[i] as number;
    for (let j = 0; j < i; j++) s -= (lu[row + j] as number) * (x[j] as number);
    x[i] = s;
  }
  for (let i = n - 1; i >= 0; i--) {
    const row = i * n;
    let s = x[i] as number;
    for (let j = i + 1; j < n; j++) s -= (lu[row + j] as number) * (x[j] as number);
    x[i] = s / (lu[row + i] as number);
  }
  return x;
}

/**
 * Solves Aᵀ·y = b, i.e. the row vector yᵀ = bᵀ·A⁻¹, with a factorization of A: with A = Pᵀ L U,
 * Uᵀ z = b, then Lᵀ w = z, then y = Pᵀ w. This is how a multiplier c'(I − A)⁻¹ is computed
 * without the inverse.
 *
 * @example luSolveTransposed(luFactor(matrixFromRows([[1, 2], [0, 1]])), Float64Array.of(1, 1)) // returns [1, -1]
 */
export function luSolveTransposed(f: LuFactorization, b: ArrayLike<number>): Float64Array {
  const { n, lu, permutation } = f;
  checkLength(n, b.length);
  const z = Float64Array.from(b);
  for (let j = 0; j < n; j++) {
    const row = j * n;
    const zj = (z[j] as number) / (lu[row + j] as number);
    z[j] = zj;
    if (zj === 0) continue;
    for (let i = j + 1; i < n; i++) z[i] = (z[i] as number) - (lu[row + i] as number) * zj;
  }
  for (let j = n - 1; j >= 0; j--) {
    const row = j * n;
    const wj = z[j] as number;
    if (wj === 0) continue;
    for (let i = 0; i < j; i++) z[i] = (z[i] as number) - (lu[row + i] as number) * wj;
  }
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) y[permutation[i] as number] = z[i] as number;
  return y;
}

/**
 * Y = C·A⁻¹ for a block of row vectors (C is m × n, row-major): many products c'·A⁻¹ at once,
 * such as the multipliers of each region's value added. With P·A = L·U, Y·Pᵀ·L·U = C is solved
 * as W·U = C (column blocks left to right), V·L = W (right to left), then Y = V·P, blocked so
 * that almost all of the 2mn² flops are matrix products in the kernel; the factors are read
 * once for all m rows instead of once per row as m calls of {@link luSolveTransposed} would.
 */
export function luSolveRows(f: LuFactorization, c: Matrix, options: BlockedOptions = {}): Matrix {
  const { n, permutation } = f;
  checkLength(n, c.columns);
  const m = c.rows;
  const nb = Math.max(1, options.blockSize ?? DEFAULT_BLOCK);
  const [lu, w] = kernelWorkspace([n * n, m * n], n, options) as [Float64Array, Float64Array];
  lu.set(f.lu);
  w.set(c.values);
  releasedAfter(w, () => solveRowsInPlace(lu, w, n, m, nb));
  const y = new Float64Array(m * n);
  for (let r = 0; r < m; r++) {
    const row = r * n;
    for (let i = 0; i < n; i++) y[row + (permutation[i] as number)] = w[row + i] as number;
  }
  return { rows: m, columns: n, values: y };
}

/** W ← W·U⁻¹, then W ← W·L⁻¹ (the factors packed in `lu`), blocked by columns. */
function solveRowsInPlace(lu: Float64Array, w: Float64Array, n: number, m: number, nb: number): void {
  const pack = gemmScratch();
  for (let j0 = 0; j0 < n; j0 += nb) {
    const j1 = Math.min(n, j0 + nb);
    gemmSubtract(
      { data: w, offset: j0, ld: n },
      { data: w, offset: 0, ld: n },
      { data: lu, offset: j0, ld: n },
      m,
      j1 - j0,
      j0,
      pack,
    );
    for (let j = j0; j < j1; j++) {
      const d = lu[j * n + j] as number;
      for (let r = 0; r < m; r++) {
        const row = r * n;
        let s = w[row + j] as number;
        for (let k = j0; k < j; k++) s -= (w[row + k] as number) * (lu[k * n + j] as number);
        w[row + j] = s / d;
      }
    }
  }
  const lastStart = Math.floor((n - 1) / nb) * nb;
  for (let j0 = lastStart; j0 >= 0; j0 -= nb) {
    const j1 = Math.min(n, j0 + nb);
    gemmSubtract(
      { data: w, offset: j0, ld: n },
      { data: w, offset: j1, ld: n },
      { data: lu, offset: j1 * n + j0, ld: n },
      m,
      j1 - j0,
      n - j1,
      pack,
    );
    for (let j = j1 - 2; j >= j0; j--) {
      for (let r = 0; r < m; r++) {
        const row = r * n;
        let s = w[row + j] as number;
        for (let k = j + 1; k < j1; k++) s -= (w[row + k] as number) * (lu[k * n + j] as number);
        w[row + j] = s;
      }
    }
  }
}

/**
 * Solves A·X = B for a block of right-hand sides (B is n × m, row-major), blocked like the
 * factorization so the work is matrix products.
 */
export function luSolveMatrix(f: LuFactorization, b: Matrix, options: BlockedOptions = {}): Matrix {
  const { n, permutation } = f;
  checkLength(n, b.rows);
  const m = b.columns;
  const [lu, x] = kernelWorkspace([n * n, n * m], n, options) as [Float64Array, Float64Array];
  lu.set(f.lu);
  const work = { n, lu, permutation };
  for (let i = 0; i < n; i++)
    x.set(b.values.subarray((permutation[i] as number) * m, (permutation[i] as number) * m + m), i * m);
  const nb = Math.max(1, options.blockSize ?? DEFAULT_BLOCK);
  releasedAfter(x, () => {
    forwardUnitLower(work, x, m, nb, false);
    backwardUpper(work, x, m, nb);
  });
  return { rows: n, columns: m, values: Float64Array.from(x) };
}

/**
 * The inverse A⁻¹ = U⁻¹·L⁻¹·P from a factorization: L⁻¹ is formed block by block using its
 * lower-triangular shape (n³/3 flops), U⁻¹·L⁻¹ by blocked back substitution (n³), and the
 * columns are permuted last. Use it when the inverse is itself the result (the Leontief
 * inverse); for a product with a vector, {@link luSolve} or {@link luSolveTransposed} suffice.
 */
export function luInverse(f: LuFactorization, options: BlockedOptions = {}): Matrix {
  const { n, permutation } = f;
  const nb = Math.max(1, options.blockSize ?? DEFAULT_BLOCK);
  // The factors are copied next to the result so that both sit in one kernel arena.
  const [lu, y] = kernelWorkspace([n * n, n * n], n, options) as [Float64Array, Float64Array];
  lu.set(f.lu);
  const work = { n, lu, permutation };
  for (let i = 0; i < n; i++) y[i * n + i] = 1;
  releasedAfter(y, () => {
    forwardUnitLower(work, y, n, nb, true);
    backwardUpper(work, y, n, nb);
  });
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const row = i * n;
    for (let c = 0; c < n; c++) out[row + (permutation[c] as number)] = y[row + c] as number;
  }
  return { rows: n, columns: n, values: out };
}

/**
 * X ← L⁻¹ X (m columns), right-looking: each block row is solved against its diagonal block,
 * then every row below is updated by one matrix product, whose B operand (the solved block
 * row) is packed once for all those rows. `identity` says X starts as I, so row i has nothing
 * right of column i and block row r0 … r1 − 1 only its first r1 columns.
 */
function forwardUnitLower(f: LuFactorization, x: Float64Array, m: number, nb: number, identity: boolean): void {
  const { n, lu } = f;
  const pack = gemmScratch();
  for (let r0 = 0; r0 < n; r0 += nb) {
    const r1 = Math.min(n, r0 + nb);
    const cols = identity ? r1 : m;
    solveUnitLower(lu, n, x, m, r0, r1, 0, cols, pack);
    if (r1 < n) {
      gemmSubtract(
        { data: x, offset: r1 * m, ld: m },
        { data: lu, offset: r1 * n + r0, ld: n },
        { data: x, offset: r0 * m, ld: m },
        n - r1,
        cols,
        r1 - r0,
        pack,
      );
    }
  }
}

/** X ← U⁻¹ X (m columns), right-looking from the bottom block row up. */
function backwardUpper(f: LuFactorization, x: Float64Array, m: number, nb: number): void {
  const { n, lu } = f;
  const pack = gemmScratch();
  const lastStart = Math.floor((n - 1) / nb) * nb;
  for (let r0 = lastStart; r0 >= 0; r0 -= nb) {
    const r1 = Math.min(n, r0 + nb);
    solveUpper(lu, n, x, m, r0, r1, 0, m, pack);
    if (r0 > 0) {
      gemmSubtract(
        { data: x, offset: 0, ld: m },
        { data: lu, offset: r0, ld: n },
        { data: x, offset: r0 * m, ld: m },
        r0,
        m,
        r1 - r0,
        pack,
      );
    }
  }
}

/** Triangles at most this large are solved row by row. */
const TRIANGLE_LEAF = 8;

/**
 * Rows r0 … r1 − 1, columns c0 … c1 − 1 of X (row stride ldx) ← L⁻¹ times themselves, L the
 * unit lower triangle of rows and columns r0 … r1 − 1 of `lu` (row stride n); recursive, so
 * that all but the small diagonal triangles are matrix products. X may be `lu` itself when the
 * columns do not meet the triangle (the block row of U in the factorization).
 */
function solveUnitLower(
  lu: Float64Array,
  n: number,
  x: Float64Array,
  ldx: number,
  r0: number,
  r1: number,
  c0: number,
  c1: number,
  pack: Float64Array,
): void {
  if (r1 - r0 <= TRIANGLE_LEAF) {
    for (let r = r0 + 1; r < r1; r++) {
      const rRow = r * ldx;
      for (let s = r0; s < r; s++) {
        const l = lu[r * n + s] as number;
        if (l === 0) continue;
        const sRow = s * ldx;
        for (let c = c0; c < c1; c++) x[rRow + c] = (x[rRow + c] as number) - l * (x[sRow + c] as number);
      }
    }
    return;
  }
  const mid = r0 + ((r1 - r0) >> 1);
  solveUnitLower(lu, n, x, ldx, r0, mid, c0, c1, pack);
  gemmSubtract(
    { data: x, offset: mid * ldx + c0, ld: ldx },
    { data: lu, offset: mid * n + r0, ld: n },
    { data: x, offset: r0 * ldx + c0, ld: ldx },
    r1 - mid,
    c1 - c0,
    mid - r0,
    pack,
  );
  solveUnitLower(lu, n, x, ldx, mid, r1, c0, c1, pack);
}

/** As {@link solveUnitLower} for U, the upper triangle with its diagonal: X ← U⁻¹ X. */
function solveUpper(
  lu: Float64Array,
  n: number,
  x: Float64Array,
  ldx: number,
  r0: number,
  r1: number,
  c0: number,
  c1: number,
  pack: Float64Array,
): void {
  if (r1 - r0 <= TRIANGLE_LEAF) {
    for (let i = r1 - 1; i >= r0; i--) {
      const iRow = i * ldx;
      for (let j = i + 1; j < r1; j++) {
        const u = lu[i * n + j] as number;
        if (u === 0) continue;
        const jRow = j * ldx;
        for (let c = c0; c < c1; c++) x[iRow + c] = (x[iRow + c] as number) - u * (x[jRow + c] as number);
      }
      const d = lu[i * n + i] as number;
      for (let c = c0; c < c1; c++) x[iRow + c] = (x[iRow + c] as number) / d;
    }
    return;
  }
  const mid = r0 + ((r1 - r0) >> 1);
  solveUpper(lu, n, x, ldx, mid, r1, c0, c1, pack);
  gemmSubtract(
    { data: x, offset: r0 * ldx + c0, ld: ldx },
    { data: lu, offset: r0 * n + mid, ld: n },
    { data: x, offset: mid * ldx + c0, ld: ldx },
    mid - r0,
    c1 - c0,
    r1 - mid,
    pack,
  );
  solveUpper(lu, n, x, ldx, r0, mid, c0, c1, pack);
}

function checkLength(n: number, got: number): void {
  if (got !== n) throw new ChanyeError('invalid-input', `expected ${n} rows on the right-hand side, got ${got}`);
}
