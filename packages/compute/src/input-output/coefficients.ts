import type { Matrix } from '../numeric/matrix.js';
import type { Mrio } from './mrio.js';

/**
 * 1/x with 0 where x = 0, as pymrio's calc_A does (`recix[recix == inf] = 0`): a sector with
 * no output gets a zero column of coefficients, so it neither buys inputs nor blocks the
 * inverse. Negative outputs (rounding in a published table) are divided by as they are.
 */
export function reciprocalOutput(x: ArrayLike<number>): Float64Array {
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) {
    const v = x[i] as number;
    out[i] = v === 0 ? 0 : 1 / v;
  }
  return out;
}

/**
 * Technical (input) coefficients A = Z·diag(x)⁻¹: a[i, j] is what j buys from i per unit of
 * j's output (Miller and Blair 2009, eq. 2.4). Columns of zero-output sectors are 0 (pymrio).
 *
 * @example technicalCoefficients(matrixFromRows([[150, 500], [200, 100]]), [1000, 2000]).values
 *   // returns [0.15, 0.25, 0.2, 0.05]
 */
export function technicalCoefficients(Z: Matrix, x: ArrayLike<number>): Matrix {
  const n = Z.rows;
  const rec = reciprocalOutput(x);
  const out = new Float64Array(n * Z.columns);
  for (let i = 0; i < n; i++) {
    const row = i * Z.columns;
    for (let j = 0; j < Z.columns; j++) out[row + j] = (Z.values[row + j] as number) * (rec[j] as number);
  }
  return { rows: n, columns: Z.columns, values: out };
}

/**
 * Allocation (output) coefficients B = diag(x)⁻¹·Z of the Ghosh model: b[i, j] is the share of
 * i's output sold to j (Miller and Blair 2009, eq. 12.9). Rows of zero-output sectors are 0.
 */
export function allocationCoefficients(Z: Matrix, x: ArrayLike<number>): Matrix {
  const n = Z.rows;
  const rec = reciprocalOutput(x);
  const out = new Float64Array(n * Z.columns);
  for (let i = 0; i < n; i++) {
    const row = i * Z.columns;
    const r = rec[i] as number;
    for (let j = 0; j < Z.columns; j++) out[row + j] = (Z.values[row + j] as number) * r;
  }
  return { rows: n, columns: Z.columns, values: out };
}

/** Coefficients of a row of inputs (value added, emissions, jobs) per unit of output: c = v / x, 0 where x = 0. */
export function inputCoefficients(v: ArrayLike<number>, x: ArrayLike<number>): Float64Array {
  const rec = reciprocalOutput(x);
  const out = new Float64Array(v.length);
  for (let i = 0; i < v.length; i++) out[i] = (v[i] as number) * (rec[i] as number);
  return out;
}

/**
 * Intermediate import coefficients of an MRIO: m[j] = Σ over i in other regions of a[i, j],
 * the inputs region-sector j buys from abroad per unit of its output.
 */
export function importCoefficients(A: Matrix, model: Pick<Mrio, 'regions' | 'sectors'>): Float64Array {
  const S = model.sectors.length;
  const n = A.rows;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const ri = Math.floor(i / S);
    const row = i * n;
    for (let j = 0; j < n; j++) {
      if (Math.floor(j / S) !== ri) out[j] = (out[j] as number) + (A.values[row + j] as number);
    }
  }
  return out;
}
