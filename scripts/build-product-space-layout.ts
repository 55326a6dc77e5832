/**
 * Records the product space's fixed layout (catalog/results/product-space-layout.json): the
 * backbone of the mean proximity of the snapshot's 1980 and 2017 HS 2007 exports, laid out
 * once, so every economy and run is drawn on the same map. Run
 * `npm run build:product-space-layout` after a change to the trade data, the proximity or the
 * layout algorithm; a test rebuilds it and compares.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { format } from 'prettier';
import { Store } from '@chanye/store';
import { buildProductSpaceLayout, productSpaceLayoutPath } from '@chanye/report';

const store = await Store.open({});
try {
  const path = productSpaceLayoutPath(store.catalogDir);
  mkdirSync(dirname(path), { recursive: true });
  const layout = await buildProductSpaceLayout(store);
  writeFileSync(path, await format(JSON.stringify(layout), { parser: 'json' }));
  process.stdout.write(`wrote ${path}: ${layout.products.length} products, ${layout.links.length} links\n`);
} finally {
  store.close();
}
