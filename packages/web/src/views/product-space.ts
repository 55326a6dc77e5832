/**
 * The product-space view: the proximity network of products (Hidalgo et al. 2007) with the
 * economy's exports highlighted, the products it does not yet export by distance and PCI (the
 * feasibility view), and those with the highest complexity outlook gain (GET /api/complexity and /api/complexity/product-space; see
 * docs/methods/economic-complexity.md).
 *
 * @module
 */
import { formatNumber, type ChartSpec, type NetworkChartSpec } from '@chanye/charts';
import { apiPath } from '../api.js';
import type { ComplexityAnswer, ProductSpaceAnswer } from '../api-types.js';
import { t, type Lang } from '../i18n.js';
import type { Reads } from '../reads.js';
import { citeText } from './cite.js';
import { NotCovered, type LoadContext } from './load.js';
import type { View } from './view.js';

/** A cell of a complexity table, as the route types it. */
type ComplexityCell = ComplexityAnswer['rows'][number][string];

/**
 * One table of GET /api/complexity with the columns a view reads. The route types its rows
 * only as records of cells (their columns depend on `table`), so `R` names the columns the
 * CLI's file of that table has, and must keep to the route's cell types.
 */
export type ComplexityTable<R extends Readonly<Record<string, ComplexityCell>>> = Reads<
  ComplexityAnswer,
  { dataset: true; note: true }
> & { readonly rows: readonly R[] };

/** A row of the `economy-products` table (economy_products.csv). */
export type EconomyProduct = {
  readonly product: string;
  readonly rca?: number | null;
  readonly mcp: number | null;
  readonly density: number | null;
  readonly cog: number | null;
};
/** A row of the `products` table (products.csv). */
export type Product = {
  readonly product: string;
  readonly name: string | null;
  readonly name_zh: string | null;
  readonly pci: number | null;
};

/** A product's name in the page's language (Chanye's Chinese HS names; English where none). */
const productName = (p: { name: string | null; name_zh?: string | null } | undefined, lang: Lang): string | null =>
  (lang === 'zh' ? p?.name_zh : undefined) ?? p?.name ?? null;

/** `/api/complexity/product-space`: the network with its layout, as the report draws it. */
export type ProductSpace = Reads<
  ProductSpaceAnswer,
  {
    dataset: true;
    time: true;
    note: true;
    nodes: {
      product: true;
      name: true;
      name_zh: true;
      group: true;
      sector: true;
      sector_zh: true;
      pci: true;
      exports: true;
      x: true;
      y: true;
    };
    links: { source: true; target: true; spanning_tree: true };
    sectors: { name_en: true; name_zh: true };
  }
>;

/** The tooltip's figures of a node: PCI, and the economy's RCA, density and COG. */
function nodeHint(pci: number | null, cell: EconomyProduct | undefined, lang: Lang): string {
  return [
    `PCI ${formatNumber(pci, 2)}`,
    `RCA ${formatNumber(cell?.rca, 2)}`,
    `${t(lang, 'density')} ${formatNumber(cell?.density, 3)}`,
    `COG ${formatNumber(cell?.cog, 3)}`,
  ].join(lang === 'zh' ? '，' : ', ');
}

/**
 * The product space as a network chart: the API's nodes at their layout positions, sized by
 * world exports (US$ million), the economy's products with RCA ≥ 1 (`mcp = 1`) highlighted.
 */
