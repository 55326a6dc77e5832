import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  combinePresence,
  continuousProximity,
  economicComplexity,
  isChanyeError,
  manualPresence,
  matrixFromRows,
  presence,
  yearSlices,
  type LongTable,
} from '@chanye/compute';

function long(rows: readonly [number, string, string, number][]): LongTable {
  return {
    time: rows.map((r) => r[0]),
    location: rows.map((r) => r[1]),
    product: rows.map((r) => r[2]),
    value: rows.map((r) => r[3]),
  };
}

describe('yearSlices(table)', () => {
  it('sorts periods, locations and products, fills absent pairs with 0 and drops zero totals', () => {
    const slices = yearSlices(
      long([
        [2001, 'B', 'y', 2],
        [2000, 'B', 'x', 1],
        [2000, 'A', 'y', 3],
        [2000, 'C', 'x', 0],
        [2000, 'A', 'z', NaN],
      ]),
    );
    expect(slices.map((s) => s.time)).toEqual([2000, 2001]);
    const first = slices[0];
    expect(first?.locations).toEqual(['A', 'B']);
    expect(first?.products).toEqual(['x', 'y']);
    expect([...(first?.values.values ?? [])]).toEqual([0, 3, 1, 0]);
  });
  it('rejects duplicate keys, negative values and ragged columns', () => {
    expect(() =>
      yearSlices(
        long([
          [2000, 'A', 'x', 1],
          [2000, 'A', 'x', 2],
        ]),
      ),
    ).toThrow(/duplicate/);
    expect(() => yearSlices(long([[2000, 'A', 'x', -1]]))).toThrow(/non-negative/);
    expect(() => yearSlices({ time: [2000], location: [], product: ['x'], value: [1] })).toThrow(/same length/);
  });
});

describe('presence(measure, threshold), combinePresence and manualPresence', () => {
  const rcaLike = matrixFromRows([[2, 0.5, NaN, 1]]);
  it('is 1 where the measure reaches the threshold, NaN reading as 0', () => {
    expect([...presence(rcaLike).values]).toEqual([1, 0, 0, 1]);
    expect([...presence(rcaLike, 0.5).values]).toEqual([1, 1, 0, 1]);
  });
  it("combines by 'or' (Stata) and 'and'", () => {
    const a = matrixFromRows([[1, 1, 0, 0]]);
    const b = matrixFromRows([[1, 0, 1, 0]]);
    expect([...combinePresence(a, b, 'or').values]).toEqual([1, 1, 1, 0]);
    expect([...combinePresence(a, b, 'and').values]).toEqual([1, 0, 0, 0]);
  });
  it('accepts only 0/1 when M is supplied', () => {
    expect(() => manualPresence(matrixFromRows([[1, 2]]))).toThrow(/only 0 and 1/);
  });
});

describe('continuousProximity(rca)', () => {
  it('is (1 + Pearson correlation) / 2 of the product columns', () => {
    const phi = continuousProximity(
      matrixFromRows([
        [1, 3, 2],
        [2, 2, 2.5],
        [3, 1, 1],
      ]),
    );
    // columns 0 and 1 are perfectly anti-correlated: (1 − 1)/2 = 0
    expect(phi.values[1]).toBeCloseTo(0, 15);
    expect(phi.values[0]).toBeCloseTo(1, 15);
    expect(phi.values[1 * 3 + 0]).toBe(phi.values[1]);
  });
});

