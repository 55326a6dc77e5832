import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'chanye-record-'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sha256 = (bytes: Buffer | string): string => createHash('sha256').update(bytes).digest('hex');

/**
 * The snapshot hash as docs/cli.md ("Reproducing a figure") defines it, computed here from
 * manifest.json alone: SHA-256 of `sha256  file\n` lines, sorted by file name.
 */
function expectedSnapshotHash(): string {
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'data', 'snapshot', 'manifest.json'), 'utf8')) as {
    files: { file: string; sha256: string }[];
  };
  const names = manifest.files.map((f) => f.file).sort();
  const byName = new Map(manifest.files.map((f) => [f.file, f.sha256.toLowerCase()]));
  return sha256(names.map((name) => `${byName.get(name)}  ${name}\n`).join(''));
}

const packageVersion = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string })
  .version;

interface Record {
  record: string;
  chanye: string;
  snapshot: { hash: string; built: string; files: { file: string; sha256: string }[] };
  userData: {
    path: string;
    imports: { id: number; label: string; file: string; sha256?: string; rows: number }[];
  } | null;
  command: { line: string; arguments: string[] };
  options: { [key: string]: unknown };
  output: { file: string; bytes: number; sha256: string };
}

describe('chanye report --record FILE', () => {
  it('records the version, the snapshot hash, no user data, the options and the output’s SHA-256', async () => {
    const record = join(dir, 'r.json');
    const out = join(dir, 'o.md');
    const args = ['report', 'CHN', '--format', 'md', '--record', record, '--out', out, '--seed', '7'];
    const result = await runCli(args);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(`${out}\n`);
    const r = JSON.parse(readFileSync(record, 'utf8')) as Record;
    expect(r.record).toBe('chanye-run');
    expect(r.chanye).toBe(packageVersion);
    expect(r.snapshot.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(r.snapshot.hash).toBe(expectedSnapshotHash());
    expect(r.snapshot.files.length).toBeGreaterThan(5);
    expect(r.userData).toBeNull();
    expect(r.command.arguments).toEqual(args);
    expect(r.command.line).toBe(`chanye ${args.join(' ')}`);
    expect(r.options).toMatchObject({ iso3: 'CHN', lang: 'en', format: 'md', seed: 7, year: null, peers: 'all' });
    const bytes = readFileSync(out);
    expect(r.output).toEqual({ file: out, bytes: bytes.length, sha256: sha256(bytes) });
  });

  it('lists the import of the user database given with --db', async () => {
    const db = join(dir, 'user.duckdb');
    const csv = join(dir, 'tiny.csv');
    const text = 'iso3,year,indicator,value,unit,source\nCHN,2019,my_indicator,1.5,index,my survey\n';
    writeFileSync(csv, text);
    const imported = await runCli(['data', 'import', csv, '--db', db]);
    expect(imported.code, imported.stderr).toBe(0);
    const record = join(dir, 'with-db.json');
    const out = join(dir, 'with-db.md');
    const result = await runCli(['--db', db, 'report', 'CHN', '--format', 'md', '--record', record, '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    const r = JSON.parse(readFileSync(record, 'utf8')) as Record;
    expect(r.userData?.path).toBe(db);
    expect(r.userData?.imports).toHaveLength(1);
    expect(r.userData?.imports[0]).toMatchObject({ id: 1, label: 'import:tiny.csv', sha256: sha256(text), rows: 1 });
    expect(r.userData?.imports[0]?.file).toContain('tiny.csv');
  });

  it('refuses a record that would overwrite the output, with exit 2 and no files', async () => {
    const out = join(dir, 'same.md');
    const result = await runCli(['report', 'CHN', '--format', 'md', '--record', out, '--out', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('invalid --record');
    expect(result.stderr).not.toContain('    at ');
    expect(existsSync(out)).toBe(false);
  });
});

describe('chanye --version', () => {
  it('prints the version of package.json and the snapshot hash’s first 12 characters', async () => {
    const result = await runCli(['--version']);
    expect(result.code).toBe(0);
    const [version, snapshot] = result.stdout.trimEnd().split('\n');
    expect(version).toBe(packageVersion);
    expect(snapshot).toContain(expectedSnapshotHash().slice(0, 12));
    expect(snapshot).toMatch(/built \d{4}-\d{2}-\d{2}/);
  });
});
