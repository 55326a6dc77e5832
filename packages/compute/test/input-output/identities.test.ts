import { describe, expect, it } from 'vitest';
import {
  aggregateMrio,
  allMultipliers,
  allocationCoefficients,
  createMrio,
  extractBlock,
  finalDemandTotal,
  ghoshInverse,
  ghoshInverseDirect,
  ghoshOutput,
  hypotheticalExtraction,
  leontiefAnalysis,
  leontiefFactor,
  leontiefInverse,
  leontiefOutput,
  matrixFromRows,
  rasmussenLinkages,
  regionOfIndex,
  technicalCoefficients,
  type Mrio,
} from '@chanye/compute';
import { maxRelative, randomMrio } from './helpers.js';

describe('Leontief and Ghosh identities on random MRIOs', () => {
  const model = randomMrio(11, 3, 7, [4, 15]);
  const A = technicalCoefficients(model.Z, model.x);
  const L = leontiefInverse(A);
  const f = finalDemandTotal(model);

  it('x = L·f to 1e-12 relative (the bar the WIOD test holds at 1e-9)', () => {
    expect(maxRelative(leontiefOutput(L, f), model.x)).toBeLessThan(1e-12);
    expect(maxRelative(leontiefOutput(leontiefFactor(A), f), model.x)).toBeLessThan(1e-12);
  });

  it('zero-output sectors as pymrio: their column of A is 0 and their column of L is e_j', () => {
    for (const j of [4, 15]) {
      expect(model.x[j]).toBe(0);
      for (let i = 0; i < 21; i++) {
        expect(A.values[i * 21 + j]).toBe(0);
        expect(L.values[i * 21 + j]).toBe(i === j ? 1 : 0);
      }
    }
  });

  it("G = diag(x)⁻¹·L·diag(x) equals (I − B)⁻¹ (rows of zero-output sectors e_i') and x' = v'·G", () => {
    const G = ghoshInverse(L, model.x);
    const direct = ghoshInverseDirect(allocationCoefficients(model.Z, model.x));
    expect(maxRelative(G.values, direct.values)).toBeLessThan(1e-12);
    expect(maxRelative(ghoshOutput(model.v, G), model.x)).toBeLessThan(1e-12);
  });

  it('multipliers and linkages from the factorization equal those from L', () => {
    const fromL = allMultipliers(model, A, L);
    const fromLu = allMultipliers(model, A, leontiefFactor(A));
    for (const key of ['output', 'outputDomestic', 'valueAdded', 'valueAddedDomestic', 'imports'] as const) {
      expect(maxRelative(fromLu[key], fromL[key])).toBeLessThan(1e-12);
    }
    expect(fromL.valueAdded.every((v, j) => (model.x[j] === 0 ? v === 0 : Math.abs(v - 1) < 1e-12))).toBe(true);
    const a = rasmussenLinkages(L, model.x);
    const b = rasmussenLinkages(leontiefFactor(A), model.x);
    // Sectors without output have NaN indices and no class; compare the others.
    const producing = Array.from({ length: 21 }, (_, j) => j).filter((j) => (model.x[j] as number) > 0);
    const at = (v: ArrayLike<number>): number[] => producing.map((j) => v[j] as number);
    expect(producing.length).toBeLessThan(21);
    expect(maxRelative(at(b.backward), at(a.backward))).toBeLessThan(1e-12);
    expect(maxRelative(at(b.forward), at(a.forward))).toBeLessThan(1e-12);
    expect(b.classes).toEqual(a.classes);
    expect(a.classes.filter((c) => c === null)).toHaveLength(21 - producing.length);
    // Forward linkages on G equal Rasmussen's index on the rows of the explicit G, averaged
    // over the producing sectors.
    const G = ghoshInverse(L, model.x);
    const rows = producing.map((i) => G.values.subarray(i * 21, i * 21 + 21).reduce((s, v) => s + v, 0));
    const total = rows.reduce((s, v) => s + v, 0);
    expect(
      maxRelative(
        at(a.forward),
        rows.map((r) => (producing.length * r) / total),
      ),
    ).toBeLessThan(1e-12);
  });

  it('leontiefAnalysis with and without the inverse agree', () => {
    const withL = leontiefAnalysis(model, { inverse: true });
    const without = leontiefAnalysis(model);
    expect(without.L).toBeUndefined();
    expect(maxRelative(withL.L?.values ?? [], L.values)).toBe(0);
    expect(maxRelative(without.multipliers.output, withL.multipliers.output)).toBeLessThan(1e-12);
  });
});

/** Output after extraction by brute force: build Ā and f̄, solve (I − Ā)·x̄ = f̄. */
function bruteForce(model: Mrio, j: number, mode: 'total' | 'linkages' | 'backward' | 'forward'): Float64Array {
  const A = technicalCoefficients(model.Z, model.x);
  const n = A.rows;
  const a = Float64Array.from(A.values);
  const f = finalDemandTotal(model);
  for (let k = 0; k < n; k++) {
    if (mode !== 'backward') a[j * n + k] = 0;
    if (mode !== 'forward') a[k * n + j] = 0;
  }
  if (mode === 'total') f[j] = 0;
  return leontiefOutput(leontiefInverse({ rows: n, columns: n, values: a }), f);
}

