/**
 * `--record FILE`: the provenance record of a run (version, snapshot hash, user data, the
 * command and its options, the output's SHA-256) as JSON, so that a published figure can be
 * regenerated exactly; and the short form `chanye --version` prints.
 *
 * @module
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHANYE_VERSION, ChanyeError } from '@chanye/compute';
import { defaultSnapshotDir, readManifest, snapshotHash, type ProvenanceRecord } from '@chanye/store';
import { commandArguments, commandLineText, writeAtomically } from './write.js';

/** Characters of the snapshot hash `chanye --version` shows. */
export const SHORT_HASH_LENGTH = 12;

/**
 * What `chanye --version` prints: the version, then the data snapshot's short hash and build
 * date (or why the snapshot cannot be read).
 */
export function versionText(): string {
  let snapshot: string;
  try {
    const manifest = readManifest(defaultSnapshotDir());
    const built = manifest.built_from.shared_manifest_generated_at.slice(0, 10);
    snapshot = `data snapshot ${snapshotHash(manifest).slice(0, SHORT_HASH_LENGTH)} (built ${built})`;
  } catch (error) {
    snapshot = `data snapshot unavailable: ${(error as Error).message}`;
  }
  return `${CHANYE_VERSION}\n${snapshot}\n`;
}

function sha256OfFile(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** Fails (exit 2) before any work when `--record` would overwrite the output itself. */
export function checkRecordPath(record: string, out: string): void {
  if (resolve(record) === resolve(out))
    throw new ChanyeError('invalid-input', `invalid --record: ${record} is the output file (give another file)`);
}

/** The record `--record` writes: the provenance, the command and its options, and the output. */
export interface RunRecord extends ProvenanceRecord {
  readonly record: 'chanye-run';
  readonly command: { readonly line: string; readonly arguments: readonly string[] };
  readonly options: Readonly<Record<string, unknown>>;
  readonly output: { readonly file: string; readonly bytes: number; readonly sha256: string };
}

/**
 * Writes the run's record to `file` (atomically, as JSON). `options` are the command's options
 * as used; a `scenario` naming a file gets that file's SHA-256 beside it.
 */
export function writeRunRecord(
  file: string,
  provenance: ProvenanceRecord,
  options: Readonly<Record<string, unknown>>,
  out: string,
): RunRecord {
  const scenario = options['scenario'];
  const scenarioFile =
    typeof scenario === 'string' && existsSync(scenario) && statSync(scenario).isFile()
      ? { scenarioFile: { path: resolve(scenario), sha256: sha256OfFile(scenario) } }
      : {};
  const record: RunRecord = {
    record: 'chanye-run',
    ...provenance,
    command: { line: commandLineText(), arguments: [...commandArguments()] },
    options: { ...options, ...scenarioFile },
    output: { file: out, bytes: statSync(out).size, sha256: sha256OfFile(out) },
  };
  writeAtomically(`${JSON.stringify(record, null, 2)}\n`, file, '--record');
  return record;
}
