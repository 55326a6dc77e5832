import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '@chanye/compute';
import type { Store } from '@chanye/store';
import { diagnoseDemand } from '../../src/diagnostics/demand.js';
import { openSnapshotStore, querySharedFile, sharedDataAvailable } from '../helpers.js';

let store: Store;
beforeAll(async () => {
  store = await openSnapshotStore();
});
afterAll(() => store.close());

interface PwtRow {
  year: number;
  rgdpna: number;
  rgdpe: number;
  pop: number;
  csh_c: number;
  csh_g: number;
  csh_i: number;
  csh_x: number;
  csh_m: number;
  csh_r: number;
}

/** The PWT variables the diagnostic uses, straight from the shared file. */
async function pwt(iso3: string): Promise<PwtRow[]> {
  return querySharedFile<PwtRow>(
    'pwt/pwt1001.parquet',
    (path) =>
      `select year, rgdpna, rgdpe, pop, csh_c, csh_g, csh_i, csh_x, csh_m, csh_r from read_parquet(${path})
       where iso3 = '${iso3}' and rgdpna > 0 and csh_c is not null order by year`,
  );
}

const byLabel = (f: Finding, label: string) => f.evidence.filter((e) => e.label_en === label);
const one = (f: Finding, label: string): number => byLabel(f, label).at(-1)!.value;

describe('diagnoseDemand(store, iso3, options)', () => {
  it('adds up: the four contributions sum to real GDP growth, the four shares to 100', async () => {
    for (const iso3 of ['CHN', 'BRA', 'KOR']) {
      for (const period of [undefined, [1995, 2005] as const]) {
        const [shares, contributions] = await diagnoseDemand(store, iso3, period ? { period } : {});
        const growth = one(contributions!, 'real GDP growth, annual average');
        const parts = contributions!.evidence.filter((e) => e.label_en.startsWith('contribution of '));
        expect(parts).toHaveLength(4);
        expect(parts.reduce((a, e) => a + e.value, 0)).toBeCloseTo(growth, 4); // PWT stores shares as float32
        const drivers = ['consumption', 'investment', 'net exports', 'residual'].map((k) =>
          one(shares!, `${k} (% of GDP)`),
        );
        expect(drivers.reduce((a, v) => a + v, 0)).toBeCloseTo(100, 3);
      }
    }
  });

  it('finds a higher investment share and a lower household share in China than in Brazil (2019)', async () => {
    const [chn] = await diagnoseDemand(store, 'CHN');
    const [bra] = await diagnoseDemand(store, 'BRA');
    expect(one(chn!, 'investment (% of GDP)')).toBeGreaterThan(one(bra!, 'investment (% of GDP)') + 15);
    expect(one(chn!, 'household consumption (% of GDP)')).toBeLessThan(one(bra!, 'household consumption (% of GDP)'));
    expect(one(chn!, 'merchandise imports (negative) (% of GDP)')).toBeLessThan(0);
  });

  it('is factual: every finding is info, in English and Chinese', async () => {
    const findings = await diagnoseDemand(store, 'KOR');
    expect(findings.map((f) => f.id)).toEqual(['shares', 'contributions', 'household-consumption']);
    for (const f of findings) {
      expect(f.severity).toBe('info');
      expect(f.statement_zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('says no-data for a period outside the data, and rejects an inverted period', async () => {
    const [missing] = await diagnoseDemand(store, 'CHN', { period: [1940, 2019] });
    expect(missing!.severity).toBe('no-data');
    expect(missing!.statement_en).toMatch(/1940/);
    await expect(diagnoseDemand(store, 'CHN', { period: [2010, 2010] })).rejects.toThrow(/invalid period/);
    const [, limited] = await diagnoseDemand(store, 'BRA', { year: 2005 });
    expect(limited!.statement_en).toMatch(/1995-2005/);
  });
});

describe.runIf(sharedDataAvailable)('diagnoseDemand(store, iso3) on the shared PWT file', () => {
  it('takes the shares and growth from PWT 10.01 as published', async () => {
    for (const iso3 of ['CHN', 'BRA', 'KOR']) {
      const rows = await pwt(iso3);
      const last = rows.at(-1)!;
      const first = rows.find((r) => r.year === last.year - 10)!;
      const [shares, contributions] = await diagnoseDemand(store, iso3);
      expect(one(shares!, 'consumption (% of GDP)')).toBeCloseTo((last.csh_c + last.csh_g) * 100, 6);
      expect(one(shares!, 'net exports (% of GDP)')).toBeCloseTo((last.csh_x + last.csh_m) * 100, 6);
      expect(one(shares!, 'residual (% of GDP)')).toBeCloseTo(last.csh_r * 100, 6);
      // mean of the annual growth rates of rgdpna over the ten years
      const inside = rows.filter((r) => r.year > first.year && r.year <= last.year);
      const mean =
        inside.reduce((a, r) => a + r.rgdpna / rows.find((p) => p.year === r.year - 1)!.rgdpna - 1, 0) / inside.length;
      expect(one(contributions!, 'real GDP growth, annual average')).toBeCloseTo(mean * 100, 9);
      // investment's contribution written out again for the last year alone, via a one-year period
      const prev = rows.at(-2)!;
      const [, lastYear] = await diagnoseDemand(store, iso3, { period: [prev.year, last.year] });
      expect(one(lastYear!, 'contribution of investment to growth, annual average')).toBeCloseTo(
        ((last.csh_i * last.rgdpna - prev.csh_i * prev.rgdpna) / prev.rgdpna) * 100,
        9,
      );
    }
  });

  it('compares the household share with the graduates when they first reached the same income', async () => {
    const chn = await pwt('CHN');
    const level = chn.at(-1)!.rgdpe / chn.at(-1)!.pop;
    const shares: number[] = [];
    for (const g of ['JPN', 'KOR', 'ESP']) {
      const reached = (await pwt(g)).find((r) => r.rgdpe / r.pop >= level)!;
      shares.push(reached.csh_c * 100);
    }
    const median = [...shares].sort((a, b) => a - b)[1]!;
    const household = (await diagnoseDemand(store, 'CHN'))[2]!;
    expect(one(household, 'graduates at the same income: median household consumption share')).toBeCloseTo(median, 6);
    // Economies by name, not by ISO code, in both languages.
    expect(household.statement_en).toMatch(/Japan .*Korea, Rep\. .*Spain /);
    expect(household.statement_zh).toMatch(/日本.*韩国.*西班牙/);
    expect(household.statement_en).not.toMatch(/\b(?:JPN|KOR|ESP)\b/);
    // Korea is left out of its own comparison
    const kor = (await diagnoseDemand(store, 'KOR'))[2]!;
    expect(kor.statement_en).not.toMatch(/Korea, Rep\. \d/);
  });
});
