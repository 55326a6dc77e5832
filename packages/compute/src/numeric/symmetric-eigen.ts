/**
 * All eigenpairs of a real symmetric n × n matrix stored row-major in a `Float64Array`:
 * Householder reduction to tridiagonal form, then the implicit QL iteration with shifts
 * (the EISPACK `tred2`/`tql2` pair; Golub and Van Loan, *Matrix Computations*, 4th ed.,
 * §8.3; Wilkinson and Reinsch, *Handbook for Automatic Computation* II, 1971). O(n³) with
 * small constants, so a few hundred rows take milliseconds: the one eigensolver of the
 * package, for the proximity matrices of economic complexity as for the correlation matrices
 * of a few indicators (PCA weights).
 *
 * @module
 */

/**
 * Returns eigenvalues in descending order and the matching unit eigenvectors as the rows of
 * `vectors` (`vectors[k * n + i]` is component i of eigenvector k); each vector's sign is
 * chosen so that its largest component (in absolute value) is positive. Only the lower
 * triangle of `matrix` is read.
 *
 * @example symmetricEigen(Float64Array.of(2, 1, 1, 2), 2).values // returns Float64Array [3, 1]
 */
export function symmetricEigen(matrix: ArrayLike<number>, n: number): { values: Float64Array; vectors: Float64Array } {
  if (matrix.length !== n * n) throw new Error(`the matrix must hold ${n} × ${n} values`);
  // z holds the orthogonal transform column-wise during the reduction (z[i * n + j] = Z_ij).
  const z = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) z[i * n + j] = matrix[i * n + j] as number;
  const d = new Float64Array(n);
  const e = new Float64Array(n);
  if (n === 0) return { values: d, vectors: z };
  tridiagonalize(z, d, e, n);
  diagonalizeTridiagonal(z, d, e, n);

  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (d[b] as number) - (d[a] as number));
  const values = new Float64Array(n);
  const vectors = new Float64Array(n * n);
  order.forEach((col, k) => {
    values[k] = d[col] as number;
    let largest = 0;
    for (let i = 0; i < n; i++) {
      const v = z[i * n + col] as number;
      if (Math.abs(v) > Math.abs(largest)) largest = v;
    }
    const sign = largest < 0 ? -1 : 1;
    for (let i = 0; i < n; i++) vectors[k * n + i] = sign * (z[i * n + col] as number);
  });
  return { values, vectors };
}

/**
 * Householder reduction of the symmetric matrix in the lower triangle of `z` to a tridiagonal
 * matrix with diagonal `d` and sub-diagonal `e[1..n-1]`; on return `z` holds the accumulated
 * orthogonal transform.
 */
