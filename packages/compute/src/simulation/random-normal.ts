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
