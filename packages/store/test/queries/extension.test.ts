import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '@chanye/store';
import { openSnapshotStore, querySharedFile, sharedDataAvailable } from '../helpers.js';

/**
 * Indicators spliced past their benchmark's last year (catalogue `extension`), recomputed by
 * hand from the shared source files: PWT's level in 2019 times the WDI series' growth since.
 */
let store: Store;
beforeAll(async () => {
  store = await openSnapshotStore();
});
afterAll(() => store.close());

async function sharedValue(file: string, sql: string): Promise<number> {
  const [row] = await querySharedFile<{ value: number }>(file, (f) => sql.replace('$FILE', f));
  if (row === undefined) throw new Error(`no value: ${sql}`);
  return row.value;
}

const wdiVia = (indicator: string, iso3: string, year: number): Promise<number> =>
  sharedValue(
    'gapminder/systema_globalis.parquet',
    `select value from $FILE where indicator = '${indicator}' and iso3 = '${iso3}' and year = ${year}`,
  );

describe.skipIf(!sharedDataAvailable)('spliced indicators against hand computation from the shared files', () => {
  it.each(['CHN', 'IND', 'BRA'])(
    'gdp_per_capita_ppp of %s in 2024 = PWT 2019 level × WDI PPP growth 2019-2024',
    async (iso3) => {
      const pwt2019 = await sharedValue(
        'pwt/pwt1001.parquet',
        `select rgdpe / pop as value from $FILE where iso3 = '${iso3}' and year = 2019`,
      );
      const growth =
        (await wdiVia('alternative_gdp_per_capita_ppp_wb', iso3, 2024)) /
        (await wdiVia('alternative_gdp_per_capita_ppp_wb', iso3, 2019));
      const rows = await store.observations({
        indicator: 'gdp_per_capita_ppp',
        economies: [iso3],
        years: [2024, 2024],
      });
      expect(rows).toHaveLength(1);
      expect(rows[0]?.value).toBeCloseTo(pwt2019 * growth, 6);
      expect(rows[0]?.status).toBe('spliced');
      expect(rows[0]?.breakYear).toBe(2019);
      expect(rows[0]?.note).toMatch(/break year 2019/);
      expect(rows[0]?.source).toMatch(
        /Penn World Table 10\.01.*extended by the growth of .*alternative_gdp_per_capita_ppp_wb/,
      );
    },
  );

  it('leaves every benchmark year as the benchmark gives it', async () => {
    const rows = await store.observations({ indicator: 'gdp_per_capita_ppp', economies: ['CHN'], years: [2010, 2019] });
    expect(rows.map((o) => o.year)).toEqual([2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019]);
    expect(rows.every((o) => o.status === 'observed')).toBe(true);
    const pwt2015 = await sharedValue(
      'pwt/pwt1001.parquet',
      `select rgdpe / pop as value from $FILE where iso3 = 'CHN' and year = 2015`,
    );
    expect(rows.find((o) => o.year === 2015)?.value).toBeCloseTo(pwt2015, 8);
  });

  it('extends real GDP at national prices with the growth of WDI GDP at constant prices', async () => {
    const rgdpna2019 = await sharedValue(
      'pwt/pwt1001.parquet',
      `select rgdpna as value from $FILE where iso3 = 'KOR' and year = 2019`,
    );
    const growth =
      (await wdiVia('total_gdp_us_inflation_adjusted', 'KOR', 2022)) /
      (await wdiVia('total_gdp_us_inflation_adjusted', 'KOR', 2019));
    const [row] = await store.observations({
      indicator: 'real_gdp_national_prices',
      economies: ['KOR'],
      years: [2022, 2022],
    });
    expect(row?.value).toBeCloseTo(rgdpna2019 * growth, 4);
  });

  it('gives the same spliced values for one economy as for all economies at once', async () => {
    const one = await store.observations({ indicator: 'gdp_per_capita_ppp', economies: ['VNM'], years: [2020, 2024] });
    const all = (await store.observations({ indicator: 'gdp_per_capita_ppp', years: [2020, 2024] })).filter(
      (o) => o.iso3 === 'VNM',
    );
    expect(all).toEqual(one);
    expect(one.length).toBe(5);
  });
});
