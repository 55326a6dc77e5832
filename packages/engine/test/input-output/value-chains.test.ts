import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { decomposeExports, leontiefFactor, technicalCoefficients, valueAddedOrigin, type Mrio } from '@chanye/compute';
import { DuckDBConnector, quotedString, type Store } from '@chanye/store';
import {
  compareUpstreamness,
  ioGvc,
  ioIntegration,
  ioSecurity,
  ioShock,
  WIOD_SERVICES,
  type IoGvc,
} from '@chanye/engine';
import { openSnapshotStore, repoRoot } from '../helpers.js';

let store: Store;
let model: Mrio;
let gvc: IoGvc;

beforeAll(async () => {
  store = await openSnapshotStore();
  model = await store.mrio({ dataset: 'wiod2013', year: 2011 });
  gvc = await ioGvc(store, { year: 2011 });
}, 180_000);
afterAll(() => store.close());

/** One query straight on a snapshot Parquet file, bypassing the store. */
async function parquet<Row>(file: string, sql: (path: string) => string): Promise<Row[]> {
  const connector = await DuckDBConnector.open();
  try {
    return await connector.query<Row>(sql(quotedString(join(repoRoot, 'data/snapshot', file))));
  } finally {
    connector.close();
  }
}

describe('ioGvc on WIOD 2011 (Borin-Mancini source-based decomposition)', () => {
  it('decomposes all 40 economies; for each, DVA + DDC + FVA + FDC = gross exports and DAVAX + REX + REF = DVA (1e-12)', () => {
    expect(gvc.economies).toHaveLength(40);
    for (const e of gvc.economies) {
      expect(Math.abs(e.dva + e.ddc + e.fva + e.fdc - e.exports) / e.exports, e.economy).toBeLessThan(1e-12);
      expect(Math.abs(e.davax + e.rex + e.ref - e.dva) / e.exports, e.economy).toBeLessThan(1e-12);
      expect(e.gvcBackward + e.gvcForward).toBeCloseTo(e.gvcTrade, 12);
    }
  });

  it('gross exports equal the table’s sales abroad, summed straight from the Parquet files', async () => {
    const rows = await parquet<{ country: string; exports: number }>(
      'io_intermediate.parquet',
      (path) => `with sales as (
          select row_country as country, value from read_parquet(${path}) where year = 2011 and row_country <> col_country
          union all
          select row_country, value from read_parquet(${quotedString(join(repoRoot, 'data/snapshot/io_final_demand.parquet'))})
           where year = 2011 and row_country <> col_country)
        select country, sum(value)::double as exports from sales group by country`,
    );
    const byEconomy = new Map(rows.map((r) => [r.country, r.exports]));
    for (const e of gvc.economies) expect(e.exports).toBe(byEconomy.get(e.economy));
  });

  it('FVA + FDC equals the foreign rows of the value-added origin matrix VB (core multipliers) applied to exports', () => {
    const A = technicalCoefficients(model.Z, model.x);
    const factor = leontiefFactor(A);
    const VB = valueAddedOrigin(model, factor);
    const n = model.x.length;
    for (const code of ['CHN', 'DEU', 'USA']) {
      const d = decomposeExports(model, { regions: [code], A, leontief: factor })[0]!;
      const s = model.regions.indexOf(code);
      let foreign = 0;
      for (let a = 0; a < model.sectors.length; a++) {
        const j = s * model.sectors.length + a;
        for (let r = 0; r < model.regions.length; r++) if (r !== s) foreign += VB.values[r * n + j]! * d.exports[a]!;
      }
      expect(Math.abs(d.total.fva + d.total.fdc - foreign) / d.total.exports).toBeLessThan(1e-12);
    }
  });

  it('CHN 2011: backward participation (FVA share) is a proper share and sectors add up to the total', async () => {
    const chn = await ioGvc(store, { year: 2011, economy: 'chn' });
    const total = chn.economies[0]!;
    expect(total.economy).toBe('CHN');
    expect(total.backward).toBeGreaterThan(0);
    expect(total.backward).toBeLessThan(0.5);
    const sum = chn.sectors!.reduce((acc, s) => acc + s.fva, 0);
    expect(Math.abs(sum - total.fva) / total.fva).toBeLessThan(1e-12);
    expect(total.fva).toBeCloseTo(gvc.economies.find((e) => e.economy === 'CHN')!.fva, 6);
  }, 60_000);
});

