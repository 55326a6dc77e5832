import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '@chanye/store';
import { openSnapshotStore, querySharedFile, sharedDataAvailable } from '../helpers.js';

/**
 * Derived indicators recomputed here by hand from the shared source files, bypassing the
 * snapshot and the store, so a mistake in either shows up as a difference.
 */
let store: Store;
beforeAll(async () => {
  store = await openSnapshotStore();
});
afterAll(() => store.close());

async function one(indicator: string, iso3: string, year: number): Promise<number | undefined> {
  const rows = await store.observations({ indicator, economies: [iso3], years: [year, year] });
  return rows[0]?.value;
}

async function pwt(iso3: string, year: number): Promise<Record<string, number>> {
  const [row] = await querySharedFile<Record<string, number>>(
    'pwt/pwt1001.parquet',
    (f) => `select rgdpe, rgdpo, pop, emp, rtfpna from ${f} where iso3 = '${iso3}' and year = ${year}`,
  );
  return row ?? {};
}

async function gapminder(indicator: string, iso3: string, year: number): Promise<number | undefined> {
  const [row] = await querySharedFile<{ value: number }>(
    'gapminder/systema_globalis.parquet',
    (f) => `select value from ${f} where indicator = '${indicator}' and iso3 = '${iso3}' and year = ${year}`,
  );
  return row?.value;
}

describe.skipIf(!sharedDataAvailable)('derived indicators against hand computation from the shared files', () => {
  it('gdp_per_capita_ppp = rgdpe / pop (CHN 2019 ≈ 13,988 per the data README)', async () => {
    const p = await pwt('CHN', 2019);
    const expected = (p['rgdpe'] as number) / (p['pop'] as number);
    expect(await one('gdp_per_capita_ppp', 'CHN', 2019)).toBeCloseTo(expected, 8);
    expect(Math.round(expected)).toBe(13988);
  });

  it('labour_productivity = rgdpo / emp', async () => {
    const p = await pwt('KOR', 2015);
    expect(await one('labour_productivity', 'KOR', 2015)).toBeCloseTo((p['rgdpo'] as number) / (p['emp'] as number), 8);
  });

  it('tfp_growth = rtfpna growth over the previous year, in %', async () => {
    const [a, b] = [await pwt('USA', 2009), await pwt('USA', 2010)];
    const expected = ((b['rtfpna'] as number) / (a['rtfpna'] as number) - 1) * 100;
    expect(await one('tfp_growth', 'USA', 2010)).toBeCloseTo(expected, 10);
  });

  it('patents_per_million = patent applications / population (millions)', async () => {
    const patents = (await gapminder('patent_applications_total', 'JPN', 2015)) as number;
    const p = await pwt('JPN', 2015);
    expect(await one('patents_per_million', 'JPN', 2015)).toBeCloseTo(patents / (p['pop'] as number), 8);
  });

  it('trade_openness = exports + imports (% of GDP)', async () => {
    const x = (await gapminder('exports_percent_of_gdp', 'DEU', 2018)) as number;
    const m = (await gapminder('imports_percent_of_gdp', 'DEU', 2018)) as number;
    expect(await one('trade_openness', 'DEU', 2018)).toBeCloseTo(x + m, 10);
  });

  it('wind_solar_electricity_share = wind + solar (% of electricity), and the TWh agree', async () => {
    const rows = await querySharedFile<{ indicator: string; value: number }>(
      'owid/energy.parquet',
      (f) => `select indicator, value from ${f} where iso3 = 'DEU' and year = 2017`,
    );
    const v = (name: string): number => rows.find((r) => r.indicator === name)?.value as number;
    const share = await one('wind_solar_electricity_share', 'DEU', 2017);
    expect(share).toBeCloseTo(v('Wind (% electricity)') + v('Solar (% electricity)'), 10);
    // The same share from the energy amounts: (wind + solar TWh) / generation, to OWID's rounding.
    const fromTwh =
      ((v('Electricity from wind (TWh)') + v('Electricity from solar (TWh)')) / v('Electricity generation (TWh)')) *
      100;
    expect(Math.abs((share as number) - fromTwh)).toBeLessThan(0.05);
  });

  it('services_va_per_capita = services share (% of GDP) × GDP per capita (constant 2015 US$) / 100', async () => {
    const share = (await gapminder('services_percent_of_gdp', 'BRA', 2015)) as number;
    const level = (await gapminder('gdppercapita_us_inflation_adjusted', 'BRA', 2015)) as number;
    expect(await one('services_va_per_capita', 'BRA', 2015)).toBeCloseTo((share * level) / 100, 8);
  });

  it('energy_self_sufficiency = production (kt oe) × 10⁶ / use (kg oe) × 100', async () => {
    const prod = (await gapminder('energy_production_per_person', 'CHN', 2009)) as number;
    const use = (await gapminder('energy_use_per_person', 'CHN', 2009)) as number;
    const expected = ((prod * 1e6) / use) * 100;
    expect(await one('energy_self_sufficiency', 'CHN', 2009)).toBeCloseTo(expected, 8);
    expect(expected).toBeGreaterThan(80); // China produced roughly 90 % of the energy it used in 2009
    expect(expected).toBeLessThan(100);
  });

  it('mva_share_volatility_10y = sample sd of the MVA share over the 10 years ending in the year', async () => {
    const rows = await querySharedFile<{ value: number }>(
      'sdg/sdg2020.parquet',
      (f) =>
        `select value from ${f} where indicator = 'nv_ind_manf' and iso3 = 'BRA' and year between 2010 and 2019 order by year`,
    );
    expect(rows).toHaveLength(10);
    const values = rows.map((r) => r.value);
    const mean = values.reduce((s, v) => s + v, 0) / 10;
    const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / 9);
    expect(await one('mva_share_volatility_10y', 'BRA', 2019)).toBeCloseTo(sd, 10);
    expect(await one('mva_share_volatility_10y', 'BRA', 2008)).toBeUndefined(); // the series starts in 2000
  });
});

describe('mva_share_world', () => {
  it('sums to 100 % over the economies that make up the world total, each year', async () => {
    const rows = await store.observations({ indicator: 'mva_share_world', years: [2005, 2019] });
    const economies = await store.economies({ includeHistorical: true });
    const countries = new Set(economies.map((e) => e.iso3));
    const byYear = new Map<number, number>();
    for (const o of rows) if (countries.has(o.iso3)) byYear.set(o.year, (byYear.get(o.year) ?? 0) + o.value);
    expect(byYear.size).toBe(15);
    for (const total of byYear.values()) expect(total).toBeCloseTo(100, 9);
  });
});
