/**
 * A file path DuckDB reads as that one file. DuckDB's `read_csv` and `read_parquet` expand
 * glob patterns, so a file named `b[x].parquet` was read as `bx.parquet` while the import
 * recorded the literal name (hardening issue): a path holding a glob character (* ? [ ] { })
 * is read through a symbolic link without one, in a folder of this process that is removed
 * when the process exits.
 *
 * @module
 */
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';

const GLOB = /[*?[\]{}]/;
let folder: string | undefined;
let count = 0;

/** `path` itself, or a link to it whose name DuckDB cannot take for a pattern. */
export function literalFilePath(path: string): string {
  if (!GLOB.test(path)) return path;
  if (folder === undefined) {
    const made = mkdtempSync(join(tmpdir(), 'chanye-literal-'));
    folder = made;
    process.once('exit', () => rmSync(made, { recursive: true, force: true }));
  }
  // Keep the extension: DuckDB and the callers choose the reader by it (".csv.gz" included).
  const name = path.toLowerCase().endsWith('.gz') ? `${extname(path.slice(0, -3))}.gz` : extname(path);
  const link = join(folder, `file-${++count}${name.replace(GLOB, '')}`);
  symlinkSync(resolve(path), link);
  return link;
}
