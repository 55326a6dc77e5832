import { describe, expect, it } from 'vitest';
import { FAN_QUANTILES } from '@chanye/compute';
import { fanStatistic } from '@chanye/engine';

describe('fanStatistic', () => {
  it('names each fan quantile by its percentage, with the half percents kept', () => {
    expect(FAN_QUANTILES.map(fanStatistic)).toEqual(FAN_QUANTILES.map((q) => `p${Math.round(q * 1000) / 10}`));
    expect(fanStatistic(0.025)).toBe('p2.5');
    expect(fanStatistic(0.975)).toBe('p97.5');
    expect(fanStatistic(0.5)).toBe('p50');
    expect(new Set(FAN_QUANTILES.map(fanStatistic)).size).toBe(FAN_QUANTILES.length);
  });
});
