import type { Matrix } from './matrix.js';
import { ChanyeError } from '../errors.js';

/** Ordinary least squares: estimates, classical standard errors and fit. */
export interface OlsResult {
  /** β, one per column of X. */
  readonly coefficients: Float64Array;
  /** Classical (homoskedastic) standard errors: √(s² · diag((XᵀX)⁻¹)), s² = SSR / df. */
  readonly standardErrors: Float64Array;
  /**
   * (XᵀX)⁻¹ = R⁻¹R⁻ᵀ from the R of the QR factorization (row-major k × k, symmetric): XᵀX is
   * never formed, so the result keeps the accuracy of X's condition number, not its square.
   */
  readonly xtxInverse: Float64Array;
  /**
   * The classical covariance of the estimates, s²·(XᵀX)⁻¹ (row-major k × k); its diagonal is
   * the square of {@link standardErrors}. All NaN when df ≤ 0.
   */
  readonly covariance: Float64Array;
  /** y − Xβ. */
  readonly residuals: Float64Array;
  /** Sum of squared residuals. */
  readonly ssr: number;
  /**
   * 1 − SSR / Σ(y − ȳ)²: the usual centred R², meaningful when X spans a constant (or when
   * y and X are already demeaned, as in a within regression).
   */
  readonly r2: number;
  /** Observations. */
  readonly n: number;
  /** Regressors (columns of X). */
  readonly k: number;
  /** Residual degrees of freedom, n − k (less any `absorbed` parameters). */
  readonly df: number;
}

/** Options of {@link ols}. */
export interface OlsOptions {
  /**
   * Parameters absorbed before the regression (e.g. the G country means swept out by a
   * within transformation): subtracted from the residual degrees of freedom so that the
   * standard errors equal those of the dummy-variable regression. Default 0.
   */
  readonly absorbed?: number;
}

/**
 * Least squares y ≈ Xβ by Householder QR (Golub and Van Loan, *Matrix Computations*, 4th ed.,
 * §5.2 and §5.3.3): X = QR, β solves Rβ = Qᵀy by back substitution, and (XᵀX)⁻¹ = R⁻¹R⁻ᵀ,
 * so the normal equations are never formed (their condition number is the square of X's).
 * X is row-major (`Matrix`); no value may be NaN. Throws `invalid-input` when X has fewer rows
 * than columns or is rank-deficient (a diagonal of R below 1e-10 times the largest
 * column norm).
 *
 * @example
 * // y = 1 + 2x on x = 0, 1, 2
 * ols({ rows: 3, columns: 2, values: Float64Array.of(1, 0, 1, 1, 1, 2) }, [1, 3, 5]).coefficients
 * // returns Float64Array [1, 2]
 */
