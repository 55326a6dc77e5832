import { describe, expect, it } from 'vitest';
import {
  auditScorecard,
  indicatorCorrelations,
  matrixFromRows,
  rankShifts,
  scorecard,
  scorecardPolicy,
  DEFAULT_SENSITIVITY_SPACE,
  type ScorecardSpec,
} from '@chanye/compute';

describe('indicatorCorrelations(values, own, others, overall)', () => {
  const own = [1, 2, 3, 4, 5];
  it('flags a negative correlation with the own pillar', () => {
    expect(indicatorCorrelations([5, 4, 3, 2, 1], own, [], own).flags).toEqual(['negative']);
  });
  it('flags a weak one (|r| < 0.3) and one closer to another pillar', () => {
    // (1, 3, 2, 3, 1) against 1..5: deviations (−1, 1, 0, 1, −1) · (−2, −1, 0, 1, 2) sum to 0,
    // so r = 0; the other pillar is that column itself (r = 1).
    const values = [1, 3, 2, 3, 1];
    const result = indicatorCorrelations(values, own, [{ pillar: 'b', scores: values }], own);
    expect(result.own.pearson).toBeCloseTo(0, 12);
    expect(result.flags).toEqual(['weak', 'other-pillar']);
  });
  it('raises nothing for an indicator in step with its pillar', () => {
    expect(indicatorCorrelations([2, 4, 6, 8, 11], own, [{ pillar: 'b', scores: [5, 1, 4, 2, 3] }], own).flags).toEqual(
      [],
    );
  });
});

// Six economies, five indicators in two pillars; the last economy is an outlier on `e`.
const spec: ScorecardSpec = {
  units: ['A', 'B', 'C', 'D', 'E', 'F'],
  indicators: [
    { id: 'a', polarity: 1 },
    { id: 'b', polarity: 1 },
    { id: 'c', polarity: -1 },
    { id: 'd', polarity: 1 },
    { id: 'e', polarity: 1 },
  ],
  subsystems: [
    { id: 'left', indicators: ['a', 'b', 'c'] },
    { id: 'right', indicators: ['d', 'e'] },
  ],
  values: matrixFromRows([
    [1, 2, 9, 3, 1],
    [2, 1, 8, 1, 2],
    [3, 4, 6, NaN, 1],
    [4, 3, 5, 4, 2],
    [5, 6, 2, 2, 1],
    [6, 5, 1, 6, 60],
  ]),
};

describe('auditScorecard(spec, policy)', () => {
  const policy = scorecardPolicy({ weighting: 'equal', aggregation: 'arithmetic', outlierTreatment: 'none' });
  const audit = auditScorecard(spec, policy);

  it('lists every indicator of every pillar once', () => {
    expect(audit.indicators.map((i) => `${i.pillar}:${i.indicator}`)).toEqual([
      'left:a',
      'left:b',
      'left:c',
      'right:d',
      'right:e',
    ]);
  });

  it('orients lower-is-better indicators before measuring consistency', () => {
    // c falls as a and b rise: once turned it agrees with them, so α is high and positive.
    const left = audit.pillars[0];
    expect(left?.alpha.alpha).toBeGreaterThan(0.9);
    expect(left?.alpha.alpha).toBeLessThanOrEqual(1);
    expect(audit.indicators.find((i) => i.indicator === 'c')?.own.pearson).toBeGreaterThan(0.9);
  });

  it('measures a pillar over the units scored on it: C lacks d, so right has five', () => {
    expect(audit.pillars[1]?.alpha.units).toBe(5);
    expect(audit.pillars[1]?.firstComponent.share).toBeGreaterThan(0.5);
    expect(audit.pillars[1]?.firstComponent.share).toBeLessThanOrEqual(1);
  });

  it("reports the outlier rule per indicator without applying it under outlierTreatment 'none'", () => {
    const e = audit.distributions.find((d) => d.indicator === 'e');
    expect(e?.report.outliers).toBe(true);
    expect(e?.points).toEqual([{ unit: 'F', from: 60, to: 2 }]);
    expect(e?.applied).toBe(false);
    expect(audit.result.treated).toEqual([]);
  });

  it('applies it under the default policy, as COINr does', () => {
    const byDefault = auditScorecard(spec, scorecardPolicy({ weighting: 'equal', aggregation: 'arithmetic' }));
    expect(byDefault.distributions.find((d) => d.indicator === 'e')?.applied).toBe(true);
    expect(byDefault.result.treated.map((x) => [x.id, x.points])).toEqual([['e', [{ unit: 'F', from: 60, to: 2 }]]]);
  });

  it('gives one rank shift per alternative that differs from the policy in one choice', () => {
    const names = audit.rankShifts.map((s) => `${s.factor}:${s.alternative}`);
    expect(names).toEqual([
      'normalization:z-score',
      'normalization:distance-to-frontier',
      'weighting:entropy',
      'aggregation:geometric',
      'aggregation:topsis',
      'imputation:median',
      'outlierTreatment:winsorise-log',
    ]);
    for (const s of audit.rankShifts) {
      expect(s.units).toBe(5); // C is not scored overall
      expect(s.maxAbsoluteShift).toBeGreaterThanOrEqual(s.meanAbsoluteShift);
      expect(s.spearman).toBeLessThanOrEqual(1);
    }
  });
});

describe("scorecard(spec, { outlierTreatment: 'winsorise-log' })", () => {
  it('treats the outlier before normalization and reports it', () => {
    const policy = scorecardPolicy({
      weighting: 'equal',
      aggregation: 'arithmetic',
      outlierTreatment: 'winsorise-log',
    });
    const result = scorecard(spec, policy);
    expect(result.treated.map((t) => [t.id, t.report.treatment, t.points])).toEqual([
      ['e', 'winsorised', [{ unit: 'F', from: 60, to: 2 }]],
    ]);
    // After winsorising, e is 2 for B, D and F: min-max gives them 1, the others 0.
    const right = result.subsystems[1];
    const k = 2;
    expect([1, 3, 5].map((i) => right?.normalized[i * k + 1])).toEqual([1, 1, 1]);
  });

  it('rejects an unknown treatment at option parsing', () => {
    expect(() => scorecardPolicy({ outlierTreatment: 'trim' as never })).toThrow('invalid outlier treatment: trim');
  });
});

describe('rankShifts(spec, base, space)', () => {
  it('is all zeros when the alternative cannot change the order', () => {
    // One pillar, one indicator: every normalization and weighting keeps the order.
    const single: ScorecardSpec = {
      units: ['A', 'B', 'C'],
      indicators: [{ id: 'a', polarity: 1 }],
      subsystems: [{ id: 'p', indicators: ['a'] }],
      values: matrixFromRows([[1], [2], [3]]),
    };
    const shifts = rankShifts(single, scorecardPolicy({ weighting: 'equal', aggregation: 'arithmetic' }), {
      ...DEFAULT_SENSITIVITY_SPACE,
      aggregations: ['arithmetic'],
    });
    expect(shifts.every((s) => s.maxAbsoluteShift === 0 && s.spearman === 1)).toBe(true);
  });
});
