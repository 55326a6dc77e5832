/**
 * A units × indicators matrix, row-major: `values[i * columns + j]` is indicator `j` of unit
 * `i` (an economy, or an economy-year). Missing is NaN.
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

/** Higher is better (+1) or lower is better (−1), per indicator. */
export type Polarity = 1 | -1;
