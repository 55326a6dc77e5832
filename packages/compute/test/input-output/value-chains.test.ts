import { describe, expect, it } from 'vitest';
import {
  chokepoints,
  createMrio,
  decomposeExports,
  finalDemandByRegion,
  ghoshInverse,
  ghoshOutput,
  gvcParticipation,
  inputSecurity,
  leontiefFactor,
  leontiefInverse,
  leontiefOutput,
  luFactor,
  luInverse,
  supplyShock,
  technicalCoefficients,
  upstreamness,
  type Matrix,
  type Mrio,
} from '@chanye/compute';

const close = (actual: ArrayLike<number>, expected: readonly number[], digits = 12): void => {
  expect(actual.length).toBe(expected.length);
  expected.forEach((e, i) => expect(actual[i]).toBeCloseTo(e, digits));
};

// A two-region (H, F) × two-sector (a, b) chain, index order H.a, H.b, F.a, F.b:
//   F.a (x = 20) sells 20 to H.a; H.a (x = 100) sells 50 to F.b and 50 to H's final users;
//   F.b (x = 200) sells 150 to F's and 50 to H's final users; H.b (x = 10) sells 10 to F's.
// A has two cells, a(F.a → H.a) = 20/100 = 0.2 and a(H.a → F.b) = 50/200 = 0.25, so A is
// nilpotent and B = I + A + A², with b(F.a → F.b) = 0.2 · 0.25 = 0.05. Value added per unit
// V = 1 − column sums of A: H.a 0.8, H.b 1, F.a 1, F.b 0.75. No region buys from itself, so
// every domestic inverse L_rr = I.
const chain = createMrio({
  regions: ['H', 'F'],
  sectors: ['a', 'b'],
  finalDemandCategories: ['FD'],
  Z: Float64Array.of(0, 0, 0, 50, 0, 0, 0, 0, 20, 0, 0, 0, 0, 0, 0, 0),
  Y: Float64Array.of(50, 0, 0, 10, 0, 0, 50, 150),
});

describe('decomposeExports (Borin and Mancini 2019, source-based)', () => {
  const [H, F] = decomposeExports(chain);

  it('splits H exports of 60 (H.a 50 to F.b, H.b 10 final to F) into DVA 50 and FVA 10', () => {
    // DVA = V_H·L_HH·e = 0.8·50 + 1·10 = 50. P = A_HF·B_FH = 0 (nothing H exports returns), so
    // DDC = FDC = 0. FVA: F.a's value in H.a, V_F.a·b(F.a → H.a) = 1 · 0.2, times 50 = 10.
    close(H!.exports, [50, 10]);
    close(H!.dva, [40, 10]);
    close(H!.fva, [10, 0]);
    close(H!.ddc, [0, 0]);
    close(H!.fdc, [0, 0]);
    // DVA by absorption: H.b's final exports are absorbed by F (DAVAX 10). H.a's 50 go into
    // F.b, whose output goes 150 to F's final users (0.8 · 0.25 · 150 = 30, DAVAX) and 50 to H's
    // (0.8 · 0.25 · 50 = 10, REF, reflected home); nothing is re-exported to third economies.
    close(H!.davax, [30, 10]);
    close(H!.rex, [0, 0]);
    close(H!.ref, [10, 0]);
  });

  it('splits F exports of 70 (F.a 20 to H.a, F.b 50 final to H) with domestic double counting', () => {
    // w = V_F·L_FF = (1, 0.75): DVA = 20 + 0.75 · 50 = 57.5.
    // P = A_FH·B_HF: p(F.a, F.b) = a(F.a → H.a)·b(H.a → F.b) = 0.2 · 0.25 = 0.05, so
    // DDC = (w·P)_F.b · e_F.b = 1 · 0.05 · 50 = 2.5: F.a's value, already exported to H.a,
    // comes back in F.b and leaves again in F.b's exports.
    // Foreign row Σ_t V_t·B_tF = (0, 0.8 · 0.25) = (0, 0.2); f = that·(I + P)⁻¹ = (0, 0.2), so
    // FVA = 0.2 · 50 = 10 (H.a's value added in F.b) and FDC = (f·P)·e = 0.
    close(F!.exports, [20, 50]);
    close(F!.dva, [20, 37.5]);
    close(F!.ddc, [0, 2.5]);
    close(F!.fva, [0, 10]);
    close(F!.fdc, [0, 0]);
    // F.a's 20 into H.a: H.a's output goes 50 to H's final users (0.2 · 50 = 10, DAVAX) and 50
    // to F.b, of which 150/200 ends in F's final demand (0.2 · 0.25 · 150 = 7.5, REF) and 50/200
    // in H's, after a second border (0.2 · 0.25 · 50 = 2.5, REX). F.b's 50 final: DAVAX 37.5.
    close(F!.davax, [10, 37.5]);
    close(F!.rex, [2.5, 0]);
    close(F!.ref, [7.5, 0]);
    expect(F!.total).toEqual({ exports: 70, dva: 57.5, davax: 47.5, rex: 2.5, ref: 7.5, ddc: 2.5, fva: 10, fdc: 0 });
  });

  it('gvcParticipation(H) is backward 10/60, forward 10/60, GVC-related trade (60 − 40)/60', () => {
    const p = gvcParticipation(H!.total);
    expect(p.backward).toBeCloseTo(1 / 6, 14);
    expect(p.forward).toBeCloseTo(1 / 6, 14);
    expect(p.participation).toBeCloseTo(1 / 3, 14);
    expect(p.gvcTrade).toBeCloseTo(1 / 3, 14);
    expect(p.gvcBackward + p.gvcForward).toBeCloseTo(p.gvcTrade, 14);
  });

  it('gives the same result from the explicit inverse and from the factorization', () => {
    const A = technicalCoefficients(chain.Z, chain.x);
    const viaL = decomposeExports(chain, { A, leontief: leontiefInverse(A), regions: ['F'] });
    expect(viaL[0]!.total).toEqual(F!.total);
  });

  it('throws on an unknown region', () => {
    expect(() => decomposeExports(chain, { regions: ['X'] })).toThrow(/unknown region 'X'/);
  });
});

