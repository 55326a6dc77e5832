/**
 * The product space as a graph (Hidalgo, Klinger, Barabási and Hausmann 2007, "The Product
 * Space Conditions the Development of Nations", Science 317: 482-487; supporting material):
 * the backbone is the maximum spanning tree of the proximity matrix, so every product is
 * connected through its strongest links, and the links with proximity at or above a threshold
 * (0.55 in the paper) are added on top. The Atlas of Economic Complexity draws its product
 * space the same way.
 *
 * @module
 */
import type { Matrix } from '../numeric/matrix.js';
import { ChanyeError } from '../errors.js';

export interface ProductSpaceLink {
  readonly source: number;
  readonly target: number;
  readonly proximity: number;
  /** Part of the maximum spanning tree (else added for being above the threshold). */
  readonly spanningTree: boolean;
}

export interface ProductSpaceOptions {
  /** Links with proximity ≥ this are added to the tree (default 0.55, Hidalgo et al. 2007). */
  readonly threshold?: number;
}

/**
 * Maximum spanning tree (Prim's algorithm on the dense matrix, O(n²)) plus the links at or
 * above `threshold`, for a symmetric proximity matrix (the larger of φ_ij and φ_ji is used if
 * it is not symmetric). Products with no positive proximity to any other stay isolated (a
 * spanning forest). Links are listed once, source < target, tree links first.
 *
 * @example
 * // φ(0,1) = 0.9, φ(1,2) = 0.6, φ(0,2) = 0.3: tree 0-1, 1-2; with threshold 0.55 nothing is added
 * productSpace({ rows: 3, columns: 3, values: Float64Array.of(0, .9, .3, .9, 0, .6, .3, .6, 0) }).length // returns 2
 */
export function productSpace(phi: Matrix, options: ProductSpaceOptions = {}): ProductSpaceLink[] {
  const n = phi.rows;
  if (phi.columns !== n) throw new ChanyeError('invalid-input', 'the proximity matrix must be square');
  const threshold = options.threshold ?? 0.55;
  const w = (i: number, j: number): number =>
    Math.max(phi.values[i * n + j] as number, phi.values[j * n + i] as number);
  const inTree = new Uint8Array(n);
  const best = new Float64Array(n).fill(-Infinity);
  const parent = new Int32Array(n).fill(-1);
  const links: ProductSpaceLink[] = [];
  const treePairs = new Set<number>();
  for (let start = 0; start < n; start++) {
    if (inTree[start]) continue;
    // Grow one tree of the forest from `start`.
    best[start] = Infinity;
    parent[start] = -1; // a zero-proximity candidate link from an earlier tree is no link
    for (;;) {
      let u = -1;
      let bu = 0;
      for (let v = 0; v < n; v++) {
        if (!inTree[v] && (best[v] as number) > 0 && (u === -1 || (best[v] as number) > bu)) {
          u = v;
          bu = best[v] as number;
        }
      }
      if (u === -1) break;
      inTree[u] = 1;
      const p = parent[u] as number;
      if (p >= 0) {
        const [a, b] = p < u ? [p, u] : [u, p];
        links.push({ source: a, target: b, proximity: w(a, b), spanningTree: true });
        treePairs.add(a * n + b);
      }
      for (let v = 0; v < n; v++) {
        if (inTree[v]) continue;
        const x = w(u, v);
        if (x > (best[v] as number)) {
          best[v] = x;
          parent[v] = u;
        }
      }
    }
  }
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const x = w(i, j);
      if (x >= threshold && x > 0 && !treePairs.has(i * n + j)) {
        links.push({ source: i, target: j, proximity: x, spanningTree: false });
      }
    }
  }
  return links;
}
