/**
 * Input-output benchmarks: `npm run bench:io`. Prints medians; bench/RESULTS.md records them.
 * - whole process (node startup, DuckDB, loading WIOD 2011, A, LU of I − A, all multipliers
 *   and linkages), without and with the explicit Leontief inverse L;
 * - hypothetical extraction of all 1,435 sectors (given L, and including L);
 * - a synthetic 5,000-sector system: LU of I − A and the explicit L;
 * - pymrio's calc_x + calc_A + calc_L in-process on the same table, when python3 with numpy,
 *   pandas and a pymrio source tree is available (bench/peers/pymrio/generate.py).
 * `BENCH_FILTER=text` runs only the cases whose label contains the text.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
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
import { disableKernelThreads, enableKernelThreads, Store } from '@chanye/store';

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
await time('WIOD 2011 whole process: load, A, LU, all multipliers and linkages (no explicit L)', 5, () => {
  execFileSync(process.execPath, [processScript], { stdio: 'inherit' });
});
await time('WIOD 2011 whole process: load, A, L (explicit inverse), all multipliers and linkages', 5, () => {
  execFileSync(process.execPath, [processScript, '--inverse'], { stdio: 'inherit' });
});

const store = await Store.open({ userDbPath: join(root, '.no-user-db-bench.duckdb') });
const model = await store.mrio({ dataset: 'wiod2013', year: 2011 });
store.close();
const A = technicalCoefficients(model.Z, model.x);
const f = finalDemandTotal(model);
const L = leontiefInverse(A);
const regionOf = regionOfIndex(model);
// In-process cases run on one thread (the WebAssembly SIMD kernel) and then with the kernel
// threads (`chanye io` starts them: one per further core).
for (const threads of [false, true]) {
  const label = threads ? ', with kernel threads' : ', one thread';
  if (threads) enableKernelThreads();
  await time(`WIOD 2011 in-process: A and LU of I − A${label}`, 5, () => {
    leontiefFactor(technicalCoefficients(model.Z, model.x));
  });
  await time(`WIOD 2011 in-process: A and L${label}`, 5, () => {
    leontiefInverse(technicalCoefficients(model.Z, model.x));
  });
}
disableKernelThreads();
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
for (const threads of [false, true]) {
  const label = threads ? ', with kernel threads' : ', one thread';
  if (threads) enableKernelThreads();
  let factor = leontiefFactor({ rows: 1, columns: 1, values: new Float64Array(1) });
  await time(`synthetic 5,000 sectors (20 % dense A): LU of I − A${label}`, 1, () => {
    factor = leontiefFactor(S);
  });
  await time(`synthetic 5,000 sectors: L from the LU (the inverse step)${label}`, 1, () => {
    luInverse(factor);
  });
}
disableKernelThreads();

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
  } catch {
    process.stdout.write('| pymrio (peer) | — | not run: python3 with numpy, pandas and pymrio source not found | |\n');
  }
}
