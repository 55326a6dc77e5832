import { describe, expect, it } from 'vitest';
import { compensatedSum, editDistance, sampleStandardDeviation, suggest } from '@chanye/compute';

describe('compensatedSum(values)', () => {
  it('keeps digits a naive sum loses', () => {
    expect(compensatedSum([1e16, 1, -1e16])).toBe(1);
    expect([1e16, 1, -1e16].reduce((a, b) => a + b, 0)).toBe(0);
  });
  it('skips NaN and is 0 for no values', () => {
    expect(compensatedSum([1, NaN, 2])).toBe(3);
    expect(compensatedSum([])).toBe(0);
  });
});

describe('sampleStandardDeviation(values)', () => {
  it('matches the textbook example 2,4,4,4,5,5,7,9 (population sd 2, sample sd √(32/7))', () => {
    expect(sampleStandardDeviation([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(Math.sqrt(32 / 7), 12);
  });
  it('is NaN for fewer than two values or any NaN', () => {
    expect(Number.isNaN(sampleStandardDeviation([1]))).toBe(true);
    expect(Number.isNaN(sampleStandardDeviation([1, NaN, 2]))).toBe(true);
  });
  it('does not lose precision on large offsets (Welford)', () => {
    expect(sampleStandardDeviation([1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16])).toBeCloseTo(Math.sqrt(30), 6);
  });
});

describe('suggest(input, candidates)', () => {
  it('prefers a keyboard-neighbour typo: CHM → CHN first', () => {
    expect(editDistance('chm', 'chn')).toBe(0.5);
    expect(suggest('CHM', ['CHE', 'CHL', 'CHN', 'USA'])[0]).toBe('CHN');
  });
  it('offers ids that start with a truncated input', () => {
    expect(suggest('mva_share', ['mva_share_gdp', 'rd_share_gdp'])).toEqual(['mva_share_gdp']);
  });
  it('suggests nothing for a wild guess', () => {
    expect(suggest('zzzzzz', ['CHN', 'USA'])).toEqual([]);
  });
});
