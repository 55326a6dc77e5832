import { reciprocalOutput } from './coefficients.js';
import { isFactor, leontiefOutput, rowTimesLeontief, type Leontief } from './leontief.js';

/**
 * How forward linkages are measured: `ghosh` (default), Rasmussen's index on the rows of the
 * Ghosh inverse G = diag(x)⁻¹·L·diag(x), the supply-side view recommended since Beyers (1976)
 * and Jones (1976) (Miller and Blair 2009, §12.2.2); `leontief`, Rasmussen's original
 * "sensitivity of dispersion" on the rows of L.
 */
export type ForwardLinkageBasis = 'ghosh' | 'leontief';

/** Key-sector classes (Miller and Blair 2009, §12.2.3, after Rasmussen 1956 and Hirschman 1958). */
export type LinkageClass =
  /** Backward and forward index above 1. */
  | 'key'
  /** Only the backward index above 1: a strong buyer. */
  | 'backward'
  /** Only the forward index above 1: a strong supplier. */
  | 'forward'
  /** Neither. */
  | 'weak';

export interface Linkages {
  /** Rasmussen backward linkage BL_j = n·Σ_i l[i, j] / Σ_ij l[i, j]. */
  readonly backward: Float64Array;
  /** Forward linkage FL_i = n·Σ_j g[i, j] / Σ_ij g[i, j] (or with L, see the basis). */
  readonly forward: Float64Array;
  readonly classes: readonly LinkageClass[];
  readonly basis: ForwardLinkageBasis;
}

/**
 * Rasmussen (1956) normalized backward and forward linkages and key sectors. Needs only the
 * column sums of L and the row sums of G (or L), so from a factorization it costs two solves:
 * 1'·L, and G·1 = diag(x)⁻¹·L·x. A zero-output sector's row of G is e_i' (see ghoshInverse).
 *
 * @example rasmussenLinkages(leontiefInverse(A), x).classes // 'key' | 'backward' | 'forward' | 'weak' per sector
 */
export function rasmussenLinkages(
  l: Leontief,
  x: ArrayLike<number>,
  options: { forward?: ForwardLinkageBasis } = {},
): Linkages {
  const basis = options.forward ?? 'ghosh';
  if (basis !== 'ghosh' && basis !== 'leontief') throw new Error(`invalid forward linkage basis: ${String(basis)}`);
  const n = isFactor(l) ? l.n : l.rows;
  const ones = new Float64Array(n).fill(1);
  const colSums = rowTimesLeontief(ones, l);
  let rowSums: Float64Array;
  if (basis === 'leontief') {
    rowSums = leontiefOutput(l, ones);
  } else {
    const lx = leontiefOutput(l, x);
    const rec = reciprocalOutput(x);
    rowSums = new Float64Array(n);
    for (let i = 0; i < n; i++) rowSums[i] = rec[i] === 0 ? 1 : (lx[i] as number) * (rec[i] as number);
  }
  const backward = normalize(colSums);
  const forward = normalize(rowSums);
  const classes: LinkageClass[] = [];
  for (let j = 0; j < n; j++) {
    const b = (backward[j] as number) > 1;
    const f = (forward[j] as number) > 1;
    classes.push(b && f ? 'key' : b ? 'backward' : f ? 'forward' : 'weak');
  }
  return { backward, forward, classes, basis };
}

function normalize(sums: Float64Array): Float64Array {
  let total = 0;
  for (const s of sums) total += s;
  const scale = sums.length / total;
  return sums.map((s) => s * scale);
}
