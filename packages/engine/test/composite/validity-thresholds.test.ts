import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The scorecards' external validity, as the recorded tables give it (validity.test.ts checks
 * that the records equal what the engine computes now): the six characteristics and the four
 * systems of 2017 must agree with an independent measure of industrial capability, the
 * Economic Complexity Index of the same year, at least as well as the thresholds the
 * measurement model was re-designed to meet (docs/methods/composite-indices.md, "What the
 * pillars measure"). The capability pillars are held to ρ ≥ 0.3; the green pillars are not,
 * because emissions and the power mix are not capability (the docs say why). A change of
 * indicators or method that loses this agreement fails here; the fix is the method, not this
 * test.
 */
interface Record {
  readonly correlations: readonly { yardstick: string; subsystem: string; rho: number; n: number }[];
  readonly topEci: { readonly belowMedian: readonly unknown[] };
}

const CASES = [
  {
    framework: 'characteristics',
    name: 'six characteristics',
    capability: ['complete', 'advanced', 'secure', 'intelligent'],
  },
  {
    framework: 'four-systems',
    name: 'four systems',
    capability: ['science_technology', 'advanced_manufacturing', 'dual_circulation'],
  },
] as const;

const recorded = (framework: string): Record =>
  JSON.parse(
    readFileSync(resolve(import.meta.dirname, `../../../../catalog/results/validity-${framework}-2017.json`), 'utf8'),
  ) as Record;

describe.each(CASES)('$name of 2017 against the ECI of 2017', ({ framework, capability }) => {
  const record = recorded(framework);
  const rho = (subsystem: string): number =>
    record.correlations.find((c) => c.yardstick === 'eci' && c.subsystem === subsystem)?.rho ?? NaN;

  it('overall: Spearman ρ ≥ 0.8', () => {
    expect(rho('overall')).toBeGreaterThanOrEqual(0.8);
  });

  it.each(capability)('%s: Spearman ρ ≥ 0.3', (pillar) => {
    expect(rho(pillar)).toBeGreaterThanOrEqual(0.3);
  });

  it('no economy of the overall top 20 has an ECI below the median', () => {
    expect(record.topEci.belowMedian).toEqual([]);
  });
});
