import { join } from 'node:path';
import { vi } from 'vitest';
import { main } from '@chanye/cli';

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the CLI in-process, as `chanye ARGS` would, capturing its output. The user database
 * points at a path that does not exist unless a test passes `--db`, so results come from the
 * embedded snapshot alone.
 */
export async function runCli(args: readonly string[], env: Record<string, string> = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  const saved = { ...process.env };
  process.env['CHANYE_DB'] = join(process.cwd(), '.no-user-db-in-tests.duckdb');
  Object.assign(process.env, env);
  try {
    const code = await main(args);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
    process.env = saved;
  }
}
