import { networkLayout } from '@chanye/charts';
import { productSpace, type ComplexityYear, type ProductSpaceLink } from '@chanye/compute';

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
}

/** Default threshold of strong links (Hidalgo et al. 2007). */
export const PRODUCT_SPACE_THRESHOLD = 0.55;

const graphs = new WeakMap<ComplexityYear, ProductSpaceGraph>();
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
 * The product space of `year` (maximum spanning tree of the proximity matrix plus the links
 * with φ ≥ 0.55), each product's total exports, and a deterministic layout. Computed at most
 * once per year of a run, and the layout at most once per process for the same graph, so the
 * report and every API request after the first pay nothing for it.
 *
 * @example
 * const graph = productSpaceGraph(run.years[0]);
 * graph.positions.length === 2 * graph.products.length // returns true
 */
export function productSpaceGraph(year: ComplexityYear): ProductSpaceGraph {
  const found = graphs.get(year);
  if (found) return found;
  const links = productSpace(year.proximity, { threshold: PRODUCT_SPACE_THRESHOLD });
  const key = fingerprint(year.products, links);
  let positions = layouts.get(key);
  if (!positions) {
    positions = networkLayout(year.products.length, links);
    layouts.set(key, positions);
    for (const old of layouts.keys()) if (layouts.size > 4) layouts.delete(old);
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
  };
  graphs.set(year, graph);
  return graph;
}
