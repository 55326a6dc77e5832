/**
 * Economic complexity of `trade-2017` (224 economies × 1,222 HS07 headings), Chanye against
 * the Growth Lab's py-ecomplexity: `npm run bench:complexity`. Prints medians of several runs:
 *
 * - whole process: `chanye complexity --dataset trade-2017 --proximity --out DIR` (the built
 *   CLI, so run `npm run build` first) against python3 starting, importing pandas and
 *   py-ecomplexity, reading the data and running `ecomplexity` and `proximity` (with and
 *   without writing their outputs as CSV);
 * - in process: `runComplexity` (which also reads the snapshot and computes PRODY/EXPY) and
 *   `complexityOfYear` alone against `ecomplexity` on a DataFrame already in memory (all
 *   compute RCA, M, ECI/PCI, proximity, density, COI and COG; py-ecomplexity is timed
 *   inside Python by bench/peers/py-ecomplexity/generate.py).
 *
 * py-ecomplexity runs when a python3 with pandas and scikit-learn is found (`PYTHON`, else
 * `python3`, else `/usr/bin/python3`) and its source is in `PY_ECOMPLEXITY_SRC` or
 * bench/peers/py-ecomplexity/.cache/py-ecomplexity (see the README there); otherwise the
 * in-process numbers recorded in bench/peers/py-ecomplexity/timing.json are printed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { complexityOfYear } from '@chanye/compute';
import { Store } from '@chanye/store';
import { runComplexity } from '@chanye/engine';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const peer = join(root, 'bench/peers/py-ecomplexity');
const generator = join(peer, 'generate.py');
const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

interface Timing {
  readonly median: number;
  readonly min: number;
}

async function time(runs: number, body: () => Promise<void> | void): Promise<Timing> {
  const seconds: number[] = [];
  for (let r = 0; r < runs; r++) {
    const started = performance.now();
    await body();
    seconds.push((performance.now() - started) / 1000);
  }
  return { median: median(seconds), min: Math.min(...seconds) };
}

function report(label: string, runs: number, t: Timing): void {
  process.stdout.write(`| ${label} | ${runs} | ${t.median.toFixed(3)} s | ${t.min.toFixed(3)} s |\n`);
}

/** A python3 that can import pandas, numpy and scikit-learn (py-ecomplexity's imports). */
function findPython(): string | undefined {
  const candidates = [process.env['PYTHON'], 'python3', '/usr/bin/python3'].filter((c): c is string => !!c);
  return candidates.find(
    (python) => spawnSync(python, ['-c', 'import pandas, numpy, sklearn'], { stdio: 'ignore' }).status === 0,
  );
}

interface PeerTimings {
  readonly py_ecomplexity: { readonly commit: string; readonly version: string };
  readonly machine?: string;
  readonly python: string;
  readonly numpy: string;
  readonly pandas: string;
  readonly runs: number;
  readonly ecomplexity_median_seconds: number;
  readonly ecomplexity_min_seconds: number;
  readonly proximity_median_seconds: number;
  readonly proximity_min_seconds: number;
}

