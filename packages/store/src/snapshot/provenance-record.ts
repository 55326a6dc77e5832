/**
 * The provenance record: what a published figure was computed from — the Chanye version, the
 * data snapshot (its hash, build date and sources' vintages) and the user data imported into
 * the database that was read — so that it can be regenerated exactly. `chanye report --record`
 * writes it, `chanye --version` and `/api/health` show the snapshot hash.
 *
 * @module
 */
import { createHash } from 'node:crypto';
import { CHANYE_VERSION } from '@chanye/compute';
import { readImports } from '../user-data/read-imports.js';
import type { SnapshotManifest } from './manifest.js';

/** One snapshot file as its manifest records it. */
export interface SnapshotFileRecord {
  readonly file: string;
  readonly sha256: string;
  readonly bytes: number;
}

/** One import of the user database (`chanye data import` or `chanye data fetch`). */
export interface UserImportRecord {
  /** `import_id` of the `imports` table (`chanye data list` shows it). */
  readonly id: number;
  /** e.g. `import:gdp.csv` or `wdi-api:NY.GDP.PCAP.CD`. */
  readonly label: string;
  /** The file read or the URL fetched. */
  readonly file: string;
  /** SHA-256 of the file's bytes (or of the API answers), when recorded. */
  readonly sha256?: string;
  readonly importedAt: string;
  /** Rows of this import still in the database (later imports may have replaced some). */
  readonly rows: number;
}

export interface ProvenanceRecord {
  /** The Chanye version (`CHANYE_VERSION`, equal to the root package.json's). */
  readonly chanye: string;
  readonly snapshot: {
    /** {@link snapshotHash} of the manifest. */
    readonly hash: string;
    /** When the shared data the snapshot was built from were generated (ISO timestamp). */
    readonly built: string;
    /** Each source's vintage, by source id, as the manifest names them. */
    readonly vintages: Readonly<Record<string, string>>;
    readonly files: readonly SnapshotFileRecord[];
  };
  /** The user database read and its imports; null when none was read (no file, or no observations). */
  readonly userData: { readonly path: string; readonly imports: readonly UserImportRecord[] } | null;
}

/**
 * The hash that names a data snapshot: the lowercase hex SHA-256 of the UTF-8 text made of one
 * line per entry of `files` in `manifest.json`, in the form `sha256sum` prints,
 * `<sha256 in lowercase hex><two spaces><file>\n`, the lines sorted by `file` (JavaScript
 * string order, which for these ASCII paths is `LC_ALL=C sort`'s). It depends only on the
 * files' contents and names, not on the order or the other fields of the manifest. To
 * recompute it from a shell:
 *
 * ```sh
 * jq -r '.files[] | "\(.sha256 | ascii_downcase)  \(.file)"' data/snapshot/manifest.json | LC_ALL=C sort -k2 | sha256sum
 * ```
 */
export function snapshotHash(manifest: Pick<SnapshotManifest, 'files'>): string {
  const lines = manifest.files
    .map((f) => ({ file: f.file, line: `${f.sha256.toLowerCase()}  ${f.file}\n` }))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
    .map((f) => f.line)
    .join('');
  return createHash('sha256').update(lines, 'utf8').digest('hex');
}

/** The record's snapshot part, from the manifest alone (no I/O). */
export function snapshotRecord(manifest: SnapshotManifest): ProvenanceRecord['snapshot'] {
  return {
    hash: snapshotHash(manifest),
    built: manifest.built_from.shared_manifest_generated_at,
    vintages: Object.fromEntries(manifest.sources.map((s) => [s.id, s.vintage])),
    files: manifest.files.map((f) => ({ file: f.file, sha256: f.sha256.toLowerCase(), bytes: f.bytes })),
  };
}

/**
 * The provenance record of a store: its snapshot, and the imports of the user database it read
 * (read again, read-only, from the database's `imports` table). Only reads; the clock is not used.
 */
export async function provenanceRecord(store: {
  readonly manifest: SnapshotManifest;
  readonly userDbPath: string | undefined;
}): Promise<ProvenanceRecord> {
  const path = store.userDbPath;
  const imports =
    path === undefined
      ? undefined
      : (await readImports(path)).map((i): UserImportRecord => ({
          id: i.importId,
          label: i.label,
          file: i.origin,
          ...(i.sha256 ? { sha256: i.sha256 } : {}),
          importedAt: i.importedAt,
          rows: i.currentRows,
        }));
  return {
    chanye: CHANYE_VERSION,
    snapshot: snapshotRecord(store.manifest),
    userData: path === undefined || imports === undefined ? null : { path, imports },
  };
}
