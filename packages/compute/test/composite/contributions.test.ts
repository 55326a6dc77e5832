import { describe, expect, it } from 'vitest';
import { arithmeticMean, geometricMean, matrixFromRows, topsisCloseness, unitContributions } from '@chanye/compute';

const m = matrixFromRows([
  [0.2, 1, 0.5],
  [1, 0, 0.25],
  [0, 0.5, 1],
  [0.6, 0.8, 0],
]);
const weights = [0.5, 0.3, 0.2];

describe('unitContributions(m, weights, aggregation, row)', () => {
  it('arithmetic: the terms w_j r_ij add up to the score', () => {
    const scores = arithmeticMean(m, weights);
    for (let i = 0; i < m.rows; i++) {
      const { contribution, shortfall } = unitContributions(m, weights, 'arithmetic', i);
      expect(contribution.reduce((a, b) => a + b, 0)).toBeCloseTo(scores[i] as number, 14);
      expect(shortfall).toBeUndefined();
    }
    expect([...unitContributions(m, weights, 'arithmetic', 0).contribution]).toEqual([0.1, 0.3, 0.1]);
  });

  it('geometric: the terms w_j ln r_ij add up to the log of the score', () => {
    const positive = matrixFromRows([
      [2, 10, 5],
      [100, 1, 3],
    ]);
    const scores = geometricMean(positive, weights);
    for (let i = 0; i < 2; i++) {
      const sum = unitContributions(positive, weights, 'geometric', i).contribution.reduce((a, b) => a + b, 0);
      expect(Math.exp(sum)).toBeCloseTo(scores[i] as number, 12);
    }
  });

  it('TOPSIS: shares of the squared distances to the ideal and anti-ideal each sum to 1 and give back the closeness', () => {
    const closeness = topsisCloseness(m, weights);
    for (let i = 0; i < m.rows; i++) {
      const { contribution, shortfall, distances } = unitContributions(m, weights, 'topsis', i);
      expect(contribution.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 14);
      expect(shortfall!.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 14);
      const { toIdeal, toAntiIdeal } = distances!;
      expect(toAntiIdeal / (toIdeal + toAntiIdeal)).toBeCloseTo(closeness[i] as number, 14);
    }
    // By hand for unit 0: v = (0.1, 0.3, 0.1); ideal (0.5, 0.3, 0.2), anti-ideal (0, 0, 0):
    // squared gaps to the ideal 0.16, 0, 0.01 → shares 16/17, 0, 1/17.
    const first = unitContributions(m, weights, 'topsis', 0);
    expect(first.shortfall![0]).toBeCloseTo(16 / 17, 14);
    expect(first.shortfall![1]).toBe(0);
    expect(first.contribution[1]).toBeCloseTo(0.09 / 0.11, 14);
  });

  it('TOPSIS ignores rows with a missing value when it finds the ideal, as the closeness does', () => {
    const gappy = matrixFromRows([...[0, 1, 2, 3].map((i) => [...m.values.subarray(i * 3, i * 3 + 3)]), [NaN, 5, 5]]);
    const a = unitContributions(m, weights, 'topsis', 2);
    const b = unitContributions(gappy, weights, 'topsis', 2);
    expect([...b.contribution]).toEqual([...a.contribution]);
  });
});
