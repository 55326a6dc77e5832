import type { Matrix } from '../numeric/matrix.js';
import { symmetricEigen } from '../numeric/symmetric-eigen.js';
import { diversity, ubiquity } from './degree.js';
import { meanAndPopulationSd, pearson } from './moments.js';
import type { Convention } from './convention.js';

/** ECI and PCI of one period, normalised as py-ecomplexity and Stata `ecomplexity` do. */
export interface ComplexityIndices {
  /** Economic complexity index per location (row), standardised to mean 0, sd 1 (population sd). */
  readonly eci: Float64Array;
  /**
   * Product complexity index per product (column): the product eigenvector standardised with
   * the mean and sd of the *unstandardised* ECI, so that a location's ECI is the mean PCI of
   * the products it is present in.
   */
  readonly pci: Float64Array;
  /**
   * PCI before centring, in units of the unstandardised ECI's sd (= `pci` + mean/sd). COI and
   * COG are computed from it, as py-ecomplexity computes them before it centres PCI.
   */
  readonly pciUncentered: Float64Array;
  /** The second-largest eigenvalue of M̃ (the largest is 1). */
  readonly eigenvalue: number;
}

/**
 * Economic and product complexity (Hidalgo and Hausmann 2009, PNAS 106(26); Hausmann,
 * Hidalgo et al. 2014, *The Atlas of Economic Complexity*) from a binary presence matrix M
 * (locations × products), by the eigenvector method of py-ecomplexity and Stata
 * `ecomplexity`.
 *
 * The product matrix M̃ᴾ = U⁻¹Mᵀ D⁻¹M (D = diag diversity, U = diag ubiquity) is not
 * symmetric but is similar to the symmetric positive semi-definite S = U^{-1/2}MᵀD⁻¹MU^{-1/2},
 * and shares its non-zero eigenvalues with M̃ᶜ = D⁻¹MU⁻¹Mᵀ (similar to
 * D^{-1/2}MU⁻¹MᵀD^{-1/2}). We decompose whichever symmetric form is smaller (Householder +
 * QL, all eigenpairs, no convergence-rate risk when λ₂ ≈ λ₃) and map its second eigenvector
 * back: PCI ∝ the eigenvector of M̃ᴾ for the second-largest eigenvalue, ECI ∝ D⁻¹M·PCI. The
 * sign makes ECI correlate positively with diversity. Locations with zero diversity and
 * products with zero ubiquity are left out of the eigenproblem and get NaN.
 *
 * @example complexityIndices(matrixFromRows([[1, 1, 1], [1, 1, 0], [1, 0, 0]])).eci // returns ~[1.22, 0, -1.22]
 */
export function complexityIndices(m: Matrix, options: { convention?: Convention } = {}): ComplexityIndices {
  const { rows, columns } = m;
  const kc = diversity(m);
  const kp = ubiquity(m);
  const validRows = indicesWhere(kc, (v) => v > 0);
  const validColumns = indicesWhere(kp, (v) => v > 0);
  const eci = new Float64Array(rows).fill(NaN);
  const pci = new Float64Array(columns).fill(NaN);
  const pciUncentered = new Float64Array(columns).fill(NaN);
  const nc = validRows.length;
  const np = validColumns.length;
  if (nc < 2 || np < 2) return { eci, pci, pciUncentered, eigenvalue: NaN };

  // The valid block of M, row-major (nc × np), and its degrees.
  const block = new Float64Array(nc * np);
  for (let i = 0; i < nc; i++) {
    const source = (validRows[i] as number) * columns;
    for (let a = 0; a < np; a++) block[i * np + a] = m.values[source + (validColumns[a] as number)] as number;
  }
  const rowDegree = Float64Array.from(validRows, (c) => kc[c] as number);
  const columnDegree = Float64Array.from(validColumns, (p) => kp[p] as number);

  let eigenvalue: number;
  const productVector = new Float64Array(np);
  if (nc <= np) {
    const s = weightedGram(block, nc, np, columnDegree, 'rows');
    scaleSymmetric(s, nc, rowDegree);
    const { values, vectors } = symmetricEigen(s, nc);
    eigenvalue = values[1] as number;
    // x = D^{-1/2} y is the eigenvector of M̃ᶜ; U⁻¹Mᵀx that of M̃ᴾ for the same eigenvalue.
    const x = new Float64Array(nc);
    for (let i = 0; i < nc; i++) x[i] = (vectors[nc + i] as number) / Math.sqrt(rowDegree[i] as number);
    for (let i = 0; i < nc; i++) {
      const xi = x[i] as number;
      for (let a = 0; a < np; a++) productVector[a] = (productVector[a] as number) + (block[i * np + a] as number) * xi;
    }
    for (let a = 0; a < np; a++) productVector[a] = (productVector[a] as number) / (columnDegree[a] as number);
  } else {
    const s = weightedGram(block, nc, np, rowDegree, 'columns');
    scaleSymmetric(s, np, columnDegree);
    const { values, vectors } = symmetricEigen(s, np);
    eigenvalue = values[1] as number;
    for (let a = 0; a < np; a++) productVector[a] = (vectors[np + a] as number) / Math.sqrt(columnDegree[a] as number);
  }
  // ECI ∝ D⁻¹M·PCI, computed from the product vector as the reference implementation does.
  const locationVector = new Float64Array(nc);
  for (let i = 0; i < nc; i++) {
    let sum = 0;
    for (let a = 0; a < np; a++) sum += (block[i * np + a] as number) * (productVector[a] as number);
    locationVector[i] = sum / (rowDegree[i] as number);
  }
  const r = pearson(rowDegree, locationVector);
  const sign = r < 0 ? -1 : 1;
  for (let i = 0; i < nc; i++) locationVector[i] = sign * (locationVector[i] as number);
  const { mean, sd: populationSd } = meanAndPopulationSd(locationVector);
  const sd = (options.convention ?? 'py-ecomplexity') === 'stata' ? stataSd(populationSd, nc, columns) : populationSd;
  validRows.forEach((c, i) => {
    eci[c] = ((locationVector[i] as number) - mean) / sd;
  });
  validColumns.forEach((p, a) => {
    const raw = sign * (productVector[a] as number);
    pci[p] = (raw - mean) / sd;
    pciUncentered[p] = raw / sd;
  });
  return { eci, pci, pciUncentered, eigenvalue };
}

