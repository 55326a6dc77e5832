import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const repoRoot = resolve(import.meta.dirname, '..', '..', '..');
const bin = join(repoRoot, 'packages', 'cli', 'bin', 'chanye.js');
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'chanye-interrupt-'));
  dirs.push(dir);
  return dir;
}

const temps = (dir: string): string[] =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.tmp'));

describe('no debris: interrupted and failed writes remove their temporary files', () => {
  it('SIGINT during `chanye complexity --out DIR` removes the partial files and exits 130', async () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    const child = spawn(process.execPath, [bin, 'complexity', '--dataset', 'trade-2017', '--out', out], {
      env: { ...process.env, CHANYE_DB: join(dir, 'none.duckdb') },
      stdio: 'ignore',
    });
    // Interrupt as soon as the first temporary file exists (the run takes seconds).
    const started = Date.now();
    while (!(existsSync(out) && temps(out).length > 0) && Date.now() - started < 20_000)
      await new Promise((r) => setTimeout(r, 20));
    expect(temps(out).length, 'a temporary file appeared').toBeGreaterThan(0);
    child.kill('SIGINT');
    const code = await new Promise<number | null>((done) => child.on('exit', (c) => done(c)));
    expect(code).toBe(130);
    expect(temps(out)).toEqual([]);
  }, 40_000);

  it('rejects --out "" (exit 2) and leaves nothing when --out names a folder', async () => {
    const empty = await runCli(['query', '--indicator', 'gdp_per_capita_ppp', '--economies', 'CHN', '--out', '']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('invalid --out: an empty path');
    const complexity = await runCli(['complexity', '--dataset', 'trade-2017', '--out', '']);
    expect(complexity.code).toBe(2);
    const dir = tempDir();
    mkdirSync(join(dir, 'existing'));
    const folder = await runCli([
      'query',
      '--indicator',
      'gdp_per_capita_ppp',
      '--economies',
      'CHN',
      '--format',
      'csv',
      '--out',
      join(dir, 'existing'),
    ]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain(`cannot write --out ${join(dir, 'existing')}`);
    expect(temps(dir)).toEqual([]);
  });
});
