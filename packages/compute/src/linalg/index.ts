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
  type Kernel,
  type LuFactorization,
  type LuOptions,
} from './lu.js';
export {
  arenaOverMemory,
  THREADS_MIN_ORDER,
  useKernelThreads,
  type GemmJob,
  type KernelArena,
  type KernelThreads,
} from './gemm-wasm.js';
export { gemmColumns } from './gemm.js';
