import type { Matrix } from '../numeric/matrix.js';

/**
 * Diversity k_c,0 = Σ_p M_cp: how many products each location (row) is present in.
 *
 * @example diversity(matrixFromRows([[1, 1], [0, 1]])) // returns Float64Array [2, 1]
 */
export function diversity(m: Matrix): Float64Array {
  const out = new Float64Array(m.rows);
  for (let c = 0; c < m.rows; c++) {
    let s = 0;
    for (let p = 0; p < m.columns; p++) s += m.values[c * m.columns + p] as number;
    out[c] = s;
  }
  return out;
}

/**
 * Ubiquity k_p,0 = Σ_c M_cp: how many locations are present in each product (column).
 *
 * @example ubiquity(matrixFromRows([[1, 1], [0, 1]])) // returns Float64Array [1, 2]
 */
export function ubiquity(m: Matrix): Float64Array {
  const out = new Float64Array(m.columns);
  for (let c = 0; c < m.rows; c++) {
    for (let p = 0; p < m.columns; p++) out[p] = (out[p] as number) + (m.values[c * m.columns + p] as number);
  }
  return out;
}