export function productSpaceNetwork(
  space: ProductSpace,
  cells: ComplexityTable<EconomyProduct>,
  name: string,
  lang: Lang,
): NetworkChartSpec {
  const exported = new Set(cells.rows.filter((c) => c.mcp === 1).map((c) => c.product));
  const cellOf = new Map(cells.rows.map((c) => [c.product, c]));
  const index = new Map(space.nodes.map((n, j) => [n.product, j]));
  const links = space.links.flatMap((l) => {
    const source = index.get(l.source);
    const target = index.get(l.target);
    return source === undefined || target === undefined ? [] : [{ source, target, backbone: l.spanning_tree }];
  });
  const nodes = space.nodes.map((n) => ({
    id: n.product,
    label: productName(n, lang) ?? n.product,
    // Ten sectors (catalog/product-sectors.yaml) rather than 22 HS sections: colours a reader tells apart.
    group: (lang === 'zh' ? n.sector_zh : n.sector) ?? n.group ?? '–',
    x: n.x,
    y: n.y,
    size: n.exports / 1e6,
    highlight: exported.has(n.product),
    hint: nodeHint(n.pci, cellOf.get(n.product), lang),
  }));
  return {
    kind: 'network',
    id: 'product-space-network',
    title: t(lang, 'networkTitle', { name }),
    description: t(lang, 'networkDescription', {
      name,
      nodes: nodes.length,
      links: links.length,
      exported: nodes.filter((n) => n.highlight).length,
    }),
    source: `${space.note} (${space.dataset})`,
    key: t(lang, 'sector'),
    digits: 0,
    groups: space.sectors.map((k) => (lang === 'zh' ? k.name_zh : k.name_en)),
    nodes,
    links,
    labels: {
      highlight: t(lang, 'rcaOne'),
      other: t(lang, 'otherProducts'),
      nodes: t(lang, 'products'),
      size: t(lang, 'worldExports'),
    },
  };
}

/** An opportunity of the feasibility view: a product without presence, with a PCI. */
export interface FeasibilityPoint {
  readonly product: string;
  readonly distance: number;
  readonly pci: number;
  readonly cog: number | null;
}

/**
 * The economy's opportunities (mcp = 0, with a PCI and a density) nearest first, the median
 * distance, and the two lists of `economyFeasibility` in @chanye/compute, the same rules as
 * `chanye complexity --economy` and the report: the `limit` nearest, and the `limit` highest
 * PCI at or below the median distance (docs/methods/economic-complexity.md, "Feasibility view").
 */
export function feasibility(
  cells: readonly EconomyProduct[],
  pci: ReadonlyMap<string, number | null>,
  limit = 10,
): { all: FeasibilityPoint[]; median: number; nearest: FeasibilityPoint[]; mostComplexNear: FeasibilityPoint[] } {
  const byCode = (a: FeasibilityPoint, b: FeasibilityPoint): number =>
    a.product < b.product ? -1 : a.product > b.product ? 1 : 0;
  const all = cells
    .flatMap((c) => {
      const y = pci.get(c.product);
      if (c.mcp !== 0 || c.density === null || y === null || y === undefined) return [];
      return [{ product: c.product, distance: 1 - c.density, pci: y, cog: c.cog }];
    })
    .sort((a, b) => a.distance - b.distance || byCode(a, b));
  const n = all.length;
  const mid = n >> 1;
  const median =
    n === 0
      ? NaN
      : n % 2 === 1
        ? (all[mid] as FeasibilityPoint).distance
        : ((all[mid - 1] as FeasibilityPoint).distance + (all[mid] as FeasibilityPoint).distance) / 2;
  const mostComplexNear = all
    .filter((o) => o.distance <= median)
    .sort((a, b) => b.pci - a.pci || byCode(a, b))
    .slice(0, limit);
  return { all, median, nearest: all.slice(0, limit), mostComplexNear };
}

/** The opportunities as a scatter: distance against PCI, the five nearest and five most complex named. */
export function feasibilityChart(
  cells: ComplexityTable<EconomyProduct>,
  products: ComplexityTable<Product>,
  name: string,
  lang: Lang,
): ChartSpec {
  const info = new Map(products.rows.map((p) => [p.product, p]));
  const f = feasibility(cells.rows, new Map(products.rows.map((p) => [p.product, p.pci])));
  const named = new Set([...f.nearest.slice(0, 5), ...f.mostComplexNear.slice(0, 5)].map((o) => o.product));
  return {
    kind: 'scatter',
    id: 'product-space-feasibility',
    title: t(lang, 'feasibilityTitle', { name }),
    description: t(lang, 'feasibilityDescription', { name, n: f.all.length, median: formatNumber(f.median, 3) }),
    source: cells.note,
    key: t(lang, 'product'),
    digits: 3,
    height: 380,
    x: { label: t(lang, 'distance') },
    y: { label: t(lang, 'pci') },
    xRules: [{ value: f.median, label: t(lang, 'medianDistance') }],
    points: f.all.map((o) => ({
      label: productName(info.get(o.product), lang) ?? o.product,
      hint: `${o.product}; COG ${formatNumber(o.cog, 3)}`,
      x: o.distance,
      y: o.pci,
      labelled: named.has(o.product),
    })),
  };
}

