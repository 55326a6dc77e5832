import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matrixFromRows, scorecard, scorecardPolicy, type Observation } from '@chanye/compute';
import type { Framework, Store } from '@chanye/store';
import {
  DEFAULT_SCORE_WINDOW,
  rankingLists,
  scoreEconomies,
  scoreRows,
  SCORE_COLUMNS,
  type ScoreYear,
} from '@chanye/engine';
import { openSnapshotStore } from '../helpers.js';

const pop = (iso3: string, year: number, value: number): Observation => ({
  iso3,
  year,
  indicator: 'population',
  value,
  unit: 'million people',
  source: 'PWT',
  vintage: 'PWT 10.01',
  status: 'observed',
});

describe('rankingLists(units, population, year, window, small)', () => {
  const population = new Map([
    ['BIG', [pop('BIG', 2016, 50)]],
    ['TINY', [pop('TINY', 2015, 0.4), pop('TINY', 2019, 1.1)]],
    ['EDGE', [pop('EDGE', 2017, 1)]],
    ['OLD', [pop('OLD', 2012, 0.2)]],
  ]);

  it('calls an economy small below 1 million people, read as the value nearest the year', () => {
    // TINY: 2015 and 2019 are both two years from 2017: the earlier (0.4) wins. EDGE: exactly 1 is not small.
    const { lists, unknownPopulation } = rankingLists(['BIG', 'TINY', 'EDGE', 'OLD'], population, 2017, 2, 'separate');
    expect(lists).toEqual(['main', 'small', 'main', 'main']);
    // OLD's only value (2012) is outside ±2 years: unknown, so not small, and reported.
    expect(unknownPopulation).toEqual(['OLD']);
  });

  it('puts everyone in one list when asked', () => {
    expect(rankingLists(['BIG', 'TINY'], population, 2017, 2, 'together')).toEqual({
      lists: ['all', 'all'],
      unknownPopulation: [],
    });
  });
});

describe('scoreRows: the imputed count (hand-computed)', () => {
  // Four economies, two subsystems (c serves both). B lacks c: on "left" (2 of 3 needed) it is
  // imputed; on "right" (2 of 2 needed) B is not scored, so nothing is imputed there. D lacks b
  // and c: 1 of 3 on left, not scored anywhere, nothing imputed.
  const framework: Framework = {
    id: 'toy',
    name_en: 'toy',
    name_zh: 'toy',
    reference: '',
    subsystems: [
      { id: 'left', name_en: 'left', name_zh: 'left', indicators: ['a', 'b', 'c'] },
      { id: 'right', name_en: 'right', name_zh: 'right', indicators: ['c', 'd'] },
    ],
  };
  const result = scorecard(
    {
      units: ['A', 'B', 'C', 'D'],
      indicators: ['a', 'b', 'c', 'd'].map((id) => ({ id, polarity: 1 as const })),
      subsystems: framework.subsystems.map((s) => ({ id: s.id, indicators: s.indicators })),
      values: matrixFromRows([
        [10, 1, 5, 2],
        [20, 3, NaN, 4],
        [30, 2, 7, 6],
        [0, NaN, NaN, 8],
      ]),
      lists: ['main', 'main', 'main', 'main'],
    },
    scorecardPolicy({ weighting: 'equal', aggregation: 'arithmetic' }),
  );
  const y: ScoreYear = {
    year: 2017,
    framework,
    result,
    inputs: [],
    focus: ['A', 'B', 'D'],
    unknownPopulation: [],
    window: 2,
  };
  const rows = scoreRows([y]);
  const count = (iso3: string, subsystem: string) =>
    rows.find((r) => r.iso3 === iso3 && r.subsystem === subsystem)?.imputed;

  it('counts each economy’s imputed cells overall and per subsystem scored', () => {
    expect([count('A', 'overall'), count('A', 'left'), count('A', 'right')]).toEqual([0, 0, 0]);
    expect([count('B', 'overall'), count('B', 'left'), count('B', 'right')]).toEqual([1, 1, 0]);
    expect([count('D', 'overall'), count('D', 'left'), count('D', 'right')]).toEqual([0, 0, 0]);
    expect(rows.find((r) => r.iso3 === 'B' && r.subsystem === 'overall')?.note).toContain('imputed from peers: c');
  });

  it('is a column of the score rows', () => {
    expect(SCORE_COLUMNS).toContain('imputed');
    expect(SCORE_COLUMNS).toContain('ranked_among');
    expect(Object.keys(rows[0] ?? {})).toEqual([...SCORE_COLUMNS]);
  });
});

