import { describe, expect, it } from 'vitest';
import { compositeIndex, CompositeMemo, seededRandom, type Matrix, type Polarity } from '@chanye/compute';

/**
 * A memo only saves work: every normalization × weighting × aggregation gives the same scores,
 * weights and normalized matrix with one memo shared across all of them as without it, and the
 * memo keeps matrices apart.
 */
function randomMatrix(rows: number, columns: number, seed: number): Matrix {
  const random = seededRandom(seed);
  return { rows, columns, values: Float64Array.from({ length: rows * columns }, () => random() * 100) };
}

describe('CompositeMemo', () => {
  it('changes no result of compositeIndex', () => {
    const a = randomMatrix(30, 4, 1);
    const b = randomMatrix(30, 4, 2);
    const polarity: Polarity[] = [1, -1, 1, 1];
    const memo = new CompositeMemo();
    for (const m of [a, b, a]) {
      for (const normalization of ['min-max', 'z-score', 'distance-to-frontier'] as const) {
        for (const weighting of ['equal', 'entropy', 'pca'] as const) {
          for (const aggregation of ['arithmetic', 'geometric', 'topsis'] as const) {
            const method = { normalization, weighting, aggregation };
            expect(compositeIndex(m, polarity, method, memo)).toEqual(compositeIndex(m, polarity, method));
          }
        }
      }
    }
  });
});