describe('decomposeExports on random 3-region × 3-sector tables, term by term against the definitions', () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    const model = randomMrio(seed, 3, 3, 2);
    it(`seed ${seed}: terms sum to gross exports and equal the brute-force B^{/s} formulas`, () => {
      const reference = bruteForce(model);
      for (const d of decomposeExports(model)) {
        const t = d.total;
        const ref = reference.get(d.region)!;
        const scale = t.exports;
        expect(Math.abs(t.dva + t.ddc + t.fva + t.fdc - t.exports) / scale).toBeLessThan(1e-13);
        expect(Math.abs(t.davax + t.rex + t.ref - t.dva) / scale).toBeLessThan(1e-13);
        for (const key of ['exports', 'dva', 'davax', 'rex', 'ref', 'ddc', 'fva', 'fdc'] as const) {
          expect(Math.abs(t[key] - ref[key]!) / scale, `${d.region} ${key}`).toBeLessThan(1e-12);
        }
        for (let a = 0; a < model.sectors.length; a++) {
          const sum = d.dva[a]! + d.ddc[a]! + d.fva[a]! + d.fdc[a]!;
          expect(Math.abs(sum - d.exports[a]!) / scale).toBeLessThan(1e-13);
        }
      }
    });
  }
});

describe('upstreamness (Antràs, Chor, Fally and Hillberry 2012)', () => {
  it('is 1 for a sector selling only to final users and 1 + Σ_j Δ_ij·U_j upstream of it', () => {
    // Δ = diag(x)⁻¹·Z: F.a sells all its output to H.a (Δ = 1), H.a half of its to F.b (0.5).
    // U_F.b = U_H.b = 1; U_H.a = 1 + 0.5 · 1 = 1.5; U_F.a = 1 + 1 · 1.5 = 2.5.
    close(upstreamness(chain, { inventories: 'none' }).upstreamness, [1.5, 1, 2.5, 1]);
  });

  it('takes allocation shares over output net of inventory change with `adjust`', () => {
    // One region; a sells 40 to b, 50 to consumption and 10 to inventories (x_a = 100).
    // adjust: Δ_ab = 40 / (100 − 10) = 4/9, U_a = 13/9; none: Δ_ab = 0.4, U_a = 1.4.
    const model = createMrio({
      regions: ['R'],
      sectors: ['a', 'b'],
      finalDemandCategories: ['C', 'INVEN'],
      Z: Float64Array.of(0, 40, 0, 0),
      Y: Float64Array.of(50, 10, 80, 0),
    });
    const adjusted = upstreamness(model);
    close(adjusted.upstreamness, [13 / 9, 1]);
    close(adjusted.inventories, [10, 0]);
    close(upstreamness(model, { inventories: 'none' }).upstreamness, [1.4, 1]);
  });

  it('names the categories when the inventory category is missing', () => {
    expect(() => upstreamness(chain)).toThrow(/no final-demand category 'INVEN' .*categories: FD/);
  });
});

