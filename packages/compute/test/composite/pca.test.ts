import { describe, expect, it } from 'vitest';
import { matrixFromRows, pcaWeights, seededRandom } from '@chanye/compute';

describe('pcaWeights(matrix)', () => {
  it('splits the weight between two perfectly correlated indicators and gives none to one outside the retained component', () => {
    // x2 = 2·x1 (correlation 1) and x3 orthogonal to both: eigenvalues 2, 1, 0; only the first (> 1) is retained,
    // with loadings (1, 1, 0): squared and scaled to unity, 0.5, 0.5, 0.
    const m = matrixFromRows([
      [1, 2, 1],
      [2, 4, -1],
      [3, 6, -1],
      [4, 8, 1],
    ]);
    const result = pcaWeights(m);
    expect(result.retained).toBe(1);
    expect(result.weights[0]).toBeCloseTo(0.5, 10);
    expect(result.weights[1]).toBeCloseTo(0.5, 10);
    expect(result.weights[2]).toBeCloseTo(0, 10);
  });

  it('returns weights that sum to 1 on random data with two correlated blocks', () => {
    const random = seededRandom(7);
    const rows = Array.from({ length: 60 }, () => {
      const f = random();
      const g = random();
      return [f + 0.1 * random(), f + 0.1 * random(), g + 0.1 * random(), g + 0.1 * random()];
    });
    const result = pcaWeights(matrixFromRows(rows));
    expect(result.retained).toBe(2);
    expect([...result.weights].reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
    for (const w of result.weights) expect(w).toBeGreaterThan(0.15);
  });
});

describe('seededRandom(seed)', () => {
  it('reproduces a sequence from its seed and differs between seeds', () => {
    const a = seededRandom(1);
    const b = seededRandom(1);
    const c = seededRandom(2);
    const xs = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(xs);
    expect(c()).not.toBe(xs[0]);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });

  it('is close to uniform: the mean of 100,000 draws is within 0.005 of 0.5', () => {
    const random = seededRandom(123);
    let total = 0;
    for (let i = 0; i < 100_000; i++) total += random();
    expect(Math.abs(total / 100_000 - 0.5)).toBeLessThan(0.005);
  });
});
