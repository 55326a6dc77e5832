/**
 * A deterministic layout for network charts: a radial tree layout of a breadth-first spanning
 * forest as the start, refined by Fruchterman-Reingold forces ("Graph drawing by
 * force-directed placement", Software: Practice and Experience 21(11), 1991) with repulsion
 * cut off at 2k and found through a uniform grid, as in their paper, so an iteration costs
 * O(nodes + links) rather than O(nodes²). No random numbers: the same nodes and links give
 * the same positions, bit for bit, on every run.
 */

/** A link between two node indices. */
export interface LayoutLink {
  readonly source: number;
  readonly target: number;
}

export interface NetworkLayoutOptions {
  /** Force iterations after the radial start (default 80). */
  readonly iterations?: number;
  /** Pull of every node towards the centre, per unit of distance (default 0.05). */
  readonly gravity?: number;
}

/** Nodes in order of decreasing degree, ties by index. */
function byDegree(degree: Int32Array): number[] {
  return Array.from(degree.keys()).sort((a, b) => (degree[b] as number) - (degree[a] as number) || a - b);
}

/**
 * Positions of `count` nodes joined by `links`, as `[x0, y0, x1, y1, …]`, each coordinate in
 * [0, 1] (both axes are scaled to fill the unit square).
 *
 * The start: each connected component is searched breadth first from its node of highest
 * degree; a node sits on the ring of its depth, in the middle of an angular wedge
 * proportional to the leaves below it (components share the circle the same way). Forces
 * then pull linked nodes together (d²/k), push nodes closer than 2k apart (k²/d), and pull
 * every node gently to the centre, with a step that cools linearly to zero.
 *
 * @example
 * const xy = networkLayout(3, [{ source: 0, target: 1 }, { source: 1, target: 2 }]);
 * xy.length // returns 6; the same call returns the same numbers
 */
