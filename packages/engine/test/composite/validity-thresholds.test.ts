import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The scorecards' external validity, as the recorded tables give it (validity.test.ts checks
 * that the records equal what the engine computes now): the six characteristics of 2017
 * must agree with an independent measure of industrial capability, the Economic Complexity
 * Index of the same year, at least as well as the thresholds the measurement model was
 * re-designed to meet (docs/methods/composite-indices.md, "What the pillars measure"). A
 * change of indicators that loses this agreement fails here; the fix is the method, not
 * this test.
 */
interface Record {
  readonly correlations: readonly { yardstick: string; subsystem: string; rho: number; n: number }[];
  readonly topEci: { readonly belowMedian: readonly unknown[] };
}

const record = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../../catalog/results/validity-characteristics-2017.json'), 'utf8'),
) as Record;
const rho = (subsystem: string): number =>
  record.correlations.find((c) => c.yardstick === 'eci' && c.subsystem === subsystem)?.rho ?? NaN;

describe('six characteristics of 2017 against the ECI of 2017', () => {
  it('overall: Spearman ρ ≥ 0.8', () => {
    expect(rho('overall')).toBeGreaterThanOrEqual(0.8);
  });

  it.each(['complete', 'advanced', 'secure', 'intelligent'])('%s: Spearman ρ ≥ 0.3', (pillar) => {
    expect(rho(pillar)).toBeGreaterThanOrEqual(0.3);
  });

  it('no economy of the overall top 20 has an ECI below the median', () => {
    expect(record.topEci.belowMedian).toEqual([]);
  });
});
