import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  luFactor,
  luInverse,
  luSolveMatrix,
  luSolveRows,
  luSolveTransposed,
  seededRandom,
  type Kernel,
  type Matrix,
} from '@chanye/compute';
import { GEMM_KERNEL_HEX } from '../../src/linalg/gemm-kernel-bytes.ts';
import { gemmWasmProducts } from '../../src/linalg/gemm.ts';
import { assembleGemmKernel } from '../../../../scripts/wasm/assemble.ts';

/**
 * The WebAssembly SIMD kernel and the JavaScript kernel must agree bit for bit: both sum each
 * element of C − A·B in the same order with separate multiplies and adds. Sizes are chosen so
 * that rows and columns leave remainders modulo 4 (the scalar edge paths), the k dimension
 * crosses a 256-wide chunk, and some row groups are all zero (the skip path).
 */

/** A random, diagonally dominant, partly sparse matrix (so LU needs no luck to succeed). */
function randomMatrix(n: number, seed: number, density: number): Matrix {
  const random = seededRandom(seed);
  const values = new Float64Array(n * n);
  for (let i = 0; i < n * n; i++) values[i] = random() < density ? random() - 0.5 : 0;
  // A block of zero rows below the diagonal exercises the all-zero skip.
  for (let i = Math.floor(n / 2); i < Math.floor(n / 2) + 5 && i < n; i++)
    for (let j = 0; j < i; j++) values[i * n + j] = 0;
  for (let i = 0; i < n; i++) values[i * n + i] = (values[i * n + i] as number) + 1 + n * density * 0.25;
  return { rows: n, columns: n, values };
}

function identical(a: Float64Array, b: Float64Array): number {
  expect(a.length).toBe(b.length);
  let differing = 0;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) differing++;
  return differing;
}

const run = (kernel: Kernel, a: Matrix) => {
  const f = luFactor(a, { kernel });
  const rhs = randomMatrix(a.rows, 99, 1);
  return {
    f,
    inverse: luInverse(f, { kernel }),
    solved: luSolveMatrix(f, { rows: a.rows, columns: 7, values: rhs.values.slice(0, a.rows * 7) }, { kernel }),
    rows: luSolveRows(f, { rows: 9, columns: a.rows, values: rhs.values.slice(0, 9 * a.rows) }, { kernel }),
  };
};

describe('WebAssembly SIMD kernel', () => {
  it('is the assembly of the committed gemm-kernel.wat', async () => {
    const wat = readFileSync(new URL('../../src/linalg/gemm-kernel.wat', import.meta.url), 'utf8');
    const bytes = await assembleGemmKernel(wat);
    expect(Buffer.from(bytes).toString('hex')).toBe(GEMM_KERNEL_HEX);
  });

  it.each([
    [5, 0.9],
    [67, 0.3],
    [131, 0.6],
    [301, 0.2],
  ])('gives bit-identical LU, inverse and solves to the JavaScript kernel (n = %i, density %f)', (n, density) => {
    const a = randomMatrix(n, n, density);
    const before = gemmWasmProducts();
    const wasm = run('wasm', a);
    const afterWasm = gemmWasmProducts();
    const scalar = run('scalar', a);
    // The SIMD path did the products of the 'wasm' run (all but the smallest have some), and none of the scalar run's.
    if (n > 8) expect(afterWasm).toBeGreaterThan(before);
    expect(gemmWasmProducts()).toBe(afterWasm);
    expect(Array.from(wasm.f.permutation)).toEqual(Array.from(scalar.f.permutation));
    expect(identical(wasm.f.lu, scalar.f.lu)).toBe(0);
    expect(identical(wasm.inverse.values, scalar.inverse.values)).toBe(0);
    expect(identical(wasm.solved.values, scalar.solved.values)).toBe(0);
    expect(identical(wasm.rows.values, scalar.rows.values)).toBe(0);
  });
});

describe('luSolveRows', () => {
  it('solves Y·A = C: each row equals the transposed solve, and Y·A reproduces C', () => {
    const n = 157;
    const a = randomMatrix(n, 3, 0.4);
    const f = luFactor(a);
    const m = 6;
    const c = randomMatrix(n, 4, 1).values.slice(0, m * n);
    const y = luSolveRows(f, { rows: m, columns: n, values: c }).values;
    let worstRow = 0;
    let worstIdentity = 0;
    for (let r = 0; r < m; r++) {
      const single = luSolveTransposed(f, c.subarray(r * n, (r + 1) * n));
      for (let j = 0; j < n; j++) {
        worstRow = Math.max(worstRow, Math.abs((y[r * n + j] as number) - (single[j] as number)));
        let ya = 0;
        for (let i = 0; i < n; i++) ya += (y[r * n + i] as number) * (a.values[i * n + j] as number);
        worstIdentity = Math.max(worstIdentity, Math.abs(ya - (c[r * n + j] as number)));
      }
    }
    expect(worstRow).toBeLessThan(1e-13);
    expect(worstIdentity).toBeLessThan(1e-12);
  });
});
