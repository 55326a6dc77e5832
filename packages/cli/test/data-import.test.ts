import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { DuckDBConnector } from '@chanye/store';
import { xlsxBytes } from '../../store/test/user-data/xlsx-zip.js';
import { runCli } from './run-cli.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const xlsxFixture = join(repoRoot, 'packages', 'store', 'test', 'fixtures', 'user-data', 'observations.xlsx');
const HEADER = 'iso3,year,indicator,value,unit,source';

const dirs: string[] = [];
const children: ChildProcess[] = [];
afterEach(() => {
  // A child left holding its transaction (a failed test) must not commit later.
  for (const child of children.splice(0))
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'chanye-data-import-'));
  dirs.push(dir);
  return dir;
}

function write(dir: string, name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const sha256 = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

async function query<Row>(db: string, sql: string): Promise<Row[]> {
  const connector = await DuckDBConnector.open(db, { readOnly: true });
  try {
    return await connector.query<Row>(sql);
  } finally {
    connector.close();
  }
}

/**
 * The snapshot's economy codes, read from its own file: an import refuses codes no query can
 * find, so the bulk rows below use real economies (and many years each).
 */
const CODES = await (async (): Promise<string[]> => {
  const connector = await DuckDBConnector.open();
  try {
    const file = join(repoRoot, 'data', 'snapshot', 'economies.parquet').replaceAll("'", "''");
    const rows = await connector.query<{ iso3: string }>(`select iso3 from read_parquet('${file}') order by iso3`);
    return rows.map((r) => r.iso3);
  } finally {
    connector.close();
  }
})();

/** `count` distinct (iso3, year) keys of indicator `kill_test`, as CSV lines with `value`. */
function seriesLines(count: number, value: number): string[] {
  const n = CODES.length;
  return Array.from({ length: count }, (_, i) => `${CODES[i % n]},${1000 + Math.floor(i / n)},kill_test,${value},u,s`);
}

describe('chanye data import FILE', () => {
  it('imports a CSV into --db and prints a summary', async () => {
    const dir = tempDir();
    const db = join(dir, 'user', 'chanye.duckdb');
    const csv = write(
      dir,
      'gdp.csv',
      `${HEADER}\nCHN,2018,my_gdp,1,USD,me\nUSA,2019,my_gdp,2,USD,me\nUSA,2019,my_pop,3,people,me\n`,
    );
    const result = await runCli(['data', 'import', csv, '--db', db]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        `imported 3 rows from ${csv} as import:gdp.csv`,
        '  indicators: my_gdp, my_pop',
        '  economies:  2',
        '  years:      2018–2019',
        '  replaced:   0 earlier rows',
        `  database:   ${db}`,
        '',
      ].join('\n'),
    );
    const again = await runCli(['--db', db, 'data', 'import', csv]);
    expect(again.stdout).toContain('replaced:   3 earlier rows');
    const list = await runCli(['data', 'list', '--db', db]);
    expect(list.stdout).toMatch(/^id\s+label\s+rows\s+current\s+imported\s+sha256\n/);
    expect(list.stdout).toMatch(/1\s+import:gdp\.csv\s+3\s+0\s+\d{4}-\d\d-\d\d \d\d:\d\d:\d\d/);
    expect(list.stdout).toMatch(/2\s+import:gdp\.csv\s+3\s+3\s/);
  });

  it('writes to $CHANYE_DB when --db is not given', async () => {
    const dir = tempDir();
    const db = join(dir, 'env.duckdb');
    const csv = write(dir, 'a.csv', `${HEADER}\nCHN,2018,my_gdp,1,USD,me\n`);
    const result = await runCli(['data', 'import', csv], { CHANYE_DB: db });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`database:   ${db}`);
  });

  it('reads a named sheet of an XLSX workbook with --sheet', async () => {
    const db = join(tempDir(), 'x.duckdb');
    const result = await runCli(['data', 'import', xlsxFixture, '--sheet', 'data', '--db', db]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('imported 4 rows from');
    const bad = await runCli(['data', 'import', xlsxFixture, '--sheet', 'bad', '--db', db]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('  rows 4 and 5: duplicate key (indicator user_gdp, iso3 USA, year 2019)');
  });

  it('exits 2 listing row-precise problems and leaves the database unchanged', async () => {
    const dir = tempDir();
    const db = join(dir, 'chanye.duckdb');
    await runCli(['data', 'import', write(dir, 'ok.csv', `${HEADER}\nCHN,2018,my_gdp,1,USD,me\n`), '--db', db]);
    const before = sha256(db);
    const bad = write(dir, 'bad.csv', `${HEADER}\nCHN,2018,my_gdp,"1,234",USD,me\nCHN,2019,my_gdp,1e309,USD,me\n`);
    const result = await runCli(['data', 'import', bad, '--db', db]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      [
        `chanye: ${bad}: 2 problems`,
        '  row 2, value (column D): "1,234" has thousands separators (or a decimal comma); write the plain number with a dot for decimals, e.g. 1234567.5',
        '  row 3, value (column D): "1e309" is beyond the range of a double (about ±1.8e308)',
        '',
      ].join('\n'),
    );
    expect(sha256(db)).toBe(before);
  });

  it('exits 2 for a workbook above the row cap, advising CSV or Parquet, and leaves the database unchanged', async () => {
    const dir = tempDir();
    const db = join(dir, 'chanye.duckdb');
    await runCli(['data', 'import', write(dir, 'ok.csv', `${HEADER}\nCHN,2018,my_gdp,1,USD,me\n`), '--db', db]);
    const before = sha256(db);
    // Valid rows, in a sheet whose dimension says it runs to Excel's last row.
    const rows = [HEADER.split(','), ['CHN', 2019, 'my_gdp', 2, 'USD', 'me']];
    const file = join(dir, 'huge.xlsx');
    writeFileSync(file, xlsxBytes([{ name: 'data', rows, dimension: 'A1:F1048576' }]));
    const result = await runCli(['data', 'import', file, '--db', db]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `chanye: ${file}: 1 problem\n  the sheet has 1,048,576 rows, above the 400,000 an .xlsx import may take (a workbook is read whole into memory); save the sheet as CSV or Parquet, which have no row limit, and import that\n`,
    );
    expect(sha256(db)).toBe(before);
  });

  it('exits 2 for an unsupported file type, naming the file and the accepted extensions', async () => {
    const result = await runCli(['data', 'import', 'notes.txt', '--db', join(tempDir(), 'x.duckdb')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'chanye: cannot import notes.txt: unsupported file type .txt (expected .csv, .tsv, .parquet, .xlsx)\n',
    );
  });

  it('leaves no partial series when the process is killed inside the import transaction', async () => {
    const dir = tempDir();
    const db = join(dir, 'chanye.duckdb');
    const first = write(dir, 'v1.csv', `${[HEADER, ...seriesLines(200, 1)].join('\n')}\n`);
    expect((await runCli(['data', 'import', first, '--db', db])).code).toBe(0);
    // Large enough (more than one DuckDB row group) that data pages reach the file before COMMIT.
    const second = write(dir, 'v2.csv', `${[HEADER, ...seriesLines(150_000, 2)].join('\n')}\n`);

    // The real CLI in its own process, from source, so no build is needed.
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join('packages', 'cli', 'src', 'run.ts'), 'data', 'import', second, '--db', db],
      {
        cwd: repoRoot,
        env: {
          ...process.env,
          CHANYE_TEST_HOLD_IMPORT_MS: '120000',
          TSX_TSCONFIG_PATH: join(repoRoot, 'tsconfig.tests.json'),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    children.push(child);
    const exited = new Promise<NodeJS.Signals | null>((done) => child.on('exit', (_code, signal) => done(signal)));
    let stderr = '';
    await new Promise<void>((holding, failed) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (stderr.includes('holding import transaction')) holding();
      });
      child.on('exit', (code) => failed(new Error(`the import ended (code ${code}) before holding:\n${stderr}`)));
    });
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const rows = await query<{ n: number; ones: number; imports: number }>(
      db,
      `select count(*)::integer as n, count(*) filter (where value = 1)::integer as ones,
              (select count(*)::integer from imports) as imports
         from user_observations`,
    );
    expect(rows).toEqual([{ n: 200, ones: 200, imports: 1 }]);

    // The database is still usable: the same import run to completion replaces the series whole.
    const rerun = await runCli(['data', 'import', second, '--db', db]);
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toContain('replaced:   200 earlier rows');
    const after = await query<{ n: number; twos: number }>(
      db,
      `select count(*)::integer as n, count(*) filter (where value = 2)::integer as twos from user_observations`,
    );
    expect(after).toEqual([{ n: 150_000, twos: 150_000 }]);
  });
});
