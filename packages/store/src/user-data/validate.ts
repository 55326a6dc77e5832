import { suggest } from '@chanye/compute';
import type { UserObservationRow } from './types.js';
import { ProblemList } from './problems.js';
import {
  cellText,
  parseIndicator,
  parseIso3,
  parseOptionalText,
  parseRequiredText,
  parseStatus,
  parseValue,
  parseYear,
  type CellResult,
} from './parse-cell.js';
import { columnLetter, interner, rowNumber, type RawCell, type UserTable } from './user-table.js';

/** Columns every file must have (header names match case-insensitively). */
export const REQUIRED_COLUMNS = ['iso3', 'year', 'indicator', 'value', 'unit', 'source'] as const;
/** Columns a file may have; any other column is an error, so a typo such as `valeu` is caught. */
export const OPTIONAL_COLUMNS = ['vintage', 'status', 'note'] as const;

type ColumnName = (typeof REQUIRED_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];
const KNOWN_COLUMNS: readonly ColumnName[] = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS];
const EXPECTED = `expected ${REQUIRED_COLUMNS.join(', ')} and optionally ${OPTIONAL_COLUMNS.join(', ')}`;

export interface ValidateOptions {
  /** The file as the user named it; every error message starts with it. */
  readonly file: string;
  /** Vintage of rows whose file has no vintage (column or cell); see `importVintage`. */
  readonly defaultVintage?: string;
}

/**
 * Checks a table against the long schema and returns its rows, or throws one
 * `invalid-input` {@link ChanyeError} `FILE: N problems` whose details name each bad row
 * (numbered as a spreadsheet shows them, header = row 1) and column.
 *
 * Decisions: cells are trimmed; `iso3` and `status` are case-normalized (`chn` → `CHN`), the
 * indicator id is not (ids are case-sensitive keys); rows whose cells are all empty are
 * skipped (spreadsheets leave them behind); status defaults to `observed`. Two rows with the
 * same (indicator, iso3, year) are an error: a silent "last wins" would hide a mistake.
 */
export function validateUserRows(table: UserTable, options: ValidateOptions): UserObservationRow[] {
  const problems = new ProblemList(options.file);
  const columns = headerColumns(table, problems);
  problems.throwIfAny();

  const rows: UserObservationRow[] = [];
  const keys = new KeyIndex();
  const intern = interner();
  const width = table.columns.length;
  table.rows.forEach((cells, index) => {
    if (isBlank(cells)) return;
    const row = rowNumber(index);
    // Trailing empty cells (a delimiter at the end of a line) are harmless; anything else
    // means the row's cells no longer line up with the header.
    if (cells.length < width || (cells.length > width && !isBlank(cells.slice(width)))) {
      problems.add(`row ${row}: ${cells.length} cells, but the header has ${width} columns`);
      return;
    }
    const observation = parseRow(cells, row, columns, problems, options.defaultVintage, intern);
    if (observation === undefined) return;
    const first = keys.claim(observation, row);
    if (first !== undefined) {
      problems.add(
        `rows ${first} and ${row}: duplicate key (indicator ${observation.indicator}, iso3 ${observation.iso3}, year ${observation.year}); keep one of them`,
      );
      return;
    }
    rows.push(observation);
  });
  if (problems.count === 0 && rows.length === 0) {
    problems.add(`the file has a header but no data rows (${EXPECTED})`);
  }
  problems.throwIfAny();
  return rows;
}

function isBlank(cells: readonly RawCell[]): boolean {
  for (const cell of cells) if (cellText(cell) !== '') return false;
  return true;
}

/**
 * One row as an observation, or `undefined` after adding its problems. Every row object gets
 * the same shape, every key written in one literal (`vintage` and `note` may be undefined): a
 * dynamic record, or `delete`, made a million rows two to three times slower, and keys added
 * afterwards went to a second block of memory, some 40 bytes more per row.
 */
