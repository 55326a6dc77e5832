import { describe, expect, it } from 'vitest';
import { median, quantileSorted } from '@chanye/compute';

describe('quantileSorted(sorted, p)', () => {
  it("matches R's quantile(type = 7): 1.75, 2.5 and 3.85 for 1, 2, 3, 4 at p = 0.25, 0.5 and 0.95", () => {
    const x = [1, 2, 3, 4];
    expect(quantileSorted(x, 0.25)).toBe(1.75);
    expect(quantileSorted(x, 0.5)).toBe(2.5);
    expect(quantileSorted(x, 0.95)).toBeCloseTo(3.85, 14);
  });

  it('gives the smallest and the largest value at p = 0 and p = 1, and NaN for no values', () => {
    const x = Float64Array.of(-2, 0.5, 7);
    expect(quantileSorted(x, 0)).toBe(-2);
    expect(quantileSorted(x, 1)).toBe(7);
    expect(quantileSorted([], 0.5)).toBeNaN();
  });
});

describe('median(values)', () => {
  it('is the middle value of an odd count and half-way between the two middle ones of an even count', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('ignores NaN, leaves its argument unsorted, and is NaN with no number', () => {
    const values = [3, NaN, 1, 2];
    expect(median(values)).toBe(2);
    expect(values).toEqual([3, NaN, 1, 2]);
    expect(median([])).toBeNaN();
    expect(median([NaN])).toBeNaN();
  });
});