/**
 * Stata's `ecomplexity` standardises with the sample sd over its long data set, where each
 * location's ECI repeats once per product: √(P·Σ_c(e_c − ē)² / (C·P − 1)).
 */
export function stataSd(populationSd: number, locations: number, products: number): number {
  return populationSd * Math.sqrt((locations * products) / (locations * products - 1));
}

function indicesWhere(values: Float64Array, keep: (v: number) => boolean): Uint32Array {
  const out: number[] = [];
  values.forEach((v, i) => {
    if (keep(v)) out.push(i);
  });
  return Uint32Array.from(out);
}

/**
 * The lower triangle of B W⁻¹ Bᵀ (`'rows'`: nr × nr, summing over columns weighted by
 * 1/weights[col]) or Bᵀ W⁻¹ B (`'columns'`: nc × nc, over rows weighted by 1/weights[row]),
 * accumulated over the non-zero entries only: Σ k² work instead of n²m for a sparse 0/1 M.
 */
function weightedGram(
  block: Float64Array,
  nRows: number,
  nColumns: number,
  weights: Float64Array,
  side: 'rows' | 'columns',
): Float64Array {
  const outer = side === 'rows' ? nColumns : nRows;
  const inner = side === 'rows' ? nRows : nColumns;
  // The non-zero entries of each outer line in ascending inner order (CSR), read row-major
  // once: walking a column of the row-major block directly is a cache miss per entry.
  const start = new Int32Array(outer + 1);
  for (let r = 0; r < nRows; r++) {
    for (let c = 0; c < nColumns; c++) {
      if (block[r * nColumns + c] !== 0) {
        const o = side === 'rows' ? c : r;
        start[o + 1] = (start[o + 1] as number) + 1;
      }
    }
  }
  for (let o = 0; o < outer; o++) start[o + 1] = (start[o + 1] as number) + (start[o] as number);
  const at = start.slice(0, outer);
  const index = new Int32Array(start[outer] as number);
  const value = new Float64Array(start[outer] as number);
  for (let r = 0; r < nRows; r++) {
    for (let c = 0; c < nColumns; c++) {
      const v = block[r * nColumns + c] as number;
      if (v !== 0) {
        const o = side === 'rows' ? c : r;
        const slot = at[o] as number;
        index[slot] = side === 'rows' ? r : c;
        value[slot] = v;
        at[o] = slot + 1;
      }
    }
  }
  const out = new Float64Array(inner * inner);
  for (let o = 0; o < outer; o++) {
    const first = start[o] as number;
    const count = (start[o + 1] as number) - first;
    const w = 1 / (weights[o] as number);
    for (let a = 0; a < count; a++) {
      const row = (index[first + a] as number) * inner;
      const va = (value[first + a] as number) * w;
      for (let b = 0; b <= a; b++) {
        const k = row + (index[first + b] as number);
        out[k] = (out[k] as number) + va * (value[first + b] as number);
      }
    }
  }
  return out;
}

/** S ← D^{-1/2} S D^{-1/2} on the lower triangle. */
function scaleSymmetric(s: Float64Array, n: number, degree: Float64Array): void {
  const root = Float64Array.from(degree, Math.sqrt);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) s[i * n + j] = (s[i * n + j] as number) / ((root[i] as number) * (root[j] as number));
  }
}