function parseRow(
  cells: readonly RawCell[],
  row: number,
  columns: ReadonlyMap<ColumnName, number>,
  problems: ProblemList,
  defaultVintage: string | undefined,
  intern: (text: string) => string,
): UserObservationRow | undefined {
  let ok = true;
  const read = <T>(name: ColumnName, parse: (cell: RawCell) => CellResult<T>): T | undefined => {
    const at = columns.get(name);
    if (at === undefined) return undefined;
    const result = parse(cells[at] ?? null);
    if ('value' in result) return result.value;
    problems.add(`row ${row}, ${name} (column ${columnLetter(at)}): ${result.problem}`);
    ok = false;
    return undefined;
  };
  const text = (parsed: string | undefined): string | undefined => (parsed === undefined ? undefined : intern(parsed));
  const iso3 = text(read('iso3', parseIso3));
  const year = read('year', parseYear);
  const indicator = text(read('indicator', parseIndicator));
  const value = read('value', parseValue);
  const unit = text(read('unit', parseRequiredText));
  const source = text(read('source', parseRequiredText));
  const vintage = text(read('vintage', parseOptionalText)) ?? defaultVintage;
  const status = read('status', parseStatus) ?? 'observed';
  const note = read('note', parseOptionalText);
  if (!ok) return undefined;
  return { iso3, year, indicator, value, unit, source, status, vintage, note } as UserObservationRow;
}

/** First row of each (indicator, iso3, year); nested so a million rows do not mean a million key strings. */
class KeyIndex {
  private readonly rows = new Map<string, Map<number, number>>();

  /** Records `row` for the key of `observation`, or returns the earlier row that has it. */
  claim(observation: UserObservationRow, row: number): number | undefined {
    const series = `${observation.indicator}\u0000${observation.iso3}`;
    let years = this.rows.get(series);
    if (years === undefined) {
      years = new Map();
      this.rows.set(series, years);
    }
    const first = years.get(observation.year);
    if (first !== undefined) return first;
    years.set(observation.year, row);
    return undefined;
  }
}

/** Where each known column sits; header problems go to `problems`. */
function headerColumns(table: UserTable, problems: ProblemList): Map<ColumnName, number> {
  const columns = new Map<ColumnName, number>();
  const names = table.columns.map((c) => c.trim().toLowerCase());
  if (names.every((name) => name === '')) {
    problems.add(`the file is empty; row 1 must be a header (${EXPECTED})`);
    return columns;
  }
  const unknown: string[] = [];
  names.forEach((name, at) => {
    if (name === '') {
      let used = false;
      table.rows.forEach((cells) => {
        if (!used && cellText(cells[at] ?? null) !== '') used = true;
      });
      if (used) {
        problems.add(`column ${columnLetter(at)} has values but no name in the header (row 1)`);
      }
      return;
    }
    const known = KNOWN_COLUMNS.find((c) => c === name);
    if (known === undefined) {
      const hint = suggest(name, KNOWN_COLUMNS, 1);
      unknown.push(
        `'${table.columns[at]?.trim()}' (column ${columnLetter(at)}${hint.length > 0 ? `; did you mean ${hint[0]}?` : ''})`,
      );
      return;
    }
    const earlier = columns.get(known);
    if (earlier !== undefined) {
      problems.add(
        `column ${known} appears twice in the header (columns ${columnLetter(earlier)} and ${columnLetter(at)})`,
      );
      return;
    }
    columns.set(known, at);
  });
  if (unknown.length > 0) {
    problems.add(`unexpected ${unknown.length === 1 ? 'column' : 'columns'} ${unknown.join(', ')}; ${EXPECTED}`);
  }
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.has(c));
  if (missing.length > 0) {
    problems.add(`missing ${missing.length === 1 ? 'column' : 'columns'} ${missing.join(', ')}; ${EXPECTED}`);
  }
  return columns;
}