export function ols(X: Matrix, y: ArrayLike<number>, options: OlsOptions = {}): OlsResult {
  const n = X.rows;
  const k = X.columns;
  if (y.length !== n) throw new ChanyeError('invalid-input', `ols: y has ${y.length} values, X has ${n} rows`);
  if (n < k || k === 0) throw new ChanyeError('invalid-input', `ols: ${n} observations for ${k} regressors`);
  for (let i = 0; i < X.values.length; i++) {
    if (!Number.isFinite(X.values[i])) throw new ChanyeError('invalid-input', 'ols: X has a missing or infinite value');
  }
  // Column-major working copies: Householder reflections act on columns.
  const a: Float64Array[] = Array.from({ length: k }, (_, j) => {
    const col = new Float64Array(n);
    for (let i = 0; i < n; i++) col[i] = X.values[i * k + j] as number;
    return col;
  });
  const qty = Float64Array.from(y as ArrayLike<number>);
  if (!qty.every(Number.isFinite)) throw new ChanyeError('invalid-input', 'ols: y has a missing or infinite value');
  let scale = 0;
  for (const col of a) scale = Math.max(scale, norm(col, 0));
  const r = new Float64Array(k * k); // upper triangle, row-major
  for (let j = 0; j < k; j++) {
    const col = a[j] as Float64Array;
    const alpha = norm(col, j);
    if (!(alpha > 1e-10 * scale)) {
      throw new ChanyeError('invalid-input', `ols: X is rank-deficient (column ${j} is a combination of the others)`);
    }
    const x0 = col[j] as number;
    const diag = x0 > 0 ? -alpha : alpha;
    // v = x − diag·e1, stored in col[j..]; H = I − 2vvᵀ/(vᵀv).
    col[j] = x0 - diag;
    let vv = 0;
    for (let i = j; i < n; i++) vv += (col[i] as number) ** 2;
    const reflect = (target: Float64Array): void => {
      let dot = 0;
      for (let i = j; i < n; i++) dot += (col[i] as number) * (target[i] as number);
      const f = (2 * dot) / vv;
      for (let i = j; i < n; i++) target[i] = (target[i] as number) - f * (col[i] as number);
    };
    for (let m = j + 1; m < k; m++) reflect(a[m] as Float64Array);
    reflect(qty);
    r[j * k + j] = diag;
    for (let m = j + 1; m < k; m++) r[j * k + m] = (a[m] as Float64Array)[j] as number;
  }
  const beta = new Float64Array(k);
  for (let j = k - 1; j >= 0; j--) {
    let s = qty[j] as number;
    for (let m = j + 1; m < k; m++) s -= (r[j * k + m] as number) * (beta[m] as number);
    beta[j] = s / (r[j * k + j] as number);
  }
  const residuals = new Float64Array(n);
  let ssr = 0;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += ((y[i] as number) - mean) / (i + 1);
  let sst = 0;
  for (let i = 0; i < n; i++) {
    let fit = 0;
    for (let j = 0; j < k; j++) fit += (X.values[i * k + j] as number) * (beta[j] as number);
    const e = (y[i] as number) - fit;
    residuals[i] = e;
    ssr += e * e;
    sst += ((y[i] as number) - mean) ** 2;
  }
  const df = n - k - (options.absorbed ?? 0);
  const s2 = df > 0 ? ssr / df : NaN;
  const xtxInverse = inverseGram(r, k);
  const covariance = new Float64Array(k * k);
  for (let i = 0; i < k * k; i++) covariance[i] = s2 * (xtxInverse[i] as number);
  const standardErrors = new Float64Array(k);
  for (let j = 0; j < k; j++) standardErrors[j] = Math.sqrt(covariance[j * k + j] as number);
  return {
    coefficients: beta,
    standardErrors,
    xtxInverse,
    covariance,
    residuals,
    ssr,
    r2: sst > 0 ? 1 - ssr / sst : NaN,
    n,
    k,
    df,
  };
}

/**
 * (XᵀX)⁻¹ = (RᵀR)⁻¹ = R⁻¹R⁻ᵀ from the upper-triangular R (row-major k × k): R⁻¹ by back
 * substitution, then element (j, l) = Σ_{m ≥ max(j, l)} (R⁻¹)_{jm}(R⁻¹)_{lm} (Golub and Van
 * Loan 2013, Matrix Computations, 4th ed., §5.3). The diagonal is summed as the standard
 * errors always were.
 */
function inverseGram(r: Float64Array, k: number): Float64Array {
  const rinv = new Float64Array(k * k);
  for (let c = 0; c < k; c++) {
    for (let j = c; j >= 0; j--) {
      let s = j === c ? 1 : 0;
      for (let m = j + 1; m <= c; m++) s -= (r[j * k + m] as number) * (rinv[m * k + c] as number);
      rinv[j * k + c] = s / (r[j * k + j] as number);
    }
  }
  const out = new Float64Array(k * k);
  for (let j = 0; j < k; j++) {
    let d = 0;
    for (let m = j; m < k; m++) d += (rinv[j * k + m] as number) ** 2;
    out[j * k + j] = d;
    for (let l = j + 1; l < k; l++) {
      let s = 0;
      for (let m = l; m < k; m++) s += (rinv[j * k + m] as number) * (rinv[l * k + m] as number);
      out[j * k + l] = s;
      out[l * k + j] = s;
    }
  }
  return out;
}

function norm(col: Float64Array, from: number): number {
  // Scaled to avoid overflow and underflow (as LAPACK's dnrm2).
  let max = 0;
  for (let i = from; i < col.length; i++) max = Math.max(max, Math.abs(col[i] as number));
  if (max === 0) return 0;
  let s = 0;
  for (let i = from; i < col.length; i++) s += ((col[i] as number) / max) ** 2;
  return max * Math.sqrt(s);
}
