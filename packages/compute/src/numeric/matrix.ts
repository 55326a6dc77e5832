/**
 * The dense matrix every computation of the package shares: rows × columns of doubles in one
 * row-major Float64Array, with helpers to build one and to read a column. A units × indicators
 * table of a composite index, a locations × products table of complexity, a coefficient
 * matrix of an input-output table and a design matrix of a regression are all one.
 *
 * @module
 */

/**
 * A matrix, row-major: `values[i * columns + j]` is element (i, j) — e.g. indicator `j` of
 * unit `i` (an economy, or an economy-year). Where values may be missing (composite indices),
 * missing is NaN.
 */
export interface Matrix {
  readonly rows: number;
  readonly columns: number;
  readonly values: Float64Array;
}

/** Builds a matrix from nested arrays (rows of equal length). */
export function matrixFromRows(rows: readonly (readonly number[])[]): Matrix {
  const columns = rows[0]?.length ?? 0;
  const values = new Float64Array(rows.length * columns);
  rows.forEach((row, i) => {
    if (row.length !== columns) throw new Error(`row ${i} has ${row.length} values, expected ${columns}`);
    values.set(row, i * columns);
  });
  return { rows: rows.length, columns, values };
}

/** The finite values of column `j`. */
export function columnValues(m: Matrix, j: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < m.rows; i++) {
    const v = m.values[i * m.columns + j] as number;
    if (!Number.isNaN(v)) out.push(v);
  }
  return out;
}

/** A new matrix of the same shape, all NaN. */
export function matrixLike(m: Matrix): Matrix {
  return { rows: m.rows, columns: m.columns, values: new Float64Array(m.values.length).fill(NaN) };
}
