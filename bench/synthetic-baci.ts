/**
 * Issue 5's economic-complexity performance target on a synthetic BACI-scale panel:
 * `npm run bench:baci`. 230 exporters × 5,000 HS6-like products × 25 years, generated from a
 * fixed seed, written in BACI's layout (t, i, j, k, v, q) to Parquet; then the whole
 * `chanye complexity --input FILE --out DIR` process is timed (wall time and peak RSS), and
 * each stage is timed in-process. Target: under 60 s and under 4 GB on 2 cores.
 *
 * The panel is built to look like trade data where it matters for the computation:
 * - exporter size and "capability" are lognormal/normal and correlated, product
 *   "sophistication" is normal; the probability that c exports p is logistic in
 *   capability − sophistication + log size, so diversity and ubiquity are nested (rich
 *   exporters export most products, sophisticated products have few exporters);
 * - a persistent uniform draw per (c, p) and a slow drift of capability make presence
 *   persistent across years, as in BACI;
 * - values are lognormal in exporter size × product market size with a persistent and a
 *   yearly shock; each flow goes to one to four importers (so DuckDB has partners to sum).
 *
 * Environment: BACI_LOCATIONS, BACI_PRODUCTS, BACI_YEARS (smaller panels), BACI_SEED
 * (default 5), BACI_DENSE=1 (also time the dense density and COG), BACI_FILE (use or create the Parquet file there and keep it), BACI_SKIP_CLI=1
 * or BACI_SKIP_STAGES=1 to skip a part.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import {
  complexityIndices,
  complexityOfYear,
  complexityOutlook,
  density,
  discreteDensityAndOutlook,
  presence,
  proximity,
  rca,
  seededRandom,
} from '@chanye/compute';
import { Store } from '@chanye/store';
import { formatCellBlock } from '../packages/cli/src/output/economy-products.ts';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const env = (name: string, fallback: number): number => Number(process.env[name] ?? fallback);
const LOCATIONS = env('BACI_LOCATIONS', 230);
const PRODUCTS = env('BACI_PRODUCTS', 5000);
const YEARS = env('BACI_YEARS', 25);
const SEED = env('BACI_SEED', 5);
const FIRST_YEAR = 1995;

const out = (text: string): void => {
  process.stdout.write(`${text}\n`);
};

/** Standard normal draws by Box-Muller from the seeded uniform generator. */
function normal(random: () => number): () => number {
  let spare: number | undefined;
  return () => {
    if (spare !== undefined) {
      const s = spare;
      spare = undefined;
      return s;
    }
    const u = 1 - random();
    const v = random();
    const r = Math.sqrt(-2 * Math.log(u));
    spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  };
}

async function generate(file: string): Promise<number> {
  const random = seededRandom(SEED);
  const gauss = normal(random);
  const C = LOCATIONS;
  const P = PRODUCTS;
  const logSize = Float64Array.from({ length: C }, () => 1.6 * gauss());
  const capability = Float64Array.from(logSize, (s) => 0.5 * (s / 1.6) + 0.85 * gauss());
  const drift = Float64Array.from({ length: C }, () => 0.02 * gauss());
  const sophistication = Float64Array.from({ length: P }, () => gauss());
  const market = Float64Array.from({ length: P }, () => 1.2 * gauss());
  const latent = Float32Array.from({ length: C * P }, () => random());
  const shock = Float32Array.from({ length: C * P }, () => gauss());
  // BACI numeric country codes are ISO 3166 numeric; here simply 4, 8, 12, ….
  const code = Int32Array.from({ length: C }, (_, c) => 4 * (c + 1));

  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run('create table baci (t integer, i integer, j integer, k integer, v double, q double)');
  const appender = await connection.createAppender('baci');
  let rows = 0;
  for (let y = 0; y < YEARS; y++) {
    for (let c = 0; c < C; c++) {
      const a = (capability[c] as number) + y * (drift[c] as number);
      const size = logSize[c] as number;
      for (let p = 0; p < P; p++) {
        const z = -0.6 + 1.6 * (a - (sophistication[p] as number)) + 0.35 * size;
        if ((latent[c * P + p] as number) >= 1 / (1 + Math.exp(-z))) continue;
        const value = Math.exp(
          4 + size + (market[p] as number) + 1.3 * (shock[c * P + p] as number) + 0.4 * gauss() + 0.03 * y,
        );
        const partners = 1 + Math.floor(random() * 4);
        let left = 1;
        for (let n = 0; n < partners; n++) {
          const share = n === partners - 1 ? left : left * (0.3 + 0.5 * random());
          left -= share;
          let j = Math.floor(random() * (C - 1));
          if (j >= c) j++;
          const v = Math.round(value * share * 1000) / 1000;
          if (v <= 0) continue;
          appender.appendInteger(FIRST_YEAR + y);
          appender.appendInteger(code[c] as number);
          appender.appendInteger(code[j] as number);
          appender.appendInteger(100000 + 37 * p);
          appender.appendDouble(v);
          if (random() < 0.05) appender.appendNull();
          else appender.appendDouble(Math.round((v / (0.5 + random())) * 1000) / 1000);
          appender.endRow();
          rows++;
        }
      }
    }
  }
  appender.closeSync();
  const escaped = file.replaceAll("'", "''");
  await connection.run(
    `copy (select t, i, j, lpad(k::varchar, 6, '0') as k, v, q from baci order by t, i, k, j)
       to '${escaped}' (format parquet, compression zstd)`,
  );
  connection.closeSync();
  instance.closeSync();
  return rows;
}

