import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { industrializationIndex, stageOfIndex, type IndustrializationStage, type StageHalf } from '@chanye/compute';
import type { Store } from '@chanye/store';
import {
  assessIndustrialization,
  diagnoseIndustrializationStage,
  loadIndustrializationStageSettings,
} from '../../src/diagnostics/industrialization-stage.js';
import { openSnapshotStore } from '../helpers.js';

let store: Store;
beforeAll(async () => {
  store = await openSnapshotStore();
});
afterAll(() => store.close());

/**
 * Published cases where our stage differs from the authors', with the stage we find; the
 * reason is written in docs/methods/industrialization-stage.md ("Published cases").
 */
const DOCUMENTED_DIFFERENCES: Readonly<Record<string, { stage: IndustrializationStage; half: StageHalf }>> = {
  // PWT values China's 2000 income at PPP: its GDP component is middle-stage, where at exchange
  // rates (Atlas GNI per capita US$940) it would be pre-industrial.
  'CHN:2000': { stage: 'middle', half: 'first' },
};

describe('catalog/published/industrialization-stage.yaml', () => {
  it('validates, with weights summing to 100 and bounds in order', () => {
    const { params, file, priceYear } = loadIndustrializationStageSettings(store);
    expect(Object.values(params.weights).reduce((s, w) => s + w, 0)).toBe(100);
    expect(priceYear).toBe(file.index.gdp_per_capita.used);
    for (const base of file.index.gdp_per_capita.bases) {
      expect([...base.bounds].sort((a, b) => a - b)).toEqual(base.bounds);
    }
    expect(params.scores).toEqual([0, 33, 66, 99, 100]);
  });
});

describe('assessIndustrialization(store, iso3, { year }) against the published stages', () => {
  it('reproduces each published stage of China, or the documented difference', async () => {
    const { publishedCases } = loadIndustrializationStageSettings(store);
    expect(publishedCases.length).toBeGreaterThanOrEqual(5);
    let matches = 0;
    for (const c of publishedCases) {
      const a = await assessIndustrialization(store, c.iso3, { year: c.year });
      expect(a?.year).toBe(c.year);
      const ours = { stage: a!.result.stage, half: a!.result.half };
      const documented = DOCUMENTED_DIFFERENCES[`${c.iso3}:${c.year}`];
      if (documented) {
        expect(ours).toEqual(documented);
        expect(ours.stage).not.toBe(c.stage);
      } else {
        expect(ours.stage).toBe(c.stage);
        if (c.half !== null) expect(ours.half).toBe(c.half);
        matches++;
      }
    }
    expect(matches).toBeGreaterThanOrEqual(3);
  });

  it('gives China in 2000 the published half-stage once GDP per capita is scored at exchange rates', async () => {
    // The documented difference: with the GDP component in the pre-industrial band (score 0),
    // as Atlas GNI per capita (US$940 in 2000) would put it, the index falls to the early stage.
    const settings = loadIndustrializationStageSettings(store);
    const a = (await assessIndustrialization(store, 'CHN', { year: 2000, settings }))!;
    const gni = await store.observations({
      indicator: 'gni_per_capita_atlas',
      economies: ['CHN'],
      years: [2000, 2000],
    });
    expect(gni[0]!.value).toBeLessThan(settings.params.bands.gdp_per_capita.bounds[0]);
    const gdp = a.result.components.find((c) => c.component === 'gdp_per_capita')!;
    const without = a.result.index - (settings.params.weights.gdp_per_capita * gdp.score) / a.result.weightUsed;
    expect(stageOfIndex(without, settings.params.scores)).toEqual({ stage: 'early', half: 'second' });
  });

  it('converts PWT GDP per capita with the ratio of the US values of the base year', async () => {
    const { priceYear } = loadIndustrializationStageSettings(store);
    const a = (await assessIndustrialization(store, 'CHN', { year: 2015 }))!;
    const [gni, pwt] = await Promise.all([
      store.observations({ indicator: 'gni_per_capita_atlas', economies: ['USA'], years: [priceYear, priceYear] }),
      store.observations({ indicator: 'gdp_per_capita_ppp', economies: ['USA'], years: [priceYear, priceYear] }),
    ]);
    expect(a.conversion.factor).toBeCloseTo(gni[0]!.value / pwt[0]!.value, 12);
    expect(a.gdpConverted).toBeCloseTo(a.observations.gdpPerCapita!.value * a.conversion.factor, 9);
  });

  it('computes the manufacturing share of commodity-producing value added from the three series', async () => {
    const a = (await assessIndustrialization(store, 'CHN', { year: 2010 }))!;
    const o = a.observations;
    expect(a.manufacturingShare).toBeCloseTo(
      (100 * o.manufacturing!.value) / (o.agriculture!.value + o.industry!.value),
      12,
    );
  });

  it('re-weights when the manufacturing share is missing (SDG 9.2.1 starts in 2000)', async () => {
    const a = (await assessIndustrialization(store, 'CHN', { year: 1995 }))!;
    expect(a.result.missing).toEqual(['manufacturing_share']);
    expect(a.result.weightUsed).toBe(78);
    const again = industrializationIndex(
      {
        gdpPerCapita: a.gdpConverted,
        agriculture: a.observations.agriculture!.value,
        industry: a.observations.industry!.value,
        services: a.observations.services!.value,
        urbanization: a.observations.urbanization!.value,
        primaryEmployment: a.observations.primaryEmployment!.value,
      },
      loadIndustrializationStageSettings(store).params,
    )!;
    expect(again.index).toBeCloseTo(a.result.index, 12);
  });
});

describe('diagnoseIndustrializationStage(store, iso3, { year })', () => {
  it('states the composite stage and the stage by GDP per capita alone, with evidence', async () => {
    const findings = await diagnoseIndustrializationStage(store, 'CHN', { year: 2015 });
    expect(findings.map((f) => f.id)).toEqual(['composite', 'chenery']);
    const [composite, chenery] = findings as [(typeof findings)[0], (typeof findings)[0]];
    expect(composite.diagnostic).toBe('industrialization-stage');
    expect(composite.statement_en).toMatch(/in 2015: CHN is in the late stage of industrialization, second half/);
    expect(composite.statement_zh).toContain('工业化后期后半阶段');
    expect(composite.evidence.find((e) => e.label_en === 'industrialization index')!.value).toBeGreaterThan(66);
    expect(composite.evidence.every((e) => e.year === 2015)).toBe(true);
    expect(composite.evidence.some((e) => /× 0\.\d+/.test(e.source))).toBe(true);
    expect(chenery.statement_en).toMatch(/By GDP per capita alone/);
    expect(chenery.threshold?.unit).toMatch(/2004 US\$/);
  });

  it('names the missing components', async () => {
    const [composite] = await diagnoseIndustrializationStage(store, 'CHN', { year: 1995 });
    expect(composite!.statement_en).toMatch(/Missing in 1995: manufacturing share of commodity-producing value added/);
    expect(composite!.statement_zh).toContain('重新加权');
  });

  it('returns no-data findings when no year has income and the sector shares', async () => {
    const findings = await diagnoseIndustrializationStage(store, 'CHN', { year: 1955 });
    expect(findings.map((f) => f.severity)).toEqual(['no-data', 'no-data']);
  });
});
