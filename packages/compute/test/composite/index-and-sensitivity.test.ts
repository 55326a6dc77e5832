import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compositeIndex, matrixFromRows, rankSensitivity, ranks, type Polarity } from '@chanye/compute';

const data = matrixFromRows([
  [30, 2.5, 8],
  [20, 1.0, 4],
  [25, 2.0, 6],
  [10, 0.5, 9],
  [15, 0.8, 3],
]);
const polarity: Polarity[] = [1, 1, -1];

describe('ranks(scores)', () => {
  it('gives 1 to the highest, averages ties and skips missing', () => {
    expect([...ranks([0.2, 0.9, 0.2, NaN])].slice(0, 3)).toEqual([2.5, 1, 2.5]);
    expect(Number.isNaN(ranks([1, NaN])[1])).toBe(true);
  });
});

describe('compositeIndex(m, polarity, method)', () => {
  it('equal-weight arithmetic mean of min-max scores, worked by hand', () => {
    // unit 1: (30−10)/20 = 1, (2.5−.5)/2 = 1, (9−8)/6 = 1/6 → (1 + 1 + 1/6)/3 = 13/18
    const { scores, weights } = compositeIndex(data, polarity, {
      normalization: 'min-max',
      weighting: 'equal',
      aggregation: 'arithmetic',
    });
    expect(scores[0]).toBeCloseTo(13 / 18, 14);
    expect([...weights].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 14);
  });

  it('entropy-TOPSIS gives scores in [0, 1] and weights that sum to 1', () => {
    const { scores, weights } = compositeIndex(data, polarity, {
      normalization: 'min-max',
      weighting: 'entropy',
      aggregation: 'topsis',
    });
    expect([...weights].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 14);
    for (const s of scores) expect(s >= 0 && s <= 1).toBe(true);
  });

  it('geometric aggregation works on min-max scores (rescaled to [1, 100] first)', () => {
    const { scores } = compositeIndex(data, polarity, {
      normalization: 'min-max',
      weighting: 'equal',
      aggregation: 'geometric',
    });
    // unit 1 on [1, 100]: (100 · 100 · (1 + 99/6))^(1/3)
    expect(scores[0]).toBeCloseTo(Math.cbrt(100 * 100 * (1 + 99 / 6)), 10);
  });

  it('permuting the units permutes the scores', () => {
    const method = { normalization: 'z-score', weighting: 'entropy', aggregation: 'arithmetic' } as const;
    const a = compositeIndex(data, polarity, method).scores;
    const reversed = matrixFromRows(
      Array.from({ length: 5 }, (_, i) => Array.from(data.values.subarray((4 - i) * 3, (5 - i) * 3))),
    );
    const b = compositeIndex(reversed, polarity, method).scores;
    expect([...b].reverse().map((x) => x.toFixed(12))).toEqual([...a].map((x) => x.toFixed(12)));
  });

  it('property: raising a higher-is-better indicator never lowers that unit’s score (min-max, fixed weights)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 3, maxLength: 3 }), {
          minLength: 3,
          maxLength: 8,
        }),
        fc.nat(),
        fc.double({ min: 0, max: 50, noNaN: true }),
        (rows, pickUnit, raise) => {
          const unit = pickUnit % rows.length;
          const before = compositeIndex(matrixFromRows(rows), [1, 1, 1], {
            normalization: 'min-max',
            weighting: 'user',
            weights: [1, 2, 3],
            aggregation: 'arithmetic',
          }).scores[unit] as number;
          const raised = rows.map((r, i) =>
            i === unit ? [(r[0] as number) + raise, r[1] as number, r[2] as number] : r,
          );
          const after = compositeIndex(matrixFromRows(raised), [1, 1, 1], {
            normalization: 'min-max',
            weighting: 'user',
            weights: [1, 2, 3],
            aggregation: 'arithmetic',
          }).scores[unit] as number;
          return after >= before - 1e-12;
        },
      ),
    );
  });
});

describe('rankSensitivity(m, polarity, options)', () => {
  const options = {
    draws: 200,
    seed: 42,
    normalizations: ['min-max', 'z-score', 'distance-to-frontier'],
    weightings: ['equal', 'entropy'],
    aggregations: ['arithmetic', 'topsis'],
    weightPerturbation: 0.2,
  } as const;

  it('is reproducible from its seed', () => {
    const a = rankSensitivity(data, polarity, options);
    const b = rankSensitivity(data, polarity, options);
    expect([...a.medianRank]).toEqual([...b.medianRank]);
    expect(a.firstOrder).toEqual(b.firstOrder);
  });

  it('brackets each median rank by its 5-95 % interval, within 1..n', () => {
    const r = rankSensitivity(data, polarity, options);
    for (let i = 0; i < 5; i++) {
      expect(r.rankP05[i]).toBeLessThanOrEqual(r.medianRank[i] as number);
      expect(r.medianRank[i]).toBeLessThanOrEqual(r.rankP95[i] as number);
      expect(r.rankP05[i]).toBeGreaterThanOrEqual(1);
      expect(r.rankP95[i]).toBeLessThanOrEqual(5);
    }
  });

  it('has no uncertainty and no sensitivity when there is only one choice of everything', () => {
    const r = rankSensitivity(data, polarity, {
      ...options,
      normalizations: ['min-max'],
      weightings: ['equal'],
      aggregations: ['arithmetic'],
      weightPerturbation: 0,
    });
    expect([...r.rankP05]).toEqual([...r.rankP95]);
    expect(r.firstOrder).toEqual({ normalization: 0, weighting: 0, aggregation: 0 });
  });

  it('ranks a unit that dominates on every indicator first in every draw', () => {
    const dominated = matrixFromRows([
      [100, 10, 1],
      [20, 1.0, 4],
      [25, 2.0, 6],
      [10, 0.5, 9],
    ]);
    const r = rankSensitivity(dominated, polarity, { ...options, draws: 100 });
    expect(r.rankP95[0]).toBe(1);
  });
});

describe('compositeIndex with a weighting function', () => {
  it('takes weights from the function, rescaled to sum to 1', () => {
    const { weights } = compositeIndex(data, polarity, {
      normalization: 'min-max',
      weighting: () => [2, 1, 1],
      aggregation: 'arithmetic',
    });
    expect([...weights]).toEqual([0.5, 0.25, 0.25]);
  });
});
