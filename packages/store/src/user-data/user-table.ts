/**
 * A cell as a reader hands it over, before validation: CSV gives strings; XLSX and Parquet
 * may also give numbers, booleans or dates; an empty cell is `null` (or `''` from CSV).
 */
export type RawCell = string | number | boolean | Date | null;

/**
 * The data rows of a table, visited in order as often as needed. An array is one; a CSV file's
 * rows are split from its text on each visit instead of being held: 1.5 million rows held as
 * arrays of strings took some 500 MB, a third of an import's peak (issue 19).
 */
export interface RowSource {
  forEach(visit: (cells: readonly RawCell[], index: number) => void): void;
}

/**
 * A file's contents as a table of raw cells. Row numbering follows what a spreadsheet user
 * sees: the header is row 1, so the row visited at index `i` is row `i + 2`.
 */
export interface UserTable {
  /** Header cells in file order, trimmed but otherwise as written. */
  readonly columns: readonly string[];
  readonly rows: RowSource;
}

/** The rows of a table as an array (tests and small tables; an import visits them instead). */
export function rowArray(rows: RowSource): (readonly RawCell[])[] {
  const all: (readonly RawCell[])[] = [];
  rows.forEach((cells) => all.push(cells));
  return all;
}

/** The row number a user sees for `rows[index]` of a {@link UserTable}. */
export function rowNumber(index: number): number {
  return index + 2;
}

/** A spreadsheet column letter for a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** Distinct texts kept by {@link interner}; past this many, texts pass through as they are. */
const MAX_INTERNED = 65_536;

/**
 * One copy of each repeated text (codes, ids, units, sources, vintages), instead of one string
 * per row; a copy that holds no reference to the file's text, which a substring can, so the
 * text can be freed once the rows are read.
 */
export function interner(): (text: string) => string {
  const seen = new Map<string, string>();
  return (text) => {
    const known = seen.get(text);
    if (known !== undefined) return known;
    if (seen.size >= MAX_INTERNED) return text;
    const copy = Buffer.from(text, 'utf8').toString('utf8');
    seen.set(copy, copy);
    return copy;
  };
}