function tridiagonalize(z: Float64Array, d: Float64Array, e: Float64Array, n: number): void {
  const at = (i: number, j: number): number => z[i * n + j] as number;
  for (let j = 0; j < n; j++) d[j] = at(n - 1, j);
  for (let i = n - 1; i > 0; i--) {
    let scale = 0;
    let h = 0;
    for (let k = 0; k < i; k++) scale += Math.abs(d[k] as number);
    if (scale === 0) {
      e[i] = d[i - 1] as number;
      for (let j = 0; j < i; j++) {
        d[j] = at(i - 1, j);
        z[i * n + j] = 0;
        z[j * n + i] = 0;
      }
    } else {
      for (let k = 0; k < i; k++) {
        const dk = (d[k] as number) / scale;
        d[k] = dk;
        h += dk * dk;
      }
      let f = d[i - 1] as number;
      let g = f > 0 ? -Math.sqrt(h) : Math.sqrt(h);
      e[i] = scale * g;
      h -= f * g;
      d[i - 1] = f - g;
      for (let j = 0; j < i; j++) e[j] = 0;
      for (let j = 0; j < i; j++) {
        f = d[j] as number;
        z[j * n + i] = f;
        g = (e[j] as number) + at(j, j) * f;
        for (let k = j + 1; k < i; k++) {
          const zkj = at(k, j);
          g += zkj * (d[k] as number);
          e[k] = (e[k] as number) + zkj * f;
        }
        e[j] = g;
      }
      f = 0;
      for (let j = 0; j < i; j++) {
        const ej = (e[j] as number) / h;
        e[j] = ej;
        f += ej * (d[j] as number);
      }
      const hh = f / (h + h);
      for (let j = 0; j < i; j++) e[j] = (e[j] as number) - hh * (d[j] as number);
      for (let j = 0; j < i; j++) {
        f = d[j] as number;
        g = e[j] as number;
        for (let k = j; k < i; k++) z[k * n + j] = at(k, j) - (f * (e[k] as number) + g * (d[k] as number));
        d[j] = at(i - 1, j);
        z[i * n + j] = 0;
      }
    }
    d[i] = h;
  }
  // Accumulate the transformations.
  for (let i = 0; i < n - 1; i++) {
    z[(n - 1) * n + i] = at(i, i);
    z[i * n + i] = 1;
    const h = d[i + 1] as number;
    if (h !== 0) {
      for (let k = 0; k <= i; k++) d[k] = at(k, i + 1) / h;
      for (let j = 0; j <= i; j++) {
        let g = 0;
        for (let k = 0; k <= i; k++) g += at(k, i + 1) * at(k, j);
        for (let k = 0; k <= i; k++) z[k * n + j] = at(k, j) - g * (d[k] as number);
      }
    }
    for (let k = 0; k <= i; k++) z[k * n + i + 1] = 0;
  }
  for (let j = 0; j < n; j++) {
    d[j] = at(n - 1, j);
    z[(n - 1) * n + j] = 0;
  }
  z[(n - 1) * n + n - 1] = 1;
  e[0] = 0;
}

/** Implicit QL iteration on the tridiagonal (d, e), rotating the columns of `z` along. */
function diagonalizeTridiagonal(z: Float64Array, d: Float64Array, e: Float64Array, n: number): void {
  for (let i = 1; i < n; i++) e[i - 1] = e[i] as number;
  e[n - 1] = 0;
  let shiftSum = 0;
  let norm = 0;
  const eps = Number.EPSILON;
  for (let l = 0; l < n; l++) {
    norm = Math.max(norm, Math.abs(d[l] as number) + Math.abs(e[l] as number));
    let m = l;
    while (m < n && Math.abs(e[m] as number) > eps * norm) m++;
    if (m > l) {
      for (let iteration = 0; ; iteration++) {
        if (iteration > 60) throw new Error('the QL iteration did not converge');
        let g = d[l] as number;
        let p = ((d[l + 1] as number) - g) / (2 * (e[l] as number));
        let r = Math.hypot(p, 1);
        if (p < 0) r = -r;
        d[l] = (e[l] as number) / (p + r);
        d[l + 1] = (e[l] as number) * (p + r);
        const dl1 = d[l + 1] as number;
        let h = g - (d[l] as number);
        for (let i = l + 2; i < n; i++) d[i] = (d[i] as number) - h;
        shiftSum += h;
        p = d[m] as number;
        let c = 1;
        let c2 = 1;
        let c3 = 1;
        const el1 = e[l + 1] as number;
        let s = 0;
        let s2 = 0;
        for (let i = m - 1; i >= l; i--) {
          c3 = c2;
          c2 = c;
          s2 = s;
          const ei = e[i] as number;
          const di = d[i] as number;
          g = c * ei;
          h = c * p;
          r = Math.hypot(p, ei);
          e[i + 1] = s * r;
          s = ei / r;
          c = p / r;
          p = c * di - s * g;
          d[i + 1] = h + s * (c * g + s * di);
          for (let k = 0; k < n; k++) {
            const row = k * n;
            const zk1 = z[row + i + 1] as number;
            const zk = z[row + i] as number;
            z[row + i + 1] = s * zk + c * zk1;
            z[row + i] = c * zk - s * zk1;
          }
        }
        p = (-s * s2 * c3 * el1 * (e[l] as number)) / dl1;
        e[l] = s * p;
        d[l] = c * p;
        if (Math.abs(e[l] as number) <= eps * norm) break;
      }
    }
    d[l] = (d[l] as number) + shiftSum;
    e[l] = 0;
  }
}