describe('scoreEconomies on the six characteristics, 2017: small economies ranked apart', () => {
  let store: Store;
  let separate: ScoreYear;
  let together: ScoreYear;
  const request = {
    framework: 'characteristics',
    years: [2017],
    peers: 'all',
    policy: scorecardPolicy(),
    window: DEFAULT_SCORE_WINDOW,
  };
  beforeAll(async () => {
    store = await openSnapshotStore();
    [separate] = (await scoreEconomies(store, request)) as [ScoreYear];
    [together] = (await scoreEconomies(store, { ...request, small: 'together' })) as [ScoreYear];
  });
  afterAll(() => store.close());

  const overallRows = (y: ScoreYear) => scoreRows([y]).filter((r) => r.subsystem === 'overall');

  it('lists Iceland, Luxembourg and Malta (PWT population below 1 million) as small, China in the main list', async () => {
    const rows = overallRows(separate);
    const row = (iso3: string) => rows.find((r) => r.iso3 === iso3)!;
    for (const iso3 of ['ISL', 'LUX', 'MLT']) {
      const [population] = await store.observations({
        indicator: 'population',
        economies: [iso3],
        years: [2017, 2017],
      });
      expect(population?.value).toBeLessThan(1);
      expect(row(iso3).ranked_among).toBe('small');
    }
    expect(row('CHN').ranked_among).toBe('main');
    const main = rows.filter((r) => r.ranked_among === 'main' && r.rank !== null);
    const small = rows.filter((r) => r.ranked_among === 'small' && r.rank !== null);
    // Each list is ranked 1..n and says n.
    expect(main.map((r) => r.rank).sort((a, b) => a! - b!)).toEqual(main.map((_, k) => k + 1));
    expect(small.map((r) => r.rank).sort((a, b) => a! - b!)).toEqual(small.map((_, k) => k + 1));
    for (const r of main) expect(r.units).toBe(main.length);
    for (const r of small) expect(r.units).toBe(small.length);
  });

  it('scores everyone together: the same scores, and main ranks that small economies do not move', () => {
    expect([...separate.result.overall]).toEqual([...together.result.overall]);
    const byScore = overallRows(together);
    const separateRank = new Map(overallRows(separate).map((r) => [r.iso3, r]));
    for (const r of byScore) {
      const s = separateRank.get(r.iso3)!;
      if (s.ranked_among !== 'main' || r.rank === null) continue;
      // Together, a main economy's rank counts the small economies scored above it too.
      const smallAbove = byScore.filter(
        (o) => separateRank.get(o.iso3)?.ranked_among === 'small' && o.rank !== null && o.rank < r.rank!,
      ).length;
      expect(s.rank, r.iso3).toBe(r.rank - smallAbove);
    }
    expect(overallRows(together).every((r) => r.ranked_among === 'all')).toBe(true);
  });

  it('gives Monte Carlo rank intervals within each list', async () => {
    const [y] = await scoreEconomies(store, {
      ...request,
      economies: ['CHN', 'LUX'],
      sensitivity: { draws: 40, seed: 1 },
    });
    const rows = overallRows(y!);
    const main = rows.find((r) => r.iso3 === 'CHN')!;
    const small = rows.find((r) => r.iso3 === 'LUX')!;
    expect(main.rank_p95!).toBeLessThanOrEqual(main.units);
    expect(small.rank_p95!).toBeLessThanOrEqual(small.units);
  });
});
