import { describe, expect, it } from 'vitest';
import {
  convertHs,
  convertHsMatrix,
  describeHsConversion,
  hsRevision,
  isChanyeError,
  planHsConversion,
  seededRandom,
  type HsBridge,
  type HsRevision,
} from '@chanye/compute';

// Synthetic bridges: codes are labels, not HS data. Real tables are tested in
// packages/store/test/trade/hs-revisions.test.ts against the shared files.
const bridge = (from: HsRevision, to: HsRevision, links: readonly (readonly [string, string])[]): HsBridge => ({
  from,
  to,
  fromCodes: links.map((l) => l[0]),
  toCodes: links.map((l) => l[1]),
  source: `test table ${from}→${to}`,
});

// HS2017 → HS1992: a 1:1, an n:1 (b1, b2 → B) and, read backwards, B is 1:n.
const b17to92 = bridge('HS2017', 'HS1992', [
  ['a', 'A'],
  ['b1', 'B'],
  ['b2', 'B'],
  ['c', 'C'],
]);
// HS2022 → HS2017: n:1 into a, 1:1 for b1, b2, c.
const b22to17 = bridge('HS2022', 'HS2017', [
  ['a1', 'a'],
  ['a2', 'a'],
  ['b1', 'b1'],
  ['b2', 'b2'],
  ['c', 'c'],
]);

const valueOf = (r: { codes: readonly string[]; values: Float64Array }, code: string): number =>
  r.values[r.codes.indexOf(code)] as number;
const sum = (xs: ArrayLike<number>): number => Array.from(xs).reduce((s, v) => s + v, 0);

describe('hsRevision(name)', () => {
  it('reads HS1992, HS92, 1992 and H0 as the same revision, and rejects unknown names', () => {
    for (const n of ['HS1992', 'HS92', 'hs92', '1992', 'H0']) expect(hsRevision(n)).toBe('HS1992');
    expect(hsRevision('HS22')).toBe('HS2022');
    expect(hsRevision('H3')).toBe('HS2007');
    expect(() => hsRevision('HS2023')).toThrow(/invalid HS revision/);
  });
});

