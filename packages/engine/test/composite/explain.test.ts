import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scorecardPolicy } from '@chanye/compute';
import { type Store } from '@chanye/store';
import { explainRank, explainRows, scoreEconomies, scoreRows, EXPLAIN_COLUMNS } from '@chanye/engine';
import { openSnapshotStore } from '../helpers.js';

let store: Store;
beforeAll(async () => {
  store = await openSnapshotStore();
});
afterAll(() => store.close());

const base = { framework: 'characteristics', year: 2017, iso3: 'CHN', peers: 'all', window: 2 };
const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

describe('explainRank(store, request)', () => {
  it('arithmetic: each subsystem’s contributions add up to its score, and the weights to 1', async () => {
    const e = await explainRank(store, {
      ...base,
      policy: scorecardPolicy({ weighting: 'equal', aggregation: 'arithmetic' }),
    });
    expect(e.subsystems.map((s) => s.subsystem)).toEqual(
      store.framework('characteristics').subsystems.map((s) => s.id),
    );
    for (const s of e.subsystems) {
      const parts = e.indicators.filter((x) => x.subsystem === s.subsystem);
      expect(parts.length).toBeGreaterThan(0);
      expect(sum(parts.map((x) => x.contribution))).toBeCloseTo(s.score, 12);
      expect(sum(parts.map((x) => x.weight))).toBeCloseTo(1, 12);
      for (const x of parts) expect(x.contribution).toBeCloseTo(x.weight * x.normalized, 15);
    }
  });

  it('TOPSIS: D⁻/(D⁺ + D⁻) is the subsystem score and each set of shares adds up to 1', async () => {
    const e = await explainRank(store, { ...base, policy: scorecardPolicy() });
    expect(e.aggregation).toBe('topsis');
    expect(e.contributionMeaning).toMatch(/Hwang and Yoon 1981/);
    for (const s of e.subsystems) {
      expect(s.toAntiIdeal! / (s.toIdeal! + s.toAntiIdeal!)).toBeCloseTo(s.score, 12);
      const parts = e.indicators.filter((x) => x.subsystem === s.subsystem);
      expect(sum(parts.map((x) => x.contribution))).toBeCloseTo(1, 12);
      expect(sum(parts.map((x) => x.shortfall!))).toBeCloseTo(1, 12);
    }
  });

  it('geometric: the contributions add up to the log of the subsystem score', async () => {
    const e = await explainRank(store, {
      ...base,
      policy: scorecardPolicy({ weighting: 'equal', aggregation: 'geometric' }),
    });
    for (const s of e.subsystems) {
      const parts = e.indicators.filter((x) => x.subsystem === s.subsystem);
      expect(Math.exp(sum(parts.map((x) => x.contribution)))).toBeCloseTo(s.score, 10);
    }
  });

  it('agrees with the score rows, and gives each value its year, source and status, imputed ones flagged', async () => {
    const policy = scorecardPolicy();
    const e = await explainRank(store, { ...base, iso3: 'LAO', policy });
    const [y] = await scoreEconomies(store, { ...base, years: [2017], economies: ['LAO'], policy });
    const rows = scoreRows([y!]);
    const overall = rows.find((r) => r.subsystem === 'overall')!;
    expect(e.overall).toEqual({
      score: overall.score,
      rank: overall.rank,
      of: overall.units,
      among: overall.ranked_among,
    });
    for (const s of e.subsystems) {
      const row = rows.find((r) => r.subsystem === s.subsystem)!;
      expect([s.score, s.rank, s.of]).toEqual([row.score, row.rank, row.units]);
    }
    const imputed = new Set(y!.result.imputed.filter((c) => c.unit === 'LAO').map((c) => c.indicator));
    for (const x of e.indicators) {
      expect(x.imputed).toBe(imputed.has(x.indicator));
      if (x.imputed) expect([x.status, x.valueYear]).toEqual(['imputed', null]);
      else {
        const input = y!.inputs.find((c) => c.iso3 === 'LAO' && c.indicator === x.indicator)!;
        expect([x.value, x.valueYear, x.source, x.status]).toEqual([
          input.value,
          input.year,
          input.source,
          input.status,
        ]);
        expect(x.valueYear).toBeLessThanOrEqual(2017);
        expect(x.valueYear).toBeGreaterThanOrEqual(2014);
      }
    }
  });

  it('lists the three economies just above and below overall, adjacent in rank', async () => {
    const [y] = await scoreEconomies(store, { ...base, years: [2017], policy: scorecardPolicy() });
    const middle = y!.result.units[[...y!.result.rank].indexOf(40)]!;
    const e = await explainRank(store, { ...base, iso3: middle, policy: scorecardPolicy() });
    expect(e.neighbours.map((n) => n.offset)).toEqual([-3, -2, -1, 0, 1, 2, 3]);
    const self = e.neighbours.find((n) => n.offset === 0)!;
    expect(self).toMatchObject({ iso3: middle, rank: 40, score: e.overall.score });
    e.neighbours.forEach((n) => expect(n.rank).toBe(e.overall.rank + n.offset));
    for (let k = 1; k < e.neighbours.length; k++)
      expect(e.neighbours[k]!.score).toBeLessThanOrEqual(e.neighbours[k - 1]!.score);
  });

  it('cuts the neighbours at the top of the ranking', async () => {
    const [y] = await scoreEconomies(store, { ...base, years: [2017], policy: scorecardPolicy() });
    const first = y!.result.units[[...y!.result.rank].indexOf(1)]!;
    const e = await explainRank(store, { ...base, iso3: first, policy: scorecardPolicy() });
    expect(e.neighbours.map((n) => n.offset)).toEqual([0, 1, 2, 3]);
  });

  it('gives tidy rows with the listed columns, one per indicator', async () => {
    const e = await explainRank(store, { ...base, policy: scorecardPolicy() });
    const rows = explainRows(e);
    expect(rows).toHaveLength(e.indicators.length);
    for (const r of rows) expect(Object.keys(r)).toEqual([...EXPLAIN_COLUMNS]);
  });

  it('says why an economy without an overall score that year is not ranked (no-data)', async () => {
    const [y] = await scoreEconomies(store, { ...base, years: [2017], policy: scorecardPolicy() });
    const unscored = y!.result.notScored[0]!;
    await expect(explainRank(store, { ...base, iso3: unscored.unit, policy: scorecardPolicy() })).rejects.toMatchObject(
      {
        kind: 'no-data',
        message: `${unscored.unit} is not scored on characteristics in 2017: ${unscored.reason}`,
      },
    );
  });
});
