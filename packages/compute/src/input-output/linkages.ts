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
  /**
   * Rasmussen backward linkage BL_j = Σ_i l[i, j] / mean over producing sectors k of Σ_i l[i, k]
   * (M&B eq. 12.17: normalized by the average over the whole table); NaN for a sector without output.
   */
  readonly backward: Float64Array;
  /** Forward linkage FL_i = Σ_j g[i, j] / mean over producing sectors of the row sums (or with L, see the basis); NaN without output. */
  readonly forward: Float64Array;
  /** The key-sector class, null for a sector with no gross output (x ≤ 0): it buys and sells nothing, so it has no linkages to rank. */
  readonly classes: readonly (LinkageClass | null)[];
  /** How many sectors the indices are averaged over (those with x > 0). */
  readonly producing: number;
  readonly basis: ForwardLinkageBasis;
}

/**
 * Rasmussen (1956) normalized backward and forward linkages and key sectors. Needs only the
 * column sums of L and the row sums of G (or L), so from a factorization it costs two solves:
 * 1'·L, and G·1 = diag(x)⁻¹·L·x.
 *
 * The normalizing mean is over every sector of the table that produces (x > 0). A sector
 * without output (WIOD: 22 region-sectors in 2011, mostly c35) has a unit column of L and a
 * unit row of G (see ghoshInverse) whatever the economy is like: counting those 1s in the mean
 * would pull it down and lift every other index, and classing the sector itself ("weak")
 * would describe an industry that does not exist. Its indices are NaN and its class null.
 *
 * @example rasmussenLinkages(leontiefInverse(A), x).classes // 'key' | 'backward' | 'forward' | 'weak' | null per sector
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
  const produces = Array.from({ length: n }, (_, j) => (x[j] as number) > 0);
  const backward = normalize(colSums, produces);
  const forward = normalize(rowSums, produces);
  const classes: (LinkageClass | null)[] = [];
  for (let j = 0; j < n; j++) {
    if (!produces[j]) {
      classes.push(null);
      continue;
    }
    const b = (backward[j] as number) > 1;
    const f = (forward[j] as number) > 1;
    classes.push(b && f ? 'key' : b ? 'backward' : f ? 'forward' : 'weak');
  }
  return { backward, forward, classes, producing: produces.filter(Boolean).length, basis };
}

/** Each producing sector's sum over the mean of the producing sectors' sums; NaN for the others. */
function normalize(sums: Float64Array, produces: readonly boolean[]): Float64Array {
  let total = 0;
  let count = 0;
  sums.forEach((s, j) => {
    if (!produces[j]) return;
    total += s;
    count += 1;
  });
  const scale = count / total;
  return sums.map((s, j) => (produces[j] ? s * scale : NaN));
}