export function productSpaceView(
  cells: ComplexityTable<EconomyProduct>,
  products: ComplexityTable<Product>,
  name: string,
  lang: Lang,
  request: string,
  space?: ProductSpace,
): View {
  const info = new Map(products.rows.map((p) => [p.product, p]));
  const exported = cells.rows.filter((c) => c.mcp === 1).length;
  const top = cells.rows
    .filter((c) => c.mcp === 0 && c.cog !== null)
    .sort((a, b) => (b.cog as number) - (a.cog as number) || a.product.localeCompare(b.product))
    .slice(0, 15);
  const label = (code: string): string => {
    const n = productName(info.get(code), lang) ?? '';
    return `${code} ${n.length > 34 ? `${n.slice(0, 33)}…` : n}`.trim();
  };
  const spec: ChartSpec = {
    kind: 'dot',
    id: 'product-space',
    title: `${t(lang, 'productSpace')}: ${name}`,
    description: `${name}: ${top.map((c) => `${label(c.product)} PCI ${formatNumber(info.get(c.product)?.pci, 2)}`).join('; ')}.`,
    source: cells.note,
    key: t(lang, 'product'),
    x: { label: t(lang, 'pci') },
    rows: top.map((c) => ({
      label: label(c.product),
      points: [{ series: t(lang, 'pci'), value: info.get(c.product)?.pci ?? null }],
    })),
    height: 420,
  };
  return {
    id: 'productSpace',
    charts: [
      ...(space ? [productSpaceNetwork(space, cells, name, lang)] : []),
      feasibilityChart(cells, products, name, lang),
      spec,
    ],
    table: {
      columns: [t(lang, 'product'), t(lang, 'productName'), t(lang, 'pci'), t(lang, 'density'), t(lang, 'cog')],
      rows: top.map((c) => [
        c.product,
        productName(info.get(c.product), lang),
        info.get(c.product)?.pci ?? null,
        c.density,
        c.cog,
      ]),
    },
    digits: [0, 0, 3, 3, 3],
    note: t(lang, 'exportedCount', { n: exported, total: cells.rows.length }),
    cite: citeText(`${t(lang, 'productSpace')}, ${name}`, request, [`${cells.note} (${cells.dataset})`]),
  };
}

export async function loadProductSpace(ctx: LoadContext): Promise<View> {
  const { iso3 } = ctx;
  const located = await ctx.ask<ComplexityTable<{ location: string }>>(
    apiPath('/api/complexity', { dataset: 'trade-2017', table: 'economies', atlasFilter: 'true' }),
  );
  if (!located.rows.some((r) => r.location === iso3)) throw new NotCovered(iso3);
  const request = apiPath('/api/complexity', {
    dataset: 'trade-2017',
    table: 'economy-products',
    location: iso3,
    atlasFilter: 'true',
  });
  const products = apiPath('/api/complexity', { dataset: 'trade-2017', table: 'products', atlasFilter: 'true' });
  const network = apiPath('/api/complexity/product-space', { dataset: 'trade-2017', atlasFilter: 'true' });
  const [cells, names, space] = await Promise.all([
    ctx.ask<ComplexityTable<EconomyProduct>>(request),
    ctx.ask<ComplexityTable<Product>>(products),
    ctx.ask<ProductSpaceAnswer>(network),
  ]);
  return productSpaceView(cells, names, ctx.name, ctx.lang, request, space);
}
