import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store, TradeMatrix } from '@chanye/store';
import { openSnapshotStore, querySharedFile, sharedDataAvailable } from '../helpers.js';

let store: Store;
beforeAll(async () => {
  store = await openSnapshotStore();
});
afterAll(() => store.close());

const cell = (m: TradeMatrix, loc: string, prod: string): number =>
  m.values[m.locations.indexOf(loc) * m.products.length + m.products.indexOf(prod)] as number;

describe('store.productTrade({ dataset })', () => {
  it('gives one sorted location × product matrix per period', async () => {
    const panel = await store.productTrade({ dataset: 'trade-2017' });
    expect(panel.classification).toBe('hs07');
    expect(panel.matrices.map((m) => m.time)).toEqual([2017]);
    const [m] = panel.matrices as [TradeMatrix];
    expect(m.values.length).toBe(m.locations.length * m.products.length);
    expect([...m.locations]).toEqual([...m.locations].sort());
    expect([...m.products]).toEqual([...m.products].sort());
  });

  it.skipIf(!sharedDataAvailable)(
    'keeps every positive export of the source file (CHN 2017 total and one heading)',
    async () => {
      const [m] = (await store.productTrade({ dataset: 'trade-2017' })).matrices as [TradeMatrix];
      const [source] = await querySharedFile<{ total: number; cars: number }>(
        'trade/ec_world_trade_2017_hs07_4d.parquet',
        (f) =>
          `select sum(export_value_usd) filter (where export_value_usd > 0) as total,
                sum(export_value_usd) filter (where product_code = '8703') as cars
           from ${f} where iso3 = 'CHN'`,
      );
      const row = m.locations.indexOf('CHN');
      const total = m.values
        .subarray(row * m.products.length, (row + 1) * m.products.length)
        .reduce((s, v) => s + v, 0);
      expect(total).toBeCloseTo(source!.total, 0);
      expect(cell(m, 'CHN', '8703')).toBe(source!.cars);
    },
  );

  it('labels the SITC 1998-2000 average with the year 2000 and says so', async () => {
    const panel = await store.productTrade({ dataset: 'sitc2-1998-2000' });
    expect(panel.matrices.map((m) => m.time)).toEqual([2000]);
    expect(panel.note).toContain('average of 1998-2000');
  });

  it('rejects an unknown dataset with the list of known ones', async () => {
    await expect(store.productTrade({ dataset: 'trade-2025' })).rejects.toThrow(
      'invalid --dataset: trade-2025 (expected one of trade-1980, trade-2017, sitc2-1998-2000, or a dataset imported with `chanye data import-trade`',
    );
  });
});

describe('store.productTrade({ file })', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chanye-trade-'));
  // BACI layout: exports of A and B to two partners; A's two rows for product 0101 sum to 7.
  const baci = join(dir, 'baci.csv');
  writeFileSync(
    baci,
    ['t,i,j,k,v,q', '2021,A,X,0101,3,1', '2021,A,Y,0101,4,1', '2021,B,X,0202,5,1', '2022,B,Y,0101,2,1'].join('\n'),
  );

  it('sums a BACI file over partners into one matrix per year', async () => {
    const panel = await store.productTrade({ file: baci });
    const [y2021, y2022] = panel.matrices as [TradeMatrix, TradeMatrix];
    expect(y2021.time).toBe(2021);
    expect(y2021.locations).toEqual(['A', 'B']);
    expect(y2021.products).toEqual(['0101', '0202']);
    expect([...y2021.values]).toEqual([7, 0, 0, 5]);
    expect(y2022.locations).toEqual(['B']);
    expect([...y2022.values]).toEqual([2]);
  });

  it('reads named columns of a generic file, without a time column', async () => {
    const generic = join(dir, 'generic.csv');
    writeFileSync(generic, ['country,hs,usd', 'CHN,8541,10', 'CHN,8507,2', 'DEU,8541,1'].join('\n'));
    const panel = await store.productTrade({
      file: generic,
      columns: { location: 'country', product: 'hs', value: 'usd' },
    });
    const [m] = panel.matrices as [TradeMatrix];
    expect(m.time).toBe(0);
    expect(cell(m, 'CHN', '8541')).toBe(10);
    expect(cell(m, 'DEU', '8507')).toBe(0);
  });

  it('names a missing column and the option that sets it', async () => {
    await expect(
      store.productTrade({ file: baci, columns: { location: 'exporter', product: 'k', value: 'v' } }),
    ).rejects.toThrow(`${baci} has no column 'exporter' (the location, --loc); its columns are t, i, j, k, v, q`);
  });

  it('refuses a missing file and an unsupported type', async () => {
    await expect(store.productTrade({ file: join(dir, 'none.csv') })).rejects.toThrow('no such file');
    const xlsx = join(dir, 'trade.xlsx');
    writeFileSync(xlsx, 'x');
    await expect(store.productTrade({ file: xlsx })).rejects.toThrow('unsupported file type .xlsx');
  });
});

describe('store.tradeContext and store.productNames', () => {
  it('gives GDP per capita and population for the 2017 trade data', async () => {
    const rows = await store.tradeContext('hs07-2017');
    const chn = rows.find((r) => r.iso3 === 'CHN');
    expect(chn?.gdp_per_capita_unit).toBe('current US$');
    expect(chn?.population).toBeGreaterThan(1.3e9);
  });

  it('names HS 2007 headings', async () => {
    const names = await store.productNames('hs07');
    expect(names.get('8703')?.name).toMatch(/motor cars/i);
  });
});
