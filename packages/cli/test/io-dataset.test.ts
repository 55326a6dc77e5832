import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBConnector } from '@chanye/store';
import { runCli } from './run-cli.js';

const fixtures = resolve(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'mrio', 'wiod2013-excerpt');
/** A real WIOD 2013 table (2011) cut to CHN, DEU, USA and RoW in the release's WIOT layout (README.md there). */
const workbook = join(fixtures, 'WIOT11_ROW_Sep12.xlsx');

/** pymrio's multipliers on the same workbook: scripts/reference/wiod2013-excerpt/generate.py. */
interface Reference {
  readonly regions: readonly string[];
  readonly sectors: readonly string[];
  readonly output: readonly number[];
  readonly outputDomestic: readonly number[];
  readonly valueAddedDomestic: readonly number[];
  readonly imports: readonly number[];
}
const reference = JSON.parse(readFileSync(join(fixtures, 'pymrio-multipliers.json'), 'utf8')) as Reference;

/** Relative difference, or absolute below 1e-12 (the tolerance the fixture states). */
const error = (ours: number, theirs: number): number =>
  Math.abs(theirs) < 1e-12 ? Math.abs(ours - theirs) : Math.abs(ours - theirs) / Math.abs(theirs);

let dir: string;
let db: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'chanye-import-mrio-'));
  db = join(dir, 'user.duckdb');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const noStack = (text: string): void => expect(text).not.toMatch(/^\s+at /m);

describe('chanye data import-mrio --layout wiod2013, then chanye io --dataset', () => {
  it('imports the excerpt into the user data folder and registers it with the SHA-256 of the file', async () => {
    const r = await runCli(['--db', db, 'data', 'import-mrio', workbook, '--layout', 'wiod2013', '--name', 'wiodcut']);
    expect(r.stderr).toContain('do not add up to the published output');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('imported');
    expect(r.stdout).toContain('regions:  4 (CHN, DEU, USA, ROW)');
    expect(readdirSync(join(dir, 'mrio')).sort()).toEqual(['wiodcut']);
    expect(readdirSync(join(dir, 'mrio', 'wiodcut'))).toContain('z.parquet');
    const connector = await DuckDBConnector.open(db, { readOnly: true });
    try {
      const rows = await connector.query<{ layout: string; year: number; sha256: string; rows_failing: number }>(
        `select layout, year, sha256, rows_failing from mrio_imports where name = 'wiodcut'`,
      );
      expect(rows).toEqual([
        {
          layout: 'wiod2013',
          year: 2011,
          sha256: createHash('sha256').update(readFileSync(workbook)).digest('hex'),
          rows_failing: rows[0]?.rows_failing,
        },
      ]);
      expect(rows[0]?.rows_failing).toBeGreaterThan(100);
    } finally {
      connector.close();
    }
  }, 60_000);

  it('io multipliers --dataset matches pymrio on the same workbook to 1e-9 relative', async () => {
    const r = await runCli(['--db', db, 'io', 'multipliers', '--dataset', 'wiodcut', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout) as {
      dataset: string;
      year: number;
      rows: { region: string; sector: string; [k: string]: unknown }[];
    };
    expect(result.dataset).toBe('wiodcut');
    expect(result.year).toBe(2011);
    expect(result.rows).toHaveLength(140);
    const S = reference.sectors.length;
    for (const key of ['output', 'outputDomestic', 'valueAddedDomestic', 'imports'] as const) {
      let worst = 0;
      for (const row of result.rows) {
        const i = reference.regions.indexOf(row.region) * S + reference.sectors.indexOf(row.sector);
        worst = Math.max(worst, error(row[key] as number, reference[key][i] as number));
      }
      expect(worst, key).toBeLessThan(1e-9);
    }
  }, 60_000);

  it('every io command takes the import: linkages of one economy, named by the file', async () => {
    const r = await runCli(['--db', db, 'io', 'linkages', '--dataset', 'wiodcut', '--economy', 'DEU']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Agriculture, Hunting, Forestry and Fishing (AtB)');
  }, 60_000);

  it('an unknown dataset exits 2 listing the datasets; another year exits 3', async () => {
    const unknown = await runCli(['--db', db, 'io', 'multipliers', '--dataset', 'nosuch']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('invalid --dataset: nosuch (expected one of wiod2013, wiodcut');
    noStack(unknown.stderr);
    const year = await runCli(['--db', db, 'io', 'multipliers', '--dataset', 'wiodcut', '--year', '2010']);
    expect(year.code).toBe(3);
    expect(year.stderr).toContain('the import wiodcut is the 2011 table');
  }, 60_000);

  it('bad input exits 2 naming the input and what was expected, and writes nothing', async () => {
    const cases: [string[], RegExp][] = [
      [
        [workbook, '--layout', 'wiod2099', '--name', 'x'],
        /invalid --layout: wiod2099 \(expected one of icio, exiobase/,
      ],
      [[workbook, '--layout', 'wiod2013', '--name', 'Bad Name'], /invalid --name: Bad Name \(expected a lower-case id/],
      [[workbook, '--layout', 'wiod2013', '--name', 'wiod2013'], /wiod2013 is a snapshot dataset/],
      [[join(fixtures, 'missing.xlsx'), '--layout', 'wiod2013', '--name', 'x'], /missing\.xlsx: no such file/],
      [
        [join(fixtures, 'pymrio-multipliers.json'), '--layout', 'wiod2013', '--name', 'x', '--year', '2011'],
        /as an \.xlsx workbook/,
      ],
      [[fixtures, '--layout', 'icio', '--name', 'x', '--year', '2020'], /--layout icio expects a file, not a folder/],
      [[join(fixtures, 'README.md'), '--layout', 'icio', '--name', 'x'], /the file name gives no year; pass --year/],
    ];
    for (const [args, message] of cases) {
      const r = await runCli(['--db', db, 'data', 'import-mrio', ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      noStack(r.stderr);
    }
    expect(readdirSync(join(dir, 'mrio'))).toEqual(['wiodcut']);
    expect(existsSync(join(dir, 'mrio', 'x'))).toBe(false);
  }, 60_000);
});