export function networkLayout(
  count: number,
  links: readonly LayoutLink[],
  options: NetworkLayoutOptions = {},
): Float64Array {
  const n = count;
  const xy = new Float64Array(2 * n);
  if (n === 0) return xy;
  if (n === 1) return xy.fill(0.5);
  const degree = new Int32Array(n);
  for (const l of links) {
    if (!(l.source >= 0 && l.source < n && l.target >= 0 && l.target < n) || l.source === l.target) {
      throw new Error(`invalid link ${l.source}-${l.target} among ${n} nodes`);
    }
    degree[l.source] = (degree[l.source] as number) + 1;
    degree[l.target] = (degree[l.target] as number) + 1;
  }
  const first = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) first[i + 1] = (first[i] as number) + (degree[i] as number);
  const fill = first.slice(0, n);
  const adjacent = new Int32Array(2 * links.length);
  for (const l of links) {
    adjacent[fill[l.source] as number] = l.target;
    fill[l.source] = (fill[l.source] as number) + 1;
    adjacent[fill[l.target] as number] = l.source;
    fill[l.target] = (fill[l.target] as number) + 1;
  }

  // Breadth-first forest from each component's best-connected node.
  const parent = new Int32Array(n).fill(-2);
  const depth = new Int32Array(n);
  const queue = new Int32Array(n);
  let tail = 0;
  for (const root of byDegree(degree)) {
    if (parent[root] !== -2) continue;
    parent[root] = -1;
    let head = tail;
    queue[tail++] = root;
    while (head < tail) {
      const u = queue[head++] as number;
      for (let e = first[u] as number; e < (first[u + 1] as number); e++) {
        const v = adjacent[e] as number;
        if (parent[v] !== -2) continue;
        parent[v] = u;
        depth[v] = (depth[u] as number) + 1;
        queue[tail++] = v;
      }
    }
  }
  const leaves = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    const u = queue[i] as number;
    if (leaves[u] === 0) leaves[u] = 1;
    const p = parent[u] as number;
    if (p >= 0) leaves[p] = (leaves[p] as number) + (leaves[u] as number);
  }
  // Wedges, top down: `next[u]` is where u's next child's wedge begins.
  const from = new Float64Array(n);
  const to = new Float64Array(n);
  const next = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) if (parent[i] === -1) total += leaves[i] as number;
  let angle = 0;
  let maxDepth = 0;
  for (let i = 0; i < n; i++) {
    const u = queue[i] as number;
    const p = parent[u] as number;
    const share = p < 0 ? ((leaves[u] as number) / total) * 2 * Math.PI : 0;
    if (p < 0) {
      from[u] = angle;
      angle += share;
    } else {
      from[u] = next[p] as number;
      next[p] =
        (next[p] as number) +
        ((to[p] as number) - (from[p] as number)) * ((leaves[u] as number) / (leaves[p] as number));
    }
    to[u] = p < 0 ? angle : (next[p] as number);
    next[u] = from[u] as number;
    maxDepth = Math.max(maxDepth, depth[u] as number);
  }
  for (let u = 0; u < n; u++) {
    const r = ((depth[u] as number) + 1) / (maxDepth + 1) / 2;
    const a = ((from[u] as number) + (to[u] as number)) / 2;
    xy[2 * u] = 0.5 + r * Math.cos(a);
    xy[2 * u + 1] = 0.5 + r * Math.sin(a);
  }

  // Fruchterman-Reingold in the unit square, repulsion within 2k through a grid of 2k cells:
  // nodes are sorted into cells, and each cell meets itself and four of its neighbours, so
  // every pair closer than 2k is seen exactly once.
  const px = new Float64Array(n);
  const py = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    px[i] = xy[2 * i] as number;
    py[i] = xy[2 * i + 1] as number;
  }
  const k = Math.sqrt(1 / n);
  const k2 = k * k;
  const reach = 2 * k;
  const reach2 = reach * reach;
  const side = Math.max(1, Math.ceil(1 / reach));
  const cells = side * side;
  const cellOf = new Int32Array(n);
  const cellStart = new Int32Array(cells + 1);
  const sorted = new Int32Array(n);
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  const iterations = options.iterations ?? 80;
  const gravity = options.gravity ?? 0.05;
  const neighbours = [
    [1, 0],
    [-1, 1],
    [0, 1],
    [1, 1],
  ] as const;
  for (let it = 0; it < iterations; it++) {
    const temperature = 0.05 * (1 - it / iterations);
    dx.fill(0);
    dy.fill(0);
    cellStart.fill(0);
    for (let i = 0; i < n; i++) {
      const cx = Math.min(side - 1, Math.floor((px[i] as number) / reach));
      const cy = Math.min(side - 1, Math.floor((py[i] as number) / reach));
      const c = cy * side + cx;
      cellOf[i] = c;
      cellStart[c + 1] = (cellStart[c + 1] as number) + 1;
    }
    for (let c = 0; c < cells; c++) cellStart[c + 1] = (cellStart[c + 1] as number) + (cellStart[c] as number);
    const cursor = cellStart.slice(0, cells);
    for (let i = 0; i < n; i++) {
      const c = cellOf[i] as number;
      sorted[cursor[c] as number] = i;
      cursor[c] = (cursor[c] as number) + 1;
    }
    const repel = (i: number, j: number): void => {
      let ex = (px[i] as number) - (px[j] as number);
      let ey = (py[i] as number) - (py[j] as number);
      let d2 = ex * ex + ey * ey;
      if (d2 >= reach2) return;
      if (d2 === 0) {
        // Coincident nodes: part them along a direction fixed by their indices.
        ex = 1e-6 * (((i + j) % 7) - 3 || 1);
        ey = 1e-6 * (((i * 3 + j) % 5) - 2 || 1);
        d2 = ex * ex + ey * ey;
      }
      const f = k2 / d2;
      dx[i] = (dx[i] as number) + ex * f;
      dy[i] = (dy[i] as number) + ey * f;
      dx[j] = (dx[j] as number) - ex * f;
      dy[j] = (dy[j] as number) - ey * f;
    };
    for (let cy = 0; cy < side; cy++) {
      for (let cx = 0; cx < side; cx++) {
        const c = cy * side + cx;
        const a0 = cellStart[c] as number;
        const a1 = cellStart[c + 1] as number;
        if (a0 === a1) continue;
        for (let a = a0; a < a1; a++) for (let b = a + 1; b < a1; b++) repel(sorted[a] as number, sorted[b] as number);
        for (const [ox, oy] of neighbours) {
          const nx = cx + ox;
          const ny = cy + oy;
          if (nx < 0 || nx >= side || ny >= side) continue;
          const d = ny * side + nx;
          const b0 = cellStart[d] as number;
          const b1 = cellStart[d + 1] as number;
          for (let a = a0; a < a1; a++) for (let b = b0; b < b1; b++) repel(sorted[a] as number, sorted[b] as number);
        }
      }
    }
    for (const l of links) {
      const s = l.source;
      const t = l.target;
      const ex = (px[s] as number) - (px[t] as number);
      const ey = (py[s] as number) - (py[t] as number);
      const f = Math.sqrt(ex * ex + ey * ey) / k;
      dx[s] = (dx[s] as number) - ex * f;
      dy[s] = (dy[s] as number) - ey * f;
      dx[t] = (dx[t] as number) + ex * f;
      dy[t] = (dy[t] as number) + ey * f;
    }
    for (let i = 0; i < n; i++) {
      const gx = (dx[i] as number) + (0.5 - (px[i] as number)) * gravity;
      const gy = (dy[i] as number) + (0.5 - (py[i] as number)) * gravity;
      const d = Math.sqrt(gx * gx + gy * gy);
      if (d === 0) continue;
      const step = Math.min(d, temperature) / d;
      px[i] = Math.min(1, Math.max(0, (px[i] as number) + gx * step));
      py[i] = Math.min(1, Math.max(0, (py[i] as number) + gy * step));
    }
  }
  for (let i = 0; i < n; i++) {
    xy[2 * i] = px[i] as number;
    xy[2 * i + 1] = py[i] as number;
  }
  return fitUnitSquare(xy);
}

/** Scales each axis to fill [0, 1] (a flat axis goes to the middle). */
function fitUnitSquare(xy: Float64Array): Float64Array {
  for (const axis of [0, 1]) {
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = axis; i < xy.length; i += 2) {
      lo = Math.min(lo, xy[i] as number);
      hi = Math.max(hi, xy[i] as number);
    }
    for (let i = axis; i < xy.length; i += 2) xy[i] = hi > lo ? ((xy[i] as number) - lo) / (hi - lo) : 0.5;
  }
  return xy;
}
