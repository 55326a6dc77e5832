import { afterAll, describe, expect, it } from 'vitest';
import { luFactor, luInverse, luSolveRows, seededRandom, THREADS_MIN_ORDER, type Matrix } from '@chanye/compute';
import { startKernelThreads, type KernelThreadPool } from '@chanye/store';

/**
 * With kernel threads, each thread computes whole columns of every product with the same
 * kernel and in the same order, so the factorization, the inverse and the solves must equal
 * those of the calling thread alone bit for bit. The job count shows the threads took part.
 * The worker threads run the built packages (dist/), the calling thread here the sources: `npm
 * test` builds first, so both are the same code.
 */
function randomMatrix(n: number, seed: number): Matrix {
  const random = seededRandom(seed);
  const values = new Float64Array(n * n);
  for (let i = 0; i < n * n; i++) values[i] = random() < 0.3 ? random() - 0.5 : 0;
  for (let i = 0; i < n; i++) values[i * n + i] = (values[i * n + i] as number) + 1 + n * 0.05;
  return { rows: n, columns: n, values };
}

function differing(a: Float64Array, b: Float64Array): number {
  let count = 0;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) count++;
  return count;
}

let threads: KernelThreadPool | undefined;
afterAll(() => threads?.stop());

describe('kernel threads', () => {
  it('give bit-identical LU, inverse and row solves to the scalar kernel, and share the work', () => {
    const n = THREADS_MIN_ORDER + 17;
    const a = randomMatrix(n, 11);
    const rows = { rows: 6, columns: n, values: randomMatrix(n, 12).values.slice(0, 6 * n) };
    const fScalar = luFactor(a, { kernel: 'scalar' });
    const scalar = {
      f: fScalar,
      inverse: luInverse(fScalar, { kernel: 'scalar' }),
      rows: luSolveRows(fScalar, rows, { kernel: 'scalar' }),
    };

    threads = startKernelThreads(1);
    expect(threads?.workers).toBe(1);
    const before = threads?.jobs ?? 0;
    const fThreads = luFactor(a, { kernel: 'wasm', threads });
    const inverse = luInverse(fThreads, { kernel: 'wasm', threads });
    const solved = luSolveRows(fThreads, rows, { kernel: 'wasm', threads });
    expect(threads?.jobs).toBeGreaterThan(before);

    expect(differing(fThreads.lu, scalar.f.lu)).toBe(0);
    expect(differing(inverse.values, scalar.inverse.values)).toBe(0);
    expect(differing(solved.values, scalar.rows.values)).toBe(0);
  });
});
