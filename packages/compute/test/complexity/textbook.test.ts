import { describe, expect, it } from 'vitest';
import {
  complexityIndices,
  complexityOfYear,
  complexityOutlook,
  density,
  diversity,
  expy,
  matrixFromRows,
  prody,
  proximity,
  rca,
  rpop,
  ubiquity,
  type Matrix,
} from '@chanye/compute';

const at = (m: Matrix, i: number, j: number): number => m.values[i * m.columns + j] as number;

// A nested 3 × 3 economy: location 0 makes products 0, 1, 2; location 1 makes 0, 1; location 2
// makes only 0. Diversity k_c = (3, 2, 1), ubiquity k_p = (3, 2, 1).
const nested = matrixFromRows([
  [1, 1, 1],
  [1, 1, 0],
  [1, 0, 0],
]);
const root6 = Math.sqrt(6);

describe('rca(values) and rpop(values, population) on a 2 × 2 table', () => {
  // X = [[1, 1], [0, 2]]: location totals 2, 2; product totals 1, 3; world 4.
  const x = matrixFromRows([
    [1, 1],
    [0, 2],
  ]);
  it('RCA = (x_cp / X_c) / (X_p / X): (1/2)/(1/4) = 2, (1/2)/(3/4) = 2/3, 0, (2/2)/(3/4) = 4/3', () => {
    const r = rca(x).values;
    [2, 2 / 3, 0, 4 / 3].forEach((v, i) => expect(r[i]).toBeCloseTo(v, 15));
  });
  it('RPOP with populations (1, 3): (1/1)/(1/4) = 4, (1/1)/(3/4) = 4/3, 0, (2/3)/(3/4) = 8/9', () => {
    const r = rpop(x, [1, 3]).values;
    [4, 4 / 3, 0, 8 / 9].forEach((v, i) => expect(r[i]).toBeCloseTo(v, 15));
  });
  it('PRODY with GDP per capita (10, 40): (½·10)/½ = 10 and (½·10 + 1·40)/(½ + 1) = 30; EXPY = ½·10 + ½·30 = 20, 30', () => {
    const levels = prody(x, [10, 40]);
    expect([...levels]).toEqual([10, 30]);
    expect([...expy(x, levels)]).toEqual([20, 30]);
  });
  it('PRODY leaves out locations without GDP per capita', () => {
    expect([...prody(x, [NaN, 40])]).toEqual([NaN, 40]);
  });
});

describe('complexityIndices(M) on the nested 3 × 3 economy', () => {
  // M̃ᶜ = D⁻¹MU⁻¹Mᵀ = diag(1/3, 1/2, 1) · [[11, 5, 2], [5, 5, 2], [2, 2, 2]] / 6.
  // trace = 11/18 + 5/12 + 1/3 = 49/36 and det = (1/6)·(36/216) = 1/36, so besides λ₁ = 1 the
  // eigenvalues solve λ² − (13/36)λ + 1/36 = 0: λ₂ = (13 + 5)/72 = 1/4, λ₃ = 1/9.
  // (M̃ᶜ − I/4)x = 0 gives x ∝ (−2, 1, 4); diversity (3, 2, 1) correlates negatively, so flip:
  // x = (2, −1, −4). PCI ∝ U⁻¹Mᵀx = (−3/3, 1/2, 2/1) = (−1, ½, 2); ECI_raw = D⁻¹M·PCI_raw =
  // (½, −¼, −1) (= λ₂x). Mean −¼, population sd √(3/8) = √6/4, so
  // ECI = (3, 0, −3)/√6 and PCI = (4·PCI_raw + 1)/√6 = (−3, 3, 9)/√6.
  const indices = complexityIndices(nested);
  it('finds λ₂ = 1/4', () => expect(indices.eigenvalue).toBeCloseTo(0.25, 14));
  it('gives ECI = (3, 0, −3)/√6, positively related to diversity', () => {
    [3 / root6, 0, -3 / root6].forEach((v, c) => expect(indices.eci[c]).toBeCloseTo(v, 14));
  });
  it('gives PCI = (−3, 3, 9)/√6: the product everyone makes is the least complex', () => {
    [-3 / root6, 3 / root6, 9 / root6].forEach((v, p) => expect(indices.pci[p]).toBeCloseTo(v, 14));
  });
  it('has PCI before centring = PCI_raw / sd = (−4, 2, 8)/√6', () => {
    [-4 / root6, 2 / root6, 8 / root6].forEach((v, p) => expect(indices.pciUncentered[p]).toBeCloseTo(v, 14));
  });
  it("py-ecomplexity's and Stata's standardisations differ by √(CP/(CP − 1)) = √(9/8)", () => {
    const stata = complexityIndices(nested, { convention: 'stata' });
    expect(stata.eci[0]).toBeCloseTo((3 / root6) * Math.sqrt(8 / 9), 14);
  });
  it('is NaN for a location with zero diversity and a product with zero ubiquity, and ignores them', () => {
    const padded = matrixFromRows([
      [1, 1, 1, 0],
      [1, 1, 0, 0],
      [1, 0, 0, 0],
      [0, 0, 0, 0],
    ]);
    const r = complexityIndices(padded);
    expect(Number.isNaN(r.eci[3])).toBe(true);
    expect(Number.isNaN(r.pci[3])).toBe(true);
    expect(r.eci[0]).toBeCloseTo(3 / root6, 14);
    expect(r.pci[2]).toBeCloseTo(9 / root6, 14);
  });
  it('is all NaN with fewer than two locations or products', () => {
    const r = complexityIndices(matrixFromRows([[1, 1]]));
    expect([...r.eci].every(Number.isNaN)).toBe(true);
    expect(Number.isNaN(r.eigenvalue)).toBe(true);
  });
});

