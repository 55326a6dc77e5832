// The CLI's build step after `tsc -b`: bundles the command line and the worker scripts it
// starts into dist/bundle/, which bin/chanye.js runs when it is there.
//
// Why: Node resolves, reads and links each ES module separately. `chanye io multipliers` loads
// about 500 of them (ours, zod, read-excel-file, hono…, the kernel thread's included), which
// cost about 0.18 s before any work — a quarter of that command's time on WIOD. One file per
// entry takes a fraction of that. The code is the same: esbuild only concatenates the modules
// tsc wrote; the tests run the CLI from source, and packages/cli/test/bundle.test.ts checks that
// the bundle prints the same bytes.
//
// Workers are found beside the module that starts them (`new URL('./x.js', import.meta.url)`),
// so each is bundled under the same name next to the main bundle; dist/bundle sits two folders
// below packages/, like the modules it replaces, so relative paths such as the dashboard's
// `../../../web/dist` still resolve. DuckDB is a native module and stays external.
import { existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const entryPoints = {
  main: here('./dist/main.js'),
  'kernel-thread-worker': here('../store/dist/parallel/kernel-thread-worker.js'),
  'io-worker': here('../report/dist/io-worker.js'),
  'economy-products-worker': here('./dist/output/economy-products-worker.js'),
  'app-worker': here('../server/dist/offload/app-worker.js'),
};
for (const [name, path] of Object.entries(entryPoints)) {
  if (!existsSync(path)) throw new Error(`packages/cli/bundle.mjs: ${path} (${name}) is missing; run \`tsc -b\` first`);
}

const outdir = here('./dist/bundle/');
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints,
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  external: ['@duckdb/node-api'],
  // CommonJS dependencies bundled into an ES module still call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __chanyeCreateRequire } from 'node:module'; const require = __chanyeCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
