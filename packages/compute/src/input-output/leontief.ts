import type { Matrix } from '../numeric/matrix.js';
import { ChanyeError } from '../errors.js';
import {
  luFactor,
  luInverse,
  luSolve,
  luSolveRows,
  luSolveTransposed,
  type KernelOptions,
  type LuFactorization,
  type LuOptions,
} from '../linalg/lu.js';

/**
 * The Leontief model x = A·x + f, solved as x = L·f with L = (I − A)⁻¹ (Miller and Blair 2009,
 * eq. 2.11). Either the explicit inverse L or the LU factorization of I − A stands for it: the
 * factorization costs a third of the inverse, and every product with a vector (x = L·f,
 * multipliers c'·L) needs only a solve.
 */
export type Leontief = Matrix | LuFactorization;

/** I − A (a new matrix). */
export function identityMinus(A: Matrix): Matrix {
  const n = A.rows;
  if (A.columns !== n) throw new ChanyeError('invalid-input', `A must be square, got ${A.rows} × ${A.columns}`);
  const out = new Float64Array(n * n);
  for (let k = 0; k < out.length; k++) out[k] = -(A.values[k] as number);
  for (let i = 0; i < n; i++) out[i * n + i] = 1 + (out[i * n + i] as number);
  return { rows: n, columns: n, values: out };
}

/**
 * The LU factorization of I − A (blocked, partial pivoting); `options.threads` shares its
 * matrix products with a pool of threads (see {@link KernelOptions}).
 */
export function leontiefFactor(A: Matrix, options: Omit<LuOptions, 'inPlace'> = {}): LuFactorization {
  return luFactor(identityMinus(A), { ...options, inPlace: true });
}

/**
 * The Leontief inverse L = (I − A)⁻¹, via LU with partial pivoting (as numpy.linalg.inv, which
 * pymrio's calc_L calls). A zero column of A (a zero-output sector) gives column e_j of L.
 *
 * @example leontiefInverse(matrixFromRows([[0.15, 0.25], [0.2, 0.05]])).values
 *   // returns ≈ [1.2541, 0.3300, 0.2640, 1.1221] (Miller and Blair 2009, eq. 2.13)
 */
export function leontiefInverse(A: Matrix | LuFactorization, options: Omit<LuOptions, 'inPlace'> = {}): Matrix {
  return luInverse(isFactor(A) ? A : leontiefFactor(A, options), options);
}

/** Whether a {@link Leontief} is the factorization rather than the explicit inverse. */
export function isFactor(l: Leontief): l is LuFactorization {
  return 'lu' in l;
}

/** x = L·f: output required by final demand f. */
export function leontiefOutput(l: Leontief, f: ArrayLike<number>): Float64Array {
  if (isFactor(l)) return luSolve(l, f);
  return matVec(l, f);
}

/** c'·L as a vector (length n): the total (direct plus indirect) content of c per unit of final demand. */
export function rowTimesLeontief(c: ArrayLike<number>, l: Leontief): Float64Array {
  if (isFactor(l)) return luSolveTransposed(l, c);
  return vecMat(c, l);
}

/** C·L for a block of row vectors C (m × n): one blocked solve from a factorization. */
export function rowsTimesLeontief(c: Matrix, l: Leontief, options: KernelOptions = {}): Matrix {
  if (isFactor(l)) return luSolveRows(l, c, options);
  const n = l.columns;
  if (c.columns !== l.rows) throw new ChanyeError('invalid-input', `rows have ${c.columns} values, expected ${l.rows}`);
  const out = new Float64Array(c.rows * n);
  for (let r = 0; r < c.rows; r++) out.set(vecMat(c.values.subarray(r * c.columns, (r + 1) * c.columns), l), r * n);
  return { rows: c.rows, columns: n, values: out };
}

/** M·u for a row-major square matrix. */
export function matVec(m: Matrix, u: ArrayLike<number>): Float64Array {
  const n = m.rows;
  const cols = m.columns;
  if (u.length !== cols) throw new ChanyeError('invalid-input', `vector has ${u.length} values, expected ${cols}`);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const row = i * cols;
    let s = 0;
    for (let j = 0; j < cols; j++) s += (m.values[row + j] as number) * (u[j] as number);
    out[i] = s;
  }
  return out;
}

/** c'·M for a row-major matrix. */
export function vecMat(c: ArrayLike<number>, m: Matrix): Float64Array {
  const cols = m.columns;
  if (c.length !== m.rows) throw new ChanyeError('invalid-input', `vector has ${c.length} values, expected ${m.rows}`);
  const out = new Float64Array(cols);
  for (let i = 0; i < m.rows; i++) {
    const ci = c[i] as number;
    if (ci === 0) continue;
    const row = i * cols;
    for (let j = 0; j < cols; j++) out[j] = (out[j] as number) + ci * (m.values[row + j] as number);
  }
  return out;
}