describe('proximity(M), density(M, φ) and complexityOutlook on the nested 3 × 3 economy', () => {
  // Co-occurrences C = MᵀM: C₀₁ = 2 (locations 0, 1), C₀₂ = 1, C₁₂ = 1; ubiquity (3, 2, 1).
  const phi = proximity(nested);
  it('symmetric φ = C / max(k_p, k_q): φ₀₁ = 2/3, φ₀₂ = 1/3, φ₁₂ = 1/2, diagonal 1', () => {
    expect([...phi.values]).toEqual([1, 2 / 3, 1 / 3, 2 / 3, 1, 1 / 2, 1 / 3, 1 / 2, 1]);
  });
  it('asymmetric φ_pq = C_pq / k_p = P(q | p): φ₀₁ = 2/3 but φ₁₀ = 2/2 = 1', () => {
    const asym = proximity(nested, { asymmetric: true });
    expect([...asym.values]).toEqual([1, 2 / 3, 1 / 3, 1, 1, 1 / 2, 1, 1, 1]);
  });
  // Row sums of φ: 2, 13/6, 11/6. Location 2 (M = [1, 0, 0]):
  // d₂₀ = 1/2, d₂₁ = (2/3)/(13/6) = 4/13, d₂₂ = (1/3)/(11/6) = 2/11.
  const d = density(nested, phi);
  it('density d_cp = Σ_q M_cq φ_pq / Σ_q φ_pq: location 2 has 1/2, 4/13, 2/11', () => {
    [1 / 2, 4 / 13, 2 / 11].forEach((v, p) => expect(at(d, 2, p)).toBeCloseTo(v, 15));
    // location 0 makes everything: density 1
    [1, 1, 1].forEach((v, p) => expect(at(d, 0, p)).toBeCloseTo(v, 15));
  });
  it('k-nearest-neighbour density keeps the k most proximate other products (ties kept)', () => {
    // Product 0's nearest other product is 1 (2/3 > 1/3): d_c0 = M_c1. Product 2's neighbours
    // are products 0 (1/3) and 1 (1/2), nearest 1: d_c2 = M_c1.
    const knn = density(nested, phi, { knn: 1 });
    expect([0, 1, 2].map((c) => at(knn, c, 0))).toEqual([1, 1, 0]);
    expect([0, 1, 2].map((c) => at(knn, c, 2))).toEqual([1, 1, 0]);
    const tie = density(
      matrixFromRows([[1, 0, 0]]),
      matrixFromRows([
        [1, 0.5, 0.5],
        [0.5, 1, 0.2],
        [0.5, 0.2, 1],
      ]),
      { knn: 1 },
    );
    // product 0's two neighbours tie at 0.5: both are used, so d₀₀ = 0 (location has neither).
    expect(at(tie, 0, 0)).toBe(0);
    expect(at(tie, 0, 1)).toBe(1);
  });
  it('rejects knn outside 1 … p − 1', () => {
    expect(() => density(nested, phi, { knn: 3 })).toThrow(/invalid knn/);
  });
  it('COG_cp = (1 − M_cp) Σ_q (1 − M_cq) φ_qp PCI_q / Σ_j φ_qj; COI standardised', () => {
    const { pciUncentered } = complexityIndices(nested);
    const { coi, cog } = complexityOutlook(nested, d, pciUncentered, phi);
    // Location 2, product 1: q = 1 gives 1 · (2/√6)/(13/6) = 12/(13√6); q = 2 gives
    // (1/2)(8/√6)/(11/6) = 24/(11√6); total (132 + 312)/(143√6) = 444/(143√6).
    expect(at(cog, 2, 1)).toBeCloseTo(444 / (143 * root6), 14);
    expect(at(cog, 0, 0)).toBe(0);
    // COI_raw: location 0 has everything (0); location 1: d₁₂·PCI₂ = (5/11)(8/√6) = 520/(143√6);
    // location 2: (4/13)(2/√6) + (2/11)(8/√6) = 296/(143√6). Standardise (0, 520, 296).
    const raw = [0, 520, 296];
    const mean = 272;
    const sd = Math.sqrt(raw.reduce((s, v) => s + (v - mean) ** 2, 0) / 3);
    raw.forEach((v, c) => expect(coi[c]).toBeCloseTo((v - mean) / sd, 14));
  });
});

