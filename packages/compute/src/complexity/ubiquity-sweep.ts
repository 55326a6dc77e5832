import type { Matrix } from '../numeric/matrix.js';
import type { Convention } from './convention.js';
import { stataSd } from './eci-pci.js';
import { meanAndPopulationSd } from './moments.js';

/** Density, COI and COG of one period (see {@link discreteDensityAndOutlook}). */
export interface DensityAndOutlook {
  readonly density: Matrix;
  readonly coi: Float64Array;
  readonly cog: Matrix;
}

/**
 * Density, COI and COG for the discrete symmetric proximity φ_pq = C_pq / max(k_p, k_q)
 * (C = MᵀM, k ubiquity; diagonal 1, or 0 with `convention: 'stata'`), without forming φ:
 * the same values as `density(m, φ)` and `complexityOutlook(m, d, pciUncentered, φ)`, to
 * rounding, in O(nnz(M) · locations) instead of O(nnz(M) · products).
 *
 * Why it works: every term of M·φ is Σ_q M_cq C_qp / max(k_q, k_p), and C_qp counts the
 * locations c′ present in both q and p, so
 *   (M·φ)_cp = Σ_{c′ ∈ L_p} [ A_cc′(k_p) / k_p + B_cc′(k_p) ],
 * with L_p the locations present in p, A_cc′(t) the number of products of ubiquity ≤ t that
 * c and c′ share and B_cc′(t) the sum of 1/k_q over the shared products of ubiquity > t.
 * A and B are locations × locations (230 × 230 for trade data, not 5,000 × 5,000) and change
 * only when t passes a product's ubiquity, so one sweep through the products in ascending
 * ubiquity builds A (adding each product's L_q × L_q block) and one in descending ubiquity
 * builds B; each product p reads |L_p| rows of them. Both sums only ever add (A counts
 * exactly; B sums positive terms), so there is no cancellation. COG's
 * Σ_q M_cq s_q φ_qp (s_q = PCI_q / Σ_j φ_qj) and column totals Σ_q s_q φ_qp are the same
 * sums weighted by s_q, and the row sums Σ_q φ_pq are the diagonal case c = c′.
 *
 * `m` must be 0/1 (as `presence` returns). Products with zero ubiquity get NaN density
 * (0/0) and zero COG, locations with zero diversity zero density, as the dense path gives.
 *
 * @example discreteDensityAndOutlook(m, indices.pciUncentered).density // equals density(m, proximity(m)) to rounding
 */
