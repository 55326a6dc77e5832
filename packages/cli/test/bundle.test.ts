import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

/**
 * `chanye` runs the build's bundle (packages/cli/bundle.mjs); the other tests run the CLI from
 * source. The two must print the same bytes.
 */
const cliDir = resolve(fileURLToPath(new URL('..', import.meta.url)));
const bin = join(cliDir, 'bin', 'chanye.js');

function runBundle(args: readonly string[]): string {
  return execFileSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, CHANYE_DB: join(process.cwd(), '.no-user-db-in-tests.duckdb') },
  });
}

describe('the bundled CLI', () => {
  it('is built, with the workers it starts beside it', () => {
    for (const name of ['main.js', 'kernel-thread-worker.js', 'io-worker.js', 'economy-products-worker.js']) {
      expect(existsSync(join(cliDir, 'dist', 'bundle', name)), name).toBe(true);
    }
  });

  it.each(['io multipliers --year 2011 --economy CHN --format csv', 'profile DEU --format json'])(
    'prints what the CLI from source prints: chanye %s',
    async (line) => {
      const args = line.split(' ');
      const fromSource = await runCli(args);
      expect(fromSource.code).toBe(0);
      expect(runBundle(args)).toBe(fromSource.stdout);
    },
    60_000,
  );
});
