import type { Matrix } from '../numeric/matrix.js';
import { reciprocalOutput } from './coefficients.js';
import { luFactor, luInverse } from '../linalg/lu.js';
import { identityMinus, vecMat } from './leontief.js';

/**
 * The Ghosh inverse G = (I − B)⁻¹ with B = diag(x)⁻¹·Z, obtained from the Leontief inverse as
 * G = diag(x)⁻¹·L·diag(x) (Miller and Blair 2009, eq. 12.12), g[i, j] = l[i, j]·x[j] / x[i],
 * with no second inversion. A zero-output sector i has a zero row of B, so row i of G is e_i'
 * exactly as the direct inverse gives (pymrio's calc_G(B)); pymrio's shortcut
 * calc_G(B, L, x) would leave that row 0.
 */
export function ghoshInverse(L: Matrix, x: ArrayLike<number>): Matrix {
  const n = L.rows;
  const rec = reciprocalOutput(x);
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const row = i * n;
    const r = rec[i] as number;
    if (r === 0) {
      out[row + i] = 1;
      continue;
    }
    for (let j = 0; j < n; j++) out[row + j] = (L.values[row + j] as number) * (x[j] as number) * r;
  }
  return { rows: n, columns: n, values: out };
}

/** G = (I − B)⁻¹ by inverting directly; for tests of {@link ghoshInverse} and small systems. */
export function ghoshInverseDirect(B: Matrix): Matrix {
  return luInverse(luFactor(identityMinus(B), { inPlace: true }));
}

/** x' = v'·G: the supply-driven output of primary inputs v (Ghosh 1958). */
export function ghoshOutput(v: ArrayLike<number>, G: Matrix): Float64Array {
  return vecMat(v, G);
}
