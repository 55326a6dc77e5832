import { describe, expect, it } from 'vitest';
import {
  emptyPanel,
  growth,
  product,
  ratio,
  rollingStandardDeviation,
  scale,
  sum,
  worldShare,
  type Panel,
} from '@chanye/compute';

/** A panel from rows of values per economy (NaN = missing), years starting at `first`. */
function panel(economies: string[], first: number, rows: number[][], status?: number[][]): Panel {
  const p = emptyPanel(economies, first, first + (rows[0]?.length ?? 0) - 1);
  rows.flat().forEach((v, i) => (p.values[i] = v));
  status?.flat().forEach((s, i) => (p.status[i] = s));
  return p;
}

describe('ratio(numerator, denominator, scale)', () => {
  it('divides cell by cell: GDP per capita from GDP (mil. US$) and population (millions)', () => {
    // 20,056,066 / 1,433.78 = 13,988.2… (the PWT sanity figure for CHN 2019 in the data README)
    const gdp = panel(['CHN'], 2019, [[20056066]]);
    const pop = panel(['CHN'], 2019, [[1433.78]]);
    expect(ratio(gdp, pop).values[0]).toBeCloseTo(20056066 / 1433.78, 9);
    expect(ratio(gdp, pop).values[0]).toBeCloseTo(13988.2, 1);
  });

  it('applies the scale: toe / kgoe × 100,000 is a percentage', () => {
    // production 1.5 toe = 1,500 kgoe against use of 2,000 kgoe → 75 %
    expect(ratio(panel(['A'], 2000, [[1.5]]), panel(['A'], 2000, [[2000]]), 100000).values[0]).toBeCloseTo(75, 12);
  });

  it('gives NaN for a zero or missing denominator and never fills a gap', () => {
    const out = ratio(panel(['A'], 2000, [[1, 2, 3]]), panel(['A'], 2000, [[0, NaN, 4]]));
    expect(Number.isNaN(out.values[0])).toBe(true);
    expect(Number.isNaN(out.values[1])).toBe(true);
    expect(out.values[2]).toBe(0.75);
  });

  it('takes the worst status of its inputs', () => {
    const out = ratio(panel(['A'], 2000, [[1, 1]], [[0, 1]]), panel(['A'], 2000, [[1, 1]], [[0, 0]]));
    expect([...out.status]).toEqual([0, 1]);
  });

  it('rejects inputs that do not line up', () => {
    expect(() => ratio(panel(['A'], 2000, [[1]]), panel(['B'], 2000, [[1]]))).toThrow(/share economies and years/);
  });
});

describe('sum(inputs)', () => {
  it('adds exports and imports into trade openness, NaN when either is missing', () => {
    const out = sum([panel(['A'], 2000, [[20, 30, NaN]]), panel(['A'], 2000, [[25, NaN, 1]])]);
    expect(out.values[0]).toBe(45);
    expect(Number.isNaN(out.values[1])).toBe(true);
    expect(Number.isNaN(out.values[2])).toBe(true);
  });
});

describe('product(inputs, scale)', () => {
  it('multiplies cell by cell and applies the scale: a % share of a per-capita level', () => {
    // 50 % × 8,000 $ per person × 0.01 = 4,000 $ per person; 20 % × 1,000 × 0.01 = 200
    const share = panel(['A', 'B'], 2000, [[50], [20]]);
    const level = panel(['A', 'B'], 2000, [[8000], [1000]]);
    expect([...product([share, level], 0.01).values]).toEqual([4000, 200]);
  });

  it('is missing when any input is missing and takes the worst status', () => {
    const a = panel(['A'], 2000, [[2, NaN, 4]], [[0, 0, 2]]);
    const b = panel(['A'], 2000, [[3, 5, 5]], [[1, 0, 0]]);
    const out = product([a, b]);
    expect(out.values[0]).toBe(6);
    expect(out.values[1]).toBeNaN();
    expect(out.values[2]).toBe(20);
    expect([out.status[0], out.status[2]]).toEqual([1, 2]);
  });
});

describe('scale(input, factor)', () => {
  it('turns a PWT 0-1 share into percent', () => {
    expect(scale(panel(['A'], 2000, [[0.385]]), 100).values[0]).toBeCloseTo(38.5, 12);
  });
});

describe('growth(input)', () => {
  it('is (x_t / x_{t-1} - 1) × 100 for consecutive years', () => {
    // 1.00 → 1.02 → 0.9996: +2 %, then -2 %
    const out = growth(panel(['A'], 2000, [[1, 1.02, 0.9996]]));
    expect(Number.isNaN(out.values[0])).toBe(true);
    expect(out.values[1]).toBeCloseTo(2, 10);
    expect(out.values[2]).toBeCloseTo(-2, 10);
  });

  it('has no rate for the first year after a gap', () => {
    const out = growth(panel(['A'], 2000, [[1, NaN, 1.1, 1.21]]));
    expect(Number.isNaN(out.values[2])).toBe(true);
    expect(out.values[3]).toBeCloseTo(10, 10);
  });

  it('keeps economies apart (no growth from the last year of one to the first of the next)', () => {
    const out = growth(
      panel(['A', 'B'], 2000, [
        [1, 2],
        [4, 2],
      ]),
    );
    expect(Number.isNaN(out.values[2])).toBe(true);
    expect(out.values[3]).toBeCloseTo(-50, 12);
  });
});

describe('rollingStandardDeviation(input, window)', () => {
  it('is the sample standard deviation of the window ending in each year', () => {
    // window 3 over 2, 4, 4, 4, 5: [2,4,4] mean 10/3, squares (16+4+4)/9 = 24/9, / 2 → sd = √(4/3)
    const out = rollingStandardDeviation(panel(['A'], 2000, [[2, 4, 4, 4, 5]]), 3);
    expect(Number.isNaN(out.values[1])).toBe(true);
    expect(out.values[2]).toBeCloseTo(Math.sqrt(4 / 3), 12);
    expect(out.values[3]).toBe(0);
    expect(out.values[4]).toBeCloseTo(Math.sqrt(1 / 3), 12);
  });

  it('is missing when any year in the window is missing', () => {
    const out = rollingStandardDeviation(panel(['A'], 2000, [[1, NaN, 3, 4]]), 2);
    expect(Number.isNaN(out.values[2])).toBe(true);
    expect(out.values[3]).toBeCloseTo(Math.SQRT1_2, 12);
  });

  it('rejects a window below two years', () => {
    expect(() => rollingStandardDeviation(panel(['A'], 2000, [[1]]), 1)).toThrow(/invalid window/);
  });
});

describe('worldShare(perCapita, population, included)', () => {
  it('gives each economy its share of the summed level, and the shares of all sum to 100', () => {
    const pc = panel(['A', 'B', 'C'], 2000, [[10], [20], [5]]);
    const pop = panel(['A', 'B', 'C'], 2000, [[2], [1], [4]]);
    // levels 20, 20, 20 → one third each
    const { shares, contributors } = worldShare(pc, pop, () => true);
    expect([...shares.values].map((v) => v.toFixed(10))).toEqual(['33.3333333333', '33.3333333333', '33.3333333333']);
    expect(contributors[0]).toBe(3);
  });

  it('leaves excluded economies (aggregates) out of the world total', () => {
    const pc = panel(['A', 'WLD'], 2000, [[10], [10]]);
    const pop = panel(['A', 'WLD'], 2000, [[1], [5]]);
    const { shares, contributors } = worldShare(pc, pop, (e) => e !== 'WLD');
    expect(shares.values[0]).toBe(100);
    expect(contributors[0]).toBe(1);
  });
});
