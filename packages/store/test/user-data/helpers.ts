import { isChanyeError, type ChanyeError } from '@chanye/compute';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { DuckDBConnector } from '../../src/connector/duckdb-connector.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary folder, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'chanye-user-data-'));
  made.push(dir);
  return dir;
}

/** Writes `text` (or bytes) to `name` in `dir` and returns the path. */
export function writeIn(dir: string, name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

export function sha256File(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** Runs one query on a database file opened read-only, closing it afterwards. */
export async function queryDb<Row = Record<string, unknown>>(dbPath: string, sql: string): Promise<Row[]> {
  const connector = await DuckDBConnector.open(dbPath, { readOnly: true });
  try {
    return await connector.query<Row>(sql);
  } finally {
    connector.close();
  }
}

export const HEADER = 'iso3,year,indicator,value,unit,source';

/** The ChanyeError that `run` rejects with; any other outcome fails the test. */
export async function failure(run: () => Promise<unknown>): Promise<ChanyeError> {
  try {
    await run();
  } catch (error) {
    if (isChanyeError(error)) return error;
    throw error;
  }
  throw new Error('expected a ChanyeError');
}
