// The last build step: writes the JSON parse of every catalogue YAML file beside it
// (catalog/**/.cache/*.yaml.json, ignored by git), which the store reads instead of parsing
// YAML when the file's text is unchanged (packages/store/src/catalog/read-yaml.ts).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeYamlCache } from '../packages/store/dist/catalog/read-yaml.js';

const catalog = fileURLToPath(new URL('../catalog/', import.meta.url));
let written = 0;
for (const entry of readdirSync(catalog, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.yaml') || entry.parentPath.includes('.cache')) continue;
  writeYamlCache(join(entry.parentPath, entry.name));
  written += 1;
}
if (written === 0) throw new Error('scripts/build-catalog-cache.mjs: no catalogue YAML files found');
