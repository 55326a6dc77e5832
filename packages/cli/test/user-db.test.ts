import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DuckDBConnector, quotedString } from '@chanye/store';
import { runCli } from './run-cli.js';

const repoRoot = resolve(import.meta.dirname, '..', '..', '..');
const dirs: string[] = [];
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'chanye-user-db-'));
  dirs.push(dir);
  return dir;
}

const GOOD = 'iso3,year,indicator,value,unit,source\nCHN,2018,my_gdp,1,USD,me\nUSA,2019,my_gdp,2,USD,me\n';

describe('--db must be a DuckDB file or a new path (no silent loss)', () => {
  it('refuses an existing file that is not a DuckDB database, before any work, and leaves it untouched', async () => {
    const dir = tempDir();
    const good = join(dir, 'good.csv');
    const notDb = join(dir, 'my.csv');
    writeFileSync(good, GOOD);
    writeFileSync(notDb, 'a,b\n1,2\n');
    const result = await runCli(['--db', notDb, 'data', 'import', good]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`invalid --db: ${notDb} is not a DuckDB database`);
    expect(result.stdout).toBe('');
    expect(readFileSync(notDb, 'utf8')).toBe('a,b\n1,2\n');
    // Reading commands refuse it too, instead of ending in "internal error".
    const query = await runCli(['--db', notDb, 'query', '--indicator', 'gdp_per_capita_ppp', '--economies', 'CHN']);
    expect(query.code).toBe(2);
    expect(query.stderr).toContain('is not a DuckDB database');
  });

  it('refuses an empty path and a folder', async () => {
    const dir = tempDir();
    const good = join(dir, 'good.csv');
    writeFileSync(good, GOOD);
    const empty = await runCli(['--db', '', 'data', 'import', good]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('invalid --db: an empty path');
    mkdirSync(join(dir, 'folder'));
    const folder = await runCli(['--db', join(dir, 'folder'), 'data', 'import', good]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain('is a folder');
  });

  it('names the process holding the database instead of an internal error (exit 2)', async () => {
    const dir = tempDir();
    const db = join(dir, 'held.duckdb');
    const good = join(dir, 'good.csv');
    writeFileSync(good, GOOD);
    expect((await runCli(['--db', db, 'data', 'import', good])).code).toBe(0);
    // Another process opens the database for writing and keeps it open.
    const holder = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const { DuckDBInstance } = await import(${JSON.stringify(join(repoRoot, 'node_modules', '@duckdb', 'node-api', 'lib', 'index.js'))});
         const i = await DuckDBInstance.create(${JSON.stringify(db)}); await (await i.connect()).run('select 1');
         process.stdout.write('ready\\n'); setTimeout(() => {}, 60000);`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    children.push(holder);
    await new Promise<void>((done) => holder.stdout?.on('data', (d: Buffer) => String(d).includes('ready') && done()));
    for (const args of [
      ['data', 'import', good],
      ['query', '--indicator', 'my_gdp'],
    ]) {
      const result = await runCli(['--db', db, ...args]);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toContain(`the user database ${db} is in use by process ${holder.pid}`);
      expect(result.stderr).not.toContain('internal error');
    }
  }, 30_000);
});

describe('file paths are read literally, never as DuckDB glob patterns', () => {
  it('imports b[x].parquet itself, not bx.parquet beside it', async () => {
    const dir = tempDir();
    const connector = await DuckDBConnector.open();
    const write = async (name: string, value: number): Promise<void> =>
      connector.exec(
        `copy (select 'CHN' as iso3, 2018 as year, 'literal_test' as indicator, ${value}::double as value, 'u' as unit, 's' as source) ` +
          `to ${quotedString(join(dir, name))} (format parquet)`,
      );
    await write('b[x].parquet', 1);
    await write('bx.parquet', 2);
    connector.close();
    const db = join(dir, 'user.duckdb');
    const imported = await runCli(['--db', db, 'data', 'import', join(dir, 'b[x].parquet')]);
    expect(imported.code, imported.stderr).toBe(0);
    const query = await runCli(['--db', db, 'query', '--indicator', 'literal_test', '--format', 'csv']);
    expect(query.code, query.stderr).toBe(0);
    const [header, row] = query.stdout.trim().split('\n');
    const value = row?.split(',')[(header ?? '').split(',').indexOf('value')];
    expect(value).toBe('1');
  });
});

describe('an import for an economy no query can find is refused', () => {
  it('names the unknown code and its rows (exit 2) and writes nothing', async () => {
    const dir = tempDir();
    const db = join(dir, 'user.duckdb');
    const file = join(dir, 'zzz.csv');
    writeFileSync(file, `${GOOD}ZZZ,2019,my_gdp,3,USD,me\n`);
    const result = await runCli(['--db', db, 'data', 'import', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('an iso3 code is not an economy Chanye knows');
    expect(result.stderr).toContain('ZZZ: 1 row');
    expect(existsSync(db)).toBe(false);
  });
});

describe('imported values are checked against the plausible range of their unit', () => {
  it('refuses a catalogue share above 100 and a negative population, and warns about a user series', async () => {
    const dir = tempDir();
    const db = join(dir, 'user.duckdb');
    const header = 'iso3,year,indicator,value,unit,source\n';
    const bad = join(dir, 'bad.csv');
    writeFileSync(
      bad,
      `${header}CHN,2018,manufacturing_employment_share,130,% of total employment,me\nCHN,2018,population,-5,million people,me\nCHN,2018,gdp_per_capita_ppp,1e308,x,me\n`,
    );
    const refused = await runCli(['--db', db, 'data', 'import', bad]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('manufacturing_employment_share CHN 2018: 130 is outside 0-100');
    expect(refused.stderr).toContain('population CHN 2018: -5 is negative');
    expect(refused.stderr).toContain('gdp_per_capita_ppp CHN 2018: 1e+308 is beyond ±1e15');
    expect(existsSync(db)).toBe(false);
    // The user's own series: imported, with a warning.
    const own = join(dir, 'own.csv');
    writeFileSync(own, `${header}CHN,2018,my_share,140,% of population,me\n`);
    const warned = await runCli(['--db', db, 'data', 'import', own]);
    expect(warned.code, warned.stderr).toBe(0);
    expect(warned.stderr).toContain('warning: implausible value kept: my_share CHN 2018: 140 is outside 0-100');
  });
});
