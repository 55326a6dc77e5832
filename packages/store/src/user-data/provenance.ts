import { createHash } from 'node:crypto';
import { basename, resolve } from 'node:path';
import type { ImportRecord } from './types.js';

/** The hex SHA-256 of a file's bytes, recorded so an import can be traced to the exact file. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The label an imported file's series carry as their origin: `import:<file name>`. */
export function importLabel(path: string): string {
  return `import:${basename(path)}`;
}

/**
 * The vintage of rows whose file gives none: `import of <file name> on <YYYY-MM-DD>`, the
 * date being the UTC day of `importedAt` (an ISO timestamp).
 */
export function importVintage(path: string, importedAt: string): string {
  return `import of ${basename(path)} on ${importedAt.slice(0, 10)}`;
}

/** What an import of the file at `path` records about itself. */
export function fileImportRecord(path: string, sha256: string, rows: number, importedAt: string): ImportRecord {
  return { label: importLabel(path), origin: resolve(path), sha256, rows, importedAt };
}