describe('economicComplexity(table, options) presence tests and options', () => {
  const csv = (name: string): string[][] =>
    readFileSync(new URL(`../fixtures/py-ecomplexity/${name}`, import.meta.url), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(','));
  const trade = csv('trade_data_sample.csv');
  const table: LongTable = {
    time: trade.map((r) => Number(r[0])),
    location: trade.map((r) => r[1] ?? ''),
    product: trade.map((r) => r[2] ?? ''),
    value: trade.map((r) => Number(r[3])),
  };
  const population = csv('population_data_sample.csv').map((r) => ({
    time: Number(r[0]),
    location: r[1] ?? '',
    value: Number(r[2]),
  }));

  it("'rpop' needs population; a location without one (blx) has no presence and a NaN ECI", () => {
    expect(() => economicComplexity(table, { presence: 'rpop' })).toThrow(/needs population/);
    const [y] = economicComplexity(table, { presence: 'rpop', population });
    const blx = y?.locations.indexOf('blx') ?? -1;
    expect(y?.diversity[blx]).toBe(0);
    expect(Number.isNaN(y?.eci[blx])).toBe(true);
    // every location with zero diversity (blx, and any without RPOP ≥ 1) has a NaN ECI;
    // the rest are standardised among themselves
    y?.diversity.forEach((k, c) => expect(Number.isNaN(y.eci[c])).toBe(k === 0));
    const valid = [...(y?.eci ?? [])].filter((v) => !Number.isNaN(v));
    expect(valid.length).toBeGreaterThan(5);
    expect(valid.reduce((a, b) => a + b, 0) / valid.length).toBeCloseTo(0, 12);
  });
  it("'rca-or-rpop' ⊇ 'rca' ⊇ 'rca-and-rpop'", () => {
    const [rcaOnly] = economicComplexity(table);
    const [either] = economicComplexity(table, { presence: 'rca-or-rpop', population });
    const [both] = economicComplexity(table, { presence: 'rca-and-rpop', population });
    rcaOnly?.m.values.forEach((v, k) => {
      expect(either?.m.values[k]).toBeGreaterThanOrEqual(v);
      expect(both?.m.values[k]).toBeLessThanOrEqual(v);
    });
  });
  it("'manual' reads M from the values and reproduces the RCA-based run", () => {
    const years = economicComplexity(table);
    const manual: LongTable = {
      time: years.flatMap((y) => y.locations.flatMap(() => y.products.map(() => y.time))),
      location: years.flatMap((y) => y.locations.flatMap((l) => y.products.map(() => l))),
      product: years.flatMap((y) => y.locations.flatMap(() => y.products)),
      value: years.flatMap((y) => [...y.m.values]),
    };
    const again = economicComplexity(manual, { presence: 'manual' });
    again.forEach((y, t) => {
      expect(y.rca).toBeUndefined();
      y.eci.forEach((v, c) => expect(v).toBeCloseTo(years[t]?.eci[c] as number, 12));
      y.cog.values.forEach((v, k) => expect(v).toBeCloseTo(years[t]?.cog.values[k] as number, 12));
    });
  });
  it('continuous proximity weights density by RCA', () => {
    const [y] = economicComplexity(table, { proximity: 'continuous' });
    expect(y?.proximity.values[0]).toBeCloseTo(1, 15);
    expect(y?.density.values.every((v) => Number.isFinite(v))).toBe(true);
  });
  it('computes PRODY and EXPY only when GDP per capita is given', () => {
    const [plain] = economicComplexity(table);
    expect(plain?.prody).toBeUndefined();
    const gdpPerCapita = population.map((p) => ({ ...p, value: 1000 }));
    const [y] = economicComplexity(table, { gdpPerCapita });
    // every location with a value has the same income, so every PRODY and EXPY is that income
    [...(y?.prody ?? [])].forEach((v) => expect(v).toBeCloseTo(1000, 9));
    // blx has no GDP per capita: left out of PRODY, but its EXPY uses the others' PRODY
    y?.expy?.forEach((v) => expect(v).toBeCloseTo(1000, 9));
  });
  it('rejects unknown option values with invalid-input', () => {
    for (const options of [
      { presence: 'both' },
      { proximity: 'fuzzy' },
      { convention: 'r' },
      { proximity: 'continuous', asymmetric: true },
    ]) {
      let error: unknown;
      try {
        economicComplexity(table, options as never);
      } catch (e) {
        error = e;
      }
      expect(isChanyeError(error) && error.kind === 'invalid-input').toBe(true);
    }
  });
});
