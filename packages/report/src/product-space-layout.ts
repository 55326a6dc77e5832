/**
 * The product space's fixed layout: positions and links computed once from the long-run
 * proximities of the snapshot's two HS 2007 years (1980 and 2017) and stored in
 * `catalog/results/product-space-layout.json`, so that every economy, year and run draws the
 * same map, as the Atlas of Economic Complexity draws one familiar map (Hidalgo et al. 2007
 * built theirs from 1998-2000 proximities). `npm run build:product-space-layout` writes it;
 * a test rebuilds it and compares.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { networkLayout } from '@chanye/charts';
import { productSpace, type ComplexityYear } from '@chanye/compute';
import { runComplexity } from '@chanye/engine';
import type { Store } from '@chanye/store';

/** The datasets whose proximities are averaged: the snapshot's two HS 2007 years. */
export const LAYOUT_DATASETS = ['trade-1980', 'trade-2017'] as const;

/** Default threshold of strong links (Hidalgo et al. 2007). */
export const PRODUCT_SPACE_THRESHOLD = 0.55;

/** The stored layout: products with their positions in [0, 1], and the backbone's links by code. */
export interface ProductSpaceLayout {
  readonly about: string;
  readonly datasets: readonly string[];
  readonly threshold: number;
  /** HS 2007 codes, sorted. */
  readonly products: readonly string[];
  /** Positions in [0, 1], rounded to 4 decimals: `x[k]`, `y[k]` of `products[k]`. */
  readonly x: readonly number[];
  readonly y: readonly number[];
  /** `[source, target, proximity, 1 if in the maximum spanning tree else 0]`, by product code. */
  readonly links: readonly (readonly [string, string, number, 0 | 1])[];
}

export const productSpaceLayoutPath = (catalogDir: string): string =>
  join(catalogDir, 'results', 'product-space-layout.json');

const round = (v: number, digits: number): number => Number(v.toFixed(digits));

/**
 * Long-run proximity: for each pair of products, the mean of its proximity over the years in
 * which both products are traded (Atlas filter on, py-ecomplexity's discrete proximity).
 */
function longRunProximity(years: readonly ComplexityYear[]): { products: string[]; phi: Float64Array } {
  const products = [...new Set(years.flatMap((y) => y.products))].sort();
  const index = new Map(products.map((p, k) => [p, k]));
  const n = products.length;
  const sum = new Float64Array(n * n);
  const count = new Uint8Array(n * n);
  for (const y of years) {
    const at = y.products.map((p) => index.get(p) as number);
    const m = y.products.length;
    for (let i = 0; i < m; i++)
      for (let j = 0; j < m; j++) {
        const v = y.proximity.values[i * m + j] as number;
        if (!Number.isFinite(v)) continue;
        const k = (at[i] as number) * n + (at[j] as number);
        sum[k] = (sum[k] as number) + v;
        count[k] = (count[k] as number) + 1;
      }
  }
  const phi = new Float64Array(n * n);
  for (let k = 0; k < n * n; k++) phi[k] = (count[k] as number) > 0 ? (sum[k] as number) / (count[k] as number) : 0;
  return { products, phi };
}

/** Computes the layout from the snapshot (what `npm run build:product-space-layout` stores). */
export async function buildProductSpaceLayout(store: Store): Promise<ProductSpaceLayout> {
  const years: ComplexityYear[] = [];
  for (const dataset of LAYOUT_DATASETS) {
    const run = await runComplexity(store, { source: { dataset }, atlasFilter: true });
    years.push(...run.years);
  }
  const { products, phi } = longRunProximity(years);
  const n = products.length;
  const links = productSpace({ rows: n, columns: n, values: phi }, { threshold: PRODUCT_SPACE_THRESHOLD });
  const positions = networkLayout(n, links);
  return {
    about:
      'Product space layout of Chanye: maximum spanning tree and links with proximity ≥ 0.55 (Hidalgo et al. 2007) ' +
      'of the mean discrete proximity over the snapshot’s HS 2007 4-digit exports of 1980 (converted from SITC by ' +
      'Open Trade Statistics) and 2017, Atlas filter on; positions by networkLayout (deterministic). ' +
      'Written by npm run build:product-space-layout; never edited by hand.',
    datasets: [...LAYOUT_DATASETS],
    threshold: PRODUCT_SPACE_THRESHOLD,
    products,
    x: products.map((_p, k) => round(positions[2 * k] as number, 4)),
    y: products.map((_p, k) => round(positions[2 * k + 1] as number, 4)),
    links: links.map((l) => [
      products[l.source] as string,
      products[l.target] as string,
      round(l.proximity, 4),
      l.spanningTree ? 1 : 0,
    ]),
  };
}

const loaded = new Map<string, ProductSpaceLayout | undefined>();

/** The stored layout of a catalogue, read once per process; undefined when the file is absent. */
export function storedProductSpaceLayout(catalogDir: string): ProductSpaceLayout | undefined {
  if (!loaded.has(catalogDir)) {
    let layout: ProductSpaceLayout | undefined;
    try {
      layout = JSON.parse(readFileSync(productSpaceLayoutPath(catalogDir), 'utf8')) as ProductSpaceLayout;
    } catch {
      layout = undefined;
    }
    loaded.set(catalogDir, layout);
  }
  return loaded.get(catalogDir);
}
