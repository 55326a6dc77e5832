import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '@chanye/store';
import {
  DEINDUSTRIALIZATION_MEASURES,
  diagnoseDeindustrialization,
  estimateRodrikCurve,
} from '../../src/diagnostics/deindustrialization.js';
import { openSnapshotStore, querySharedFile, sharedDataAvailable } from '../helpers.js';

let store: Store;
beforeAll(async () => {
  store = await openSnapshotStore();
});
afterAll(() => store.close());

const measure = (indicator: string) => DEINDUSTRIALIZATION_MEASURES.find((m) => m.indicator === indicator)!;

describe('estimateRodrikCurve(store, measure)', () => {
  it('gives an inverted U in the manufacturing employment share with a finite turning point inside the sample', async () => {
    const { curve } = await estimateRodrikCurve(store, measure('manufacturing_employment_share'));
    expect(curve.b2).toBeLessThan(0);
    expect(curve.b1).toBeGreaterThan(0);
    expect(Number.isFinite(curve.turningPointIncome)).toBe(true);
    expect(curve.turningPointIncome).toBeGreaterThan(curve.incomeRange.min);
    expect(curve.turningPointIncome).toBeLessThan(curve.incomeRange.p95);
    expect(curve.peakShare).toBeGreaterThan(0);
    expect(curve.countries).toBeGreaterThan(100);
    expect([curve.firstYear, curve.lastYear]).toEqual([2000, 2019]);
    // Rodrik's finding: the later period sits lower
    expect(curve.periodEffects.get(2010)).toBeLessThan(0);
  });

  it('gives an inverted U in the industry employment share, 1991-2019', async () => {
    const { curve } = await estimateRodrikCurve(store, measure('industry_employment_share'));
    expect(curve.b2).toBeLessThan(0);
    expect(curve.turningPointIncome).toBeGreaterThan(0);
    expect(Number.isFinite(curve.turningPointIncome)).toBe(true);
    expect([curve.firstYear, curve.lastYear]).toEqual([1991, 2019]);
  });

  it('is memoized per store and measure', async () => {
    const m = measure('industry_share_gdp');
    expect(await estimateRodrikCurve(store, m)).toBe(await estimateRodrikCurve(store, m));
  });
});

describe('diagnoseDeindustrialization(store, iso3)', () => {
  it('returns one finding per measure plus the Rekha-Suresh test, each with a reference', async () => {
    const findings = await diagnoseDeindustrialization(store, 'KOR');
    expect(findings.map((f) => f.id)).toEqual([
      ...DEINDUSTRIALIZATION_MEASURES.map((m) => `rodrik-${m.indicator}`),
      'rekha-suresh',
    ]);
    for (const f of findings) {
      expect(f.reference).toMatch(/Rodrik|Rekha/);
      expect(f.statement_zh.length).toBeGreaterThan(0);
    }
    const mva = findings.find((f) => f.id === 'rodrik-mva_share_gdp')!;
    const { curve } = await estimateRodrikCurve(store, measure('mva_share_gdp'));
    expect(mva.severity === 'no-data').toBe(!(curve.b2 < 0));
  });

  it.runIf(sharedDataAvailable)(
    'puts Korea’s industry value-added peak at the 3-year average read from the shared Gapminder file',
    async () => {
      const rows = await querySharedFile<{ year: number; value: number }>(
        'gapminder/systema_globalis.parquet',
        (path) =>
          `select year, value from read_parquet(${path})
           where iso3 = 'KOR' and indicator = 'industry_percent_of_gdp' and value > 0 order by year`,
      );
      let best = { year: 0, value: -Infinity };
      for (let k = 1; k + 1 < rows.length; k++) {
        const avg = (rows[k - 1]!.value + rows[k]!.value + rows[k + 1]!.value) / 3;
        if (avg > best.value) best = { year: rows[k]!.year, value: avg };
      }
      const f = (await diagnoseDeindustrialization(store, 'KOR')).find((x) => x.id === 'rodrik-industry_share_gdp')!;
      const peak = f.evidence[0]!;
      expect(peak.year).toBe(best.year);
      expect(peak.value).toBeCloseTo(best.value, 6);
      expect(f.statement_en).toContain(`peaked at ${best.value.toFixed(1)}% in ${best.year}`);
    },
  );

  it('shows Brazil’s industry employment peak below and before the curve’s, flagged as possibly earlier', async () => {
    const f = (await diagnoseDeindustrialization(store, 'BRA')).find(
      (x) => x.id === 'rodrik-industry_employment_share',
    )!;
    expect(f.statement_en).toMatch(/below the .* lower income .* premature deindustrialization/);
    expect(f.statement_en).toMatch(/may have been higher earlier/);
    expect(f.statement_zh).toContain('过早去工业化');
    expect(f.severity).toBe('info'); // left-censored: not a warning
  });

  it('says China’s industry employment share has not peaked in the data', async () => {
    const f = (await diagnoseDeindustrialization(store, 'CHN')).find(
      (x) => x.id === 'rodrik-industry_employment_share',
    )!;
    expect(f.statement_en).toMatch(/has not peaked within the data/);
  });

  it('applies the Rekha-Suresh thresholds as quoted, on PWT income in 2017 PPP, and says so', async () => {
    const f = (await diagnoseDeindustrialization(store, 'CHN')).find((x) => x.id === 'rekha-suresh')!;
    const [income] = await store.observations({
      indicator: 'gdp_per_capita_ppp',
      economies: ['CHN'],
      years: [2019, 2019],
    });
    expect(f.statement_en).toMatch(/as quoted by the IIE-CASS Research Group \(2024\)/);
    expect(f.statement_en).toMatch(/US\$11,750 not met/);
    expect(f.evidence[0]).toMatchObject({ year: 2019, value: income!.value, source: income!.source });
    expect(f.threshold?.description_en).toMatch(/price base of US\$11,750 is not stated/);
    expect(f.severity).toBe('info');
  });

  it('uses the latest year with all three Rekha-Suresh values when there is one (Korea, 2018)', async () => {
    const f = (await diagnoseDeindustrialization(store, 'KOR')).find((x) => x.id === 'rekha-suresh')!;
    expect(f.statement_en).toMatch(/, 2018: /);
    expect(f.evidence.map((e) => e.label_en)).toContain('manufacturing employment share');
  });

  it('rejects an unknown economy', async () => {
    await expect(diagnoseDeindustrialization(store, 'XXX')).rejects.toThrow(/unknown economy/);
  });
});
