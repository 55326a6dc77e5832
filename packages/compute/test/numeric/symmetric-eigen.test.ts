import { describe, expect, it } from 'vitest';
import { seededRandom, symmetricEigen } from '@chanye/compute';
import { jacobiEigen } from './jacobi-eigen.js';

describe('symmetricEigen(matrix, n)', () => {
  it('finds 3 on (1, 1)/√2 and 1 on (1, −1)/√2 for [[2, 1], [1, 2]]', () => {
    const { values, vectors } = symmetricEigen(Float64Array.of(2, 1, 1, 2), 2);
    expect(values[0]).toBeCloseTo(3, 14);
    expect(values[1]).toBeCloseTo(1, 14);
    expect(vectors[0]).toBeCloseTo(Math.SQRT1_2, 14);
    expect((vectors[2] as number) * (vectors[3] as number)).toBeCloseTo(-0.5, 14);
  });

  it('agrees with the cyclic Jacobi method and satisfies A v = λ v on a random 30 × 30 matrix', () => {
    const random = seededRandom(3);
    const n = 30;
    const a = new Float64Array(n * n);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j <= i; j++) {
        const v = random() - 0.5;
        a[i * n + j] = v;
        a[j * n + i] = v;
      }
    }
    const dense = symmetricEigen(a, n);
    const rows = Array.from({ length: n }, (_, i) => Array.from(a.subarray(i * n, i * n + n)));
    const jacobi = jacobiEigen(rows);
    for (let k = 0; k < n; k++) {
      expect(dense.values[k]).toBeCloseTo(jacobi.values[k] as number, 12);
      for (let i = 0; i < n; i++) {
        let av = 0;
        for (let j = 0; j < n; j++) av += (a[i * n + j] as number) * (dense.vectors[k * n + j] as number);
        expect(av).toBeCloseTo((dense.values[k] as number) * (dense.vectors[k * n + i] as number), 12);
      }
    }
  });

  it('handles the empty and 1 × 1 matrices', () => {
    expect(symmetricEigen(new Float64Array(0), 0).values).toHaveLength(0);
    const one = symmetricEigen(Float64Array.of(-4), 1);
    expect([...one.values, ...one.vectors]).toEqual([-4, 1]);
  });
});

describe('symmetricEigen on the correlation matrices of composite indices', () => {
  it('finds the eigenpairs of [[2, 1], [1, 2]]: 3 on (1, 1)/√2 and 1 on (1, −1)/√2', () => {
    const { values, vectors } = symmetricEigen(Float64Array.of(2, 1, 1, 2), 2);
    expect(values[0]).toBeCloseTo(3, 12);
    expect(values[1]).toBeCloseTo(1, 12);
    expect(Math.abs(vectors[0] as number)).toBeCloseTo(Math.SQRT1_2, 12);
    expect((vectors[2] as number) * (vectors[3] as number)).toBeCloseTo(-0.5, 12);
  });

  it('satisfies A v = λ v and trace = Σ λ on a 4 × 4 correlation-like matrix', () => {
    const a = [
      [1, 0.6, 0.3, 0.1],
      [0.6, 1, 0.2, 0.05],
      [0.3, 0.2, 1, 0.4],
      [0.1, 0.05, 0.4, 1],
    ];
    const { values, vectors } = symmetricEigen(Float64Array.from(a.flat()), 4);
    expect(values.reduce((s, v) => s + v, 0)).toBeCloseTo(4, 12);
    values.forEach((lambda, k) => {
      const v = vectors.subarray(k * 4, k * 4 + 4);
      a.forEach((row, i) =>
        expect(row.reduce((s, x, j) => s + x * (v[j] as number), 0)).toBeCloseTo(lambda * (v[i] as number), 10),
      );
    });
  });
});
