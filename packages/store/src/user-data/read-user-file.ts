import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { ChanyeError } from '@chanye/compute';
import { csvTable } from './read-csv.js';
import { parquetTable } from './read-parquet.js';
import { xlsxTable } from './read-xlsx.js';
import { sha256Hex } from './provenance.js';
import type { UserTable } from './user-table.js';

export type UserFileFormat = 'csv' | 'parquet' | 'xlsx';

/** File extensions `chanye data import` reads (case-insensitive), by format. */
export const USER_FILE_EXTENSIONS: Readonly<Record<string, UserFileFormat>> = {
  '.csv': 'csv',
  '.tsv': 'csv',
  '.parquet': 'parquet',
  '.xlsx': 'xlsx',
};

export interface ReadUserFileOptions {
  /** The worksheet of an `.xlsx` file to read; the first by default. Other formats refuse it. */
  readonly sheet?: string;
}

/** A file's table plus what provenance needs. */
export interface UserFile extends UserTable {
  readonly format: UserFileFormat;
  readonly sha256: string;
}

/** The format of `path` by its extension, or an `invalid-input` error naming the accepted ones. */
export function userFileFormat(path: string): UserFileFormat {
  const extension = extname(path).toLowerCase();
  const format = USER_FILE_EXTENSIONS[extension];
  if (format !== undefined) return format;
  const expected = Object.keys(USER_FILE_EXTENSIONS).join(', ');
  const hint = extension === '.xls' ? '; save the workbook as .xlsx' : '';
  throw new ChanyeError(
    'invalid-input',
    `cannot import ${path}: ${extension === '' ? 'no file extension' : `unsupported file type ${extension}`} (expected ${expected})${hint}`,
  );
}

/**
 * Reads a user data file into raw cells (CSV, Parquet or XLSX, chosen by extension) and
 * hashes its bytes. Nothing is validated yet except that the file can be read at all.
 */
export async function readUserFile(path: string, options: ReadUserFileOptions = {}): Promise<UserFile> {
  const format = userFileFormat(path);
  if (options.sheet !== undefined && format !== 'xlsx') {
    throw new ChanyeError('invalid-input', `cannot import ${path}: a sheet name only applies to .xlsx workbooks`);
  }
  const info = await stat(path).catch(() => undefined);
  if (info === undefined) throw new ChanyeError('not-found', `cannot import ${path}: no such file`);
  if (!info.isFile()) throw new ChanyeError('invalid-input', `cannot import ${path}: not a file`);
  const bytes = await readFile(path);
  const sha256 = sha256Hex(bytes);
  const table =
    format === 'csv'
      ? csvTable(bytes, path)
      : format === 'parquet'
        ? await parquetTable(path, path)
        : await xlsxTable(bytes, path, options.sheet);
  return { ...table, format, sha256 };
}
