import { describe, expect, it } from 'vitest';
import type { Observation } from '@chanye/compute';
import { nearestWithin } from '@chanye/store';

const at = (year: number): Observation => ({
  iso3: 'AAA',
  year,
  indicator: 'x',
  value: year,
  unit: 'u',
  source: 's',
  vintage: 'v',
  status: 'observed',
});

describe('nearestWithin(observations, year, window)', () => {
  it('takes the year itself when it has a value', () => {
    expect(nearestWithin([at(2015), at(2017), at(2018)], 2017, 2)?.year).toBe(2017);
  });

  it('takes the nearest year on either side', () => {
    expect(nearestWithin([at(2014), at(2018)], 2017, 2)?.year).toBe(2018);
    expect(nearestWithin([at(2016), at(2019)], 2017, 2)?.year).toBe(2016);
  });

  it('breaks a tie for the earlier year, which was known in the year', () => {
    expect(nearestWithin([at(2016), at(2018)], 2017, 2)?.year).toBe(2016);
    expect(nearestWithin([at(2015), at(2019)], 2017, 2)?.year).toBe(2015);
  });

  it('finds nothing outside the window', () => {
    expect(nearestWithin([at(2014), at(2020)], 2017, 2)).toBeUndefined();
    expect(nearestWithin([at(2016)], 2017, 0)).toBeUndefined();
    expect(nearestWithin([], 2017, 2)).toBeUndefined();
  });
});
