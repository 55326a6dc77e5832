import { describe, expect, it } from 'vitest';
import { matrixFromRows, scorecard, scorecardPolicy, type ScorecardSpec } from '@chanye/compute';

// Four economies, four indicators in two subsystems; d is lower-is-better.
const spec: ScorecardSpec = {
  units: ['A', 'B', 'C', 'D'],
  indicators: [
    { id: 'a', polarity: 1 },
    { id: 'b', polarity: 1 },
    { id: 'c', polarity: 1 },
    { id: 'd', polarity: -1 },
  ],
  subsystems: [
    { id: 'left', indicators: ['a', 'b', 'c'] },
    { id: 'right', indicators: ['c', 'd'] },
  ],
  values: matrixFromRows([
    [10, 1, 5, 2],
    [20, 3, NaN, 4],
    [30, 2, 7, 6],
    [0, NaN, NaN, 8],
  ]),
};
const equalArithmetic = scorecardPolicy({ weighting: 'equal', aggregation: 'arithmetic' });

describe('scorecard(spec, policy) missing-data policy', () => {
  const result = scorecard(spec, equalArithmetic);

  it('scores a unit missing one of three indicators, imputing the mean of the others', () => {
    // B lacks c: covered units on "left" are A, B, C (D has 1 of 3 < 2); mean of c over A, C = 6
    expect(result.imputed).toContainEqual({ unit: 'B', indicator: 'c', value: 6 });
    expect(Number.isNaN(result.subsystems[0]?.scores[1] as number)).toBe(false);
  });

  it('does not score a unit below the coverage threshold, and says why', () => {
    expect(Number.isNaN(result.overall[3] as number)).toBe(true);
    const reason = result.notScored.find((r) => r.unit === 'D')?.reason ?? '';
    expect(reason).toContain('left: 1 of 3 indicators (needs 2)');
    expect(reason).toContain('right: 1 of 2 indicators (needs 2)');
  });

  it('computes equal-weight min-max arithmetic scores by hand', () => {
    // left over A, B, C: a → (0, .5, 1); b → (0, 1, .5); c (B imputed 6) → (0, .5, 1)
    //   A = 0, B = 2/3, C = 2.5/3
    const left = result.subsystems[0]?.scores as Float64Array;
    expect(left[0]).toBeCloseTo(0, 14);
    expect(left[1]).toBeCloseTo(2 / 3, 14);
    expect(left[2]).toBeCloseTo(2.5 / 3, 14);
    // right needs both of its two indicators: B (no c) and D are not scored on it.
    // Over A and C: c → (0, 1); d (lower is better, 2 and 6) → (1, 0): both .5
    const right = result.subsystems[1]?.scores as Float64Array;
    expect(right[0]).toBeCloseTo(0.5, 14);
    expect(Number.isNaN(right[1] as number)).toBe(true);
    expect(right[2]).toBeCloseTo(0.5, 14);
    // overall = mean of the two: A .25, C (2.5/3 + .5)/2 = 2/3; B has no overall score
    expect(result.overall[0]).toBeCloseTo(0.25, 14);
    expect(result.overall[2]).toBeCloseTo(2 / 3, 14);
    expect(result.notScored.find((r) => r.unit === 'B')?.reason).toBe('right: 1 of 2 indicators (needs 2)');
    expect([result.rank[0], result.rank[2]]).toEqual([2, 1]);
  });

  it('reports each subsystem’s weights summing to 1', () => {
    for (const s of result.subsystems) expect(s.indicators.reduce((t, i) => t + i.weight, 0)).toBeCloseTo(1, 14);
  });

  it('drops an indicator too few units have, for the whole run', () => {
    const sparse = scorecard(
      {
        ...spec,
        values: matrixFromRows([
          [10, 1, 5, NaN],
          [20, 3, 6, NaN],
          [30, 2, 7, 6],
          [0, 2, 1, NaN],
        ]),
      },
      equalArithmetic,
    );
    expect(sparse.droppedIndicators).toEqual([{ id: 'd', reason: 'only 1 of the 4 units with data have it' }]);
    expect(sparse.subsystems[1]?.indicators.map((i) => i.id)).toEqual(['c']);
  });

  it('rejects unknown method names at policy parsing', () => {
    expect(() => scorecardPolicy({ aggregation: 'median' as never })).toThrow(/invalid aggregation: median/);
    expect(() => scorecardPolicy({ imputation: 'zero' as never })).toThrow(/invalid imputation: zero/);
  });
});

describe('scorecard with entropy-TOPSIS', () => {
  it('keeps every score within [0, 1]', () => {
    const r = scorecard(spec, scorecardPolicy());
    for (const s of r.subsystems) for (const x of s.scores) if (!Number.isNaN(x)) expect(x >= 0 && x <= 1).toBe(true);
  });
});