describe('inputSecurity and chokepoints', () => {
  it('gives foreign input share, HHI and the top supplier of each sector', () => {
    // Three regions, one sector: S buys 20 from itself, 30 from P and 10 from Q; x_S = 100.
    // Foreign input share 40/100 = 0.4 (of all inputs 40/60); HHI = 0.75² + 0.25² = 0.625;
    // top supplier P with 30/40 = 0.75 of foreign inputs and 30/100 = 0.3 of output.
    const model = createMrio({
      regions: ['S', 'P', 'Q'],
      sectors: ['a'],
      finalDemandCategories: ['FD'],
      Z: Float64Array.of(20, 0, 0, 30, 0, 0, 10, 0, 0),
      Y: Float64Array.of(80, 0, 0, 0, 50, 0, 0, 0, 50),
    });
    const [a] = inputSecurity(model, 'S');
    expect(a!.output).toBe(100);
    expect(a!.foreignInputShare).toBeCloseTo(0.4, 15);
    expect(a!.foreignShareOfInputs).toBeCloseTo(40 / 60, 15);
    expect(a!.hhi).toBeCloseTo(0.625, 15);
    expect(a!.suppliers).toBe(2);
    expect(a!.topSupplier).toBe('P');
    expect(a!.topSupplierShare).toBeCloseTo(0.75, 15);
    expect(a!.topSupplierExposure).toBeCloseTo(0.3, 15);
    // P and Q buy no foreign inputs: no HHI, no top supplier.
    const [p] = inputSecurity(model, 'P');
    expect(p!.foreignInputShare).toBe(0);
    expect(p!.hhi).toBeNaN();
    expect(p!.topSupplier).toBeNull();
  });

  it('ranks H.a first for F: F needs 0.25 of it per unit of final production and it is the only exporter of a', () => {
    // f^F = (F.a 0, F.b 200); L·f^F at H.a = b(H.a → F.b) · 200 = 50; requirement 50/200 = 0.25.
    // World exports of sector a outside F: H.a's 50 only, so H.a's share is 1; score 0.25.
    // H.b: requirement 0 (F's final production needs none of it), score 0.
    const A = technicalCoefficients(chain.Z, chain.x);
    const ranked = chokepoints(chain, 'F', leontiefFactor(A));
    expect(ranked.map((c) => `${c.region}.${c.sector}`)).toEqual(['H.a', 'H.b']);
    expect(ranked[0]!.requirement).toBeCloseTo(0.25, 14);
    expect(ranked[0]!.worldExportShare).toBe(1);
    expect(ranked[0]!.importShare).toBe(1);
    // All of F's foreign need of sector a (50) is H.a's; F needs none of sector b from abroad.
    expect(ranked[0]!.requirementShare).toBe(1);
    expect(ranked[1]!.requirementShare).toBe(0);
    expect(ranked[0]!.directInputs).toBe(50);
    expect(ranked[0]!.score).toBeCloseTo(0.25, 14);
    expect(ranked[1]!.score).toBe(0);
    expect(chokepoints(chain, 'F', leontiefFactor(A), { exclude: ['H'] })).toEqual([]);
  });
});