export function discreteDensityAndOutlook(
  m: Matrix,
  pciUncentered: ArrayLike<number>,
  options: { convention?: Convention } = {},
): DensityAndOutlook {
  const { rows: L, columns: n } = m;
  const stata = (options.convention ?? 'py-ecomplexity') === 'stata';
  const mv = m.values;

  // Locations present in each product (CSR, ascending), and products grouped by ubiquity.
  const k = new Int32Array(n);
  for (let c = 0; c < L; c++) {
    const row = c * n;
    for (let p = 0; p < n; p++) if (mv[row + p] !== 0) k[p] = (k[p] as number) + 1;
  }
  const start = new Int32Array(n + 1);
  for (let p = 0; p < n; p++) start[p + 1] = (start[p] as number) + (k[p] as number);
  const at = start.slice(0, n);
  const located = new Int32Array(start[n] as number);
  for (let c = 0; c < L; c++) {
    const row = c * n;
    for (let p = 0; p < n; p++) {
      if (mv[row + p] !== 0) {
        located[at[p] as number] = c;
        at[p] = (at[p] as number) + 1;
      }
    }
  }
  const byUbiquity = countingSort(k, L);

  // Row sums R_p = Σ_q φ_pq from the diagonal of A and B (per-location vectors).
  const rowSums = new Float64Array(n);
  const diagonal = new Float64Array(L);
  sweep(byUbiquity, k, 'ascending', (group) => {
    for (const q of group) {
      for (let i = start[q] as number; i < (start[q + 1] as number); i++) {
        const c = located[i] as number;
        diagonal[c] = (diagonal[c] as number) + 1;
      }
    }
    for (const p of group) {
      let s = 0;
      for (let i = start[p] as number; i < (start[p + 1] as number); i++) s += diagonal[located[i] as number] as number;
      rowSums[p] = s / (k[p] as number);
    }
  });
  diagonal.fill(0);
  sweep(byUbiquity, k, 'descending', (group, t) => {
    for (const p of group) {
      let s = 0;
      for (let i = start[p] as number; i < (start[p + 1] as number); i++) s += diagonal[located[i] as number] as number;
      rowSums[p] = (rowSums[p] as number) + s - (stata ? 1 : 0);
    }
    for (const q of group) {
      for (let i = start[q] as number; i < (start[q + 1] as number); i++) {
        const c = located[i] as number;
        diagonal[c] = (diagonal[c] as number) + 1 / t;
      }
    }
  });

  const scale = new Float64Array(n);
  for (let q = 0; q < n; q++) {
    const a = (pciUncentered[q] as number) / (rowSums[q] as number);
    scale[q] = Number.isFinite(a) ? a : 0;
  }

  // num = M·φ and g = M·(diag(s) φ), locations × products; totals = sᵀφ.
  const num = new Float64Array(L * n);
  const g = new Float64Array(L * n);
  const totals = new Float64Array(n);
  const x = new Float64Array(L * L);
  const xs = new Float64Array(L * L);
  const acc = new Float64Array(L);
  const accS = new Float64Array(L);
  // Sums the rows L_p of x and xs into column p of num and g (four rows per pass over acc).
  const gather = (p: number, divisor: number): number => {
    acc.fill(0);
    accS.fill(0);
    let diag = 0;
    const end = start[p + 1] as number;
    let i = start[p] as number;
    for (; i < end; i++) diag += xs[(located[i] as number) * (L + 1)] as number;
    i = start[p] as number;
    for (; i + 3 < end; i += 4) {
      const r0 = (located[i] as number) * L;
      const r1 = (located[i + 1] as number) * L;
      const r2 = (located[i + 2] as number) * L;
      const r3 = (located[i + 3] as number) * L;
      for (let c = 0; c < L; c++) {
        acc[c] =
          (acc[c] as number) +
          (x[r0 + c] as number) +
          (x[r1 + c] as number) +
          (x[r2 + c] as number) +
          (x[r3 + c] as number);
        accS[c] =
          (accS[c] as number) +
          (xs[r0 + c] as number) +
          (xs[r1 + c] as number) +
          (xs[r2 + c] as number) +
          (xs[r3 + c] as number);
      }
    }
    for (; i < end; i++) {
      const row = (located[i] as number) * L;
      for (let c = 0; c < L; c++) {
        acc[c] = (acc[c] as number) + (x[row + c] as number);
        accS[c] = (accS[c] as number) + (xs[row + c] as number);
      }
    }
    for (let c = 0; c < L; c++) {
      num[c * n + p] = (num[c * n + p] as number) + (acc[c] as number) / divisor;
      g[c * n + p] = (g[c * n + p] as number) + (accS[c] as number) / divisor;
    }
    return diag / divisor;
  };
  const addBlock = (q: number, weight: number, weightS: number): void => {
    for (let i = start[q] as number; i < (start[q + 1] as number); i++) {
      const row = (located[i] as number) * L;
      for (let j = start[q] as number; j < (start[q + 1] as number); j++) {
        const cell = row + (located[j] as number);
        x[cell] = (x[cell] as number) + weight;
        xs[cell] = (xs[cell] as number) + weightS;
      }
    }
  };
  sweep(byUbiquity, k, 'ascending', (group, t) => {
    for (const q of group) addBlock(q, 1, scale[q] as number);
    for (const p of group) totals[p] = gather(p, t);
  });
  x.fill(0);
  xs.fill(0);
  sweep(byUbiquity, k, 'descending', (group, t) => {
    for (const p of group) totals[p] = (totals[p] as number) + gather(p, 1);
    for (const q of group) addBlock(q, 1 / t, (scale[q] as number) / t);
  });

  const density = new Float64Array(L * n);
  const cog = new Float64Array(L * n);
  const coiRaw = new Float64Array(L);
  for (let c = 0; c < L; c++) {
    const row = c * n;
    let coi = 0;
    for (let p = 0; p < n; p++) {
      const present = mv[row + p] as number;
      const valid = (k[p] as number) > 0;
      let numerator = num[row + p] as number;
      let gain = g[row + p] as number;
      let total = totals[p] as number;
      if (stata && valid) {
        numerator -= present;
        gain -= present * (scale[p] as number);
        total -= scale[p] as number;
      }
      const d = numerator / (rowSums[p] as number);
      density[row + p] = d;
      const absent = 1 - present;
      cog[row + p] = absent === 0 ? 0 : absent * (total - gain);
      const term = d * absent * (pciUncentered[p] as number);
      if (!Number.isNaN(term)) coi += term;
    }
    coiRaw[c] = coi;
  }
  const { mean, sd: populationSd } = meanAndPopulationSd(coiRaw);
  const sd = stata ? stataSd(populationSd, L, n) : populationSd;
  return {
    density: { rows: L, columns: n, values: density },
    coi: coiRaw.map((v) => (v - mean) / sd),
    cog: { rows: L, columns: n, values: cog },
  };
}

/** Products in ascending order of ubiquity (counting sort; ubiquity ≤ `max`). */
function countingSort(k: Int32Array, max: number): Int32Array {
  const count = new Int32Array(max + 2);
  for (const v of k) count[v + 1] = (count[v + 1] as number) + 1;
  for (let v = 0; v <= max; v++) count[v + 1] = (count[v + 1] as number) + (count[v] as number);
  const out = new Int32Array(k.length);
  k.forEach((v, p) => {
    out[count[v] as number] = p;
    count[v] = (count[v] as number) + 1;
  });
  return out;
}

/** Calls `visit` once per group of products of equal, positive ubiquity t, in the given order. */
function sweep(
  order: Int32Array,
  k: Int32Array,
  direction: 'ascending' | 'descending',
  visit: (group: Int32Array, t: number) => void,
): void {
  const n = order.length;
  let first = 0;
  while (first < n && k[order[first] as number] === 0) first++;
  const groups: [number, number][] = [];
  for (let i = first; i < n;) {
    let j = i + 1;
    while (j < n && k[order[j] as number] === k[order[i] as number]) j++;
    groups.push([i, j]);
    i = j;
  }
  if (direction === 'descending') groups.reverse();
  for (const [i, j] of groups) visit(order.subarray(i, j), k[order[i] as number] as number);
}
