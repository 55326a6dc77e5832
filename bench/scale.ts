/**
 * Issue 20's scale targets on this machine: `npm run bench:scale`. Every case is a whole process
 * timed from outside under `/usr/bin/time -v` (wall time, CPU, peak resident set size), with its
 * resident memory sampled every half second so that a run can be stopped at a memory or time
 * limit and its growth reported. Prints Markdown tables; bench/RESULTS.md records them.
 *
 * Input-output (items "ICIO size" and "EXIOBASE size"):
 * - a synthetic MRIO of 77 regions × 45 sectors (3,465, the OECD ICIO's size) and one of
 *   49 regions × 200 sectors (9,800, EXIOBASE 3's product-by-product size), from a fixed seed,
 *   written once in pymrio's text format, which is also EXIOBASE's (tab-separated `Z.txt` and
 *   `Y.txt` with two header rows and two index columns, `file_parameters.json`, and the value
 *   added as an extension in `factor_inputs/`). Chanye reads the same files with
 *   `readExiobase` (packages/store/src/input-output/importers.ts), so both tools parse the
 *   same bytes;
 * - Chanye: bench/scale-io-process.mjs (read, A, LU, explicit L, every multiplier, linkages);
 * - pymrio: bench/peers/pymrio/scale-process.py (load, calc_system, value-added S and M,
 *   output multipliers and linkages).
 *
 * The generator (`generateMrio`): gross outputs x_j are lognormal; each column j of A has an
 *   intermediate share c_j drawn uniformly in [0.35, 0.65]; cells are non-zero with probability
 *   0.5 inside j's own region and 0.1 outside it, with skewed weights (u³), the own region's
 *   cells four times heavier and the diagonal twenty times, scaled to sum to c_j. Every column
 *   of A sums to less than one, so I − A is strictly diagonally dominant by columns: invertible,
 *   with L ≥ 0 (Miller & Blair 2009, §2.6). Z = A·diag(x); a row whose intermediate sales would
 *   exceed 85 % of x_i is scaled down (column sums only fall), and the rest of x_i is final
 *   demand, 70 % to the own region's categories and 30 % to three other regions. Values are
 *   written with 8 significant digits; x is then the row sum of Z and Y in both tools.
 *
 * BACI (item "BACI-size panel"): 230 exporters × 230 importers × 5,000 products × 30 years in
 * BACI's CSV layout (`t,i,j,k,v,q`, k a six-digit code, v and q in thousands of US$ and tonnes
 * with three decimals, q `NA` when missing), one row per exporter, importer, product and year
 * with trade. DuckDB generates it (`generateBaci`, a SQL query over `range`, every draw a hash
 * of the seed and the indices, so the file is the same on every run and thread count): whether
 * exporter c ships product p in year t follows synthetic-baci.ts's nested model (capability,
 * sophistication, size, a persistent draw per pair), the number of importers is lognormal in
 * exporter size and product market size (capped at 229, distinct importers), and the value is
 * split over the importers geometrically. About ten million rows a year, as BACI HS92 has in
 * recent years (Gaulier & Zignago 2010). Chanye: `chanye complexity --input FILE --out DIR`
 * for all years; py-ecomplexity: bench/peers/py-ecomplexity/scale-process.py on the first
 * three years (a second file, the same rows).
 *
 * Environment: SCALE_ONLY (comma list of icio, exiobase, baci; tiny: a 12-sector smoke test), SCALE_RUNS (ICIO runs, 3),
 * SCALE_DIR (where the generated files go, default a new folder in the system's temporary
 * directory, deleted at the end unless SCALE_KEEP=1), SCALE_BACI_YEARS (30), SCALE_BACI_SEED
 * (20), SCALE_MRIO_SEED (20), SCALE_LIMIT_MIB (8192), SCALE_LIMIT_S (600; the panel's runs:
 * SCALE_BACI_LIMIT_S, 2400), PYMRIO_SRC and
 * PY_ECOMPLEXITY_SRC (the peers' source trees, see bench/peers/), SCALE_GENERATE_ONLY=1 (write the
 * BACI files into SCALE_DIR and stop; a later run with the same SCALE_DIR uses them).
 */
