import { describe, expect, it } from 'vitest';
import { extendByGrowth, findSeam, ratioLink } from '../../src/index.js';

const points = (pairs: readonly [number, number][]) => pairs.map(([year, value]) => ({ year, value }));

describe('extendByGrowth', () => {
  it('moves the benchmark level of its last year by the fresher series growth (hand-computed)', () => {
    const benchmark = points([
      [2018, 90],
      [2019, 100],
    ]);
    const fresher = points([
      [2018, 44],
      [2019, 50],
      [2020, 55],
      [2021, 49.5],
    ]);
    const out = extendByGrowth(benchmark, fresher);
    // 100 × 55/50 = 110; 100 × 49.5/50 = 99.
    expect(out.map((p) => [p.year, p.value])).toEqual([
      [2020, 110],
      [2021, 99],
    ]);
    expect(out.every((p) => p.breakYear === 2019 && p.factor === 2)).toBe(true);
  });

  it('keeps the growth of the fresher series exactly (an identity of the method)', () => {
    const fresher = points([
      [2019, 3.7],
      [2020, 3.9],
      [2021, 4.4],
    ]);
    const out = extendByGrowth(points([[2019, 13988]]), fresher);
    expect((out[1]?.value as number) / (out[0]?.value as number)).toBeCloseTo(4.4 / 3.9, 12);
  });

  it('adds nothing when the fresher series lacks the benchmark last year, or the benchmark is empty', () => {
    expect(extendByGrowth(points([[2019, 100]]), points([[2020, 55]]))).toEqual([]);
    expect(extendByGrowth([], points([[2020, 55]]))).toEqual([]);
    expect(
      extendByGrowth(
        points([[2019, 100]]),
        points([
          [2019, 0],
          [2020, 5],
        ]),
      ),
    ).toEqual([]);
  });

  it('never changes or adds a year the benchmark covers', () => {
    const out = extendByGrowth(
      points([
        [2017, 1],
        [2019, 2],
      ]),
      points([
        [2017, 1],
        [2018, 1],
        [2019, 1],
        [2020, 1],
      ]),
    );
    expect(out.map((p) => p.year)).toEqual([2020]);
  });
});

describe('ratioLink', () => {
  it('scales the fresher series by the mean ratio over the overlap (hand-computed)', () => {
    const benchmark = points([
      [2017, 20],
      [2018, 22],
      [2019, 24],
    ]);
    const fresher = points([
      [2017, 10],
      [2018, 11],
      [2019, 8],
      [2020, 10],
    ]);
    // Ratios 2, 2, 3 → mean 7/3; 2020: 10 × 7/3.
    const out = ratioLink(benchmark, fresher, 3);
    expect(out).toHaveLength(1);
    expect(out[0]?.value).toBeCloseTo(70 / 3, 12);
    expect(out[0]?.linkYears).toEqual([2017, 2018, 2019]);
    // With one year of overlap it is the growth extension.
    expect(ratioLink(benchmark, fresher, 1)[0]?.value).toBeCloseTo(
      extendByGrowth(benchmark, fresher)[0]?.value ?? 0,
      12,
    );
  });

  it('rejects an overlap that is not a positive integer', () => {
    expect(() => ratioLink([], [], 0)).toThrow(/positive integer/);
  });
});

describe('findSeam', () => {
  it('measures the level break at the last common year', () => {
    const snapshot = points([
      [2018, 29.4],
      [2019, 28.8],
    ]);
    const user = points([
      [2019, 26.8],
      [2020, 26.3],
    ]);
    const seam = findSeam(snapshot, user);
    expect(seam?.year).toBe(2019);
    expect(seam?.overlapYear).toBe(2019);
    expect(seam?.difference).toBeCloseTo(-2, 12);
    expect(seam?.relativeDifference).toBeCloseTo(-2 / 28.8, 12);
  });

  it('has no break to report when the sources do not overlap, and no seam when one replaces the other', () => {
    const seam = findSeam(points([[2019, 28.8]]), points([[2020, 26.3]]));
    expect(seam).toEqual({ year: 2020, overlapYear: null, difference: null, relativeDifference: null });
    expect(
      findSeam(
        points([[2019, 28.8]]),
        points([
          [2018, 1],
          [2019, 2],
        ]),
      ),
    ).toBeUndefined();
    expect(findSeam([], points([[2019, 2]]))).toBeUndefined();
  });
});
