import { ChanyeError } from '@chanye/compute';
import { fileImportRecord, importVintage } from './provenance.js';
import { importUserObservations, type ImportOptions, type ImportSummary } from './import-observations.js';
import { readUserFile, type UserFileFormat } from './read-user-file.js';
import { validateUserRows } from './validate.js';
import { checkRanges } from './plausible-range.js';
import type { UserObservationRow } from './types.js';

export interface ImportUserFileOptions extends ImportOptions {
  /** The user database to write. */
  readonly dbPath: string;
  /** When the import happens (ISO timestamp), supplied by the caller so the library stays clock-free. */
  readonly importedAt: string;
  /** Worksheet of an `.xlsx` file; the first by default. */
  readonly sheet?: string;
  /**
   * The ISO3 codes queries can answer for (the snapshot's economies, aggregates and historical
   * ones); rows for any other code are refused before the database is opened, instead of being
   * imported where no query finds them. Unchecked when absent.
   */
  readonly knownEconomies?: ReadonlySet<string>;
  /**
   * The catalogue's unit of an indicator id (undefined for the user's own series): rows of a
   * catalogue indicator outside its plausible range are refused, others warned about.
   */
  readonly catalogUnit?: (indicator: string) => string | undefined;
}

export interface FileImportSummary extends ImportSummary {
  readonly file: string;
  readonly format: UserFileFormat;
  /** Values of the user's own series outside the plausible range of their unit (imported). */
  readonly warnings: readonly string[];
}

/**
 * `chanye data import FILE`: reads the file, validates every row, and only then opens the
 * user database and imports the rows in one transaction. A file with any problem throws
 * before the database is opened, so the database stays byte-for-byte unchanged.
 */
export async function importUserFile(path: string, options: ImportUserFileOptions): Promise<FileImportSummary> {
  const { rows, sha256, format } = await readValidRows(path, options);
  if (options.knownEconomies) checkEconomies(path, rows, options.knownEconomies);
  const ranges = checkRanges(rows, options.catalogUnit ?? (() => undefined));
  if (ranges.problems.length > 0)
    throw new ChanyeError(
      'invalid-input',
      `${path}: values outside the plausible range of their catalogue indicator's unit; nothing was imported`,
      ranges.problems,
    );
  const record = fileImportRecord(path, sha256, rows.length, options.importedAt);
  const summary = await importUserObservations(
    options.dbPath,
    rows,
    record,
    options.beforeCommit === undefined ? {} : { beforeCommit: options.beforeCommit },
  );
  return { ...summary, file: path, format, warnings: ranges.warnings };
}

/**
 * The file's validated rows, its hash and format. Its cells (a CSV file's whole text) are
 * reachable only inside this function, so they can be freed before the database is written.
 */
async function readValidRows(
  path: string,
  options: ImportUserFileOptions,
): Promise<{ rows: UserObservationRow[]; sha256: string; format: UserFileFormat }> {
  const file = await readUserFile(path, options.sheet === undefined ? {} : { sheet: options.sheet });
  const rows = validateUserRows(file, { file: path, defaultVintage: importVintage(path, options.importedAt) });
  return { rows, sha256: file.sha256, format: file.format };
}

/** Refuses rows whose economy no query can find, naming each code and how many rows carry it. */
function checkEconomies(path: string, rows: readonly { iso3: string }[], known: ReadonlySet<string>): void {
  const unknown = new Map<string, number>();
  for (const r of rows) if (!known.has(r.iso3)) unknown.set(r.iso3, (unknown.get(r.iso3) ?? 0) + 1);
  if (unknown.size === 0) return;
  throw new ChanyeError(
    'invalid-input',
    `${path}: ${unknown.size === 1 ? 'an iso3 code is not an economy' : `${unknown.size} iso3 codes are not economies`} Chanye knows, so no query would find their rows (see \`chanye economies --aggregates --historical\`); nothing was imported`,
    [...unknown].map(([code, n]) => `${code}: ${n} row${n === 1 ? '' : 's'}`),
  );
}
