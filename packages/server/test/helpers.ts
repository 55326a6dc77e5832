import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Store } from '@chanye/store';
import { createApp, type AppOptions } from '@chanye/server';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** The embedded snapshot with no user database, as the CLI tests see it. */
export function openSnapshotStore(): Promise<Store> {
  return Store.open({ userDbPath: join(repoRoot, '.no-user-db-in-tests.duckdb') });
}

/** An app over `store` that logs nowhere unless a test asks. */
export function testApp(store: Store, options: AppOptions = {}) {
  return createApp(store, { log: false, ...options });
}

/** Asserts the RFC 9457 shape and returns the parsed problem. */
export async function problemOf(res: Response): Promise<{
  type: string;
  title: string;
  status: number;
  detail: string;
  invalid_params?: { name: string; reason: string }[];
  details?: string[];
}> {
  const type = res.headers.get('content-type') ?? '';
  if (!type.startsWith('application/problem+json')) {
    throw new Error(`expected problem+json, got ${res.status} ${type}: ${(await res.text()).slice(0, 200)}`);
  }
  return (await res.json()) as Awaited<ReturnType<typeof problemOf>>;
}
