// The last build step: derived copies that make opening a store and loading the series table
// fast. Both are ignored by git (**/.cache/) and re-checked against their source when read, so
// a stale cache is never used (packages/store/src/catalog/read-yaml.ts,
// packages/store/src/queries/series-cache.ts):
// - the JSON parse of every catalogue YAML file (catalog/**/.cache/*.yaml.json);
// - the snapshot series table in columns (data/snapshot/.cache/series.bin);
// - the latest year of each snapshot MRIO as dense arrays (data/snapshot/.cache/mrio-*.bin,
//   packages/store/src/input-output/mrio-cache.ts).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeYamlCache } from '../packages/store/dist/catalog/read-yaml.js';
import { buildMrioCaches } from '../packages/store/dist/input-output/wiod.js';
import { buildSeriesCache } from '../packages/store/dist/queries/series-cache.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const catalog = join(root, 'catalog');
let written = 0;
for (const entry of readdirSync(catalog, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.yaml') || entry.parentPath.includes('.cache')) continue;
  writeYamlCache(join(entry.parentPath, entry.name));
  written += 1;
}
if (written === 0) throw new Error('scripts/build-caches.mjs: no catalogue YAML files found');
await buildSeriesCache(join(root, 'data', 'snapshot'));
await buildMrioCaches(join(root, 'data', 'snapshot'));
