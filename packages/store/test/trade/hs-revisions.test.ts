import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planHsConversion, seededRandom, convertHs, type HsBridge, type HsRevision } from '@chanye/compute';
import { convertTradePanel, type Store, type TradeMatrix, type TradePanel } from '@chanye/store';
import { openSnapshotStore, querySharedFile, repoRoot, sharedDataAvailable } from '../helpers.js';

let store: Store;
let bridges: HsBridge[];
beforeAll(async () => {
  store = await openSnapshotStore();
  bridges = await store.hsBridges();
});
afterAll(() => store.close());

/** A shared bridge file read directly by DuckDB, sorted as the store sorts it. */
async function sharedBridge(from: number, to: number): Promise<{ f: string; t: string }[]> {
  return querySharedFile<{ f: string; t: string }>(
    `concordances/hs${from}_hs${to}.csv`,
    (path) => `select hs${from}_6d as f, hs${to}_6d as t from read_csv(${path}, all_varchar = true) order by f, t`,
  );
}

const panelTotal = (panel: TradePanel): number =>
  panel.matrices.reduce((s, m) => s + m.values.reduce((a, v) => a + v, 0), 0);
const cell = (m: TradeMatrix, loc: string, prod: string): number => {
  const j = m.products.indexOf(prod);
  return j < 0 ? 0 : (m.values[m.locations.indexOf(loc) * m.products.length + j] as number);
};

describe('store.hsBridges()', () => {
  it('gives the four UNSD conversion tables of the snapshot, each citing its table', () => {
    expect(bridges.map((b) => `${b.from}→${b.to}`)).toEqual([
      'HS2022→HS2017',
      'HS2017→HS2012',
      'HS2017→HS1992',
      'HS2012→HS1992',
    ]);
    for (const b of bridges)
      expect(b.source).toMatch(/^UNSD, HS correlation and conversion tables: HS \d{4} to HS \d{4}/);
  });

  it.skipIf(!sharedDataAvailable).each([
    [2022, 2017],
    [2017, 2012],
    [2017, 1992],
    [2012, 1992],
  ])('holds every row of the shared hs%i_hs%i.csv and no other', async (from, to) => {
    const rows = await sharedBridge(from, to);
    const b = bridges.find((x) => x.from === `HS${from}` && x.to === `HS${to}`) as HsBridge;
    expect(b.fromCodes).toEqual(rows.map((r) => r.f));
    expect(b.toCodes).toEqual(rows.map((r) => r.t));
  });
});

describe('planHsConversion on the real tables', () => {
  it.skipIf(!sharedDataAvailable)(
    'counts HS2017 → HS1992 codes by relationship as the shared file does (1:1 and n:1 only)',
    async () => {
      const [expected] = await querySharedFile<{ one: number; many: number }>(
        'concordances/hs2017_hs1992.csv',
        (path) => `with n as (select hs1992_6d, count(*) as k from read_csv(${path}, all_varchar = true) group by 1)
                 select sum(k) filter (where k = 1)::integer as one, sum(k) filter (where k > 1)::integer as many from n`,
      );
      const plan = planHsConversion('HS2017', 'HS1992', bridges);
      expect(plan.steps[0]?.codes).toEqual({ '1:1': expected?.one, 'n:1': expected?.many, '1:n': 0, 'n:n': 0 });
      expect(plan.steps[0]?.weights).toBe('no split');
    },
  );

  it.skipIf(!sharedDataAvailable)(
    'chains HS2022 → HS2017 → HS1992 (the direct table, not via HS2012) exactly as the composed shared tables',
    async () => {
      const composed = await querySharedFile<{ f: string; t: string }>(
        'concordances/hs2022_hs2017.csv',
        (path) =>
          `select a.hs2022_6d as f, b.hs1992_6d as t from read_csv(${path}, all_varchar = true) a
             join read_csv(${path.replace('hs2022_hs2017', 'hs2017_hs1992')}, all_varchar = true) b
               on a.hs2017_6d = b.hs2017_6d order by f`,
      );
      const random = seededRandom(2022);
      const flows = { codes: composed.map((r) => r.f), values: composed.map(() => random() * 1e6) };
      const chained = convertHs(flows, { from: 'HS2022', to: 'HS1992', bridges });
      const one: HsBridge = {
        from: 'HS2022',
        to: 'HS1992',
        fromCodes: composed.map((r) => r.f),
        toCodes: composed.map((r) => r.t),
        source: 'composed in the test',
      };
      const direct = convertHs(flows, { from: 'HS2022', to: 'HS1992', bridges: [one] });
      expect(chained.report.steps.map((s) => `${s.from}→${s.to}`)).toEqual(['HS2022→HS2017', 'HS2017→HS1992']);
      expect(chained.codes).toEqual(direct.codes);
      for (let i = 0; i < direct.values.length; i++)
        expect(Math.abs((chained.values[i] as number) - (direct.values[i] as number))).toBeLessThanOrEqual(
          1e-9 * (direct.values[i] as number),
        );
      expect(chained.report.unmatched.codes).toEqual([]);
    },
  );
});