function wholeProcess(file: string, outDir: string): { seconds: number; peakMiB: number; how: string } {
  const cli = join(root, 'packages/cli/bin/chanye.js');
  const args = [cli, 'complexity', '--input', file, '--out', outDir];
  const childEnv = { ...process.env, CHANYE_DB: join(outDir, '..', 'none.duckdb') };
  if (existsSync('/usr/bin/time')) {
    const started = performance.now();
    const r = spawnSync('/usr/bin/time', ['-v', process.execPath, ...args], { env: childEnv, encoding: 'utf8' });
    const seconds = (performance.now() - started) / 1000;
    if (r.status !== 0) throw new Error(`chanye complexity failed:\n${r.stdout}\n${r.stderr}`);
    const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
    const cpu = ['User', 'System'].reduce(
      (sum, kind) => sum + Number(new RegExp(`${kind} time \\(seconds\\): ([\\d.]+)`).exec(r.stderr)?.[1] ?? NaN),
      0,
    );
    return { seconds, peakMiB: Number(rss?.[1]) / 1024, how: `/usr/bin/time -v; ${cpu.toFixed(1)} s of CPU` };
  }
  const probe = `const r = require('node:child_process').spawnSync(process.execPath, ${JSON.stringify(args)}, { stdio: 'ignore' });
    process.stdout.write(String(require('node:process').resourceUsage().maxRSS)); process.exitCode = r.status;`;
  const started = performance.now();
  // maxRSS of a process that only waits on its child is the child's (children's rusage is not summed in).
  const text = execFileSync(process.execPath, ['-e', probe], { env: childEnv, encoding: 'utf8' });
  return { seconds: (performance.now() - started) / 1000, peakMiB: Number(text) / 1024, how: 'resourceUsage' };
}

async function stages(file: string): Promise<void> {
  const store = await Store.open({ userDbPath: join(tmpdir(), `chanye-bench-baci-${process.pid}.duckdb`) });
  try {
    let started = performance.now();
    const panel = await store.productTrade({ file });
    out(
      `| store.productTrade (DuckDB sum by t, i, k; dense matrices) | ${((performance.now() - started) / 1000).toFixed(2)} s |`,
    );
    const totals = new Map<string, number>();
    const add = (name: string, since: number): number => {
      const now = performance.now();
      totals.set(name, (totals.get(name) ?? 0) + (now - since) / 1000);
      return now;
    };
    let ones = 0;
    let cells = 0;
    for (const matrix of panel.matrices) {
      const x = { rows: matrix.locations.length, columns: matrix.products.length, values: matrix.values };
      started = performance.now();
      const r = rca(x);
      started = add('rca', started);
      const m = presence(r);
      started = add('presence', started);
      const indices = complexityIndices(m);
      started = add('eci/pci (eigenvectors)', started);
      discreteDensityAndOutlook(m, indices.pciUncentered);
      started = add('density, COI and COG (ubiquity sweep, the default path)', started);
      const phi = proximity(m);
      started = add('proximity, 5,000 × 5,000 (only for --proximity, --product-space)', started);
      if (process.env['BACI_DENSE'] === '1') {
        const d = density(m, phi);
        started = add('density (dense M·φ, used with --asymmetric, --knn, --continuous)', started);
        complexityOutlook(m, d, indices.pciUncentered, phi);
        started = add('COI and COG (dense, with the above)', started);
      }
      const year = complexityOfYear({
        time: matrix.time,
        locations: matrix.locations,
        products: matrix.products,
        values: x,
      });
      started = add('complexityOfYear (RCA to COG, as the CLI runs it)', started);
      formatCellBlock({
        time: year.time,
        locationFields: year.locations,
        productFields: year.products,
        values: year.values.values,
        rca: year.rca?.values,
        rpop: undefined,
        m: year.m.values,
        density: year.density.values,
        cog: year.cog.values,
      });
      add('economy_products.csv text, one thread (the CLI shares it with a worker)', started);
      for (const v of m.values) ones += v;
      cells += m.values.length;
    }
    for (const [name, seconds] of totals) {
      out(`| ${name}, ${panel.matrices.length} years | ${seconds.toFixed(2)} s |`);
    }
    out(`\nM has ${((100 * ones) / cells).toFixed(1)} % ones.`);
  } finally {
    store.close();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'chanye-baci-'));
try {
  out(
    `machine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
  );
  out(`panel: ${LOCATIONS} exporters × ${PRODUCTS} products × ${YEARS} years, seed ${SEED}\n`);
  const file = process.env['BACI_FILE'] ?? join(dir, 'baci.parquet');
  if (!existsSync(file)) {
    const started = performance.now();
    const rows = await generate(file);
    out(
      `generated ${rows.toLocaleString('en-US')} rows (${(statSync(file).size / 2 ** 20).toFixed(0)} MiB Parquet) in ${((performance.now() - started) / 1000).toFixed(1)} s: ${file}\n`,
    );
  }
  out('| stage | time |\n|---|---|');
  if (process.env['BACI_SKIP_CLI'] !== '1') {
    const outDir = join(dir, 'out');
    const r = wholeProcess(file, outDir);
    const size = readdirSync(outDir).reduce((s, f) => s + statSync(join(outDir, f)).size, 0);
    out(
      `| \`chanye complexity --input FILE --out DIR\` (whole process, ${(size / 2 ** 20).toFixed(0)} MiB of CSV) | ${r.seconds.toFixed(1)} s, peak RSS ${(r.peakMiB / 1024).toFixed(2)} GiB (${r.how}) |`,
    );
  }
  if (process.env['BACI_SKIP_STAGES'] !== '1') await stages(file);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
