import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Store } from '@chanye/store';
import { listScenarios, loadScenario, scenarioJsonSchema, simulateEconomy } from '@chanye/engine';
import { openSnapshotStore, repoRoot } from '../helpers.js';

const scenarios = join(repoRoot, 'catalog', 'scenarios');

describe('scenario files', () => {
  it('catalog/scenarios/scenario.schema.json is the schema generated from zod (npx tsx scripts/build-scenario-schema.ts)', () => {
    const committed = JSON.parse(readFileSync(join(scenarios, 'scenario.schema.json'), 'utf8')) as unknown;
    expect(committed).toEqual(JSON.parse(JSON.stringify(scenarioJsonSchema())));
  });

  it.each(readdirSync(scenarios).filter((f) => f.endsWith('.yaml')))('%s validates and its id is its name', (file) => {
    const scenario = loadScenario(join(repoRoot, 'catalog'), join(scenarios, file));
    expect(`${scenario.id}.yaml`).toBe(file);
  });

  it('bundled scenarios include the baseline and at least three strategies', () => {
    const ids = listScenarios(join(repoRoot, 'catalog'));
    expect(ids).toContain('baseline');
    expect(ids.length).toBeGreaterThanOrEqual(4);
  });

  it('loadScenario rejects an unknown id with a suggestion', () => {
    expect(() => loadScenario(join(repoRoot, 'catalog'), 'baselin')).toThrow(/did you mean baseline/);
  });
});

describe('simulateEconomy', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openSnapshotStore();
  });
  afterAll(() => store.close());

  it('simulateEconomy(CHN, baseline) is reproducible for a seed and lists its assumptions', async () => {
    const request = { iso3: 'CHN', to: 2035, scenario: 'baseline', draws: 200, seed: 9 } as const;
    const a = await simulateEconomy(store, request);
    const b = await simulateEconomy(store, request);
    expect([...a.run.fans.gdp_per_capita.quantiles[4]!]).toEqual([...b.run.fans.gdp_per_capita.quantiles[4]!]);
    expect(a.crossing?.map((c) => c.probabilityCrossedBy)).toEqual(b.crossing?.map((c) => c.probabilityCrossedBy));
    expect(a.years.at(-1)).toBe(2035);
    expect(a.assumptions.length).toBeGreaterThan(10);
    expect(a.assumptions.join('\n')).toMatch(/Atlas GNI per capita/);
    // Base-year GDP per capita anchors the path: the first year is within 10 % of it.
    const base = a.calibration.calibration.gdp / a.calibration.calibration.population;
    expect(Math.abs(a.run.deterministic.gdpPerCapita[0]! / base - 1)).toBeLessThan(0.1);
  });

  it('a policy scenario changes the R&D path as its file says', async () => {
    const r = await simulateEconomy(store, {
      iso3: 'CHN',
      to: 2035,
      scenario: 'innovation-driven',
      draws: 50,
      seed: 1,
    });
    expect(r.leverPaths.rd_share_gdp[r.years.indexOf(2030)]).toBeCloseTo(3.2, 10);
  });
});