import { spawn } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { seededRandom } from '@chanye/compute';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const env = (name: string, fallback: number): number => Number(process.env[name] ?? fallback);
const only = new Set((process.env['SCALE_ONLY'] ?? 'icio,exiobase,baci').split(','));
const RUNS = env('SCALE_RUNS', 3);
const LIMIT_MIB = env('SCALE_LIMIT_MIB', 8192);
const LIMIT_S = env('SCALE_LIMIT_S', 600);
// The panel's runs share the machine with other jobs; their own targets are judged on the result.
const BACI_LIMIT_S = env('SCALE_BACI_LIMIT_S', 2400);
const python = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

const out = (text: string): void => {
  process.stdout.write(`${text}\n`);
};
const load = (): string =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

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

// ---------------------------------------------------------------------------------------------
// Whole processes under /usr/bin/time -v, sampled, stopped at a limit.

interface Measured {
  readonly ok: boolean;
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly peakMiB: number;
  /** [seconds, MiB] every few seconds, for a run's memory growth. */
  readonly samples: readonly (readonly [number, number])[];
  readonly stopped?: string;
  readonly load: string;
  readonly stderr: string;
}

function rssMiB(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** Resident memory of a process and its descendants (DuckDB and the workers are threads). */
function treeMiB(pid: number): number {
  return rssMiB(pid) + childrenOf(pid).reduce((sum, child) => sum + treeMiB(child), 0);
}

async function measure(
  command: string,
  args: readonly string[],
  extraEnv: NodeJS.ProcessEnv = {},
  limitS = LIMIT_S,
): Promise<Measured> {
  const startLoad = load();
  const started = performance.now();
  const child = spawn('/usr/bin/time', ['-v', command, ...args], {
    env: { ...process.env, ...extraEnv },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const samples: [number, number][] = [];
  let sampledPeak = 0;
  let stopped: string | undefined;
  let lastKept = -Infinity;
  const timer = setInterval(() => {
    const seconds = (performance.now() - started) / 1000;
    const timed = childrenOf(child.pid as number);
    const mib = timed.reduce((sum, pid) => sum + treeMiB(pid), 0);
    sampledPeak = Math.max(sampledPeak, mib);
    if (seconds - lastKept >= 5) {
      samples.push([seconds, mib]);
      lastKept = seconds;
    }
    if (stopped === undefined && (mib > LIMIT_MIB || seconds > limitS)) {
      stopped =
        mib > LIMIT_MIB
          ? `stopped at ${seconds.toFixed(0)} s: resident memory ${mib.toFixed(0)} MiB passed ${LIMIT_MIB} MiB`
          : `stopped at ${limitS} s (time limit), resident memory then ${mib.toFixed(0)} MiB`;
      for (const pid of timed) process.kill(pid, 'SIGKILL');
    }
  }, 500);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  clearInterval(timer);
  const seconds = (performance.now() - started) / 1000;
  const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? 0) / 1024;
  const cpuSeconds = ['User', 'System'].reduce(
    (sum, kind) => sum + Number(new RegExp(`${kind} time \\(seconds\\): ([\\d.]+)`).exec(stderr)?.[1] ?? 0),
    0,
  );
  return {
    ok: code === 0 && stopped === undefined,
    seconds,
    cpuSeconds,
    peakMiB: Math.max(rss, sampledPeak),
    samples,
    ...(stopped !== undefined ? { stopped } : {}),
    load: startLoad,
    stderr,
  };
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

interface Row {
  readonly label: string;
  readonly runs: readonly Measured[];
}

function report(row: Row): void {
  const ok = row.runs.filter((r) => r.ok);
  const failed = row.runs.find((r) => !r.ok);
  if (failed !== undefined) {
    const tail = failed.stopped ?? failed.stderr.split('\n').slice(-25, -20).join(' ').trim();
    out(
      `| ${row.label} | ${row.runs.length} | — | — | ${failed.peakMiB.toFixed(0)} | ${failed.load} | not finished: ${tail} |`,
    );
    if (failed.samples.length > 0) {
      out(
        `|   memory growth (s: MiB) | | | | | | ${failed.samples
          .filter((_, k, all) => k % Math.ceil(all.length / 16) === 0 || k === all.length - 1)
          .map(([s, m]) => `${s.toFixed(0)}: ${m.toFixed(0)}`)
          .join(', ')} |`,
      );
    }
    if (ok.length === 0) return;
  }
  const wall = ok.map((r) => r.seconds);
  out(
    `| ${row.label} | ${ok.length} | ${median(wall).toFixed(2)} s${ok.length > 1 ? ` (min ${Math.min(...wall).toFixed(2)})` : ''} | ${median(ok.map((r) => r.cpuSeconds)).toFixed(1)} s | ${Math.max(...ok.map((r) => r.peakMiB)).toFixed(0)} | ${ok.map((r) => r.load.split(' ')[0]).join(', ')} | |`,
  );
}

async function repeat(
  label: string,
  runs: number,
  command: string,
  args: readonly string[],
  extraEnv: NodeJS.ProcessEnv = {},
  limitS = LIMIT_S,
): Promise<Row> {
  const measured: Measured[] = [];
  for (let r = 0; r < runs; r++) {
    const m = await measure(command, args, extraEnv, limitS);
    measured.push(m);
    if (!m.ok) break;
  }
  const row = { label, runs: measured };
  report(row);
  return row;
}

// ---------------------------------------------------------------------------------------------
// Synthetic MRIO in pymrio's (and EXIOBASE's) text layout.

function pad(k: number, width: number): string {
  return String(k).padStart(width, '0');
}

function generateMrio(dir: string, R: number, S: number, K: number, seed: number): { nonzeros: number; bytes: number } {
  const n = R * S;
  const random = seededRandom(seed);
  const gauss = normal(random);
  const x = Float64Array.from({ length: n }, () => Math.exp(6 + 1.5 * gauss()));
  const Z = new Float64Array(n * n);
  const weights = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    const rj = Math.floor(j / S);
    let total = 0;
    for (let i = 0; i < n; i++) {
      const own = Math.floor(i / S) === rj;
      let w = 0;
      if (i === j) w = 20 * (0.5 + random());
      else if (random() < (own ? 0.5 : 0.1)) w = (own ? 4 : 1) * random() ** 3;
      weights[i] = w;
      total += w;
    }
    const scale = ((0.35 + 0.3 * random()) * (x[j] as number)) / total;
    for (let i = 0; i < n; i++) if (weights[i] !== 0) Z[i * n + j] = (weights[i] as number) * scale;
  }
  const Y = new Float64Array(n * R * K);
  let nonzeros = 0;
  for (let i = 0; i < n; i++) {
    let z = 0;
    for (let j = 0; j < n; j++) z += Z[i * n + j] as number;
    const cap = 0.85 * (x[i] as number);
    const factor = z > cap ? cap / z : 1;
    z = 0;
    for (let j = 0; j < n; j++) {
      const k = i * n + j;
      if (Z[k] === 0) continue;
      Z[k] = Number(((Z[k] as number) * factor).toPrecision(8));
      z += Z[k] as number;
      nonzeros++;
    }
    const y = (x[i] as number) - z;
    const ri = Math.floor(i / S);
    const w = Float64Array.from({ length: K }, () => 0.2 + random());
    const sum = w.reduce((a, b) => a + b, 0);
    for (let c = 0; c < K; c++) Y[i * R * K + ri * K + c] = Number(((0.7 * y * (w[c] as number)) / sum).toPrecision(8));
    for (let m = 0; m < 3; m++) {
      let r = Math.floor(random() * (R - 1));
      if (r >= ri) r++;
      const at = i * R * K + r * K;
      Y[at] = Number(((Y[at] as number) + 0.1 * y).toPrecision(8));
    }
  }
  const regions = Array.from({ length: R }, (_, r) => `R${pad(r + 1, 2)}`);
  const sectors = Array.from({ length: S }, (_, s) => `S${pad(s + 1, 3)}`);
  const categories = Array.from({ length: K }, (_, c) => `F${c + 1}`);
  const rowLabel = (i: number): string => `${regions[Math.floor(i / S)] as string}\t${sectors[i % S] as string}`;
  mkdirSync(join(dir, 'factor_inputs'), { recursive: true });
  let bytes = 0;
  const write = (
    file: string,
    header: string[],
    rows: number,
    cells: number,
    values: Float64Array,
    label: (i: number) => string,
  ): void => {
    const fd = openSync(file, 'w');
    let chunk = header.join('\n') + '\n';
    for (let i = 0; i < rows; i++) {
      const parts: string[] = [label(i)];
      for (let j = 0; j < cells; j++) parts.push(String(values[i * cells + j]));
      chunk += parts.join('\t') + '\n';
      if (chunk.length > 1 << 24) {
        bytes += writeSync(fd, chunk);
        chunk = '';
      }
    }
    bytes += writeSync(fd, chunk);
    closeSync(fd);
  };
  const columns = (outer: string[], inner: string[]): [string, string] => [
    outer.flatMap((o) => inner.map(() => o)).join('\t'),
    outer.flatMap(() => inner).join('\t'),
  ];
  const [zRegions, zSectors] = columns(regions, sectors);
  const [yRegions, yCategories] = columns(regions, categories);
  write(
    join(dir, 'Z.txt'),
    [`region\t\t${zRegions}`, `sector\t\t${zSectors}`, `region\tsector${'\t'.repeat(n)}`],
    n,
    n,
    Z,
    rowLabel,
  );
  write(
    join(dir, 'Y.txt'),
    [`region\t\t${yRegions}`, `category\t\t${yCategories}`, `region\tsector${'\t'.repeat(R * K)}`],
    n,
    R * K,
    Y,
    rowLabel,
  );
  // Value added, x − column sums of Z, with x the row sums of Z and Y as written.
  const xs = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) s += Z[i * n + j] as number;
    for (let c = 0; c < R * K; c++) s += Y[i * R * K + c] as number;
    xs[i] = s;
  }
  const v = Float64Array.from(xs);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) v[j] = (v[j] as number) - (Z[i * n + j] as number);
  write(
    join(dir, 'factor_inputs', 'F.txt'),
    [`region\t${zRegions}`, `sector\t${zSectors}`, `stressor${'\t'.repeat(n)}`],
    1,
    n,
    v,
    () => 'value added',
  );
  const parameters = (systemtype: string, name: string, files: Record<string, [string, number, number]>): string =>
    JSON.stringify(
      {
        files: Object.fromEntries(
          Object.entries(files).map(([key, [file, index, header]]) => [
            key,
            { name: file, nr_index_col: String(index), nr_header: String(header) },
          ]),
        ),
        systemtype,
        name,
      },
      null,
      4,
    );
  writeFileSync(
    join(dir, 'file_parameters.json'),
    parameters('IOSystem', `synthetic ${R} × ${S}`, { Z: ['Z.txt', 2, 2], Y: ['Y.txt', 2, 2] }),
  );
  writeFileSync(
    join(dir, 'factor_inputs', 'file_parameters.json'),
    parameters('Extension', 'factor_inputs', { F: ['F.txt', 1, 2] }),
  );
  return { nonzeros, bytes };
}

