import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Store } from '@chanye/store';
import { openSnapshotStore, querySharedFile, sharedDataAvailable } from '../helpers.js';

let store: Store;
beforeAll(async () => {
  store = await openSnapshotStore();
});
afterAll(() => store.close());

describe.skipIf(!sharedDataAvailable)('store.incomeHistory(iso3)', () => {
  it.each(['CHN', 'KOR', 'BRA', 'ARG'])('matches the World Bank OGHIST table for %s in every year', async (iso3) => {
    const reference = await querySharedFile<{ data_year: number; fiscal_year: string; income_group_code: string }>(
      'concordances/wb_income_class_history_oghist.parquet',
      (f) => `select data_year, fiscal_year, income_group_code from ${f} where iso3 = '${iso3}' order by data_year`,
    );
    const history = await store.incomeHistory(iso3);
    expect(history.map((h) => [h.dataYear, h.fiscalYear, h.group])).toEqual(
      reference.map((r) => [r.data_year, r.fiscal_year, r.income_group_code.replace('*', '')]),
    );
  });

  it('matches the OGHIST table for every economy-year', async () => {
    const reference = await querySharedFile<{ iso3: string; data_year: number; income_group_code: string | null }>(
      'concordances/wb_income_class_history_oghist.parquet',
      (f) => `select iso3, data_year, income_group_code from ${f} where income_group_code is not null`,
    );
    const years = [...new Set(reference.map((r) => r.data_year))].sort((a, b) => a - b);
    let compared = 0;
    for (const year of years) {
      const ours = await store.incomeGroupsIn(year);
      const theirs = reference.filter((r) => r.data_year === year);
      expect(ours.size).toBe(theirs.length);
      for (const r of theirs)
        expect([r.iso3, year, ours.get(r.iso3)]).toEqual([r.iso3, year, r.income_group_code!.replace('*', '')]);
      compared += theirs.length;
    }
    expect(compared).toBeGreaterThan(7000);
  });
});

describe('store.economies()', () => {
  it('hides aggregates unless asked, and names economies in English and Chinese', async () => {
    const countries = await store.economies();
    expect(countries.some((e) => e.iso3 === 'WLD')).toBe(false);
    expect((await store.economies({ includeAggregates: true })).some((e) => e.iso3 === 'WLD')).toBe(true);
    const chn = countries.find((e) => e.iso3 === 'CHN');
    expect(chn?.name_en).toBe('China');
    expect(chn?.name_zh).toBe('中国');
    expect(chn?.wb_region).toBe('East Asia & Pacific');
  });
});
