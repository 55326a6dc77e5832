import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { quotedString, type Store } from '@chanye/store';
import { openSnapshotStore, querySharedFile, sharedDataAvailable, sharedDataDir } from '../helpers.js';

/**
 * Indicators computed from product exports, recomputed here in SQL on the shared trade file:
 * Balassa RCA over every location of 2017, then the counts the catalogue defines.
 */
let store: Store;
beforeAll(async () => {
  store = await openSnapshotStore();
});
afterAll(() => store.close());

const RCA_SQL = (f: string) => `
  with x as (select iso3, product_code as p, sum(export_value_usd) as v from ${f}
              where export_value_usd is not null group by 1, 2),
       c as (select iso3, sum(v) as vc from x group by 1),
       p as (select p, sum(v) as vp from x group by 1),
       t as (select sum(v) as vt from x)
  select x.iso3, x.p, (x.v / c.vc) / (p.vp / t.vt) as rca
    from x join c using (iso3) join p using (p), t`;

describe.skipIf(!sharedDataAvailable)('trade indicators against SQL on the shared trade file', () => {
  it.each(['CHN', 'DEU', 'LAO'])('export_diversity of %s in 2017 = headings with RCA ≥ 1', async (iso3) => {
    const [row] = await querySharedFile<{ n: number }>(
      'trade/ec_world_trade_2017_hs07_4d.parquet',
      (f) => `select count(*)::integer as n from (${RCA_SQL(f)}) where iso3 = '${iso3}' and rca >= 1`,
    );
    const [o] = await store.observations({ indicator: 'export_diversity', economies: [iso3], years: [2017, 2017] });
    expect(o?.value).toBe(row?.n);
    expect(o?.source).toMatch(/Chanye derivation from .*trade-2017/);
  });

  it('export_concentration of CHN in 2017 = Σ squared shares', async () => {
    const [row] = await querySharedFile<{ h: number }>(
      'trade/ec_world_trade_2017_hs07_4d.parquet',
      (f) => `with x as (select product_code, sum(export_value_usd) v from ${f}
                          where iso3 = 'CHN' and export_value_usd is not null group by 1)
              select sum((v / (select sum(v) from x)) ^ 2) as h from x`,
    );
    const [o] = await store.observations({
      indicator: 'export_concentration',
      economies: ['CHN'],
      years: [2017, 2017],
    });
    expect(o?.value).toBeCloseTo(row?.h ?? NaN, 10);
  });

  it('export_sophistication (EXPY) of CHN in 2017 = export-weighted PRODY, PRODY from PWT GDP per capita', async () => {
    const trade = quotedString(join(sharedDataDir, 'trade/ec_world_trade_2017_hs07_4d.parquet'));
    const [row] = await querySharedFile<{ expy: number }>(
      'pwt/pwt1001.parquet',
      (pwt) =>
        `with x as (select iso3, product_code as p, sum(export_value_usd) as v from ${trade}
                     where export_value_usd is not null group by 1, 2),
              c as (select iso3, sum(v) as vc from x group by 1 having sum(v) > 0),
              y as (select iso3, rgdpe / pop as y from ${pwt} where year = 2017 and rgdpe is not null and pop > 0),
              s as (select x.iso3, x.p, x.v / c.vc as sh, y.y from x join c using (iso3) join y using (iso3)),
              pr as (select p, sum(sh * y) / sum(sh) as prody from s group by 1)
         select sum(x.v * pr.prody) / sum(x.v) as expy from x join pr using (p) where x.iso3 = 'CHN'`,
    );
    const [o] = await store.observations({
      indicator: 'export_sophistication',
      economies: ['CHN'],
      years: [2017, 2017],
    });
    expect(o?.value).toBeCloseTo(row?.expy ?? NaN, 6);
  });

  it('gives 1980 and 2017 values, and shares of capital-goods headings within 0-100', async () => {
    const rows = await store.observations({ indicator: 'capital_goods_breadth', economies: ['KOR'] });
    expect(rows.map((o) => o.year)).toEqual([1980, 2017]);
    for (const o of await store.observations({ indicator: 'capital_goods_breadth', years: [2017, 2017] })) {
      expect(o.value).toBeGreaterThanOrEqual(0);
      expect(o.value).toBeLessThanOrEqual(100);
    }
    const divisions = await store.observations({ indicator: 'manufacturing_divisions_rca', years: [2017, 2017] });
    expect(Math.max(...divisions.map((o) => o.value))).toBeLessThanOrEqual(24);
  });
});
