import { ChanyeError } from '../errors.js';
import type { Matrix } from '../numeric/matrix.js';

/**
 * The binary presence matrix M_cp = 1 when `measure` (RCA or RPOP) is at least `threshold`,
 * else 0; NaN reads as 0 (as py-ecomplexity's `nan_to_num` does).
 *
 * @example presence(matrixFromRows([[2, 0.5], [NaN, 1]])).values // returns Float64Array [1, 0, 0, 1]
 */
export function presence(measure: Matrix, threshold = 1): Matrix {
  if (!Number.isFinite(threshold)) throw new ChanyeError('invalid-input', `invalid threshold: ${threshold}`);
  const out = new Float64Array(measure.values.length);
  measure.values.forEach((v, k) => {
    out[k] = (Number.isNaN(v) ? 0 : v) >= threshold ? 1 : 0;
  });
  return { rows: measure.rows, columns: measure.columns, values: out };
}

/**
 * Combines two presence matrices cell by cell: `'or'` (present by either test — Stata
 * `ecomplexity` with both `rca()` and `rpop()`) or `'and'` (present by both tests).
 *
 * @example combinePresence(matrixFromRows([[1, 0]]), matrixFromRows([[1, 1]]), 'and').values // returns Float64Array [1, 0]
 */
export function combinePresence(a: Matrix, b: Matrix, rule: 'or' | 'and'): Matrix {
  if (a.rows !== b.rows || a.columns !== b.columns) throw new Error('presence matrices differ in shape');
  const out = new Float64Array(a.values.length);
  for (let k = 0; k < out.length; k++) {
    const x = (a.values[k] as number) === 1;
    const y = (b.values[k] as number) === 1;
    out[k] = (rule === 'or' ? x || y : x && y) ? 1 : 0;
  }
  return { rows: a.rows, columns: a.columns, values: out };
}

/**
 * Checks that a user-supplied presence matrix holds only 0 and 1 (py-ecomplexity's
 * `presence_test="manual"`) and returns it unchanged.
 *
 * @example manualPresence(matrixFromRows([[1, 0]])).values // returns Float64Array [1, 0]
 */
export function manualPresence(m: Matrix): Matrix {
  for (const v of m.values) {
    if (v !== 0 && v !== 1) {
      throw new ChanyeError('invalid-input', `a supplied presence matrix must hold only 0 and 1, found ${v}`);
    }
  }
  return m;
}
