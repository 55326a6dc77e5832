/**
 * Dense linear algebra: the blocked LU factorization with its solves and inverse, and the
 * matrix-product kernel they run on (JavaScript, or WebAssembly SIMD in an arena that worker
 * threads can share). docs/methods/input-output.md §Dense linear algebra describes both.
 *
 * @module
 */
export {
  luFactor,
  luInverse,
  luSolve,
  luSolveMatrix,
  luSolveRows,
  luSolveTransposed,
  WASM_MIN_ORDER,
  type BlockedOptions,
  type Kernel,
  type KernelOptions,
  type LuFactorization,
  type LuOptions,
} from './lu.js';
export { THREADS_MIN_ORDER, type GemmJob, type KernelThreads } from './kernel-threads.js';
// For the worker side of a thread pool: the kernel over an arena's memory, and a job's columns.
export { arenaOverMemory, type KernelArena } from './gemm-wasm.js';
export { gemmColumns } from './gemm.js';
