import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ComplexityYear } from '@chanye/compute';
import { type Store } from '@chanye/store';
import { runComplexity } from '@chanye/engine';
import { openSnapshotStore, repoRoot } from '../helpers.js';

/**
 * `trade-2017` (224 economies × 1,222 HS07 headings) against the Growth Lab's py-ecomplexity
 * 0.5.2 run with its default options on the same data (fixture and how it was made:
 * fixtures/py-ecomplexity-world-2017/SOURCES.md; generator bench/peers/py-ecomplexity/).
 *
 * Tolerances: M, diversity and ubiquity are exact, and so are RCA and proximity (measured
 * difference 0: the same divisions of the same whole-dollar sums). ECI, PCI, COI, density and
 * COG differ by float rounding only: py-ecomplexity takes LAPACK `geev` of the non-symmetric
 * 1,222 × 1,222 M̃ᴾ, Chanye the symmetric 224 × 224 form, and the sums run in other orders.
 * Measured maxima (2026-11-29, over all 224 × 1,222 cells of a full py-ecomplexity run, not
 * only the fixture's samples): ECI 1.5e-14, PCI 3.0e-14, COI 2.3e-14, density 8.8e-15,
 * COG 1.0e-14. The tolerances leave 30-100× for other BLAS builds and summation orders and
 * still catch any change of method: the smallest convention difference, Stata's n − 1 sd over
 * the long data, moves ECI by up to 5.5e-6 here, and one flipped M_cp far more (the closest RCA to
 * the threshold is 1 ± 3.2e-5, so rounding cannot flip one).
 */
const fixtureDir = join(repoRoot, 'packages/engine/test/fixtures/py-ecomplexity-world-2017');
const TOL = { index: 1e-12, density: 1e-13, cog: 1e-12, rcaRelative: 1e-14, proximity: 1e-15 } as const;

function readCsv(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(join(fixtureDir, file), 'utf8').trim().split('\n');
  const names = (header as string).split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(names.map((name, i) => [name, cells[i] as string]));
  });
}

/** Largest |ours − theirs| over the rows (NaN if any side is NaN, so it fails). */
function maxAbsDiff<T>(rows: readonly T[], ours: (row: T) => number, theirs: (row: T) => number): number {
  let max = 0;
  for (const row of rows) {
    const d = Math.abs(ours(row) - theirs(row));
    if (!(d <= max)) max = d;
  }
  return max;
}

const eciRows = readCsv('eci.csv');
const pciRows = readCsv('pci.csv');
const cellRows = readCsv('density-cog-sample.csv');
const proximityRows = readCsv('proximity-sample.csv');

let store: Store;
let year: ComplexityYear;
let loc: Map<string, number>;
let prod: Map<string, number>;
beforeAll(async () => {
  store = await openSnapshotStore();
  const run = await runComplexity(store, { source: { dataset: 'trade-2017' } });
  year = run.years[0] as ComplexityYear;
  loc = new Map(year.locations.map((l, i) => [l, i]));
  prod = new Map(year.products.map((p, i) => [p, i]));
}, 60_000);
afterAll(() => store.close());

const at = (values: Float64Array, index: number | undefined): number => values[index ?? -1] ?? NaN;
const cell = (matrix: { values: Float64Array; columns: number }, row: Record<string, string>): number => {
  const c = loc.get(row['location'] as string);
  const p = prod.get(row['product'] as string);
  return c === undefined || p === undefined ? NaN : (matrix.values[c * matrix.columns + p] ?? NaN);
};

describe('runComplexity(trade-2017) against py-ecomplexity 0.5.2 (default options)', () => {
  it('has the same 224 locations and 1,222 products', () => {
    expect(year.time).toBe(2017);
    expect([...year.locations]).toEqual(eciRows.map((r) => r['location']));
    expect([...year.products]).toEqual(pciRows.map((r) => r['product']));
  });

  it('gives the same diversity, ubiquity and presence exactly', () => {
    expect(eciRows.map((r) => at(year.diversity, loc.get(r['location'] as string)))).toEqual(
      eciRows.map((r) => Number(r['diversity'])),
    );
    expect(pciRows.map((r) => at(year.ubiquity, prod.get(r['product'] as string)))).toEqual(
      pciRows.map((r) => Number(r['ubiquity'])),
    );
    expect(cellRows.map((r) => cell(year.m, r))).toEqual(cellRows.map((r) => Number(r['mcp'])));
  });

  it(`gives ECI, PCI and COI within ${TOL.index}`, () => {
    const eci = maxAbsDiff(
      eciRows,
      (r) => at(year.eci, loc.get(r['location'] as string)),
      (r) => Number(r['eci']),
    );
    const pci = maxAbsDiff(
      pciRows,
      (r) => at(year.pci, prod.get(r['product'] as string)),
      (r) => Number(r['pci']),
    );
    const coi = maxAbsDiff(
      eciRows,
      (r) => at(year.coi, loc.get(r['location'] as string)),
      (r) => Number(r['coi']),
    );
    expect(eci, 'ECI max |Δ|').toBeLessThan(TOL.index);
    expect(pci, 'PCI max |Δ|').toBeLessThan(TOL.index);
    expect(coi, 'COI max |Δ|').toBeLessThan(TOL.index);
  });

  it(`gives RCA, density and COG within ${TOL.rcaRelative} (relative), ${TOL.density} and ${TOL.cog} (500 cells)`, () => {
    const rca = year.rca;
    if (rca === undefined) throw new Error('RCA missing');
    const rcaRelative = maxAbsDiff(
      cellRows,
      (r) => (cell(rca, r) - Number(r['rca'])) / (Number(r['rca']) || 1),
      () => 0,
    );
    const density = maxAbsDiff(
      cellRows,
      (r) => cell(year.density, r),
      (r) => Number(r['density']),
    );
    const cog = maxAbsDiff(
      cellRows,
      (r) => cell(year.cog, r),
      (r) => Number(r['cog']),
    );
    expect(rcaRelative, 'RCA max relative |Δ|').toBeLessThan(TOL.rcaRelative);
    expect(density, 'density max |Δ|').toBeLessThan(TOL.density);
    expect(cog, 'COG max |Δ|').toBeLessThan(TOL.cog);
  });

  it(`gives proximity within ${TOL.proximity} (500 pairs)`, () => {
    const P = year.products.length;
    const proximity = maxAbsDiff(
      proximityRows,
      (r) => {
        const p = prod.get(r['product1'] as string);
        const q = prod.get(r['product2'] as string);
        return p === undefined || q === undefined ? NaN : (year.proximity.values[p * P + q] ?? NaN);
      },
      (r) => Number(r['proximity']),
    );
    expect(proximity, 'proximity max |Δ|').toBeLessThan(TOL.proximity);
  });
});
