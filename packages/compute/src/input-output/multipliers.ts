import type { KernelOptions } from '../linalg/lu.js';
import type { Matrix } from '../numeric/matrix.js';
import { importCoefficients, inputCoefficients } from './coefficients.js';
import { isFactor, rowTimesLeontief, rowsTimesLeontief, type Leontief } from './leontief.js';
import type { Mrio } from './mrio.js';

/**
 * Simple output multipliers m_j = Σ_i l[i, j] = (1'·L)_j: total output in all region-sectors
 * per unit of final demand for j (Miller and Blair 2009, §6.2.1).
 *
 * @example outputMultipliers(leontiefInverse(matrixFromRows([[0.15, 0.25], [0.2, 0.05]])))
 *   // returns ≈ [1.5181, 1.4521]
 */
export function outputMultipliers(l: Leontief): Float64Array {
  return rowTimesLeontief(new Float64Array(size(l)).fill(1), l);
}

/**
 * Multipliers of any input row c (value added, imports, jobs…): (c'·L)_j, where c holds input
 * coefficients per unit of output (Miller and Blair 2009, §6.2.2 "income multipliers").
 */
export function inputMultipliers(c: ArrayLike<number>, l: Leontief): Float64Array {
  return rowTimesLeontief(c, l);
}

/**
 * Value-added multipliers (v/x)'·L: value added generated everywhere per unit of final demand
 * for j. With v the column-balance residual (the default of `createMrio`) they are 1 for every
 * sector with output, since (1' − 1'A)·L = 1'; what is informative is where the value added
 * arises, {@link valueAddedOrigin}.
 */
export function valueAddedMultipliers(v: ArrayLike<number>, x: ArrayLike<number>, l: Leontief): Float64Array {
  return rowTimesLeontief(inputCoefficients(v, x), l);
}

/**
 * Value added by region of origin per unit of final demand for each region-sector:
 * a regions × n matrix whose row r is (c ∘ 1_r)'·L, c = v/x. Row `region(j)` at column j is the
 * domestic value-added content of j's final products; the other rows are the foreign
 * value-added content by source (the "VB" matrix of Koopman, Wang and Wei 2014).
 */
export function valueAddedOrigin(
  model: Pick<Mrio, 'regions' | 'sectors' | 'v' | 'x'>,
  l: Leontief,
  options: KernelOptions = {},
): Matrix {
  return byRegionMultipliers(inputCoefficients(model.v, model.x), model, l, options);
}

/**
 * Region-by-region column sums of c∘L: row r, column j is Σ over i in region r of c_i·l[i, j].
 * With c = 1 it splits output multipliers into the output induced in each region.
 */
export function byRegionMultipliers(
  c: ArrayLike<number>,
  model: Pick<Mrio, 'regions' | 'sectors'>,
  l: Leontief,
  options: KernelOptions = {},
): Matrix {
  return rowsTimesLeontief(regionMaskedRows([c], model), l, options);
}

/** For each c in `rows` and each region r, the row c∘1_r (c kept in r's sectors, 0 elsewhere). */
function regionMaskedRows(rows: readonly ArrayLike<number>[], model: Pick<Mrio, 'regions' | 'sectors'>): Matrix {
  const R = model.regions.length;
  const S = model.sectors.length;
  const n = R * S;
  const out = new Float64Array(rows.length * R * n);
  rows.forEach((c, k) => {
    for (let r = 0; r < R; r++) {
      const base = (k * R + r) * n;
      for (let i = r * S; i < (r + 1) * S; i++) out[base + i] = c[i] as number;
    }
  });
  return { rows: rows.length * R, columns: n, values: out };
}

/**
 * Import multipliers m'·L with m the intermediate import coefficients (inputs bought from other
 * regions per unit of output, {@link importCoefficients}): intermediate imports, summed over
 * every border crossed, per unit of final demand for j (Miller and Blair 2009, §6.2.2 applied
 * to the MRIO).
 */
export function importMultipliers(A: Matrix, model: Pick<Mrio, 'regions' | 'sectors'>, l: Leontief): Float64Array {
  return rowTimesLeontief(importCoefficients(A, model), l);
}

/** Every multiplier the CLI reports, in one pass. */
export interface Multipliers {
  /** Σ_i l[i, j]. */
  readonly output: Float64Array;
  /** Σ over i in j's own region of l[i, j]. */
  readonly outputDomestic: Float64Array;
  /** (v/x)'·L; 1 where v is the column residual. */
  readonly valueAdded: Float64Array;
  /** Value added in j's own region per unit of final demand for j. */
  readonly valueAddedDomestic: Float64Array;
  /** Intermediate imports per unit of final demand for j. */
  readonly imports: Float64Array;
}

/** Output, domestic output, value-added, domestic value-added and import multipliers. */
export function allMultipliers(
  model: Pick<Mrio, 'regions' | 'sectors' | 'v' | 'x'>,
  A: Matrix,
  l: Leontief,
  options: KernelOptions = {},
): Multipliers {
  const R = model.regions.length;
  const S = model.sectors.length;
  const n = R * S;
  const ones = new Float64Array(n).fill(1);
  // One blocked solve for the 2R region rows and the import row.
  const masked = regionMaskedRows([ones, inputCoefficients(model.v, model.x)], model);
  const rows = new Float64Array((2 * R + 1) * n);
  rows.set(masked.values);
  rows.set(importCoefficients(A, model), 2 * R * n);
  const solved = rowsTimesLeontief({ rows: 2 * R + 1, columns: n, values: rows }, l, options).values;
  const byRegionOutput = { values: solved.subarray(0, R * n) };
  const origin = { values: solved.subarray(R * n, 2 * R * n) };
  const imports = solved.slice(2 * R * n);
  const output = new Float64Array(n);
  const valueAdded = new Float64Array(n);
  const outputDomestic = new Float64Array(n);
  const valueAddedDomestic = new Float64Array(n);
  for (let r = 0; r < R; r++) {
    for (let j = 0; j < n; j++) {
      output[j] = (output[j] as number) + (byRegionOutput.values[r * n + j] as number);
      valueAdded[j] = (valueAdded[j] as number) + (origin.values[r * n + j] as number);
    }
  }
  for (let j = 0; j < n; j++) {
    const r = Math.floor(j / S);
    outputDomestic[j] = byRegionOutput.values[r * n + j] as number;
    valueAddedDomestic[j] = origin.values[r * n + j] as number;
  }
  return { output, outputDomestic, valueAdded, valueAddedDomestic, imports };
}

function size(l: Leontief): number {
  return isFactor(l) ? l.n : l.rows;
}
