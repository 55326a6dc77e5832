import { describe, expect, it } from 'vitest';
import { productSpace, seededRandom } from '@chanye/compute';

const matrix = (rows: number[][]) => ({
  rows: rows.length,
  columns: rows.length,
  values: Float64Array.from(rows.flat()),
});

describe('productSpace(phi, options)', () => {
  it('keeps the strongest links that connect every product, then adds those above the threshold', () => {
    // Four products. By hand (Prim from 0): take 0-1 (0.9), then 1-2 (0.6) over 0-2 (0.3),
    // then 2-3 (0.5) over 0-3 (0.2) and 1-3 (0.4): tree weight 2.0. Above 0.55 outside the
    // tree: none; with threshold 0.35, 1-3 (0.4) is added.
    const phi = matrix([
      [0, 0.9, 0.3, 0.2],
      [0.9, 0, 0.6, 0.4],
      [0.3, 0.6, 0, 0.5],
      [0.2, 0.4, 0.5, 0],
    ]);
    const links = productSpace(phi);
    expect(links.map((l) => [l.source, l.target, l.spanningTree])).toEqual([
      [0, 1, true],
      [1, 2, true],
      [2, 3, true],
    ]);
    const dense = productSpace(phi, { threshold: 0.35 });
    expect(dense.filter((l) => !l.spanningTree).map((l) => [l.source, l.target])).toEqual([[1, 3]]);
  });

  it('gives n − 1 tree links of maximum total weight on a random connected matrix', () => {
    const n = 30;
    const random = seededRandom(7);
    const rows = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) rows[i]![j] = rows[j]![i] = 0.01 + 0.98 * random();
    const phi = matrix(rows);
    const tree = productSpace(phi, { threshold: 2 }).filter((l) => l.spanningTree);
    expect(tree).toHaveLength(n - 1);
    // Cut property: removing any tree link splits the tree in two; no link across the cut may
    // be heavier than the removed one (else the tree would not be maximum).
    for (const removed of tree) {
      const side = new Set([removed.source]);
      let grew = true;
      while (grew) {
        grew = false;
        for (const l of tree) {
          if (l === removed) continue;
          if (side.has(l.source) !== side.has(l.target)) {
            side.add(l.source).add(l.target);
            grew = true;
          }
        }
      }
      for (let i = 0; i < n; i++)
        for (let j = 0; j < n; j++)
          if (side.has(i) && !side.has(j)) expect(rows[i]![j]!).toBeLessThanOrEqual(removed.proximity);
    }
  });

  it('leaves a product with no positive proximity isolated', () => {
    const links = productSpace(
      matrix([
        [0, 0.5, 0],
        [0.5, 0, 0],
        [0, 0, 0],
      ]),
    );
    expect(links).toEqual([{ source: 0, target: 1, proximity: 0.5, spanningTree: true }]);
  });
});
