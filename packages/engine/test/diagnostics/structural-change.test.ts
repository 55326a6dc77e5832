import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '@chanye/compute';
import type { Store } from '@chanye/store';
import { diagnoseStructuralChange } from '../../src/diagnostics/structural-change.js';
import { openSnapshotStore, querySharedFile, sharedDataAvailable } from '../helpers.js';

let store: Store;
beforeAll(async () => {
  store = await openSnapshotStore();
});
afterAll(() => store.close());

interface Row {
  year: number;
  y: number;
  e: number;
  va: [number, number, number];
  th: [number, number, number];
}

/** PWT rgdpna and emp with the WDI and ILO three-sector shares, straight from the shared files. */
async function sharedInputs(iso3: string): Promise<Row[]> {
  const pwt = await querySharedFile<{ year: number; y: number; e: number }>(
    'pwt/pwt1001.parquet',
    (path) =>
      `select year, rgdpna as y, emp as e from read_parquet(${path})
       where iso3 = '${iso3}' and rgdpna > 0 and emp > 0 order by year`,
  );
  const shares = await querySharedFile<{
    year: number;
    a: number;
    i: number;
    s: number;
    ea: number;
    ei: number;
    es: number;
  }>(
    'gapminder/systema_globalis.parquet',
    (path) =>
      `select year,
              max(value) filter (where indicator = 'agriculture_percent_of_gdp') as a,
              max(value) filter (where indicator = 'industry_percent_of_gdp') as i,
              max(value) filter (where indicator = 'services_percent_of_gdp') as s,
              max(value) filter (where indicator = 'agriculture_workers_percent_of_employment') as ea,
              max(value) filter (where indicator = 'industry_workers_percent_of_employment') as ei,
              max(value) filter (where indicator = 'service_workers_percent_of_employment') as es
       from read_parquet(${path}) where iso3 = '${iso3}' group by year
       having a > 0 and i > 0 and s > 0 and ea > 0 and ei > 0 and es > 0 order by year`,
  );
  const byYear = new Map(shares.map((r) => [r.year, r]));
  return pwt
    .filter((p) => byYear.has(p.year))
    .map((p) => {
      const r = byYear.get(p.year)!;
      return { year: p.year, y: p.y, e: p.e, va: [r.a, r.i, r.s], th: [r.ea, r.ei, r.es] };
    });
}

/** McMillan-Rodrik written out again in plain arithmetic, in % a year (compound growth, split pro rata). */
function decomposeByHand(r0: Row, r1: Row) {
  const sectors = (r: Row) => {
    const vaTotal = r.va[0] + r.va[1] + r.va[2];
    const thTotal = r.th[0] + r.th[1] + r.th[2];
    return r.va.map((v, k) => {
      const theta = r.th[k]! / thTotal;
      return { theta, p: ((v / vaTotal) * r.y) / (theta * r.e) };
    });
  };
  const s0 = sectors(r0);
  const s1 = sectors(r1);
  const within = s0.reduce((a, s, k) => a + s.theta * (s1[k]!.p - s.p), 0);
  const structural = s1.reduce((a, s, k) => a + s.p * (s.theta - s0[k]!.theta), 0);
  const P0 = r0.y / r0.e;
  const P1 = r1.y / r1.e;
  const growth = Math.pow(P1 / P0, 1 / (r1.year - r0.year)) - 1;
  return {
    P0,
    P1,
    growth: growth * 100,
    within: (within / (P1 - P0)) * growth * 100,
    structural: (structural / (P1 - P0)) * growth * 100,
  };
}

const value = (f: Finding, label: string): number => f.evidence.find((e) => e.label_en === label)!.value;

describe.runIf(sharedDataAvailable)(
  'diagnoseStructuralChange(store, iso3) on the shared PWT and Gapminder data',
  () => {
    it('decomposes the last ten years with data, term by term as the formula written out again gives', async () => {
      for (const iso3 of ['CHN', 'BRA', 'KOR']) {
        const rows = await sharedInputs(iso3);
        const r1 = rows.at(-1)!;
        const r0 = rows.find((r) => r.year >= r1.year - 10)!;
        const expected = decomposeByHand(r0, r1);
        const [three] = await diagnoseStructuralChange(store, iso3);
        expect(three!.statement_en).toContain(`${r0.year}-${r1.year}`);
        const labour = three!.evidence.filter((e) => e.label_en === 'labour productivity');
        expect(labour.map((e) => e.year)).toEqual([r0.year, r1.year]);
        expect(labour[0]!.value).toBeCloseTo(expected.P0, 6);
        expect(labour[1]!.value).toBeCloseTo(expected.P1, 6);
        expect(value(three!, 'labour productivity growth')).toBeCloseTo(expected.growth, 9);
        expect(value(three!, 'within-sector term')).toBeCloseTo(expected.within, 9);
        expect(value(three!, 'structural-change term')).toBeCloseTo(expected.structural, 9);
      }
    });

    it('ends in 2019 (the last PWT year) with ILO employment from 1991, so the default is 2009-2019', async () => {
      const rows = await sharedInputs('CHN');
      expect([rows[0]!.year, rows.at(-1)!.year]).toEqual([1991, 2019]);
      const [three] = await diagnoseStructuralChange(store, 'CHN');
      expect(three!.statement_en).toMatch(/in 2009-2019:/);
    });
  },
);

