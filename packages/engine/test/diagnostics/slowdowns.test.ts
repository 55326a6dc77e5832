import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '@chanye/compute';
import type { Store } from '@chanye/store';
import { diagnoseSlowdowns } from '@chanye/engine';
import { openSnapshotStore, querySharedFile, sharedDataAvailable } from '../helpers.js';

let store: Store;
beforeAll(async () => {
  store = await openSnapshotStore();
});
afterAll(() => store.close());

const episodes = (findings: readonly Finding[]): number[] =>
  findings.filter((f) => f.id.startsWith('slowdown-')).map((f) => Number(f.id.slice('slowdown-'.length)));

describe('diagnoseSlowdowns(store, iso3)', () => {
  it('dates Japan’s two slowdowns "in the early 1970s" and "in the 1990s", as Eichengreen, Park and Shin (2012) describe them', async () => {
    // The paper's text on economies with more than one slowdown: "Japan is a well-known
    // example: there is a first slowdown in the early 1970s; and a second slowdown in the
    // 1990s". PWT vintages differ, so the test holds the decade, not the year.
    const found = episodes(await diagnoseSlowdowns(store, 'JPN'));
    expect(found).toHaveLength(2);
    expect(found[0]).toBeGreaterThanOrEqual(1969);
    expect(found[0]).toBeLessThanOrEqual(1974);
    expect(found[1]).toBeGreaterThanOrEqual(1990);
    expect(found[1]).toBeLessThanOrEqual(1999);
  });

  it('finds no slowdown for China, which had yet to reach the slowdown incomes in Eichengreen, Park and Shin (2012, abstract: "by or soon after 2015")', async () => {
    const findings = await diagnoseSlowdowns(store, 'CHN');
    expect(episodes(findings)).toEqual([]);
    const [summary] = findings;
    expect(summary?.statement_en).toMatch(/^CHN: no growth slowdown by the Eichengreen-Park-Shin rule/);
    expect(summary?.statement_en).toContain('over 2012-2019');
    expect(summary?.statement_zh).toContain('未出现符合Eichengreen-Park-Shin标准的增长减速');
  });

  it.runIf(sharedDataAvailable)(
    'gives the growth, fall and income of Japan’s 1970 slowdown as PWT 10.01 read directly with SQL',
    async () => {
      const [row] = await querySharedFile<{ before: number; after: number; income: number }>(
        'pwt/pwt1001.parquet',
        (file) => `
          with p as (select year, rgdpna / pop as g, rgdpe / pop as y from ${file} where iso3 = 'JPN')
          select (power(t.g / b.g, 1 / 7) - 1) * 100 as before,
                 (power(a.g / t.g, 1 / 7) - 1) * 100 as after,
                 t.y as income
          from p t join p b on b.year = t.year - 7 join p a on a.year = t.year + 7
          where t.year = 1970`,
      );
      const episode = (await diagnoseSlowdowns(store, 'JPN')).find((f) => f.id === 'slowdown-1970');
      const value = (label: string) => episode?.evidence.find((e) => e.label_en.startsWith(label))?.value;
      expect(value('average growth of GDP per capita, 7 years to t')).toBeCloseTo(row!.before, 9);
      expect(value('average growth of GDP per capita, 7 years from t')).toBeCloseTo(row!.after, 9);
      expect(value('fall in average growth')).toBeCloseTo(row!.before - row!.after, 9);
      expect(value('GDP per capita')).toBeCloseTo(row!.income, 6);
    },
  );

  it.runIf(sharedDataAvailable)(
    'converts the US$10,000 floor at 2005 prices by the US GDP price level of 2005 in PWT 10.01 (2017 = 1)',
    async () => {
      const [us] = await querySharedFile<{ pl: number }>(
        'pwt/pwt1001.parquet',
        (file) => `select pl_gdpo as pl from ${file} where iso3 = 'USA' and year = 2005`,
      );
      const [summary] = await diagnoseSlowdowns(store, 'KOR');
      expect(summary?.threshold?.value).toBeCloseTo(10000 / us!.pl, 6);
      expect(summary?.threshold?.unit).toBe('2017 US$ at chained PPPs per person');
      const [low] = await diagnoseSlowdowns(store, 'KOR', { incomeFloor: 7500 });
      expect(low?.threshold?.value).toBeCloseTo(7500 / us!.pl, 6);
    },
  );

  it('labels every number with its year, unit and Penn World Table 10.01, and states the rule', async () => {
    const findings = await diagnoseSlowdowns(store, 'KOR');
    expect(episodes(findings).length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(f.diagnostic).toBe('slowdowns');
      expect(f.reference).toContain('Eichengreen, Park and Shin (2012)');
      expect(f.threshold?.description_en).toContain('at least 3.5 % a year');
      for (const e of f.evidence) {
        expect(e.source).toContain('Penn World Table 10.01');
        expect(e.unit).not.toBe('');
        expect(Number.isInteger(e.year)).toBe(true);
      }
    }
  });

  it('judges only the years up to the one asked for', async () => {
    const findings = await diagnoseSlowdowns(store, 'JPN', { year: 1985 });
    expect(episodes(findings)).toEqual([1970]);
    expect(findings[0]?.statement_en).toContain('over 1978-1985');
  });

  it('rejects an unknown economy', async () => {
    await expect(diagnoseSlowdowns(store, 'XXX')).rejects.toThrow(/unknown economy/);
  });
});