describe('convertHs(flows, { from, to, bridges })', () => {
  it('keeps the value of a 1:1 code and sums the codes of an n:1 group', () => {
    const r = convertHs(
      { codes: ['a', 'b1', 'b2'], values: [7, 2, 3] },
      { from: 'HS2017', to: 'HS1992', bridges: [b17to92] },
    );
    expect(valueOf(r, 'A')).toBe(7);
    expect(valueOf(r, 'B')).toBe(5);
    expect(r.report.codes).toEqual({ '1:1': 1, 'n:1': 2, '1:n': 0, 'n:n': 0 });
    expect(r.report.splitShare).toBe(0);
    expect(r.report.steps).toMatchObject([
      { from: 'HS2017', to: 'HS1992', direction: 'as published', weights: 'no split' },
    ]);
  });

  it('splits a 1:n code in proportion to the reference values of its targets', () => {
    const weights = {
      HS2017: new Map([
        ['b1', 1],
        ['b2', 3],
      ]),
    };
    const r = convertHs({ codes: ['B'], values: [8] }, { from: 'HS1992', to: 'HS2017', bridges: [b17to92], weights });
    expect(valueOf(r, 'b1')).toBeCloseTo(2, 12);
    expect(valueOf(r, 'b2')).toBeCloseTo(6, 12);
    expect(r.report.codes['1:n']).toBe(1);
    expect(r.report.splitShare).toBe(1);
    expect(r.report.steps[0]).toMatchObject({ direction: 'inverted', weights: 'reference values', splitGroups: 1 });
  });

  it('splits in equal shares without reference values, and says so', () => {
    const r = convertHs({ codes: ['B'], values: [8] }, { from: 'HS1992', to: 'HS2017', bridges: [b17to92] });
    expect([valueOf(r, 'b1'), valueOf(r, 'b2')]).toEqual([4, 4]);
    expect(r.report.steps[0]?.weights).toBe('equal shares');
    const zero = convertHs(
      { codes: ['B'], values: [8] },
      { from: 'HS1992', to: 'HS2017', bridges: [b17to92], weights: { HS2017: new Map([['b1', 0]]) } },
    );
    expect(zero.report.steps[0]).toMatchObject({ weights: 'reference values, equal shares where they are all zero' });
    expect(describeHsConversion(zero.report)).toMatch(
      /HS1992→HS2017 \(inverted; splits: reference values, equal shares/,
    );
  });

  it('pools an n:n group: every source is shared over all the group targets by their weights', () => {
    const nn = bridge('HS2017', 'HS2012', [
      ['p', 'X'],
      ['p', 'Y'],
      ['q', 'Y'],
    ]);
    const weights = {
      HS2012: new Map([
        ['X', 1],
        ['Y', 4],
      ]),
    };
    const r = convertHs(
      { codes: ['p', 'q'], values: [10, 15] },
      { from: 'HS2017', to: 'HS2012', bridges: [nn], weights },
    );
    expect(r.report.codes['n:n']).toBe(2);
    expect(valueOf(r, 'X')).toBeCloseTo(25 / 5, 12);
    expect(valueOf(r, 'Y')).toBeCloseTo((25 * 4) / 5, 12);
  });

  it('drops and counts codes not in the table, conserving the rest exactly', () => {
    const r = convertHs(
      { codes: ['a', 'zz', '999999'], values: [1, 2, 4] },
      { from: 'HS2017', to: 'HS1992', bridges: [b17to92] },
    );
    expect(r.report.unmatched).toEqual({ policy: 'dropped', codes: ['999999', 'zz'], value: 6, share: 6 / 7 });
    expect(r.report.valueOut).toBe(r.report.valueIn - r.report.unmatched.value);
  });

  it('conserves total value to 1e-9 through every conversion (random values, weights and directions)', () => {
    const random = seededRandom(20);
    const codes17 = ['a', 'b1', 'b2', 'c'];
    for (let trial = 0; trial < 50; trial++) {
      const values = codes17.map(() => random() * 10 ** (1 + 8 * random()));
      const weights = {
        HS2017: new Map(codes17.map((c) => [c, random()])),
        HS2022: new Map([
          ['a1', random()],
          ['a2', random()],
        ]),
      };
      for (const [from, to, codes] of [
        ['HS2017', 'HS1992', codes17],
        ['HS2017', 'HS2022', codes17],
        ['HS2022', 'HS1992', ['a1', 'a2', 'b1', 'c']],
        ['HS1992', 'HS2022', ['A', 'B', 'C', 'A']],
      ] as const) {
        const r = convertHs({ codes, values }, { from, to, bridges: [b17to92, b22to17], weights });
        expect(Math.abs(sum(r.values) - sum(values)) / sum(values)).toBeLessThan(1e-9);
        expect(r.report.unmatched.codes).toEqual([]);
      }
    }
  });

  it('chains HS2022 → HS2017 → HS1992 exactly as one conversion with the composed table', () => {
    const composed = bridge(
      'HS2022',
      'HS1992',
      b22to17.fromCodes.map(
        (c, i) => [c, b17to92.toCodes[b17to92.fromCodes.indexOf(b22to17.toCodes[i] as string)] as string] as const,
      ),
    );
    const flows = { codes: ['a1', 'a2', 'b1', 'b2', 'c'], values: [1.5, 2.25, 3, 5, 8] };
    const chained = convertHs(flows, { from: 'HS2022', to: 'HS1992', bridges: [b17to92, b22to17] });
    const direct = convertHs(flows, { from: 'HS2022', to: 'HS1992', bridges: [composed] });
    expect(chained.report.steps.map((s) => `${s.from}→${s.to}`)).toEqual(['HS2022→HS2017', 'HS2017→HS1992']);
    expect(chained.codes).toEqual(direct.codes);
    expect([...chained.values]).toEqual([...direct.values]);
  });

  it('reports value lost between two tables (an intermediate code the next table lacks) apart from unmatched codes', () => {
    const with17only = bridge('HS2017', 'HS1992', [
      ...b17to92.fromCodes.map((c, i) => [c, b17to92.toCodes[i] as string] as const),
      ['d', 'D'],
    ]);
    const r = convertHs(
      { codes: ['D', 'C'], values: [4, 1] },
      { from: 'HS1992', to: 'HS2022', bridges: [with17only, b22to17] },
    );
    expect(r.report.steps[1]?.unlinkedIntermediate).toEqual(['d']);
    expect(r.report.droppedInChain).toBe(4);
    expect(r.report.unmatched.codes).toEqual([]);
    expect(r.report.codes).toEqual({ '1:1': 1, 'n:1': 0, '1:n': 0, 'n:n': 0 });
    expect(r.report.valueOut).toBe(1);
  });

  it('refuses a revision no table covers (HS2002, HS2007) instead of guessing', () => {
    for (const r of ['HS2002', 'HS2007'] as const) {
      let error: unknown;
      try {
        convertHs({ codes: ['a'], values: [1] }, { from: r, to: 'HS1992', bridges: [b17to92, b22to17] });
      } catch (e) {
        error = e;
      }
      expect(isChanyeError(error) && error.kind).toBe('no-data');
      expect((error as Error).message).toContain(`no UNSD HS correlation table for ${r}`);
    }
  });

  it('is the identity when from = to, with no step reported', () => {
    const r = convertHs({ codes: ['b', 'a'], values: [2, 1] }, { from: 'HS1992', to: 'HS1992', bridges: [] });
    expect(r.codes).toEqual(['a', 'b']);
    expect([...r.values]).toEqual([1, 2]);
    expect(describeHsConversion(r.report)).toBe('HS codes already in HS1992: no conversion applied.');
  });
});

describe('convertHsMatrix(plan, products, values, rows)', () => {
  it('converts every row alike and adds repeated product codes', () => {
    const plan = planHsConversion('HS2017', 'HS1992', [b17to92]);
    const m = convertHsMatrix(plan, ['b1', 'a', 'b2', 'b1'], [1, 2, 3, 4, 10, 20, 30, 40], 2);
    expect(m.products).toEqual(['A', 'B']);
    expect([...m.values]).toEqual([2, 8, 20, 80]);
    expect(m.report.codes).toEqual({ '1:1': 1, 'n:1': 2, '1:n': 0, 'n:n': 0 });
  });

  it('rejects non-finite values and a wrong shape', () => {
    const plan = planHsConversion('HS2017', 'HS1992', [b17to92]);
    expect(() => convertHsMatrix(plan, ['a'], [Number.NaN], 1)).toThrow(/not finite/);
    expect(() => convertHsMatrix(plan, ['a', 'c'], [1], 1)).toThrow(/needs 2 values/);
  });
});
