/**
 * Whether the snapshot files a store reads are the ones its manifest describes: each file's
 * SHA-256 against the hash `manifest.json` records. Checked once per store (about 60 MB of
 * reading), then reported by every `/api/health`.
 *
 * @module
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import type { Store } from '@chanye/store';

/** One snapshot file that is not as its manifest says. */
export interface IntegrityProblem {
  readonly file: string;
  /** `missing` (not there or unreadable) or `corrupted` (its hash differs). */
  readonly problem: 'missing' | 'corrupted';
  readonly expected: { readonly sha256: string; readonly bytes: number };
  /** What the file is now; `null` when it cannot be read. */
  readonly found: { readonly sha256: string; readonly bytes: number } | null;
}

export interface Integrity {
  readonly checkedFiles: number;
  readonly problems: readonly IntegrityProblem[];
}

function hashFile(path: string): Promise<{ sha256: string; bytes: number }> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    let bytes = 0;
    createReadStream(path)
      .on('data', (chunk: Buffer | string) => {
        const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        bytes += buffer.byteLength;
        hash.update(buffer);
      })
      .on('error', reject)
      .on('end', () => resolve({ sha256: hash.digest('hex'), bytes }));
  });
}

/** Hashes every file of the store's snapshot manifest and lists those that differ. */
export async function checkSnapshot(store: Pick<Store, 'manifest' | 'snapshotDir'>): Promise<Integrity> {
  const files = store.manifest.files;
  const problems: IntegrityProblem[] = [];
  for (const entry of files) {
    const expected = { sha256: entry.sha256, bytes: entry.bytes };
    let found: { sha256: string; bytes: number } | null;
    try {
      found = await hashFile(join(store.snapshotDir, entry.file));
    } catch {
      found = null;
    }
    if (found === null) problems.push({ file: entry.file, problem: 'missing', expected, found });
    else if (found.sha256 !== entry.sha256.toLowerCase())
      problems.push({ file: entry.file, problem: 'corrupted', expected, found });
  }
  return { checkedFiles: files.length, problems };
}

const checks = new WeakMap<object, Promise<Integrity>>();

/**
 * {@link checkSnapshot} once per store: the first call starts it, every later call (the server
 * at start, then each health request) shares its answer.
 */
export function snapshotIntegrity(store: Pick<Store, 'manifest' | 'snapshotDir'>): Promise<Integrity> {
  let check = checks.get(store);
  if (!check) {
    check = checkSnapshot(store);
    checks.set(store, check);
  }
  return check;
}
