import { describe, expect, it } from 'vitest';
import { pettyClarkTurningPoint } from '../../src/diagnostics/turning-points.js';

const span = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('pettyClarkTurningPoint(years, services, industry)', () => {
  it('ignores a one-year spell and dates the first run of three years, listing later reversals', () => {
    // above in 1961 only, then from 1965 on, with industry back on top in 1968
    const years = span(1960, 1970);
    const services = [30, 35, 30, 30, 30, 40, 41, 42, 30, 43, 44];
    const industry = years.map(() => 32);
    const tp = pettyClarkTurningPoint(years, services, industry);
    expect(tp).toEqual({
      status: 'crossed',
      year: 1965,
      firstYearAbove: 1961,
      reversals: [1968],
      minRun: 3,
      firstYear: 1960,
      lastYear: 1970,
    });
    expect(pettyClarkTurningPoint(years, services, industry, { minRun: 1 }).year).toBe(1961);
  });

  it('does not count a tie as a crossing', () => {
    const years = span(2000, 2005);
    const tp = pettyClarkTurningPoint(years, [40, 45, 46, 47, 48, 49], [45, 45, 45, 45, 45, 45]);
    expect(tp.year).toBe(2002);
    expect(tp.firstYearAbove).toBe(2002);
  });

  it('breaks a run at a missing year instead of interpolating', () => {
    const years = [2000, 2001, 2002, 2004, 2005, 2006, 2007];
    const tp = pettyClarkTurningPoint(years, [1, 5, 5, 5, 5, 5, 5], [2, 2, 2, 2, 2, 2, 2]);
    expect(tp.year).toBe(2004); // 2001-2002 is a run of two, broken by the missing 2003
    const nan = pettyClarkTurningPoint(
      span(2000, 2006),
      [1, 5, 5, NaN, 5, 5, 5],
      span(2000, 2006).map(() => 2),
    );
    expect(nan.year).toBe(2004);
  });

  it('calls a run shorter than minRun at the end of the data tentative', () => {
    const tp = pettyClarkTurningPoint(span(2000, 2004), [40, 46, 44, 46, 47], [45, 45, 45, 45, 45]);
    expect([tp.status, tp.year, tp.firstYearAbove]).toEqual(['tentative', 2003, 2001]);
  });

  it('reports services above industry from the first year as left-censored', () => {
    const tp = pettyClarkTurningPoint(span(1960, 1965), [50, 50, 50, 50, 50, 50], [20, 20, 20, 20, 20, 20]);
    expect([tp.status, tp.year]).toEqual(['above-since-start', 1960]);
    expect(pettyClarkTurningPoint([1960, 1961], [50, 50], [20, 20]).status).toBe('above-since-start');
  });

  it('says not yet when services never stay above, and no-data without a common year', () => {
    const tp = pettyClarkTurningPoint(span(2000, 2004), [46, 40, 46, 40, 40], [45, 45, 45, 45, 45]);
    expect([tp.status, tp.year, tp.firstYearAbove]).toEqual(['not-yet', undefined, 2000]);
    expect(pettyClarkTurningPoint([2000], [NaN], [1]).status).toBe('no-data');
    expect(pettyClarkTurningPoint([], [], []).status).toBe('no-data');
  });

  it('sorts the years and rejects bad options', () => {
    const tp = pettyClarkTurningPoint([2003, 2001, 2002, 2000], [5, 5, 5, 1], [2, 2, 2, 2]);
    expect(tp.year).toBe(2001);
    expect(() => pettyClarkTurningPoint([2000], [1], [1], { minRun: 0 })).toThrow(/invalid minRun/);
    expect(() => pettyClarkTurningPoint([2000], [1, 2], [1])).toThrow(/same length/);
  });
});
