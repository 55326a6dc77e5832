/**
 * Issue 19's memory target for `chanye data import`: `npm run bench:import-memory`. Generates a
 * valid file in the importer's long layout (iso3, year, indicator, value, unit, source) in a
 * temporary folder and runs the real command line, `chanye data import FILE --db NEW.duckdb`, as
 * a child process under `/usr/bin/time -v`, which reports its peak resident set size (the whole
 * process: Node, the snapshot store and DuckDB) and wall time. Target: 1.5 million CSV rows
 * below 1 GB.
 *
 * The rows are the user's own series (`bench_series_N`, so no seam warnings), for every economy
 * code of the snapshot and the years 1960-2023, with distinct keys and positive values. The
 * same rows are imported as CSV and as Parquet (written from the CSV by DuckDB); smaller
 * workbooks (`.xlsx`) are written with write-excel-file, as `chanye ... --format xlsx` writes one,
 * the largest at the row cap of an .xlsx import (400,000 rows with the header).
 * A ten-row CSV gives the command's fixed cost.
 *
 * Environment: IMPORT_ROWS (default 1,500,000), IMPORT_XLSX_ROWS (sheet rows with the header,
 * comma-separated; default 200000,400000; 0 skips the workbooks), IMPORT_KEEP=1 keeps the
 * temporary folder.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import writeXlsxFile from 'write-excel-file/node';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const bin = join(root, 'packages', 'cli', 'bin', 'chanye.js');
const ROWS = Number(process.env['IMPORT_ROWS'] ?? 1_500_000);
const XLSX_ROWS = (process.env['IMPORT_XLSX_ROWS'] ?? '200000,400000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const FIRST_YEAR = 1960;
const YEARS = 64;
const HEADER = ['iso3', 'year', 'indicator', 'value', 'unit', 'source'];

const out = (text: string): void => {
  process.stdout.write(`${text}\n`);
};
const sql = (text: string): string => `'${text.replaceAll("'", "''")}'`;

/** The snapshot's economy codes (an import refuses codes no query can find). */
async function economyCodes(): Promise<string[]> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const file = join(root, 'data', 'snapshot', 'economies.parquet');
    const reader = await connection.runAndReadAll(`select iso3 from read_parquet(${sql(file)}) order by iso3`);
    return reader.getRows().map((r) => String(r[0]));
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** Row `i`: a distinct (indicator, iso3, year) key and a positive value. */
function row(i: number, codes: readonly string[]): [string, number, string, number, string, string] {
  const n = codes.length;
  const series = Math.floor(i / (n * YEARS));
  const year = FIRST_YEAR + (Math.floor(i / n) % YEARS);
  const value = Math.round(((i * 7919) % 1_000_003) + 1) / 100;
  return [codes[i % n] as string, year, `bench_series_${series}`, value, 'index, 2015 = 100', 'import-memory bench'];
}

function writeCsv(path: string, rows: number, codes: readonly string[]): void {
  writeFileSync(path, `${HEADER.join(',')}\n`);
  const CHUNK = 100_000;
  for (let from = 0; from < rows; from += CHUNK) {
    const lines: string[] = [];
    for (let i = from; i < Math.min(rows, from + CHUNK); i++) {
      const [iso3, year, indicator, value, unit, source] = row(i, codes);
      lines.push(`${iso3},${year},${indicator},${value},"${unit}",${source}`);
    }
    appendFileSync(path, `${lines.join('\n')}\n`);
  }
}

async function writeParquet(csv: string, path: string): Promise<void> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    await connection.run(
      `copy (select * from read_csv(${sql(csv)}, header = true, columns = {
         'iso3': 'varchar', 'year': 'integer', 'indicator': 'varchar', 'value': 'double',
         'unit': 'varchar', 'source': 'varchar'}))
       to ${sql(path)} (format parquet)`,
    );
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

async function writeXlsx(path: string, rows: number, codes: readonly string[]): Promise<void> {
  const data = [HEADER.map((value) => ({ value }))];
  for (let i = 0; i < rows; i++) data.push(row(i, codes).map((value) => ({ value })) as never);
  await writeXlsxFile([{ sheet: 'data', data }] as never).toFile(path);
}

interface Measured {
  readonly peakMb: number;
  readonly wallS: number;
  readonly imported: string;
}

/** Runs `chanye data import FILE --db DB` under `/usr/bin/time -v`. */
function measure(file: string, db: string): Measured {
  const run = spawnSync('/usr/bin/time', ['-v', process.execPath, bin, 'data', 'import', file, '--db', db], {
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
  });
  if (run.status !== 0) throw new Error(`chanye data import ${file} exited ${run.status}:\n${run.stderr}`);
  const peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1]);
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(run.stderr);
  if (!Number.isFinite(peakKb) || wall === null) throw new Error(`no /usr/bin/time report:\n${run.stderr}`);
  const wallS = Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]);
  return { peakMb: peakKb / 1024, wallS, imported: run.stdout.split('\n')[0] ?? '' };
}

const dir = mkdtempSync(join(tmpdir(), 'chanye-import-memory-'));
try {
  const codes = await economyCodes();
  out(`chanye data import, peak RSS and wall time of the whole process (/usr/bin/time -v)`);
  out(
    `${cpus()[0]?.model ?? 'cpu'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  );
  out(`${codes.length} economy codes × ${YEARS} years per series; temporary folder ${dir}\n`);

  const cases: { label: string; rows: number; file: string }[] = [];
  const tiny = join(dir, 'tiny.csv');
  writeCsv(tiny, 10, codes);
  cases.push({ label: 'CSV', rows: 10, file: tiny });
  const csv = join(dir, 'rows.csv');
  writeCsv(csv, ROWS, codes);
  cases.push({ label: 'CSV', rows: ROWS, file: csv });
  const parquet = join(dir, 'rows.parquet');
  await writeParquet(csv, parquet);
  cases.push({ label: 'Parquet', rows: ROWS, file: parquet });
  for (const rows of XLSX_ROWS) {
    const xlsx = join(dir, `rows-${rows}.xlsx`);
    await writeXlsx(xlsx, rows - 1, codes);
    cases.push({ label: 'XLSX', rows: rows - 1, file: xlsx });
  }

  const lines = [
    '| rows      | format  | file MB | peak RSS MB | wall s |',
    '| --------- | ------- | ------- | ----------- | ------ |',
  ];
  for (const [k, c] of cases.entries()) {
    const m = measure(c.file, join(dir, `user-${k}.duckdb`));
    if (!m.imported.startsWith(`imported ${c.rows.toLocaleString('en-US')} row`))
      throw new Error(`unexpected summary for ${c.file}: ${m.imported}`);
    const mb = (statSync(c.file).size / 2 ** 20).toFixed(1);
    lines.push(
      `| ${c.rows.toLocaleString('en-US').padEnd(9)} | ${c.label.padEnd(7)} | ${mb.padStart(7)} | ${m.peakMb.toFixed(0).padStart(11)} | ${m.wallS.toFixed(2).padStart(6)} |`,
    );
    out(lines.at(-1) as string);
  }
  out(`\n${lines.join('\n')}`);
} finally {
  if (process.env['IMPORT_KEEP'] === '1') out(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