describe('supplyShock', () => {
  const A = technicalCoefficients(chain.Z, chain.x);
  const L = leontiefInverse(A);
  const k = 0; // H.a, x = 100, l_kk = 1.

  it('demand-driven: a 10 % cut of H.a costs its supplier F.a 0.2 · 10 = 2, nothing downstream', () => {
    // Δf_H.a = −0.1 · 100 / 1 = −10; Δx = L·Δf = column H.a of L (0.2 at F.a, 1 at H.a) · −10.
    const shock = supplyShock(L, chain.x, k, 0.1, 'demand');
    expect(shock.impulse).toBeCloseTo(-10, 14);
    close(shock.change, [-10, 0, -2, 0]);
    close(shock.relative, [-0.1, 0, -0.1, 0]);
    expect(shock.assumptions.join(' ')).toMatch(/upstream only/);
  });

  it('supply-driven: a 10 % cut of H.a costs its buyer F.b g(H.a → F.b) · 10 = 0.5 · 10 = 5', () => {
    // Δv_H.a = −10; G = diag(x)⁻¹·L·diag(x): g(H.a → F.b) = 0.25 · 200 / 100 = 0.5.
    const shock = supplyShock(L, chain.x, k, 0.1, 'supply');
    close(shock.change, [-10, 0, 0, -5]);
    close(shock.relative, [-0.1, 0, 0, -0.025]);
    expect(shock.assumptions.join(' ')).toMatch(/downstream only/);
  });

  it('p = 0 changes nothing in either model', () => {
    for (const model of ['demand', 'supply'] as const) {
      const shock = supplyShock(L, chain.x, k, 0, model);
      expect(Array.from(shock.change)).toEqual([0, 0, 0, 0]);
    }
  });

  it('demand-driven equals L applied to the final-demand change, supply-driven Δv·G, from L or the factorization', () => {
    const model = randomMrio(7, 3, 3, 2);
    const Am = technicalCoefficients(model.Z, model.x);
    const Lm = leontiefInverse(Am);
    const factor = leontiefFactor(Am);
    const G = ghoshInverse(Lm, model.x);
    for (let j = 0; j < 9; j++) {
      const demand = supplyShock(factor, model.x, j, 0.3, 'demand');
      const df = new Float64Array(9);
      df[j] = demand.impulse;
      closeRelative(demand.change, leontiefOutput(Lm, df), 1e-12);
      expect(demand.change[j]).toBeCloseTo(-0.3 * model.x[j]!, 10);
      const supply = supplyShock(Lm, model.x, j, 0.3, 'supply');
      const dv = new Float64Array(9);
      dv[j] = supply.impulse;
      closeRelative(supply.change, ghoshOutput(dv, G), 1e-12);
      closeRelative(supplyShock(factor, model.x, j, 0.3, 'supply').change, supply.change, 1e-12);
    }
  });

  it('rejects a share outside [0, 1] and an unknown model', () => {
    expect(() => supplyShock(L, chain.x, 0, 1.5, 'demand')).toThrow(/between 0 and 1/);
    expect(() => supplyShock(L, chain.x, 0, 0.1, 'both' as 'demand')).toThrow(/invalid shock model/);
    expect(() => supplyShock(L, chain.x, 9, 0.1, 'demand')).toThrow(/out of range/);
  });
});

function closeRelative(actual: ArrayLike<number>, expected: ArrayLike<number>, tolerance: number): void {
  let scale = 0;
  for (let i = 0; i < expected.length; i++) scale = Math.max(scale, Math.abs(expected[i]!));
  for (let i = 0; i < expected.length; i++) {
    expect(Math.abs(actual[i]! - expected[i]!)).toBeLessThanOrEqual(tolerance * Math.max(scale, 1));
  }
}

/** A productive random table: flows 0-8, final demand 10-30 per cell, seeded. */
function randomMrio(seed: number, R: number, S: number, K: number): Mrio {
  let state = seed * 2654435761;
  const next = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const n = R * S;
  return createMrio({
    regions: Array.from({ length: R }, (_, r) => `R${r}`),
    sectors: Array.from({ length: S }, (_, s) => `s${s}`),
    finalDemandCategories: Array.from({ length: K }, (_, k) => `k${k}`),
    Z: Float64Array.from({ length: n * n }, () => 8 * next()),
    Y: Float64Array.from({ length: n * R * K }, () => 10 + 20 * next()),
  });
}

