import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { couplingCoordination, scorecardPolicy } from '@chanye/compute';
import { type Store } from '@chanye/store';
import {
  couplingPolicy,
  couplingSeries,
  DEFAULT_SCORE_WINDOW,
  resolvePeers,
  scoreEconomies,
  scoreRows,
} from '@chanye/engine';
import { openSnapshotStore } from '../helpers.js';

let store: Store;
beforeAll(async () => {
  store = await openSnapshotStore();
});
afterAll(() => store.close());

const equalArithmetic = scorecardPolicy({ weighting: 'equal', aggregation: 'arithmetic' });

describe('frameworks', () => {
  it('take the six characteristics from the catalogue pillars, scoring only indicators with a polarity', () => {
    const framework = store.framework('characteristics');
    expect(framework.subsystems.map((s) => s.id)).toEqual([
      'complete',
      'advanced',
      'secure',
      'intelligent',
      'green',
      'integrated',
    ]);
    for (const s of framework.subsystems) {
      for (const id of s.indicators) {
        expect((store.indicator(id).pillars as string[]).includes(s.id)).toBe(true);
        expect(store.indicator(id).polarity).not.toBe('neutral');
      }
    }
  });

  it('reject an unknown framework with the list of known ones', () => {
    expect(() => store.framework('five-systems')).toThrow(
      /invalid --framework: five-systems \(expected one of characteristics, four-systems, new-four, three-sector\)/,
    );
  });
});

describe('resolvePeers(store, peers, year)', () => {
  it('resolves income groups from the World Bank history of that year', async () => {
    const um2019 = await resolvePeers(store, 'UM', 2019);
    expect(um2019).toContain('CHN');
    expect(um2019).not.toContain('USA');
    expect(await resolvePeers(store, 'LM', 2005)).toContain('CHN');
  });

  it('resolves named groups, regions and lists, and rejects nonsense', async () => {
    expect(await resolvePeers(store, 'graduates', 2017)).toEqual(['JPN', 'KOR', 'ESP']);
    expect(await resolvePeers(store, 'region:east asia', 2017)).toContain('CHN');
    expect(await resolvePeers(store, 'chn,usa', 2017)).toEqual(['CHN', 'USA']);
    await expect(resolvePeers(store, 'rich', 2017)).rejects.toThrow(/invalid --peers: rich/);
  });
});

describe('scoreEconomies(store, request)', () => {
  it('ranks every scored economy once within its list, and says why the others are not scored', async () => {
    const [year] = await scoreEconomies(store, {
      framework: 'characteristics',
      years: [2017],
      peers: 'all',
      policy: equalArithmetic,
      window: DEFAULT_SCORE_WINDOW,
    });
    const { result } = year!;
    for (const list of ['main', 'small']) {
      const scored = [...result.rank]
        .filter((r, i) => !Number.isNaN(r) && result.lists[i] === list)
        .sort((a, b) => a - b);
      expect(scored.length).toBeGreaterThan(list === 'main' ? 100 : 3);
      // no ties in practice: each list's ranks run 1..n
      expect(scored).toEqual(scored.map((_, k) => k + 1));
    }
    const notScored = [...result.overall].filter((x) => Number.isNaN(x)).length;
    expect(result.notScored).toHaveLength(notScored);
    for (const r of result.notScored) expect(r.reason.length).toBeGreaterThan(5);
  });

  it('uses a value from another year of the window only when the year has none, and reports its year', async () => {
    const [year] = await scoreEconomies(store, {
      framework: 'characteristics',
      years: [2019],
      economies: ['CHN'],
      peers: 'all',
      policy: equalArithmetic,
      window: DEFAULT_SCORE_WINDOW,
    });
    const rd = year!.inputs.find((c) => c.iso3 === 'CHN' && c.indicator === 'rd_share_gdp');
    const [latest] = (
      await store.observations({ indicator: 'rd_share_gdp', economies: ['CHN'], years: [2016, 2019] })
    ).slice(-1);
    expect(latest?.year).toBeLessThan(2019); // the SDG R&D series ends in 2018
    expect(rd?.year).toBe(latest?.year);
    expect(rd?.value).toBe(latest?.value);
    const overall = scoreRows([year!]).find((r) => r.iso3 === 'CHN' && r.subsystem === 'overall');
    expect(overall?.note).toContain(`rd_share_gdp (${latest?.year})`);
  });

  it('gives the same ranks whatever order the economies are asked in (peers fixed)', async () => {
    const ask = (economies: string[]) =>
      scoreEconomies(store, {
        framework: 'new-four',
        years: [2017],
        economies,
        peers: 'all',
        policy: equalArithmetic,
        window: DEFAULT_SCORE_WINDOW,
      });
    const a = scoreRows(await ask(['CHN', 'USA'])).filter((r) => r.subsystem === 'overall');
    const b = scoreRows(await ask(['USA', 'CHN'])).filter((r) => r.subsystem === 'overall');
    expect(Object.fromEntries(a.map((r) => [r.iso3, r.rank]))).toEqual(
      Object.fromEntries(b.map((r) => [r.iso3, r.rank])),
    );
  });
});

describe('couplingSeries(store, request)', () => {
  it('computes C, T and D from the economy’s own New Four subsystem scores', async () => {
    const [row] = await couplingSeries(store, {
      iso3: 'CHN',
      framework: 'new-four',
      years: [2017],
      peers: 'all',
      window: DEFAULT_SCORE_WINDOW,
      policy: couplingPolicy(),
    });
    const u = Object.values(row!.subsystems) as number[];
    expect(u).toHaveLength(4);
    for (const x of u) expect(x >= 0 && x <= 1).toBe(true);
    expect(row!.result).toEqual(couplingCoordination(u));
    expect(row!.result!.coordination).toBeCloseTo(
      Math.sqrt(row!.result!.coupling * (u.reduce((s, x) => s + x, 0) / 4)),
      12,
    );
  });

  it('scores the three-sector set as min-max of each sector’s real value added per capita across the peers', async () => {
    const [row] = await couplingSeries(store, {
      iso3: 'CHN',
      framework: 'three-sector',
      years: [2017],
      peers: 'all',
      window: 1,
      policy: couplingPolicy(),
    });
    const economies = new Set((await store.economies()).map((e) => e.iso3));
    for (const [subsystem, indicator] of [
      ['primary', 'agriculture_va_per_capita'],
      ['secondary', 'industry_va_per_capita'],
      ['tertiary', 'services_va_per_capita'],
    ] as const) {
      const values = (await store.observations({ indicator, years: [2017, 2017] })).filter((o) =>
        economies.has(o.iso3),
      );
      const min = Math.min(...values.map((o) => o.value));
      const max = Math.max(...values.map((o) => o.value));
      const chn = values.find((o) => o.iso3 === 'CHN')!.value;
      expect(row!.subsystems[subsystem]).toBeCloseTo((chn - min) / (max - min), 10);
    }
    expect(row!.result).toEqual(couplingCoordination(Object.values(row!.subsystems) as number[]));
  });
});
