import type { Matrix } from '../numeric/matrix.js';

/**
 * out[c·n + p] += Σ_q w_cq · scale_q · b_qp for a (mostly sparse) locations × products `w` and
 * a dense products × products `b` (row-major). Zeros of `w` are skipped (a 0/1 presence
 * matrix is mostly zeros), and four rows of `b` are combined per pass over a row of `out`,
 * which cuts the loads and stores of `out` by four (about 2.5 times faster in V8 than one
 * row per pass).
 */
export function addSparseTimesDense(
  w: Matrix,
  b: Float64Array,
  scale: Float64Array | undefined,
  out: Float64Array,
): void {
  const { rows, columns: n } = w;
  const index = new Uint32Array(n);
  const coefficient = new Float64Array(n);
  for (let c = 0; c < rows; c++) {
    const row = c * n;
    let count = 0;
    for (let q = 0; q < n; q++) {
      const a = (w.values[row + q] as number) * (scale === undefined ? 1 : (scale[q] as number));
      if (a !== 0) {
        index[count] = q * n;
        coefficient[count] = a;
        count++;
      }
    }
    const o = out.subarray(row, row + n);
    let j = 0;
    for (; j + 3 < count; j += 4) {
      const b0 = index[j] as number;
      const b1 = index[j + 1] as number;
      const b2 = index[j + 2] as number;
      const b3 = index[j + 3] as number;
      const a0 = coefficient[j] as number;
      const a1 = coefficient[j + 1] as number;
      const a2 = coefficient[j + 2] as number;
      const a3 = coefficient[j + 3] as number;
      for (let p = 0; p < n; p++) {
        o[p] =
          (o[p] as number) +
          a0 * (b[b0 + p] as number) +
          a1 * (b[b1 + p] as number) +
          a2 * (b[b2 + p] as number) +
          a3 * (b[b3 + p] as number);
      }
    }
    for (; j < count; j++) {
      const b0 = index[j] as number;
      const a0 = coefficient[j] as number;
      for (let p = 0; p < n; p++) o[p] = (o[p] as number) + a0 * (b[b0 + p] as number);
    }
  }
}
