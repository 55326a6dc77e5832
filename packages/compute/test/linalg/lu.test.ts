import { describe, expect, it } from 'vitest';
import {
  leontiefInverse,
  luFactor,
  luInverse,
  luSolve,
  luSolveMatrix,
  luSolveTransposed,
  matrixFromRows,
  seededRandom,
  technicalCoefficients,
  type Matrix,
} from '@chanye/compute';
import { maxRelative, randomMrio } from '../input-output/helpers.js';

function randomMatrix(seed: number, n: number): Matrix {
  const random = seededRandom(seed);
  return { rows: n, columns: n, values: Float64Array.from({ length: n * n }, () => random() - 0.5) };
}

function multiply(a: Matrix, b: Matrix): Matrix {
  const out = new Float64Array(a.rows * b.columns);
  for (let i = 0; i < a.rows; i++) {
    for (let k = 0; k < a.columns; k++) {
      const v = a.values[i * a.columns + k] as number;
      for (let j = 0; j < b.columns; j++)
        out[i * b.columns + j] = (out[i * b.columns + j] as number) + v * (b.values[k * b.columns + j] as number);
    }
  }
  return { rows: a.rows, columns: b.columns, values: out };
}

/** Normwise residual max |a − b| / max |b|, for solves with random (possibly ill-conditioned) matrices. */
function normwise(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let diff = 0;
  let scale = 0;
  for (let i = 0; i < b.length; i++) {
    diff = Math.max(diff, Math.abs((a[i] as number) - (b[i] as number)));
    scale = Math.max(scale, Math.abs(b[i] as number));
  }
  return diff / scale;
}

const identity = (n: number): Float64Array => {
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) out[i * n + i] = 1;
  return out;
};

describe('luFactor and its solves', () => {
  it('luFactor(A) pivots: [[0, 1], [2, 3]] needs a row swap and solves exactly', () => {
    const f = luFactor(
      matrixFromRows([
        [0, 1],
        [2, 3],
      ]),
    );
    expect([...f.permutation]).toEqual([1, 0]);
    expect([...luSolve(f, [1, 5])]).toEqual([1, 1]);
  });

  it('luFactor(A) throws on a singular matrix', () => {
    expect(() =>
      luFactor(
        matrixFromRows([
          [1, 2],
          [2, 4],
        ]),
      ),
    ).toThrow(/singular/);
  });

  for (const [n, blockSize] of [
    [1, 64],
    [7, 3],
    [50, 8],
    [131, 64],
    [200, 17],
  ] as const) {
    it(`A·A⁻¹ = I, A·x = b and Aᵀ·y = b with normwise residuals below 1e-10 for a random ${n} × ${n} matrix (block ${blockSize})`, () => {
      const A = randomMatrix(n, n);
      const f = luFactor(A, { blockSize });
      const inv = luInverse(f, { blockSize });
      const prod = multiply(A, inv);
      expect(normwise(prod.values, identity(n))).toBeLessThan(1e-10);
      const b = Float64Array.from({ length: n }, (_, i) => i + 1);
      const x = luSolve(f, b);
      expect(normwise(multiply(A, { rows: n, columns: 1, values: x }).values, b)).toBeLessThan(1e-10);
      const y = luSolveTransposed(f, b);
      expect(normwise(multiply({ rows: 1, columns: n, values: y }, A).values, b)).toBeLessThan(1e-10);
      const B = randomMatrix(n + 1, n);
      const X = luSolveMatrix(
        f,
        { rows: n, columns: Math.min(n, 5), values: B.values.slice(0, n * Math.min(n, 5)) },
        { blockSize },
      );
      const back = multiply(A, X);
      expect(normwise(back.values, B.values.slice(0, n * Math.min(n, 5)))).toBeLessThan(1e-9);
    });
  }

  it('the blocked and unblocked factorizations agree to the last bits on a Leontief matrix', () => {
    const m = randomMrio(5, 4, 30);
    const A = technicalCoefficients(m.Z, m.x);
    const a = leontiefInverse(A, { blockSize: 1 });
    const b = leontiefInverse(A, { blockSize: 64 });
    expect(maxRelative(a.values, b.values)).toBeLessThan(1e-13);
  });
});
