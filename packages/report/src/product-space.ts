import { networkLayout } from '@chanye/charts';
import { productSpace, type ComplexityYear, type ProductSpaceLink } from '@chanye/compute';
import { PRODUCT_SPACE_THRESHOLD, type ProductSpaceLayout } from './product-space-layout.js';

/** The product space of one year of a complexity run, laid out for drawing. */
export interface ProductSpaceGraph {
  readonly time: number;
  /** Links with proximity at or above this are added to the maximum spanning tree. */
  readonly threshold: number;
  readonly products: readonly string[];
  /** Each product's exports summed over the economies of the run (the run's unit, US$). */
  readonly exports: Float64Array;
  /** Maximum spanning tree first, then the strong links (see `productSpace` in @chanye/compute). */
  readonly links: readonly ProductSpaceLink[];
  /** `networkLayout` positions, `[x0, y0, x1, y1, …]` in [0, 1]. */
  readonly positions: Float64Array;
  /** `stored`: the fixed long-run layout (catalog/results/product-space-layout.json); `year`: this year's own. */
  readonly layout: 'stored' | 'year';
}

export { PRODUCT_SPACE_THRESHOLD };

const graphs = new WeakMap<ComplexityYear, ProductSpaceGraph>();
const storedGraphs = new WeakMap<ComplexityYear, ProductSpaceGraph>();
/** Layouts by a fingerprint of the nodes and links: a second run on the same data reuses the first's. */
const layouts = new Map<string, Float64Array>();

/** FNV-1a over the product codes and link pairs: equal graphs, equal keys. */
function fingerprint(products: readonly string[], links: readonly ProductSpaceLink[]): string {
  let h = 0x811c9dc5;
  const mix = (x: number): void => {
    h = Math.imul(h ^ x, 0x01000193) >>> 0;
  };
  for (const p of products) for (let i = 0; i < p.length; i++) mix(p.charCodeAt(i));
  for (const l of links) {
    mix(l.source);
    mix(l.target);
  }
  return `${products.length}:${links.length}:${h.toString(16)}`;
}

/**
 * The stored layout's positions and links for the products of `year`, or undefined when the
 * year has a product the layout does not place (another classification, user data).
 */
function fromStored(
  year: ComplexityYear,
  layout: ProductSpaceLayout,
): { positions: Float64Array; links: ProductSpaceLink[] } | undefined {
  const at = new Map(layout.products.map((p, k) => [p, k]));
  if (!year.products.every((p) => at.has(p))) return undefined;
  const positions = new Float64Array(2 * year.products.length);
  year.products.forEach((p, j) => {
    const k = at.get(p) as number;
    positions[2 * j] = layout.x[k] as number;
    positions[2 * j + 1] = layout.y[k] as number;
  });
  const index = new Map(year.products.map((p, j) => [p, j]));
  const links = layout.links.flatMap(([a, b, proximity, tree]) => {
    const source = index.get(a);
    const target = index.get(b);
    return source === undefined || target === undefined
      ? []
      : [{ source, target, proximity, spanningTree: tree === 1 }];
  });
  return { positions, links };
}

/**
 * The product space of `year` with each product's total exports. With the stored `layout`
 * (catalog/results/product-space-layout.json) every year and economy is drawn on the same
 * fixed map: its positions, and its long-run backbone among the year's products. Without one,
 * or for products it does not place, the year's own backbone (maximum spanning tree of the
 * proximity matrix plus the links with φ ≥ 0.55) laid out deterministically. Computed at most
 * once per year of a run, and a year's own layout at most once per process for the same graph.
 *
 * @example
 * const graph = productSpaceGraph(run.years[0]);
 * graph.positions.length === 2 * graph.products.length // returns true
 */
export function productSpaceGraph(year: ComplexityYear, layout?: ProductSpaceLayout): ProductSpaceGraph {
  const cache = layout ? storedGraphs : graphs;
  const found = cache.get(year);
  if (found) return found;
  const stored = layout ? fromStored(year, layout) : undefined;
  const links = stored?.links ?? productSpace(year.proximity, { threshold: PRODUCT_SPACE_THRESHOLD });
  let positions = stored?.positions;
  if (!positions) {
    const key = fingerprint(year.products, links);
    positions = layouts.get(key);
    if (!positions) {
      positions = networkLayout(year.products.length, links);
      layouts.set(key, positions);
      for (const old of layouts.keys()) if (layouts.size > 4) layouts.delete(old);
    }
  }
  const P = year.products.length;
  const L = year.locations.length;
  const exports = new Float64Array(P);
  for (let c = 0; c < L; c++) {
    for (let p = 0; p < P; p++) {
      const v = year.values.values[c * P + p] as number;
      if (Number.isFinite(v)) exports[p] = (exports[p] as number) + v;
    }
  }
  const graph: ProductSpaceGraph = {
    time: year.time,
    threshold: PRODUCT_SPACE_THRESHOLD,
    products: year.products,
    exports,
    links,
    positions,
    layout: stored ? 'stored' : 'year',
  };
  cache.set(year, graph);
  return graph;
}
