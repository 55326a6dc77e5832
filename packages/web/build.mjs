// The dashboard's build step after `tsc -b`: copies the static page and stylesheet into dist/
// and the compiled @chanye/charts modules into dist/vendor/charts/, where the page's import
// map points `@chanye/charts`. No bundler: the browser loads the ES modules tsc wrote.
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const dist = here('./dist/');
const charts = here('../charts/dist/');
const vendor = here('./dist/vendor/charts/');

if (!existsSync(here('./dist/main.js')) || !existsSync(here('../charts/dist/index.js'))) {
  throw new Error('packages/web/build.mjs: run `tsc -b` first (dist/main.js or charts/dist/index.js is missing)');
}
mkdirSync(vendor, { recursive: true });
for (const name of readdirSync(here('./static/'))) copyFileSync(here(`./static/${name}`), `${dist}${name}`);
for (const name of readdirSync(charts)) if (name.endsWith('.js')) copyFileSync(`${charts}${name}`, `${vendor}${name}`);
