import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '@chanye/store';
import { aggregates } from '@chanye/engine';
import { openSnapshotStore, querySharedFile, sharedDataAvailable } from '../helpers.js';

let store: Store;
beforeAll(async () => {
  store = await openSnapshotStore();
});
afterAll(() => store.close());

describe('aggregates from levels', () => {
  it.each([2005, 2019])(
    "gives China's share of world MVA equal to the catalogue's mva_share_world (%i)",
    async (year) => {
      const a = await aggregates(store, 'mva', year);
      const [catalogue] = await store.observations({
        indicator: 'mva_share_world',
        economies: ['CHN'],
        years: [year, year],
      });
      const chn = a.shares.find((s) => s.iso3 === 'CHN');
      expect(catalogue).toBeDefined();
      expect(chn?.share_of_world).toBeCloseTo(catalogue?.value ?? NaN, 9);
      // The note of the catalogue's value names the number of economies in its world total.
      expect(catalogue?.note).toContain(`world total over ${a.groups[0]?.economies} economies`);
    },
  );

  it.each(['mva', 'mht_mva', 'exports'] as const)(
    'gives %s shares of the world that sum to 100 %%',
    async (measure) => {
      const a = await aggregates(store, measure, measure === 'exports' ? 2017 : 2015);
      const sum = a.shares.reduce((s, x) => s + x.share_of_world, 0);
      expect(sum).toBeCloseTo(100, 9);
      expect(a.shares.length).toBe(a.groups[0]?.economies);
    },
  );

  it('splits the world total into the income groups plus the economies the World Bank did not classify', async () => {
    const year = 2015;
    const a = await aggregates(store, 'mva', year);
    const classified = await store.incomeGroupsIn(year);
    const world = a.groups.find((g) => g.group === 'world')?.total ?? NaN;
    const groups = a.groups.filter((g) => g.group !== 'world').reduce((s, g) => s + (g.total ?? 0), 0);
    const unclassified = a.shares.filter((s) => !classified.has(s.iso3)).reduce((s, x) => s + x.value, 0);
    expect(Math.abs(groups + unclassified - world) / world).toBeLessThan(1e-12);
  });

  it('puts an economy in the income group of each year, not of today', async () => {
    // The World Bank moved China from lower-middle to upper-middle income with its GNI of 2010.
    const history = await store.incomeHistory('CHN');
    expect(history.find((h) => h.dataYear === 2009)?.group).toBe('LM');
    expect(history.find((h) => h.dataYear === 2010)?.group).toBe('UM');
    const [y2009, y2010] = await Promise.all([aggregates(store, 'mva', 2009), aggregates(store, 'mva', 2010)]);
    const china2009 = y2009.shares.find((s) => s.iso3 === 'CHN')?.value ?? NaN;
    const china2010 = y2010.shares.find((s) => s.iso3 === 'CHN')?.value ?? NaN;
    expect(y2009.groups.find((g) => g.group === 'LM')?.total ?? 0).toBeGreaterThan(china2009);
    expect(y2010.groups.find((g) => g.group === 'LM')?.total ?? Infinity).toBeLessThan(china2010);
    expect(y2010.groups.find((g) => g.group === 'UM')?.total ?? 0).toBeGreaterThan(china2010);
  });

  it('names the reporters it leaves out of the 1980 world exports and has no income groups before 1987', async () => {
    const a = await aggregates(store, 'exports', 1980);
    expect(a.excluded).toContain('DDR');
    expect(a.shares.some((s) => s.iso3 === 'SUN')).toBe(true);
    expect(a.groups.map((g) => g.group)).toEqual(['world']);
  });

  it('fails with no-data, naming the years that have data, for a year without MVA', async () => {
    await expect(aggregates(store, 'mva', 2022)).rejects.toThrow(/2022.*years with data: 2000-2019/);
  });

  it.runIf(sharedDataAvailable)(
    'gives the world MVA share of GDP computed by hand from the shared source files (2019)',
    async () => {
      const year = 2019;
      const [mvapc, pop, gdp] = await Promise.all([
        querySharedFile<{ iso3: string; value: number }>(
          'sdg/sdg2020.parquet',
          (f) => `select iso3, value from ${f} where indicator = 'nv_ind_manfpc' and year = ${year}`,
        ),
        querySharedFile<{ iso3: string; value: number }>(
          'pwt/pwt1001.parquet',
          (f) => `select iso3, pop as value from ${f} where year = ${year} and pop is not null`,
        ),
        querySharedFile<{ iso3: string; value: number }>(
          'gapminder/systema_globalis.parquet',
          (f) => `select iso3, value from ${f} where indicator = 'total_gdp_us_inflation_adjusted' and year = ${year}`,
        ),
      ]);
      const economies = new Set(
        (await store.economies({ includeHistorical: true })).filter((e) => !e.is_aggregate).map((e) => e.iso3),
      );
      const p = new Map(pop.map((r) => [r.iso3, r.value]));
      const g = new Map(gdp.map((r) => [r.iso3, r.value]));
      let mvaSum = 0;
      let gdpSum = 0;
      for (const r of mvapc) {
        const people = p.get(r.iso3);
        const output = g.get(r.iso3);
        if (!economies.has(r.iso3) || people === undefined || output === undefined) continue;
        mvaSum += r.value * people * 1e6;
        gdpSum += output;
      }
      const a = await aggregates(store, 'mva', year);
      expect(a.groups[0]?.ratio).toBeCloseTo((mvaSum / gdpSum) * 100, 9);
    },
  );
});