// ---------------------------------------------------------------------------------------------
// Synthetic BACI panel, generated by DuckDB in BACI's CSV layout.

const BACI_YEARS = env('SCALE_BACI_YEARS', 30);
const BACI_SEED = env('SCALE_BACI_SEED', 20);
const FIRST_YEAR = 1995;

/** The rows of years [from, to) as SQL; every draw is a hash of the seed, a tag and indices. */
function baciQuery(from: number, to: number): string {
  const s = BACI_SEED;
  const u = (tag: number, ...keys: string[]): string =>
    `((hash(${s}, ${tag}, ${keys.join(', ')}) % 16777216)::double + 0.5) / 16777216`;
  const n = (tag: number, ...keys: string[]): string =>
    `(sqrt(-2 * ln(${u(tag, ...keys)})) * cos(2 * pi() * ${u(tag + 1, ...keys)}))`;
  return `
    with exporters as (
      select c, ls, 0.5 * (ls / 1.6) + 0.85 * ${n(3, 'c')} as cap, 0.02 * ${n(5, 'c')} as drift
        from (select range as c, 1.6 * ${n(1, 'range')} as ls from range(230))
    ), products as (
      select range as p, ${n(7, 'range')} as soph, 1.2 * ${n(9, 'range')} as market from range(5000)
    ), years as (
      select range as y from range(${from}, ${to})
    ), flows as (
      select y, c, p, ls,
             least(229, 1 + floor(exp(1.75 + 0.45 * ls + 0.3 * market + 0.8 * ${n(11, 'y', 'c', 'p')})))::integer as partners,
             exp(4 + ls + market + 1.3 * ${n(13, 'c', 'p')} + 0.4 * ${n(15, 'y', 'c', 'p')} + 0.03 * y) as total,
             (hash(${s}, 17, y, c, p) % 229)::integer as start,
             1 + (hash(${s}, 18, y, c, p) % 228)::integer as step
        from years, exporters, products
       where ${u(19, 'c', 'p')} < 1 / (1 + exp(-(0.9 + 1.6 * (cap + y * drift - soph) + 0.35 * ls)))
    ), rows as (
      select y, c, p, m,
             (c + 1 + (start + m * step) % 229) % 230 as j,
             round(total * 0.2 * pow(0.8, m) / (1 - pow(0.8, partners)), 3) as v,
             ${u(21, 'y', 'c', 'p', 'm')} as draw
        from flows, unnest(range(partners)) as r(m)
    )
    select ${FIRST_YEAR} + y as t, 4 * (c + 1) as i, 4 * (j + 1) as j, lpad((100000 + 37 * p)::varchar, 6, '0') as k,
           v::decimal(18, 3) as v,
           case when draw < 0.05 then '           NA' else round(v / (0.5 + draw), 3)::decimal(18, 3)::varchar end as q
      from rows where v > 0`;
}

