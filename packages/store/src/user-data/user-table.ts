/**
 * A cell as a reader hands it over, before validation: CSV gives strings; XLSX and Parquet
 * may also give numbers, booleans or dates; an empty cell is `null` (or `''` from CSV).
 */
export type RawCell = string | number | boolean | Date | null;

/**
 * A file's contents as a table of raw cells. Row numbering follows what a spreadsheet user
 * sees: the header is row 1, so `rows[i]` is row `i + 2`.
 */
export interface UserTable {
  /** Header cells in file order, trimmed but otherwise as written. */
  readonly columns: readonly string[];
  readonly rows: readonly (readonly RawCell[])[];
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
