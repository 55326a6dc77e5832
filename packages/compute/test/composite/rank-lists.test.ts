import { describe, expect, it } from 'vitest';
import {
  matrixFromRows,
  ranksWithin,
  scorecard,
  scorecardPolicy,
  scorecardSensitivity,
  DEFAULT_SENSITIVITY_SPACE,
  type ScorecardSpec,
} from '@chanye/compute';

describe('ranksWithin(scores, lists)', () => {
  it('ranks each list 1..n on its own (hand-computed)', () => {
    const r = ranksWithin([0.9, 0.5, 0.7, 0.3, 0.95], ['main', 'small', 'main', 'small', 'main']);
    // main: 0.95 → 1, 0.9 → 2, 0.7 → 3; small: 0.5 → 1, 0.3 → 2
    expect([...r]).toEqual([2, 1, 3, 2, 1]);
  });

  it('is the plain ranking without lists, and leaves missing scores unranked', () => {
    expect([...ranksWithin([0.2, 0.9, 0.2])]).toEqual([2.5, 1, 2.5]);
    const r = ranksWithin([NaN, 0.4, 0.6], ['small', 'small', 'main']);
    expect([Number.isNaN(r[0] as number), r[1], r[2]]).toEqual([true, 1, 1]);
  });

  it('rejects lists of the wrong length', () => {
    expect(() => ranksWithin([1, 2], ['main'])).toThrow(/1 labels for 2 scores/);
  });
});

// One subsystem of one indicator, equal-arithmetic: the score is the min-max value, so the
// ranks can be read off the raw values. S (small) has the highest value of all.
const spec: ScorecardSpec = {
  units: ['A', 'B', 'C', 'S', 'T'],
  indicators: [{ id: 'x', polarity: 1 }],
  subsystems: [{ id: 'only', indicators: ['x'] }],
  values: matrixFromRows([[10], [30], [20], [40], [0]]),
};
const lists = ['main', 'main', 'main', 'small', 'small'];
const policy = scorecardPolicy({ weighting: 'equal', aggregation: 'arithmetic' });

describe('scorecard with ranking lists', () => {
  const together = scorecard(spec, policy);
  const apart = scorecard({ ...spec, lists }, policy);

  it('scores every unit together: the same scores with or without lists', () => {
    expect([...apart.overall]).toEqual([...together.overall]);
    // min-max over all five: (x − 0)/40
    expect([...apart.overall]).toEqual([0.25, 0.75, 0.5, 1, 0]);
  });

  it('ranks the main list 1..3 whatever the small economies score', () => {
    expect([...together.rank]).toEqual([4, 2, 3, 1, 5]);
    expect([...apart.rank]).toEqual([3, 1, 2, 1, 2]);
    expect(apart.lists).toEqual(lists);
    expect(together.lists).toEqual(['all', 'all', 'all', 'all', 'all']);
  });

  it('gives rank intervals within the lists in the Monte Carlo analysis', () => {
    const mc = scorecardSensitivity({ ...spec, lists }, policy, { ...DEFAULT_SENSITIVITY_SPACE, draws: 50, seed: 1 });
    // One indicator: every method keeps the order, so each unit's rank is fixed within its list.
    expect([...mc.medianRank]).toEqual([3, 1, 2, 1, 2]);
    expect(Math.max(...mc.rankP95.subarray(0, 3))).toBe(3);
    expect(Math.max(...mc.rankP95.subarray(3))).toBe(2);
  });
});