describe('hypotheticalExtraction equals refactoring the system for every sector', () => {
  for (const seed of [1, 2, 3]) {
    const model = randomMrio(seed, 3, 4);
    const n = 12;
    const A = technicalCoefficients(model.Z, model.x);
    const L = leontiefInverse(A);
    const f = finalDemandTotal(model);
    for (const mode of ['total', 'linkages', 'backward', 'forward'] as const) {
      it(`seed ${seed}, ${mode}: loss and loss by region within 1e-9 relative of brute force`, () => {
        const ex = hypotheticalExtraction(L, model.x, f, { mode, regionOf: regionOfIndex(model), regions: 3 });
        const totalX = model.x.reduce((s, v) => s + v, 0);
        for (let j = 0; j < n; j++) {
          const xbar = bruteForce(model, j, mode);
          const lost = model.x.map((v, i) => v - (xbar[i] as number));
          const total = lost.reduce((s, v) => s + v, 0);
          expect(Math.abs((ex.loss[j] as number) - total)).toBeLessThan(1e-9 * totalX);
          expect(ex.relative[j]).toBeCloseTo(total / totalX, 12);
          for (let r = 0; r < 3; r++) {
            const inR = lost.slice(r * 4, r * 4 + 4).reduce((s, v) => s + v, 0);
            expect(Math.abs((ex.byRegion?.values[j * 3 + r] as number) - inR)).toBeLessThan(1e-9 * totalX);
          }
        }
      });
    }
  }

  it('extractBlock of a whole region equals refactoring without it', () => {
    const model = randomMrio(9, 3, 4);
    const A = technicalCoefficients(model.Z, model.x);
    const L = leontiefInverse(A);
    const f = finalDemandTotal(model);
    const block = [4, 5, 6, 7];
    const xbar = extractBlock(L, model.x, f, block);
    const keep = [0, 1, 2, 3, 8, 9, 10, 11];
    const sub = new Float64Array(64);
    keep.forEach((i, a) => keep.forEach((j, b) => (sub[a * 8 + b] = A.values[i * 12 + j] as number)));
    const direct = leontiefOutput(
      leontiefInverse({ rows: 8, columns: 8, values: sub }),
      keep.map((i) => f[i] as number),
    );
    expect(
      maxRelative(
        keep.map((i) => xbar[i] as number),
        direct,
      ),
    ).toBeLessThan(1e-12);
    expect(block.map((j) => xbar[j])).toEqual([0, 0, 0, 0]);
    expect(() => extractBlock(L, model.x, f, [3, 3])).toThrow(/twice/);
  });

  it('rejects an unknown mode', () => {
    expect(() => hypotheticalExtraction(matrixFromRows([[1]]), [1], [1], { mode: 'partial' as 'total' })).toThrow(
      /invalid extraction mode/,
    );
  });
});

describe('aggregateMrio', () => {
  const model = randomMrio(21, 3, 4);

  it('sums flows so that the balances hold and totals are preserved', () => {
    const agg = aggregateMrio(model, {
      regions: { R0: 'A', R1: 'B', R2: 'A' },
      sectors: { s0: 'x', s1: 'x', s2: 'y', s3: 'y' },
    });
    expect(agg.regions).toEqual(['A', 'B']);
    expect(agg.sectors).toEqual(['x', 'y']);
    const sum = (a: ArrayLike<number>): number => Array.from(a).reduce((s, v) => s + v, 0);
    expect(sum(agg.Z.values)).toBeCloseTo(sum(model.Z.values), 8);
    expect(sum(agg.Y.values)).toBeCloseTo(sum(model.Y.values), 8);
    // Row balance: x = Z·1 + Y·1 still holds.
    const rebuilt = createMrio({ ...agg, Z: agg.Z.values, Y: agg.Y.values, factorInputs: undefined } as never);
    expect(maxRelative(rebuilt.x, agg.x)).toBeLessThan(1e-12);
    expect(maxRelative(rebuilt.v, agg.v)).toBeLessThan(1e-12);
    // Region A sector x from Z: R0 and R2 × s0, s1.
    const ax = [0, 1, 8, 9].reduce((s, i) => s + (model.x[i] as number), 0);
    expect(agg.x[0]).toBeCloseTo(ax, 9);
  });

  it('splits a code by shares, and refuses shares that do not sum to 1 or unmapped codes', () => {
    const agg = aggregateMrio(model, {
      sectors: [
        { from: 's0', to: 'a', share: 0.25 },
        { from: 's0', to: 'b', share: 0.75 },
        { from: 's1', to: 'a' },
        { from: 's2', to: 'b' },
        { from: 's3', to: 'b' },
      ],
    });
    expect(agg.x[0]).toBeCloseTo(0.25 * (model.x[0] as number) + (model.x[1] as number), 9);
    expect(() => aggregateMrio(model, { sectors: [{ from: 's0', to: 'a', share: 0.5 }] })).toThrow(/sum to 0.5/);
    expect(() => aggregateMrio(model, { regions: { R0: 'A' } })).toThrow(/does not map R1, R2/);
  });
});
