import { Hono } from 'hono';
import type { ComplexityYear } from '@chanye/compute';
import { productSpaceGraph, storedProductSpaceLayout } from '@chanye/report';
import { productSector, type Store } from '@chanye/store';
import {
  complexityTable,
  PRESENCE_NAMES,
  runComplexity,
  toCsv,
  type ComplexityRun,
  type ComplexityTable,
  type ProductNames,
} from '@chanye/engine';
import { query, respond, type Deps } from '../http.js';
import type { RouteDoc } from '../openapi.js';
import { ComplexityQuery, ProductSpaceQuery } from '../schemas/complexity.js';
import type { z } from 'zod';

type Query = z.output<typeof ComplexityQuery>;
type Names = ProductNames;

export type { ComplexityTable } from '@chanye/engine';

/** Runs the engine with the CLI's defaults (`chanye complexity --dataset …`). */
async function run(store: Store, q: Query): Promise<{ run: ComplexityRun; names: Names }> {
  const result = await runComplexity(store, {
    source: { dataset: q.dataset },
    presence: PRESENCE_NAMES[q.presence ?? 'rca'],
    convention: q.convention ?? 'py-ecomplexity',
    rcaThreshold: q.threshold ?? 1,
    rpopThreshold: q.rpopThreshold ?? 1,
    proximity: q.continuous ? 'continuous' : 'discrete',
    asymmetric: q.asymmetric === true,
    atlasFilter: q.atlasFilter === true,
    ...(q.knn !== undefined ? { knn: q.knn } : {}),
  });
  const names: Names = result.classification === 'user' ? new Map() : await store.productNames(result.classification);
  return { run: result, names };
}

const num = (v: number | undefined): number | null => (v === undefined ? null : v);

/** The product space with its layout: what the dashboard draws, and what `chanye report` draws. */
export interface ProductSpaceAnswer {
  readonly dataset: string;
  readonly time: number;
  readonly threshold: number;
  readonly unit: string;
  readonly note: string;
  readonly layout: string;
  readonly nodes: readonly {
    product: string;
    name: string | null;
    group: string | null;
    /** The product's sector (catalog/product-sectors.yaml), in English and Chinese; null outside HS. */
    sector: string | null;
    sector_zh: string | null;
    pci: number | null;
    exports: number;
    x: number;
    y: number;
  }[];
  readonly links: readonly { source: string; target: string; proximity: number; spanning_tree: boolean }[];
  /** The sectors in colour order, with the catalogue's source. */
  readonly sectors: readonly { id: string; name_en: string; name_zh: string }[];
  readonly sectors_source: string;
}

const PRODUCT_SPACE_LAYOUT =
  'fixed: computed once from the mean proximity of 1980 and 2017 (HS 2007) and stored in catalog/results/product-space-layout.json, the same map for every economy; x and y in [0, 1]';
const YEAR_LAYOUT =
  'this run’s own backbone, laid out deterministically (a radial breadth-first start refined by Fruchterman-Reingold forces); x and y in [0, 1]';

export const complexityDocs: readonly RouteDoc[] = [
  {
    path: '/api/complexity',
    operationId: 'getComplexity',
    summary: 'Economic complexity (ECI, PCI, density, COI, COG, PRODY, EXPY) of a snapshot trade dataset',
    description:
      'runComplexity in @chanye/engine with the CLI defaults (`chanye complexity --dataset …`); each table has the columns of the file the CLI writes (economies.csv, products.csv, economy_products.csv). JSON: the run description, `columns` and `rows`.',
    tag: 'complexity',
    query: ComplexityQuery,
    csv: true,
    response: 'one table of the complexity run',
    errors: [404, 422],
  },
  {
    path: '/api/complexity/product-space',
    operationId: 'getProductSpace',
    summary: 'The product space as a network: maximum spanning tree plus links with proximity ≥ 0.55, laid out',
    description:
      'The proximity network of the last year of the run (Hidalgo et al. 2007), as `chanye complexity --product-space` writes it (links by product code, `spanning_tree` marks the backbone), with each product’s exports summed over the run’s economies and the deterministic layout the country report draws. CSV: the nodes.',
    tag: 'complexity',
    query: ProductSpaceQuery,
    csv: true,
    response:
      '{ dataset, time, threshold, unit, note, layout, nodes: [{ product, name, group, sector, sector_zh, pci, exports, x, y }], links, sectors, sectors_source }',
    errors: [404, 422],
  },
];

export function complexityRoutes(deps: Deps) {
  const { store } = deps;
  // One run serves its three tables; runs are large (proximity is products²), so keep two.
  const runs = new Map<string, Promise<{ run: ComplexityRun; names: Names }>>();
  const memo = (q: Query): Promise<{ run: ComplexityRun; names: Names }> => {
    const { table: _t, location: _l, format: _f, ...key } = q;
    const k = JSON.stringify(Object.entries(key).sort(([a], [b]) => a.localeCompare(b)));
    const found = runs.get(k);
    if (found) return found;
    const promise = run(store, q);
    promise.catch(() => runs.delete(k));
    runs.set(k, promise);
    for (const old of runs.keys()) if (runs.size > 2) runs.delete(old);
    return promise;
  };
  return new Hono()
    .get('/api/complexity/product-space', query(ProductSpaceQuery), (c) => {
      const q = c.req.valid('query');
      return respond(c, deps, q, {
        compute: async (): Promise<ProductSpaceAnswer> => {
          const { run: r, names } = await memo({
            dataset: q.dataset,
            ...(q.atlasFilter !== undefined ? { atlasFilter: q.atlasFilter } : {}),
          });
          const y = r.years.at(-1) as ComplexityYear;
          const graph = productSpaceGraph(y, storedProductSpaceLayout(store.catalogDir));
          const sectors = store.productSectors();
          return {
            dataset: r.dataset,
            time: graph.time,
            threshold: graph.threshold,
            unit: r.unit,
            note: r.note,
            layout: graph.layout === 'stored' ? PRODUCT_SPACE_LAYOUT : YEAR_LAYOUT,
            nodes: graph.products.map((product, j) => ({
              product,
              name: names.get(product)?.name ?? null,
              name_zh: names.get(product)?.name_zh ?? null,
              group: names.get(product)?.group ?? null,
              sector: productSector(sectors, product, names.get(product)?.group ?? null)?.name_en ?? null,
              sector_zh: productSector(sectors, product, names.get(product)?.group ?? null)?.name_zh ?? null,
              pci: num(y.pci[j]),
              exports: graph.exports[j] as number,
              x: graph.positions[2 * j] as number,
              y: graph.positions[2 * j + 1] as number,
            })),
            links: graph.links.map((l) => ({
              source: graph.products[l.source] as string,
              target: graph.products[l.target] as string,
              proximity: l.proximity,
              spanning_tree: l.spanningTree,
            })),
            sectors: sectors.sectors,
            sectors_source: sectors.source_en,
          };
        },
        csv: (a) =>
          toCsv(
            a.nodes.map((n) => ({ time: a.time, ...n })),
            ['time', 'product', 'name', 'name_zh', 'group', 'sector', 'pci', 'exports', 'x', 'y'],
          ),
      });
    })
    .get('/api/complexity', query(ComplexityQuery, deps.store), (c) => {
      const q = c.req.valid('query');
      const table = q.table ?? 'economies';
      return respond(c, deps, q, {
        compute: async (): Promise<ComplexityTable> => {
          const { run: r, names } = await memo(q);
          return complexityTable(r, names, table, q.location);
        },
        csv: (t) => toCsv(t.rows, t.columns),
      });
    });
}