describe('diagnoseStructuralChange(store, iso3, options)', () => {
  it('adds up: within + structural = growth, and the sector terms add to each', async () => {
    for (const iso3 of ['CHN', 'BRA', 'KOR']) {
      const [three] = await diagnoseStructuralChange(store, iso3, { period: [1995, 2015] });
      const growth = value(three!, 'labour productivity growth');
      const within = value(three!, 'within-sector term');
      const structural = value(three!, 'structural-change term');
      expect(within + structural).toBeCloseTo(growth, 12);
      const sectorSum = (prefix: string): number =>
        three!.evidence.filter((e) => e.label_en.startsWith(`${prefix}: `)).reduce((a, e) => a + e.value, 0);
      expect(sectorSum('within-sector term')).toBeCloseTo(within, 12);
      expect(sectorSum('structural-change term')).toBeCloseTo(structural, 12);
    }
  });

  it('finds reallocation out of agriculture raising Chinese productivity over 1991-2019', async () => {
    const [three] = await diagnoseStructuralChange(store, 'CHN', { period: [1991, 2019] });
    expect(three!.severity).toBe('info');
    expect(value(three!, 'structural-change term')).toBeGreaterThan(0);
    const agriculture = three!.evidence.filter((e) => e.label_en === 'agriculture employment (% of total)');
    expect(agriculture[1]!.value).toBeLessThan(agriculture[0]!.value - 20);
    expect(three!.statement_zh).toContain('结构变迁');
  });

  it('reports the sources of every input with year and status', async () => {
    const [three] = await diagnoseStructuralChange(store, 'BRA', { period: [2000, 2010] });
    const gdp = three!.evidence.filter((e) => e.label_en.startsWith('real GDP'));
    expect(gdp.map((e) => e.year)).toEqual([2000, 2010]);
    expect(gdp[0]!.source).toMatch(/Penn World Table|PWT/);
    expect(three!.evidence.find((e) => e.label_en === 'services employment (% of total)')!.source).toMatch(/Gapminder/);
    expect(three!.evidence.filter((e) => e.status === 'computed').every((e) => e.note === '2000-2010')).toBe(true);
  });

  it('limits the data to `year`, and says no-data for a period without data', async () => {
    const [three] = await diagnoseStructuralChange(store, 'KOR', { year: 2012 });
    expect(three!.statement_en).toMatch(/2002-2012/);
    const [missing] = await diagnoseStructuralChange(store, 'CHN', { period: [1980, 2019] });
    expect(missing!.severity).toBe('no-data');
    expect(missing!.statement_en).toMatch(/1980/);
    await expect(diagnoseStructuralChange(store, 'CHN', { period: [2019, 2009] })).rejects.toThrow(/invalid period/);
  });

  it('explains why the 35-sector WIOD variant cannot be computed', async () => {
    const findings = await diagnoseStructuralChange(store, 'CHN');
    const wiod = findings.find((f) => f.id === 'wiod-35-sectors')!;
    expect(wiod.severity).toBe('no-data');
    expect(wiod.statement_en).toMatch(/Socio-Economic Accounts/);
    expect(wiod.evidence).toEqual([]);
  });
});

describe.runIf(sharedDataAvailable)('the shared WIOD 2013 data', () => {
  it('has no employment by sector (the reason for the no-data finding)', async () => {
    const columns = await querySharedFile<{ column_name: string }>(
      'io/wiod2013/output_va.parquet',
      (path) => `select column_name from (describe select * from read_parquet(${path}))`,
    );
    expect(columns.length).toBeGreaterThan(3);
    expect(columns.some((c) => /emp|persons|hours|labou?r/i.test(c.column_name))).toBe(false);
  });
});