describe('convertTradePanel(panel, from, to, bridges)', () => {
  // The snapshot's BACI HS92 2021 sample (AFG and ZAF exports), in BACI's own layout.
  const sample = (): Promise<TradePanel> =>
    store.productTrade({ file: join(repoRoot, 'data', 'snapshot', 'trade_bilateral_sample.parquet') });

  it('conserves the value of a real HS 1992 panel to 1e-9 through HS 2017 and back, less the codes it reports as dropped', async () => {
    const panel = await sample();
    const to17 = convertTradePanel(panel, 'HS1992', 'HS2017', bridges);
    const in92 = panelTotal(panel);
    const lost = to17.conversion.unmatched.value + to17.conversion.droppedInChain;
    expect(Math.abs(panelTotal(to17) - (in92 - lost)) / in92).toBeLessThan(1e-9);
    expect(to17.conversion.valueIn).toBeCloseTo(in92, 6);
    expect(to17.hsRevision).toBe('HS2017');
    expect(to17.note).toContain('HS codes converted from HS1992 to HS2017 (HS1992→HS2017)');
    const back = convertTradePanel(to17, 'HS2017', 'HS1992', bridges);
    expect(back.conversion.unmatched.codes).toEqual([]);
    expect(Math.abs(panelTotal(back) - panelTotal(to17)) / in92).toBeLessThan(1e-9);
  });

  it('is the identity on codes 1:1 both ways (HS 1992 → HS 2017 → HS 1992)', async () => {
    const panel = await sample();
    const forward = planHsConversion('HS1992', 'HS2017', bridges);
    const backward = planHsConversion('HS2017', 'HS1992', bridges);
    const back = convertTradePanel(convertTradePanel(panel, 'HS1992', 'HS2017', bridges), 'HS2017', 'HS1992', bridges);
    const [m] = panel.matrices as [TradeMatrix];
    const [r] = back.matrices as [TradeMatrix];
    const oneToOne = m.products.filter((c) => {
      const t = forward.targets.get(c);
      return (
        forward.relationship.get(c) === '1:1' &&
        t?.length === 1 &&
        backward.relationship.get(t[0]?.code ?? '') === '1:1'
      );
    });
    expect(oneToOne.length).toBeGreaterThan(100);
    for (const loc of m.locations) for (const c of oneToOne) expect(cell(r, loc, c)).toBe(cell(m, loc, c));
  });

  it('gives five-digit numeric codes back their leading zero, and reports it', () => {
    const b = bridges.find((x) => x.from === 'HS2017' && x.to === 'HS1992') as HsBridge;
    const j = b.fromCodes.findIndex((c) => c.startsWith('0'));
    const code = b.fromCodes[j] as string;
    const panel: TradePanel = {
      dataset: 'test',
      classification: 'user',
      unit: 'test',
      note: 'test',
      matrices: [{ time: 2017, locations: ['X'], products: [code.slice(1)], values: Float64Array.of(5) }],
    };
    const out = convertTradePanel(panel, 'HS2017' as HsRevision, 'HS1992', bridges);
    expect(out.paddedCodes).toBe(1);
    expect(out.matrices[0]?.products).toEqual([b.toCodes[j]]);
    expect(out.conversion.unmatched.codes).toEqual([]);
  });
});
