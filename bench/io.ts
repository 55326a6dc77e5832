/**
 * Input-output benchmarks: `npm run bench:io`. Prints medians; bench/RESULTS.md records them.
 * - whole processes, timed from outside: bench/io-process.mjs (start Node, load WIOD 2011, A,
 *   LU of I − A, all multipliers and linkages), without and with the explicit Leontief inverse
 *   L, bundled as the CLI is (packages/cli/bundle.mjs) and as the modules tsc wrote, and
 *   without the build's MRIO cache (the table read from Parquet through DuckDB); and the CLI's
 *   `chanye io multipliers` and `chanye io linkages`, writing their CSV;
 * - hypothetical extraction of all 1,435 sectors (given L, and including L);
 * - a synthetic 5,000-sector system: LU of I − A and the explicit L;
 * - pymrio on the same table, when python3 with numpy, pandas and a pymrio source tree is
 *   available: calc_x + calc_A + calc_L in-process (bench/peers/pymrio/generate.py), and as a
 *   whole process — start Python, import pymrio, load the saved IOSystem, calc_system()
 *   (bench/peers/pymrio/whole-process.py).
 * `BENCH_FILTER=text` runs only the cases whose label contains the text.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  finalDemandTotal,
  hypotheticalExtraction,
  leontiefFactor,
  leontiefInverse,
  luInverse,
  regionOfIndex,
  seededRandom,
  technicalCoefficients,
} from '@chanye/compute';
import { startKernelThreads, Store, type KernelThreadPool } from '@chanye/store';
import { build } from 'esbuild';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const filter = process.env['BENCH_FILTER'];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

async function time(label: string, runs: number, body: () => Promise<void> | void): Promise<void> {
  if (filter && !label.includes(filter)) return;
  const seconds: number[] = [];
  for (let r = 0; r < runs; r++) {
    const started = performance.now();
    await body();
    seconds.push((performance.now() - started) / 1000);
  }
  process.stdout.write(
    `| ${label} | ${runs} | ${median(seconds).toFixed(3)} s | ${Math.min(...seconds).toFixed(3)} s |\n`,
  );
}

process.stdout.write(
  `machine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n\n`,
);
process.stdout.write('| case | runs | median | min |\n|---|---|---|---|\n');

const processScript = join(root, 'bench/io-process.mjs');
const cacheDir = join(root, 'bench/.cache');
// The script bundled as the CLI is, with the kernel threads' worker beside it (where the bundle
// looks for it).
const cliBundle = join(root, 'packages/cli/dist/bundle');
if (!existsSync(join(cliBundle, 'kernel-thread-worker.js')))
  throw new Error('run `npm run build` first (no CLI bundle)');
mkdirSync(cacheDir, { recursive: true });
const bundledScript = join(cacheDir, 'io-process.js');
await build({
  entryPoints: [processScript],
  outfile: bundledScript,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  external: ['@duckdb/node-api'],
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'warning',
});
copyFileSync(join(cliBundle, 'kernel-thread-worker.js'), join(cacheDir, 'kernel-thread-worker.js'));
// A snapshot folder of links to the real files, without the build's .cache.
const uncached = mkdtempSync(join(tmpdir(), 'chanye-bench-snapshot-'));
const snapshotDir = join(root, 'data/snapshot');
for (const name of readdirSync(snapshotDir)) {
  if (name !== '.cache') symlinkSync(join(snapshotDir, name), join(uncached, name));
}
const run = (args: string[], env: NodeJS.ProcessEnv = {}): void => {
  execFileSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
};
const out = join(cacheDir, 'io-out.csv');
const cli = join(root, 'packages/cli/bin/chanye.js');

await time('WIOD 2011 whole process: load, A, LU, all multipliers and linkages (no explicit L)', 5, () =>
  run([bundledScript]),
);
await time('WIOD 2011 whole process: load, A, L (explicit inverse), all multipliers and linkages', 5, () =>
  run([bundledScript, '--inverse']),
);
await time('WIOD 2011 whole process, no explicit L, unbundled (the modules tsc wrote)', 5, () => run([processScript]));
await time('WIOD 2011 whole process, no explicit L, without the MRIO cache (Parquet via DuckDB)', 5, () =>
  run([bundledScript], { CHANYE_SNAPSHOT_DIR: uncached }),
);
await time('`chanye io multipliers --year 2011 --format csv --out FILE` (whole process)', 5, () =>
  run([cli, 'io', 'multipliers', '--year', '2011', '--format', 'csv', '--out', out]),
);
await time('`chanye io linkages --year 2011 --format csv --out FILE` (whole process)', 5, () =>
  run([cli, 'io', 'linkages', '--year', '2011', '--format', 'csv', '--out', out]),
);
rmSync(uncached, { recursive: true, force: true });

const store = await Store.open({ userDbPath: join(root, '.no-user-db-bench.duckdb') });
const model = await store.mrio({ dataset: 'wiod2013', year: 2011 });
store.close();
const A = technicalCoefficients(model.Z, model.x);
const f = finalDemandTotal(model);
const L = leontiefInverse(A);
const regionOf = regionOfIndex(model);
// In-process cases run on one thread (the WebAssembly SIMD kernel) and then with a pool of
// kernel threads passed in (`chanye io` starts one: a thread per further core).
for (const withThreads of [false, true]) {
  const label = withThreads ? ', with kernel threads' : ', one thread';
  const threads: KernelThreadPool | undefined = withThreads ? startKernelThreads() : undefined;
  await time(`WIOD 2011 in-process: A and LU of I − A${label}`, 5, () => {
    leontiefFactor(technicalCoefficients(model.Z, model.x), { threads });
  });
  await time(`WIOD 2011 in-process: A and L${label}`, 5, () => {
    leontiefInverse(technicalCoefficients(model.Z, model.x), { threads });
  });
  threads?.stop();
}
await time('WIOD 2011: extraction of all 1,435 sectors (total, with loss by region), given L', 5, () => {
  hypotheticalExtraction(L, model.x, f, { regionOf, regions: model.regions.length });
});
await time('WIOD 2011: extraction of all 1,435 sectors including computing L', 3, () => {
  hypotheticalExtraction(leontiefInverse(A), model.x, f, { regionOf, regions: model.regions.length });
});

const n = 5000;
const random = seededRandom(5000);
const synthetic = new Float64Array(n * n);
for (let k = 0; k < n * n; k++) if (random() < 0.2) synthetic[k] = (random() * 1.2) / (0.2 * n);
const S = { rows: n, columns: n, values: synthetic };
for (const withThreads of [false, true]) {
  const label = withThreads ? ', with kernel threads' : ', one thread';
  const threads: KernelThreadPool | undefined = withThreads ? startKernelThreads() : undefined;
  let factor = leontiefFactor({ rows: 1, columns: 1, values: new Float64Array(1) });
  await time(`synthetic 5,000 sectors (20 % dense A): LU of I − A${label}`, 1, () => {
    factor = leontiefFactor(S, { threads });
  });
  await time(`synthetic 5,000 sectors: L from the LU (the inverse step)${label}`, 1, () => {
    luInverse(factor, { threads });
  });
  threads?.stop();
}

const generate = join(root, 'bench/peers/pymrio/generate.py');
const python = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
if (!filter || 'pymrio'.includes(filter)) {
  try {
    const out = execFileSync(python, [generate, '--no-fixture', '--json'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const t = JSON.parse(out.trim().split('\n').at(-1) as string) as {
      pymrio_calc_x_A_L_median_s: number;
      runs: number;
    };
    process.stdout.write(
      `| pymrio calc_x + calc_A + calc_L in-process (peer) | ${t.runs} | ${t.pymrio_calc_x_A_L_median_s.toFixed(3)} s | |\n`,
    );
    const system = join(root, 'bench/peers/pymrio/.cache/wiod-2011-system');
    if (!existsSync(join(system, 'metadata.json'))) {
      execFileSync(python, [generate, '--no-fixture', '--runs', '1', '--save-system', system], { stdio: 'ignore' });
    }
    await time(
      'pymrio whole process: python3, import pymrio, load the IOSystem, calc_system (x, A, L) (peer)',
      5,
      () => {
        execFileSync(python, [join(root, 'bench/peers/pymrio/whole-process.py'), system], { stdio: 'inherit' });
      },
    );
  } catch {
    process.stdout.write('| pymrio (peer) | — | not run: python3 with numpy, pandas and pymrio source not found | |\n');
  }
}
