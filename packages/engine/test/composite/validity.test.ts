import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { median, scorecardPolicy, spearman } from '@chanye/compute';
import { type Store } from '@chanye/store';
import {
  computeValidityRecord,
  DEFAULT_SCORE_WINDOW,
  defaultScoreYear,
  loadValidityRecords,
  recordedValiditySettings,
  runComplexity,
  scoreEconomies,
  scoreValidity,
  TOP_CHECKED,
  VALIDITY_MARKERS,
  validityMarkdown,
  type ValidityReport,
} from '@chanye/engine';
import { openSnapshotStore, repoRoot } from '../helpers.js';

let store: Store;
let report: ValidityReport;
const request = {
  framework: 'characteristics',
  year: 2017,
  peers: 'all',
  window: DEFAULT_SCORE_WINDOW,
  policy: scorecardPolicy(),
};
beforeAll(async () => {
  store = await openSnapshotStore();
  report = await scoreValidity(store, request);
});
afterAll(() => store.close());

describe('scoreValidity(store, request) on the six characteristics, 2017', () => {
  it('gives a ρ in [−1, 1] for the overall score and every subsystem against every yardstick, on at most the scored economies', async () => {
    const [scored] = await scoreEconomies(store, { ...request, years: [2017] });
    const { result } = scored!;
    const scoredOn = new Map([
      ['overall', [...result.overall].filter((x) => !Number.isNaN(x)).length],
      ...result.subsystems.map((s) => [s.id, [...s.scores].filter((x) => !Number.isNaN(x)).length] as const),
    ]);
    expect(report.scored).toBe(scoredOn.get('overall'));
    expect(report.yardsticks.map((y) => y.id)).toEqual([
      'eci',
      'gdp_per_capita_ppp',
      'mht_share_mva',
      'mva_per_capita',
    ]);
    expect(report.correlations).toHaveLength(4 * 7);
    for (const c of report.correlations) {
      expect(c.rho).not.toBeNull();
      expect(Math.abs(c.rho as number)).toBeLessThanOrEqual(1);
      expect(c.n).toBeGreaterThan(50);
      expect(c.n).toBeLessThanOrEqual(scoredOn.get(c.subsystem) as number);
    }
  });

  it('correlates with the ECI that runComplexity computes from the 2017 trade data, recomputed here', async () => {
    const run = await runComplexity(store, { source: { dataset: 'trade-2017' } });
    const period = run.years[0]!;
    const eci = new Map(period.locations.map((l, i) => [l, period.eci[i] as number]));
    const [scored] = await scoreEconomies(store, { ...request, years: [2017] });
    const { units, overall, subsystems } = scored!.result;
    const measure = units.map((u) => eci.get(u) ?? NaN);
    const overallRho = report.correlations.find((c) => c.yardstick === 'eci' && c.subsystem === 'overall')!;
    expect(overallRho.rho).toBe(spearman(overall, measure).rho);
    expect(overallRho.n).toBe(spearman(overall, measure).n);
    for (const s of subsystems) {
      const c = report.correlations.find((x) => x.yardstick === 'eci' && x.subsystem === s.id)!;
      expect(c.rho).toBe(spearman(s.scores, measure).rho);
    }
    expect(report.yardsticks[0]).toMatchObject({ year: 2017, economies: eci.size, missing: null, ownInputOf: [] });
  });

  it('lists the top-20 economies below the median ECI consistently with the score rows', async () => {
    const [scored] = await scoreEconomies(store, { ...request, years: [2017] });
    const { units, overall, rank, lists } = scored!.result;
    const run = await runComplexity(store, { source: { dataset: 'trade-2017' } });
    const period = run.years[0]!;
    const eci = new Map(period.locations.map((l, i) => [l, period.eci[i] as number]));
    const withBoth = units.filter((u, i) => !Number.isNaN(overall[i] as number) && eci.has(u));
    const middle = median(withBoth.map((u) => eci.get(u) as number));
    // The main list's top 20: small economies are ranked among themselves.
    const top = units.filter((_, i) => lists[i] === 'main' && (rank[i] as number) <= TOP_CHECKED);
    expect(top).toHaveLength(TOP_CHECKED);
    const check = report.topEci!;
    expect(check.median).toBe(middle);
    expect(check.economies).toBe(withBoth.length);
    expect(check.belowMedian.map((b) => b.iso3).sort()).toEqual(
      top.filter((u) => eci.has(u) && (eci.get(u) as number) < middle).sort(),
    );
    for (const b of check.belowMedian) expect(rank[units.indexOf(b.iso3)]).toBe(b.rank);
    expect(check.withoutEci.map((w) => w.iso3)).toEqual(
      top.filter((u) => !eci.has(u)).sort((a, b) => rank[units.indexOf(a)]! - rank[units.indexOf(b)]!),
    );
  });

  it('flags the yardsticks that a subsystem scores itself (MVA per capita and the MHT share in advanced)', () => {
    const own = Object.fromEntries(report.yardsticks.map((y) => [y.id, y.ownInputOf]));
    expect(own).toEqual({ eci: [], gdp_per_capita_ppp: [], mht_share_mva: ['advanced'], mva_per_capita: ['advanced'] });
    for (const c of report.correlations) {
      const expected =
        c.subsystem === 'overall'
          ? (own[c.yardstick] ?? []).length > 0
          : (own[c.yardstick] ?? []).includes(c.subsystem);
      expect(c.ownInput, `${c.yardstick} ${c.subsystem}`).toBe(expected);
    }
  });
});

