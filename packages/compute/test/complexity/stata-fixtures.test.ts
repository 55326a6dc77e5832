import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { economicComplexity, type ComplexityYear, type LongTable } from '@chanye/compute';

// Stata `ecomplexity` / `genproximity` ground truth shipped with py-ecomplexity (MIT); see
// ../fixtures/py-ecomplexity/SOURCES.md.
const fixture = (name: string): string[][] =>
  readFileSync(new URL(`../fixtures/py-ecomplexity/${name}`, import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .map((line) => line.split(','));

function records(name: string): Record<string, string>[] {
  const [header, ...rows] = fixture(name);
  return rows.map((row) => Object.fromEntries((header ?? []).map((h, i) => [h, row[i] ?? ''])));
}

const truth = records('stata_ground_truth.csv');
const trade = records('trade_data_sample.csv');

function table(rows: readonly Record<string, string>[]): LongTable {
  return {
    time: rows.map((r) => Number(r['year'])),
    location: rows.map((r) => r['origin'] ?? ''),
    product: rows.map((r) => r['hs92'] ?? ''),
    value: rows.map((r) => Number(r['export_val'])),
  };
}

type Field = 'rca' | 'M' | 'density' | 'eci' | 'pci' | 'diversity' | 'ubiquity' | 'coi' | 'cog';

function ours(years: readonly ComplexityYear[], r: Record<string, string>, field: Field): number {
  const y = years.find((year) => year.time === Number(r['year']));
  if (y === undefined) throw new Error(`no year ${r['year']}`);
  const c = y.locations.indexOf(r['origin'] ?? '');
  const p = y.products.indexOf(r['hs92'] ?? '');
  const cell = c * y.products.length + p;
  const values: Record<Field, number | undefined> = {
    rca: y.rca?.values[cell],
    M: y.m.values[cell],
    density: y.density.values[cell],
    eci: y.eci[c],
    pci: y.pci[p],
    diversity: y.diversity[c],
    ubiquity: y.ubiquity[p],
    coi: y.coi[c],
    cog: y.cog.values[cell],
  };
  const v = values[field];
  if (v === undefined) throw new Error(`no ${field} for ${r['origin']} ${r['hs92']}`);
  return v;
}

function maxError(years: readonly ComplexityYear[], field: Field, relative = false): number {
  let max = 0;
  for (const r of truth) {
    const expected = Number(r[field]);
    const error = Math.abs(ours(years, r, field) - expected) / (relative ? Math.abs(expected) || 1 : 1);
    max = Math.max(max, error);
  }
  return max;
}

describe("economicComplexity(table, { convention: 'stata' }) against Stata ecomplexity (py-ecomplexity fixtures)", () => {
  const fromTrade = economicComplexity(table(trade), { convention: 'stata' });
  const fromStataValues = economicComplexity(table(truth), { convention: 'stata' });

  it('covers the fixture: 10 locations × 30 products in 1995 and 1996', () => {
    expect(fromTrade.map((y) => [y.time, y.locations.length, y.products.length])).toEqual([
      [1995, 10, 30],
      [1996, 10, 30],
    ]);
    expect(truth).toHaveLength(600);
  });

  it('reproduces M, diversity and ubiquity exactly', () => {
    for (const field of ['M', 'diversity', 'ubiquity'] as const) {
      expect(maxError(fromTrade, field)).toBe(0);
      expect(maxError(fromStataValues, field)).toBe(0);
    }
  });

  it('reproduces ECI, PCI, density, COI and COG to 1e-12 (measured ≤ 1.25e-14)', () => {
    for (const field of ['eci', 'pci', 'density', 'coi', 'cog'] as const) {
      expect(maxError(fromTrade, field), field).toBeLessThan(1e-12);
      expect(maxError(fromStataValues, field), field).toBeLessThan(1e-12);
    }
  });

  it('reproduces RCA to the precision of Stata’s float export values', () => {
    // Stata imported export_val as float (24-bit mantissa, ε = 6e-8: 43653866.43 → 43653868),
    // so RCA from the double-precision trade file differs by up to 7.9e-8 relative (1.4e-7
    // absolute); fed Stata's own float values, 2.4e-8 relative remains, consistent with
    // Stata holding its intermediate totals in float too. M is unaffected (exact above).
    expect(maxError(fromTrade, 'rca', true)).toBeLessThan(1e-7);
    expect(maxError(fromStataValues, 'rca', true)).toBeLessThan(3e-8);
  });
});

describe('proximity against Stata genproximity (discrete, symmetric)', () => {
  const rows = fixture('stata_proximity_discrete_sym.csv').slice(1);
  const years = economicComplexity(table(trade), { convention: 'stata' });

  it('matches both 900-row blocks (1995 then 1996) to 1e-15, diagonal 0', () => {
    expect(rows).toHaveLength(1800);
    years.forEach((y, block) => {
      const n = y.products.length;
      let max = 0;
      for (const [a, b, value] of rows.slice(block * 900, block * 900 + 900)) {
        const p = y.products.indexOf(a ?? '');
        const q = y.products.indexOf(b ?? '');
        expect(p).toBeGreaterThanOrEqual(0);
        expect(q).toBeGreaterThanOrEqual(0);
        max = Math.max(max, Math.abs((y.proximity.values[p * n + q] as number) - Number(value)));
      }
      expect(max).toBeLessThan(1e-15);
    });
  });
});

describe("economicComplexity(table) with py-ecomplexity's conventions", () => {
  const stata = economicComplexity(table(trade), { convention: 'stata' });
  const py = economicComplexity(table(trade));

  it('differs from Stata in ECI, PCI and COG only by the sd factor √(CP / (CP − 1)) = √(300/299)', () => {
    const factor = Math.sqrt(300 / 299);
    py.forEach((y, t) => {
      const s = stata[t] as ComplexityYear;
      y.eci.forEach((v, c) => expect(v).toBeCloseTo((s.eci[c] as number) * factor, 12));
      y.pci.forEach((v, p) => expect(v).toBeCloseTo((s.pci[p] as number) * factor, 12));
    });
  });

  it('keeps the proximity diagonal at 1 and counts it in density: d = (N + M_cp) / (Σφ + 1)', () => {
    py.forEach((y, t) => {
      const s = stata[t] as ComplexityYear;
      const n = y.products.length;
      for (let p = 0; p < n; p++) {
        expect(y.proximity.values[p * n + p]).toBe(1);
        let rowSum = 0;
        for (let q = 0; q < n; q++) rowSum += s.proximity.values[p * n + q] as number;
        for (let c = 0; c < y.locations.length; c++) {
          const k = c * n + p;
          const expected = ((s.density.values[k] as number) * rowSum + (y.m.values[k] as number)) / (rowSum + 1);
          expect(y.density.values[k]).toBeCloseTo(expected, 13);
        }
      }
    });
  });
});
