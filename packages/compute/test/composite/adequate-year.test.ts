import { describe, expect, it } from 'vitest';
import { latestAdequateYear, yearCoverage } from '../../src/index.js';

describe('yearCoverage and latestAdequateYear', () => {
  // Two indicators × two economies. Indicator a: both economies every year 2015-2019;
  // indicator b: one economy to 2017, the other only in 2015.
  const data = [
    [
      [2015, 2016, 2017, 2018, 2019],
      [2015, 2016, 2017, 2018, 2019],
    ],
    [[2015, 2016, 2017], [2015]],
  ];

  it('counts cells with a value within the window on either side (hand-computed)', () => {
    const c = yearCoverage(data, [2014, 2015, 2017, 2018, 2019, 2020], 1);
    // 2014: every cell has 2015, one year later → 4/4; 2015: 4/4; 2017: a 2, b 1 (2017) + 0
    // (2015 is 2 years back) = 3/4; 2018: a 2, b 1 (2017) → 3/4; 2019: a 2, b 0 → 2/4, b empty;
    // 2020: a 2 (2019), b 0 → 2/4.
    expect(c.map((x) => x.coverage)).toEqual([1, 1, 0.75, 0.75, 0.5, 0.5]);
    expect(c.map((x) => x.emptyIndicators)).toEqual([0, 0, 0, 0, 1, 1]);
  });

  it('counts no year beyond the window, before or after', () => {
    const c = yearCoverage(data, [2012, 2022], 2);
    expect(c.map((x) => x.coverage)).toEqual([0, 0]);
  });

  it('takes the latest year within 95 % of the best coverage and losing no indicator', () => {
    const coverage = [
      { year: 2016, coverage: 0.7, emptyIndicators: 0 },
      { year: 2017, coverage: 0.69, emptyIndicators: 0 },
      { year: 2018, coverage: 0.67, emptyIndicators: 0 },
      { year: 2019, coverage: 0.66, emptyIndicators: 0 },
      { year: 2020, coverage: 0.69, emptyIndicators: 1 },
    ];
    // 0.95 × 0.7 = 0.665: 2019 falls short; 2020 is close enough but loses an indicator.
    expect(latestAdequateYear(coverage)).toBe(2018);
  });

  it('is undefined without data and never later than the data', () => {
    expect(latestAdequateYear([{ year: 2020, coverage: 0, emptyIndicators: 2 }])).toBeUndefined();
    expect(latestAdequateYear(yearCoverage(data, [2015, 2016, 2017, 2018, 2019, 2020, 2021], 0))).toBeLessThanOrEqual(
      2019,
    );
  });
});
