import type { Matrix } from '../numeric/matrix.js';
import type { Convention } from './convention.js';
import { stataSd } from './eci-pci.js';
import { meanAndPopulationSd } from './moments.js';
import { addSparseTimesDense } from './sparse-product.js';

/** Complexity outlook of one period. */
export interface ComplexityOutlook {
  /** Complexity outlook index per location, standardised (mean 0, population sd 1). */
  readonly coi: Float64Array;
  /** Complexity outlook gain per location × product, in ECI standard deviations; 0 where M_cp = 1. */
  readonly cog: Matrix;
}

/**
 * Complexity outlook index and gain (Hausmann, Hidalgo et al. 2014, *The Atlas of Economic
 * Complexity*, "Complexity outlook"), as py-ecomplexity and Stata `ecomplexity` compute them:
 *
 * - COI_c = Σ_p d_cp (1 − M_cp) PCI_p, then standardised across locations;
 * - COG_cp = (1 − M_cp) Σ_q (1 − M_cq) φ_qp PCI_q / Σ_j φ_qj.
 *
 * PCI here is {@link ComplexityIndices.pciUncentered} (the reference implementations use PCI
 * before centring it), which also puts COG in ECI standard deviations. Products without a
 * PCI (zero ubiquity) add nothing.
 *
 * COG's inner sum is computed as Σ_q W_qp − Σ_{q: M_cq=1} W_qp with W_qp = φ_qp PCI_q / Σ_j φ_qj,
 * so a location costs k_c · p, not p².
 *
 * @example complexityOutlook(m, d, indices.pciUncentered, phi).coi // returns one standardised value per location
 */
export function complexityOutlook(
  m: Matrix,
  density: Matrix,
  pciUncentered: ArrayLike<number>,
  proximity: Matrix,
  options: { convention?: Convention } = {},
): ComplexityOutlook {
  const { rows, columns: n } = m;
  if (density.rows !== rows || density.columns !== n || proximity.rows !== n || proximity.columns !== n) {
    throw new Error('presence, density and proximity matrices differ in shape');
  }
  const coiRaw = new Float64Array(rows);
  for (let c = 0; c < rows; c++) {
    let s = 0;
    for (let p = 0; p < n; p++) {
      const term =
        (density.values[c * n + p] as number) * (1 - (m.values[c * n + p] as number)) * (pciUncentered[p] as number);
      if (!Number.isNaN(term)) s += term;
    }
    coiRaw[c] = s;
  }

  const phi = proximity.values;
  const scale = new Float64Array(n);
  for (let q = 0; q < n; q++) {
    let rowSum = 0;
    for (let j = 0; j < n; j++) rowSum += phi[q * n + j] as number;
    const a = (pciUncentered[q] as number) / rowSum;
    scale[q] = Number.isFinite(a) ? a : 0;
  }
  const columnTotals = new Float64Array(n);
  for (let q = 0; q < n; q++) {
    const a = scale[q] as number;
    if (a === 0) continue;
    for (let p = 0; p < n; p++) columnTotals[p] = (columnTotals[p] as number) + a * (phi[q * n + p] as number);
  }
  // G = colsum(W) − M·W, then COG = (1 − M) ∘ G.
  const cog = new Float64Array(rows * n);
  addSparseTimesDense(
    m,
    phi,
    scale.map((a) => -a),
    cog,
  );
  for (let c = 0; c < rows; c++) {
    const row = c * n;
    for (let p = 0; p < n; p++) {
      const absent = 1 - (m.values[row + p] as number);
      cog[row + p] = absent === 0 ? 0 : absent * ((columnTotals[p] as number) + (cog[row + p] as number));
    }
  }
  const { mean, sd: populationSd } = meanAndPopulationSd(coiRaw);
  const sd = (options.convention ?? 'py-ecomplexity') === 'stata' ? stataSd(populationSd, rows, n) : populationSd;
  const coi = coiRaw.map((v) => (v - mean) / sd);
  return { coi, cog: { rows, columns: n, values: cog } };
}