describe('scoreValidity for a year without product trade data', () => {
  it('says there is no ECI for the year rather than borrowing one, and takes it from --eci-year only when asked', async () => {
    const without = await scoreValidity(store, { ...request, year: 2019 });
    expect(without.yardsticks[0]?.missing).toMatch(
      /^no ECI for 2019: the snapshot has product trade data for 1980, 2000, 2017 only/,
    );
    expect(without.correlations.some((c) => c.yardstick === 'eci')).toBe(false);
    expect(without.topEci).toBeNull();
    const asked = await scoreValidity(store, { ...request, year: 2019, eciYear: 2017 });
    expect(asked.yardsticks[0]).toMatchObject({ year: 2017, missing: null });
    expect(asked.topEci?.eciYear).toBe(2017);
  });
});

describe('the recorded validity tables (catalog/results/validity-*.json)', () => {
  it('are what the engine gives today, to the recorded rounding, at 2017 and at each framework’s default year', async () => {
    const records = loadValidityRecords(store.catalogDir);
    const settings = await recordedValiditySettings(store);
    expect(records.map((r) => [r.framework, r.year, r.defaultYear])).toEqual(
      settings.map((s) => [s.framework, s.year, s.defaultYear]),
    );
    for (const s of settings) {
      if (s.defaultYear) expect(s.year).toBe(await defaultScoreYear(store, s.framework, DEFAULT_SCORE_WINDOW));
      const fresh = JSON.parse(JSON.stringify(await computeValidityRecord(store, s)));
      expect(fresh, `${s.framework} ${s.year}`).toEqual(
        records.find((r) => r.framework === s.framework && r.year === s.year),
      );
    }
  });

  it('are the tables of docs/methods/composite-indices.md, cell for cell', () => {
    const doc = readFileSync(join(repoRoot, 'docs/methods/composite-indices.md'), 'utf8');
    const start = doc.indexOf(VALIDITY_MARKERS.start);
    const end = doc.indexOf(VALIDITY_MARKERS.end);
    expect(start).toBeGreaterThan(0);
    expect(end).toBeGreaterThan(start);
    // Compare cells and sentences, not Prettier's padding.
    const cells = (text: string): string[] =>
      text
        .split('\n')
        .filter((l) => l.trim().length > 0 && !/^\|[\s|-]+\|$/.test(l))
        .flatMap((l) => (l.startsWith('|') ? l.split('|').map((c) => c.trim()) : [l.trim()]))
        .filter((c) => c.length > 0);
    const inDoc = cells(doc.slice(start + VALIDITY_MARKERS.start.length, end));
    expect(inDoc).toEqual(cells(validityMarkdown(loadValidityRecords(store.catalogDir))));
    expect(inDoc.some((c) => /^0\.\d\d \(\d+\)$/.test(c))).toBe(true);
  });
});