/** The decomposition's totals from the definitions, with explicit inverses (B^{/s} by inversion). */
function bruteForce(model: Mrio): Map<string, Record<string, number>> {
  const R = model.regions.length;
  const S = model.sectors.length;
  const n = R * S;
  const A = technicalCoefficients(model.Z, model.x);
  const inv = (m: Matrix): Matrix => luInverse(luFactor(m));
  const iMinus = (m: Matrix): Matrix => ({
    rows: m.rows,
    columns: m.columns,
    values: m.values.map((v, k) => (Math.floor(k / m.columns) === k % m.columns ? 1 : 0) - v),
  });
  const B = inv(iMinus(A));
  const Ld = new Float64Array(n * n); // block-diagonal domestic inverses
  for (let r = 0; r < R; r++) {
    const blk = new Float64Array(S * S);
    for (let a = 0; a < S; a++) for (let b = 0; b < S; b++) blk[a * S + b] = A.values[(r * S + a) * n + r * S + b]!;
    const Lr = inv(iMinus({ rows: S, columns: S, values: blk }));
    for (let a = 0; a < S; a++) for (let b = 0; b < S; b++) Ld[(r * S + a) * n + r * S + b] = Lr.values[a * S + b]!;
  }
  const V = new Float64Array(n).map(
    (_, j) => 1 - Array.from({ length: n }, (_, i) => A.values[i * n + j]!).reduce((x, y) => x + y),
  );
  const fd = finalDemandByRegion(model);
  const y = (i: number, r: number): number => fd.values[i * R + r]!;
  const region = (i: number): number => Math.floor(i / S);
  const out = new Map<string, Record<string, number>>();
  for (let s = 0; s < R; s++) {
    const As = Float64Array.from(A.values);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (region(i) === s && region(j) !== s) As[i * n + j] = 0;
    const Bx = inv(iMinus({ rows: n, columns: n, values: As }));
    const e = new Float64Array(n);
    for (let i = s * S; i < (s + 1) * S; i++) {
      for (let j = 0; j < n; j++) if (region(j) !== s) e[i] = e[i]! + model.Z.values[i * n + j]!;
      for (let r = 0; r < R; r++) if (r !== s) e[i] = e[i]! + y(i, r);
    }
    // Output of every region-sector ending in final demand of region l: B·y_·l.
    const xTo = (dest: (l: number) => boolean): Float64Array => {
      const f = new Float64Array(n);
      for (let i = 0; i < n; i++) for (let l = 0; l < R; l++) if (dest(l)) f[i] = f[i]! + y(i, l);
      return leontiefOutput(B, f);
    };
    const xHome = xTo((l) => l === s);
    const xAbroad = xTo((l) => l !== s);
    let E = 0;
    let dva = 0;
    let ddc = 0;
    let fva = 0;
    let fdc = 0;
    let davax = 0;
    let rex = 0;
    let ref = 0;
    for (let i = 0; i < n; i++) {
      for (let j = s * S; j < (s + 1) * S; j++) {
        const vb = V[i]! * e[j]!;
        if (region(i) === s) {
          dva += vb * Ld[i * n + j]!;
          ddc += vb * (B.values[i * n + j]! - Ld[i * n + j]!);
        } else {
          fva += vb * Bx.values[i * n + j]!;
          fdc += vb * (B.values[i * n + j]! - Bx.values[i * n + j]!);
        }
      }
    }
    for (let j = s * S; j < (s + 1) * S; j++) E += e[j]!;
    // V_s·L_ss (row over s's sectors) and its products with A_sr·L_rr·(…).
    for (let i = s * S; i < (s + 1) * S; i++) {
      for (let k = s * S; k < (s + 1) * S; k++) {
        const wk = V[i]! * Ld[i * n + k]!;
        for (let r = 0; r < R; r++) if (r !== s) davax += wk * y(k, r);
        for (let p = 0; p < n; p++) {
          const r = region(p);
          if (r === s) continue;
          for (let q = r * S; q < (r + 1) * S; q++) {
            const asl = A.values[k * n + p]! * Ld[p * n + q]!;
            if (asl === 0) continue;
            davax += wk * asl * y(q, r);
            let third = 0;
            for (let l = 0; l < R; l++) if (l !== r && l !== s) third += y(q, l);
            let home = y(q, s);
            for (let j = 0; j < n; j++) {
              if (region(j) === r) continue;
              third += A.values[q * n + j]! * xAbroad[j]!;
              home += A.values[q * n + j]! * xHome[j]!;
            }
            rex += wk * asl * third;
            ref += wk * asl * home;
          }
        }
      }
    }
    out.set(model.regions[s]!, { exports: E, dva, davax, rex, ref, ddc, fva, fdc });
  }
  return out;
}