describe('upstreamness against Antràs and Chor (2018), WIOD 2013, 2011', () => {
  it('matches to rounding: median |Δ| < 0.005, output-weighted mean < 0.002, |Δ| < 0.02 where x ≥ US$10 bn', async () => {
    const c = await compareUpstreamness(store, { year: 2011 });
    // Antràs and Chor computed from the unrounded WIOD; the snapshot's cells are rounded to whole
    // millions, which moves small sectors most. Measured: median 0.0024, weighted mean 0.0007,
    // largest difference among sectors with output ≥ 10,000: 0.012.
    expect(c.rows).toHaveLength(40 * 35);
    expect(c.medianAbsDifference).toBeLessThan(0.005);
    expect(c.weightedMeanAbsDifference).toBeLessThan(0.002);
    expect(c.maxAbsDifferenceLarge).toBeLessThan(0.02);
    const chn14 = c.rows.find((r) => r.economy === 'CHN' && r.sector === 'c14')!;
    expect(Math.abs(chn14.difference)).toBeLessThan(0.001);
  }, 120_000);
});

describe('ioSecurity, ioShock and ioIntegration on WIOD 2011', () => {
  it('CHN foreign inputs by sector add up to the imported intermediates summed from the Parquet file', async () => {
    const sec = await ioSecurity(store, { year: 2011, economy: 'CHN', limit: 10 });
    const [row] = await parquet<{ v: number }>(
      'io_intermediate.parquet',
      (path) =>
        `select sum(value)::double as v from read_parquet(${path}) where year = 2011 and col_country = 'CHN' and row_country <> 'CHN'`,
    );
    const total = sec.sectors.reduce((acc, s) => acc + s.foreignInputs, 0);
    expect(total).toBe(row!.v);
    for (const s of sec.sectors) {
      if (Number.isNaN(s.hhi)) continue;
      expect(s.hhi).toBeGreaterThanOrEqual(1 / 40);
      expect(s.hhi).toBeLessThanOrEqual(1);
      expect(s.topSupplierShare ** 2).toBeLessThanOrEqual(s.hhi + 1e-15);
    }
    expect(sec.chokepoints).toHaveLength(10);
    expect(sec.chokepoints.every((c) => c.region !== 'ROW' && c.region !== 'CHN')).toBe(true);
    for (let i = 1; i < sec.chokepoints.length; i++)
      expect(sec.chokepoints[i - 1]!.score).toBeGreaterThanOrEqual(sec.chokepoints[i]!.score);
  }, 60_000);

  it('a 0 % shock changes nothing; a 10 % cut of JPN c14 lowers its own output by exactly 10 % in both models', async () => {
    const zero = await ioShock(store, { year: 2011, economy: 'CHN', supplier: 'JPN', sector: 'c14', percent: 0 });
    expect(zero.rows.every((r) => r.demandChange === 0 && r.supplyChange === 0)).toBe(true);
    const own = await ioShock(store, { year: 2011, economy: 'JPN', supplier: 'JPN', sector: 'c14', percent: 10 });
    const c14 = own.rows.find((r) => r.sector === 'c14')!;
    expect(c14.demandRelative).toBeCloseTo(-0.1, 12);
    expect(c14.supplyRelative).toBeCloseTo(-0.1, 12);
    expect(own.assumptions.supply.join(' ')).toMatch(/downstream only/);
  }, 60_000);

  it('CHN integration: array shares sum to 1 and the services share of manufacturing inputs matches SQL', async () => {
    const integ = await ioIntegration(store, { year: 2011, economy: 'CHN' });
    const measured = integ.arrays.filter((a) => a.measurable);
    for (const key of ['outputShare', 'valueAddedShare', 'exportsShare'] as const)
      expect(measured.reduce((acc, a) => acc + (a[key] ?? 0), 0)).toBeCloseTo(1, 12);
    expect(integ.arrays.find((a) => a.array === 'A3')!.measurable).toBe(false);
    const services = WIOD_SERVICES.map((s) => `'${s}'`).join(', ');
    const [row] = await parquet<{ share: number }>(
      'io_intermediate.parquet',
      (path) => `select (sum(value) filter (where row_sector in (${services})) / sum(value))::double as share
          from read_parquet(${path})
         where year = 2011 and col_country = 'CHN'
           and cast(substr(col_sector, 2) as integer) between 3 and 16`,
    );
    expect(integ.servitization.servicesShare).toBeCloseTo(row!.share, 12);
    expect(integ.ict.sectors.map((s) => s.sector)).toEqual(['c14', 'c27']);
  }, 60_000);

  it('answers a year outside 1995-2011 as no data and names the 40 economies for an unknown one', async () => {
    await expect(ioGvc(store, { year: 1990 })).rejects.toMatchObject({ kind: 'no-data' });
    const error = await ioSecurity(store, { year: 2011, economy: 'XXX' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'not-found' });
    expect((error as Error).message).toMatch(/its 40 economies: AUS, AUT, .*, USA\)$/);
  }, 60_000);
});