describe('complexity identities on a random 12 × 40 table', () => {
  let seed = 12345;
  const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const rows = Array.from({ length: 12 }, (_, c) =>
    Array.from({ length: 40 }, (_, p) => (random() < 0.7 ? (c + 1) * random() * (1 + (p % 5)) : 0)),
  );
  const x = matrixFromRows(rows);
  const slice = {
    time: 2000,
    locations: rows.map((_, c) => `L${c}`),
    products: rows[0]?.map((_, p) => `P${p}`) ?? [],
    values: x,
  };
  const y = complexityOfYear(slice);
  const total = rows.flat().reduce((s, v) => s + v, 0);
  const locationTotals = rows.map((r) => r.reduce((s, v) => s + v, 0));
  const productTotals = (rows[0] ?? []).map((_, p) => rows.reduce((s, r) => s + (r[p] as number), 0));

  it('RCA averages to 1: Σ_p RCA_cp X_p / X = 1 and Σ_c RCA_cp X_c / X = 1', () => {
    const r = rca(x);
    for (let c = 0; c < 12; c++) {
      let s = 0;
      for (let p = 0; p < 40; p++) s += (at(r, c, p) * (productTotals[p] as number)) / total;
      expect(s).toBeCloseTo(1, 12);
    }
    for (let p = 0; p < 40; p++) {
      let s = 0;
      for (let c = 0; c < 12; c++) s += (at(r, c, p) * (locationTotals[c] as number)) / total;
      expect(s).toBeCloseTo(1, 12);
    }
  });
  it('diversity and ubiquity are the row and column sums of M', () => {
    expect([...y.diversity]).toEqual([...diversity(y.m)]);
    expect([...y.ubiquity]).toEqual([...ubiquity(y.m)]);
    expect(y.diversity.reduce((a, b) => a + b, 0)).toBe(y.m.values.reduce((a, b) => a + b, 0));
  });
  it('ECI has mean 0 and population sd 1, and equals the mean PCI of the products present', () => {
    const mean = y.eci.reduce((a, b) => a + b, 0) / 12;
    const sd = Math.sqrt(y.eci.reduce((s, v) => s + (v - mean) ** 2, 0) / 12);
    expect(mean).toBeCloseTo(0, 13);
    expect(sd).toBeCloseTo(1, 13);
    for (let c = 0; c < 12; c++) {
      let s = 0;
      for (let p = 0; p < 40; p++) s += at(y.m, c, p) * (y.pci[p] as number);
      expect(s / (y.diversity[c] as number)).toBeCloseTo(y.eci[c] as number, 12);
    }
  });
  it('PCI (before centring) is an eigenvector of M̃ᴾ = U⁻¹MᵀD⁻¹M for λ₂, whichever side is decomposed', () => {
    for (const m of [y.m, transpose(y.m)]) {
      const { pciUncentered, eigenvalue } = complexityIndices(m);
      const kc = diversity(m);
      const kp = ubiquity(m);
      for (let p = 0; p < m.columns; p++) {
        let s = 0;
        for (let c = 0; c < m.rows; c++) {
          let inner = 0;
          for (let q = 0; q < m.columns; q++) inner += at(m, c, q) * (pciUncentered[q] as number);
          s += (at(m, c, p) * inner) / (kc[c] as number);
        }
        expect(s / (kp[p] as number)).toBeCloseTo(eigenvalue * (pciUncentered[p] as number), 12);
      }
    }
  });
  it('density is in [0, 1] and COG is 0 where M = 1', () => {
    y.density.values.forEach((v) => expect(v >= 0 && v <= 1 + 1e-15).toBe(true));
    y.cog.values.forEach((v, k) => {
      if (y.m.values[k] === 1) expect(v).toBe(0);
    });
  });
});

function transpose(m: Matrix): Matrix {
  const out = new Float64Array(m.values.length);
  for (let i = 0; i < m.rows; i++) for (let j = 0; j < m.columns; j++) out[j * m.rows + i] = at(m, i, j);
  return { rows: m.columns, columns: m.rows, values: out };
}
