import { ChanyeError } from '../errors.js';
import { luFactor, luSolve, type KernelOptions } from '../linalg/lu.js';
import type { Mrio } from './mrio.js';

/**
 * How net changes in inventories enter upstreamness:
 * - `adjust` (default): the correction of Antràs, Chor, Fally and Hillberry (2012, eq. 7), as
 *   Antràs and Chor (2018) apply it to WIOD: inventory change N_i is neither an intermediate nor
 *   a final use, so the allocation shares are taken over output net of it,
 *   Δ_ij = z_ij / (x_i − N_i). A sector adding to its stocks (N_i > 0) sells a larger share of
 *   the rest as intermediates, one running down stocks (N_i < 0) a smaller one.
 * - `none`: inventory change is final use like any other, Δ = diag(x)⁻¹·Z, the allocation matrix
 *   of the Ghosh model (Fally 2012; Miller and Temurshoev 2017).
 */
export type InventoryTreatment = 'adjust' | 'none';

/** How inventories are treated, and how the factorization of I − Δ runs ({@link KernelOptions}). */
export interface UpstreamnessOptions extends KernelOptions {
  readonly inventories?: InventoryTreatment;
  /** The final-demand category holding net changes in inventories (default 'INVEN', WIOD's). */
  readonly inventoryCategory?: string;
}

export interface Upstreamness {
  /** U = (I − Δ)⁻¹·1 (length n): 1 for a sector selling only to final users, more the further upstream. */
  readonly upstreamness: Float64Array;
  /** Net inventory change N_i summed over every destination (length n; 0 with `none`). */
  readonly inventories: Float64Array;
  readonly treatment: InventoryTreatment;
}

/**
 * Upstreamness of every region-sector (Antràs, Chor, Fally and Hillberry 2012, "Measuring the
 * upstreamness of production and trade flows", AER P&P 102(3): 412-416; Fally 2012; Antràs and
 * Chor 2018, "On the measurement of upstreamness and downstreamness in global value chains", in
 * Ing and Yu (eds.), World Trade Evolution, Routledge). In a world table exports and imports are
 * explicit, so the only correction of AFCH's eq. 7 left is the one for inventories:
 *   U = (I − Δ)⁻¹·1,  Δ_ij = z_ij / (x_i − N_i).
 * A sector with x_i − N_i ≤ 0 (no output, or output all put in stock) gets a zero row of Δ,
 * hence U_i = 1.
 *
 * @example upstreamness(createMrio({ regions: ['R'], sectors: ['a', 'b'], finalDemandCategories: ['F'],
 *   Z: Float64Array.of(0, 50, 0, 0), Y: Float64Array.of(50, 100) }), { inventories: 'none' }).upstreamness
 *   // returns [1.5, 1]: a sells half its output to b, which sells only to final users
 */
export function upstreamness(model: Mrio, options: UpstreamnessOptions = {}): Upstreamness {
  const treatment = options.inventories ?? 'adjust';
  if (treatment !== 'adjust' && treatment !== 'none') {
    throw new ChanyeError(
      'invalid-input',
      `invalid inventory treatment: ${String(treatment)} (expected adjust or none)`,
    );
  }
  const n = model.Z.rows;
  const inventories = new Float64Array(n);
  if (treatment === 'adjust') {
    const category = options.inventoryCategory ?? 'INVEN';
    const k = model.finalDemandCategories.indexOf(category);
    if (k < 0) {
      throw new ChanyeError(
        'invalid-input',
        `no final-demand category '${category}' for inventories (categories: ${model.finalDemandCategories.join(', ')})`,
      );
    }
    const K = model.finalDemandCategories.length;
    const cols = model.Y.columns;
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let r = 0; r < model.regions.length; r++) s += model.Y.values[i * cols + r * K + k] as number;
      inventories[i] = s;
    }
  }
  const base = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const b = (model.x[i] as number) - (inventories[i] as number);
    base[i] = b > 0 ? 1 / b : 0;
  }
  // I − Δ: row i of Z scaled by 1/(x_i − N_i).
  const m = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const row = i * n;
    const r = base[i] as number;
    for (let j = 0; j < n; j++) m[row + j] = -(model.Z.values[row + j] as number) * r;
    m[row + i] = 1 + (m[row + i] as number);
  }
  const factor = luFactor(
    { rows: n, columns: n, values: m },
    { inPlace: true, kernel: options.kernel, threads: options.threads },
  );
  const ones = new Float64Array(n).fill(1);
  return { upstreamness: luSolve(factor, ones), inventories, treatment };
}