async function generateBaci(file: string, from: number, to: number): Promise<number> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '2', preserve_insertion_order: 'false' });
  const connection = await instance.connect();
  try {
    const escaped = file.replaceAll("'", "''");
    const result = await connection.runAndReadAll(
      `copy (${baciQuery(from, to)}) to '${escaped}' (format csv, header true, delimiter ',')`,
    );
    return Number(result.getRows()[0]?.[0] ?? 0);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

// ---------------------------------------------------------------------------------------------

const dir = process.env['SCALE_DIR'] ?? mkdtempSync(join(tmpdir(), 'chanye-scale-'));
mkdirSync(dir, { recursive: true });
const pymrioSrc = process.env['PYMRIO_SRC'] ?? join(tmpdir(), 'pymrio');
const ecoSrc = process.env['PY_ECOMPLEXITY_SRC'] ?? join(root, 'bench/peers/py-ecomplexity/.cache/py-ecomplexity');
const header =
  '| case | runs | wall (median) | CPU | peak RSS MiB | load (1 min) at start | note |\n|---|---|---|---|---|---|---|';
try {
  out(
    `machine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; load ${load()}; files in ${dir}`,
  );
  out(`limits: ${LIMIT_MIB} MiB resident, ${LIMIT_S} s per run\n`);
  const mrios = [
    { id: 'icio', label: 'ICIO size, 77 × 45 = 3,465', R: 77, S: 45, K: 6, runs: RUNS },
    { id: 'exiobase', label: 'EXIOBASE size, 49 × 200 = 9,800', R: 49, S: 200, K: 7, runs: 1 },
    { id: 'tiny', label: 'a smoke test, 3 × 4 = 12', R: 3, S: 4, K: 2, runs: 1 },
  ].filter((m) => only.has(m.id));
  const hasPymrio = existsSync(join(pymrioSrc, 'pymrio'));
  for (const m of mrios) {
    const at = join(dir, m.id);
    const started = performance.now();
    const g = generateMrio(at, m.R, m.S, m.K, env('SCALE_MRIO_SEED', 20));
    const n = m.R * m.S;
    out(
      `\n${m.label}: generated in ${((performance.now() - started) / 1000).toFixed(1)} s; ${g.nonzeros.toLocaleString('en-US')} non-zero cells of Z (${((100 * g.nonzeros) / (n * n)).toFixed(1)} %), ${(g.bytes / 2 ** 20).toFixed(0)} MiB of text\n`,
    );
    out(header);
    const script = join(root, 'bench/scale-io-process.mjs');
    await repeat(
      `Chanye: read Z.txt/Y.txt, A, LU, explicit L, all multipliers, linkages (${m.label})`,
      m.runs,
      process.execPath,
      [script, at],
    );
    if (m.id === 'exiobase' || RUNS > 1) {
      await repeat(`Chanye, the same without the explicit L (LU solves) (${m.label})`, 1, process.execPath, [
        script,
        at,
        '--no-inverse',
      ]);
    }
    if (hasPymrio) {
      await repeat(
        `pymrio: load, calc_system (x, A, L), value-added S and M, output multipliers, linkages (${m.label})`,
        m.runs,
        python,
        [join(root, 'bench/peers/pymrio/scale-process.py'), at],
        { PYMRIO_SRC: pymrioSrc },
      );
    } else out(`| pymrio | — | not run: no pymrio source at ${pymrioSrc} | | | | |`);
    if (process.env['SCALE_KEEP'] !== '1') rmSync(at, { recursive: true, force: true });
  }

  if (only.has('baci')) {
    const all = join(dir, 'baci-all.csv');
    const three = join(dir, 'baci-3-years.csv');
    // With SCALE_DIR and SCALE_KEEP=1, files generated by an earlier run are used again.
    for (const [file, years] of [
      [all, BACI_YEARS],
      [three, 3],
    ] as const) {
      if (existsSync(file)) {
        out(`\n${file}: ${(statSync(file).size / 2 ** 30).toFixed(2)} GiB of CSV, generated earlier (${years} years)`);
        continue;
      }
      const started = performance.now();
      const rows = await generateBaci(file, 0, years);
      out(
        `\n${file}: ${rows.toLocaleString('en-US')} rows over ${years} years (${(statSync(file).size / 2 ** 30).toFixed(2)} GiB of CSV), generated by DuckDB in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
    }
    if (process.env['SCALE_GENERATE_ONLY'] === '1') process.exit(0);
    out('');
    out(header);
    const cli = join(root, 'packages/cli/bin/chanye.js');
    const cliEnv = { CHANYE_DB: join(dir, 'none.duckdb') };
    const size = (d: string): string =>
      `${(readdirSync(d).reduce((s, f) => s + statSync(join(d, f)).size, 0) / 2 ** 30).toFixed(2)} GiB written`;
    for (const [label, file, years] of [
      ['three years', three, 3],
      [`all ${BACI_YEARS} years`, all, BACI_YEARS],
    ] as const) {
      const outDir = join(dir, `chanye-out-${years}`);
      const row = await repeat(
        `Chanye: \`chanye complexity --input FILE --out DIR\`, CSV to ECI (and PCI, density, COG, the CSV files), ${label}`,
        1,
        process.execPath,
        [cli, 'complexity', '--input', file, '--out', outDir],
        cliEnv,
        BACI_LIMIT_S,
      );
      if (row.runs.every((r) => r.ok)) out(`|   (${size(outDir)}) | | | | | | |`);
      rmSync(outDir, { recursive: true, force: true });
    }
    if (existsSync(join(ecoSrc, 'ecomplexity'))) {
      const outDir = join(dir, 'py-out');
      await repeat(
        'py-ecomplexity: read CSV, sum over importers, `ecomplexity` (defaults), write CSV, three years',
        1,
        python,
        [join(root, 'bench/peers/py-ecomplexity/scale-process.py'), three, outDir],
        { PY_ECOMPLEXITY_SRC: ecoSrc },
        BACI_LIMIT_S,
      );
    } else out(`| py-ecomplexity | — | not run: no source at ${ecoSrc} | | | | |`);
  }
} finally {
  if (process.env['SCALE_KEEP'] !== '1') rmSync(dir, { recursive: true, force: true });
}
