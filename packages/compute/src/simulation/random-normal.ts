import type { Matrix } from '../numeric/matrix.js';
import { ChanyeError } from '../errors.js';

/**
 * Standard normal draws from a uniform generator (Box-Muller; Box and Muller 1958, Ann. Math.
 * Statist. 29: 610-611). Deterministic given the generator, so a seed reproduces them.
 */
export function normalSampler(random: () => number): () => number {
  let spare: number | undefined;
  return () => {
    if (spare !== undefined) {
      const s = spare;
      spare = undefined;
      return s;
    }
    let u = random();
    while (u <= 0) u = random();
    const v = random();
    const r = Math.sqrt(-2 * Math.log(u));
    spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  };
}

/**
 * The covariance of OLS estimates, s²(XᵀX)⁻¹ (classical, homoskedastic), row-major k × k.
 * `s2` is the residual variance SSR / df.
 */
export function olsCovariance(X: Matrix, s2: number): Float64Array {
  const k = X.columns;
  const xtx = new Float64Array(k * k);
  for (let i = 0; i < X.rows; i++) {
    for (let a = 0; a < k; a++) {
      const xa = X.values[i * k + a] as number;
      for (let b = 0; b < k; b++) xtx[a * k + b] = (xtx[a * k + b] as number) + xa * (X.values[i * k + b] as number);
    }
  }
  const inv = invertSymmetric(xtx, k);
  for (let i = 0; i < inv.length; i++) inv[i] = (inv[i] as number) * s2;
  return inv;
}

/** The lower Cholesky factor L (LLᵀ = S) of a symmetric positive semi-definite k × k matrix. */
export function choleskyLower(S: ArrayLike<number>, k: number): Float64Array {
  const L = new Float64Array(k * k);
  for (let j = 0; j < k; j++) {
    let d = S[j * k + j] as number;
    for (let m = 0; m < j; m++) d -= (L[j * k + m] as number) ** 2;
    // Semi-definite (e.g. a zero covariance): a zero pivot leaves the column at zero.
    const ljj = d > 1e-300 ? Math.sqrt(d) : 0;
    L[j * k + j] = ljj;
    for (let i = j + 1; i < k; i++) {
      let s = S[i * k + j] as number;
      for (let m = 0; m < j; m++) s -= (L[i * k + m] as number) * (L[j * k + m] as number);
      L[i * k + j] = ljj > 0 ? s / ljj : 0;
    }
  }
  return L;
}

/** One draw of mean + L z, z standard normal: a multivariate normal with covariance LLᵀ. */
export function drawMultivariateNormal(
  mean: ArrayLike<number>,
  lower: ArrayLike<number>,
  normal: () => number,
): Float64Array {
  const k = mean.length;
  const z = new Float64Array(k);
  for (let i = 0; i < k; i++) z[i] = normal();
  const out = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    let s = mean[i] as number;
    for (let m = 0; m <= i; m++) s += (lower[i * k + m] as number) * (z[m] as number);
    out[i] = s;
  }
  return out;
}

function invertSymmetric(A: Float64Array, k: number): Float64Array {
  // Gauss-Jordan with partial pivoting on [A | I]; k is small (a handful of regressors).
  const w = 2 * k;
  const a = new Float64Array(k * w);
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) a[i * w + j] = A[i * k + j] as number;
    a[i * w + k + i] = 1;
  }
  for (let c = 0; c < k; c++) {
    let p = c;
    for (let r = c + 1; r < k; r++) if (Math.abs(a[r * w + c] as number) > Math.abs(a[p * w + c] as number)) p = r;
    const pivot = a[p * w + c] as number;
    if (Math.abs(pivot) < 1e-300) throw new ChanyeError('invalid-input', 'olsCovariance: XᵀX is singular');
    if (p !== c) {
      for (let j = 0; j < w; j++) {
        const t = a[c * w + j] as number;
        a[c * w + j] = a[p * w + j] as number;
        a[p * w + j] = t;
      }
    }
    for (let j = 0; j < w; j++) a[c * w + j] = (a[c * w + j] as number) / pivot;
    for (let r = 0; r < k; r++) {
      if (r === c) continue;
      const f = a[r * w + c] as number;
      if (f === 0) continue;
      for (let j = 0; j < w; j++) a[r * w + j] = (a[r * w + j] as number) - f * (a[c * w + j] as number);
    }
  }
  const inv = new Float64Array(k * k);
  for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) inv[i * k + j] = a[i * w + k + j] as number;
  return inv;
}
