import { fileImportRecord, importVintage } from './provenance.js';
import { importUserObservations, type ImportOptions, type ImportSummary } from './import-observations.js';
import { readUserFile, type UserFileFormat } from './read-user-file.js';
import { validateUserRows } from './validate.js';

export interface ImportUserFileOptions extends ImportOptions {
  /** The user database to write. */
  readonly dbPath: string;
  /** When the import happens (ISO timestamp), supplied by the caller so the library stays clock-free. */
  readonly importedAt: string;
  /** Worksheet of an `.xlsx` file; the first by default. */
  readonly sheet?: string;
}

export interface FileImportSummary extends ImportSummary {
  readonly file: string;
  readonly format: UserFileFormat;
}

/**
 * `chanye data import FILE`: reads the file, validates every row, and only then opens the
 * user database and imports the rows in one transaction. A file with any problem throws
 * before the database is opened, so the database stays byte-for-byte unchanged.
 */
export async function importUserFile(path: string, options: ImportUserFileOptions): Promise<FileImportSummary> {
  const file = await readUserFile(path, options.sheet === undefined ? {} : { sheet: options.sheet });
  const rows = validateUserRows(file, { file: path, defaultVintage: importVintage(path, options.importedAt) });
  const record = fileImportRecord(path, file.sha256, rows.length, options.importedAt);
  const summary = await importUserObservations(
    options.dbPath,
    rows,
    record,
    options.beforeCommit === undefined ? {} : { beforeCommit: options.beforeCommit },
  );
  return { ...summary, file: path, format: file.format };
}
