import { describe, expect, it } from 'vitest';
import { isChanyeError } from '@chanye/compute';
import { yearOutsideData } from '@chanye/engine';

describe('yearOutsideData', () => {
  const covered = [1950, 2024] as const;

  it('accepts the first and last year and any range that overlaps the data', () => {
    for (const asked of [1950, 2024, [1900, 1950], [2024, 2030], [1940, 2040]] as const) {
      expect(yearOutsideData(covered, '--year', asked)).toBeUndefined();
    }
  });

  it('refuses a year after the data as no-data, naming the last year', () => {
    const error = yearOutsideData(covered, '--year', 2025);
    expect(error && isChanyeError(error) ? error.kind : undefined).toBe('no-data');
    expect(error?.message).toBe('--year 2025: no values then; the data end in 2024 (the years covered are 1950-2024)');
  });

  it('refuses a range before the data, naming the first year', () => {
    expect(yearOutsideData(covered, 'years', [1900, 1949])?.message).toBe(
      'years 1900:1949: no values then; the data begin in 1950 (the years covered are 1950-2024)',
    );
  });
});
