import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runComplexity } from '@chanye/engine';
import {
  buildProductSpaceLayout,
  productSpaceGraph,
  storedProductSpaceLayout,
  type ProductSpaceLayout,
} from '@chanye/report';
import { Store } from '@chanye/store';

const repoRoot = resolve(import.meta.dirname, '..', '..', '..');
let store: Store;
let stored: ProductSpaceLayout;

beforeAll(async () => {
  store = await Store.open({ userDbPath: join(repoRoot, '.no-user-db-in-tests.duckdb') });
  stored = storedProductSpaceLayout(store.catalogDir) as ProductSpaceLayout;
}, 60_000);
afterAll(() => store?.close());

describe('catalog/results/product-space-layout.json (the fixed map)', () => {
  it('is what `npm run build:product-space-layout` computes from the snapshot (never edited by hand)', async () => {
    expect(stored).toBeDefined();
    expect(await buildProductSpaceLayout(store)).toEqual(stored);
  }, 120_000);

  it('places every HS 2007 product of the snapshot in [0, 1]², with a backbone that reaches them all', async () => {
    const names = await store.productNames('hs07');
    const placed = new Set(stored.products);
    const traded = (await runComplexity(store, { source: { dataset: 'trade-2017' }, atlasFilter: true })).years[0]!;
    expect(traded.products.filter((p) => !placed.has(p))).toEqual([]);
    expect(stored.products.every((p) => names.has(p))).toBe(true);
    expect([...stored.x, ...stored.y].every((v) => v >= 0 && v <= 1)).toBe(true);
    // A spanning forest has n − (components) tree links; every product is in one.
    const inTree = new Set(stored.links.filter((l) => l[3] === 1).flatMap((l) => [l[0], l[1]]));
    expect(inTree.size).toBe(stored.products.length);
    expect(stored.links.filter((l) => l[3] === 0).every((l) => l[2] >= stored.threshold)).toBe(true);
  }, 60_000);

  it('draws 2017 on the stored map: the same position for a product in every run, links among the year’s products only', async () => {
    const year = (await runComplexity(store, { source: { dataset: 'trade-2017' }, atlasFilter: true })).years[0]!;
    const graph = productSpaceGraph(year, stored);
    expect(graph.layout).toBe('stored');
    const j = year.products.indexOf('8542');
    const k = stored.products.indexOf('8542');
    expect([graph.positions[2 * j], graph.positions[2 * j + 1]]).toEqual([stored.x[k], stored.y[k]]);
    const inYear = new Set(year.products);
    const expected = stored.links.filter((l) => inYear.has(l[0]) && inYear.has(l[1])).length;
    expect(graph.links).toHaveLength(expected);
    // Without the stored map, the year's own backbone and layout.
    expect(productSpaceGraph(year).layout).toBe('year');
  }, 60_000);
});