const dir = mkdtempSync(join(tmpdir(), 'chanye-bench-complexity-'));
try {
  process.stdout.write(
    `machine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n\n`,
  );
  process.stdout.write('| case (trade-2017, 224 × 1,222) | runs | median | min |\n|---|---|---|---|\n');

  const env = { ...process.env, CHANYE_DB: join(dir, 'none.duckdb') };
  const cli = await time(RUNS, () => {
    execFileSync(
      process.execPath,
      [
        join(root, 'packages/cli/bin/chanye.js'),
        'complexity',
        '--dataset',
        'trade-2017',
        '--proximity',
        '--out',
        join(dir, 'chanye-out'),
      ],
      { env, stdio: 'ignore' },
    );
  });
  report('Chanye, whole process: `chanye complexity --dataset trade-2017 --proximity --out DIR`', RUNS, cli);

  const store = await Store.open({ userDbPath: join(dir, 'none.duckdb') });
  const first = await time(1, async () => {
    await runComplexity(store, { source: { dataset: 'trade-2017' } });
  });
  report('Chanye, in process: `runComplexity` (first call)', 1, first);
  const ours = await time(RUNS, async () => {
    await runComplexity(store, { source: { dataset: 'trade-2017' } });
  });
  report('Chanye, in process: `runComplexity` (warm; reads the snapshot each time)', RUNS, ours);
  const [matrix] = (await store.productTrade({ dataset: 'trade-2017' })).matrices;
  store.close();
  let computeOnly: Timing | undefined;
  if (matrix !== undefined) {
    const slice = {
      time: matrix.time,
      locations: matrix.locations,
      products: matrix.products,
      values: { rows: matrix.locations.length, columns: matrix.products.length, values: matrix.values },
    };
    computeOnly = await time(RUNS, () => {
      complexityOfYear(slice);
    });
    report('Chanye, in process: `complexityOfYear` only (matrix in memory, no PRODY/EXPY)', RUNS, computeOnly);
  }

  const python = findPython();
  const src = process.env['PY_ECOMPLEXITY_SRC'] ?? join(peer, '.cache/py-ecomplexity');
  let theirs: PeerTimings | undefined;
  let wholeTheirs: Timing | undefined;
  if (python !== undefined && existsSync(join(src, 'ecomplexity'))) {
    const pyEnv = { ...process.env, PY_ECOMPLEXITY_SRC: src };
    const out = execFileSync(python, [generator, '--no-fixture', '--json', '--runs', String(RUNS)], {
      env: pyEnv,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    theirs = JSON.parse(out.trim().split('\n').at(-1) as string) as PeerTimings;
    wholeTheirs = await time(RUNS, () => {
      execFileSync(python, [generator, '--whole-process', join(dir, 'py-out')], { env: pyEnv, stdio: 'ignore' });
    });
    report(
      'py-ecomplexity, whole process: python3 + imports + read CSV + `ecomplexity` + `proximity` + write CSV',
      RUNS,
      wholeTheirs,
    );
    const noWrite = await time(RUNS, () => {
      execFileSync(python, [generator, '--whole-process', join(dir, 'py-out'), '--skip-write'], {
        env: pyEnv,
        stdio: 'ignore',
      });
    });
    report('py-ecomplexity, whole process without writing', RUNS, noWrite);
  } else {
    const recorded = join(peer, 'timing.json');
    process.stdout.write(
      `\n(no python3 with pandas and scikit-learn, or no py-ecomplexity source at ${src}: ` +
        `in-process numbers recorded in ${recorded})\n`,
    );
    if (existsSync(recorded)) theirs = JSON.parse(readFileSync(recorded, 'utf8')) as PeerTimings;
  }
  if (theirs !== undefined) {
    report(
      `py-ecomplexity ${theirs.py_ecomplexity.version} (${theirs.py_ecomplexity.commit.slice(0, 7)}), in process: \`ecomplexity\` ` +
        `(Python ${theirs.python}, NumPy ${theirs.numpy}, pandas ${theirs.pandas})`,
      theirs.runs,
      { median: theirs.ecomplexity_median_seconds, min: theirs.ecomplexity_min_seconds },
    );
    report('py-ecomplexity, in process: `proximity` (the product × product table)', theirs.runs, {
      median: theirs.proximity_median_seconds,
      min: theirs.proximity_min_seconds,
    });
    const ratio = (t: Timing): string => `${(theirs.ecomplexity_median_seconds / t.median).toFixed(1)}×`;
    process.stdout.write(
      `\nin process (medians): py-ecomplexity / runComplexity = ${ratio(ours)}` +
        (computeOnly !== undefined ? `, py-ecomplexity / complexityOfYear = ${ratio(computeOnly)}` : '') +
        '\n',
    );
  }
  if (wholeTheirs !== undefined) {
    process.stdout.write(
      `whole process: py-ecomplexity / Chanye = ${(wholeTheirs.median / cli.median).toFixed(1)}× (medians)\n`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
