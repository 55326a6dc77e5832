/**
 * The one CSV writer of every front end: `chanye … --format csv`, the CLI's CSV files
 * (`chanye complexity --out`) and the API's `format=csv` answers all format fields here, so the
 * same rows give the same bytes everywhere.
 *
 * RFC 4180: a header line of column names, one line per row, each line ending in `\n`; a field
 * is quoted only when it holds a comma, a quote or a line break (quotes doubled inside). Numbers
 * keep full precision (the shortest decimal that reads back as the same double); null,
 * undefined, NaN and ±Infinity are empty fields. The CLI and the API wrote exactly this before
 * they shared it, so it has no options. (The dashboard builds its CSV downloads in the browser,
 * which cannot load this package: `tableCsv` in `@chanye/web` follows the same rules for the
 * strings and finite numbers of its chart tables.)
 *
 * Text that a spreadsheet would read as a formula (starting with =, +, -, @, a tab or a carriage
 * return, and not a plain number) gets a leading single quote, as OWASP's "CSV Injection"
 * guidance advises: a source, unit or note such as `=HYPERLINK(…)` from an imported file opens
 * as text, never as a formula. The XLSX writer applies the same rule to its text cells.
 *
 * @module
 */

/** A number written as text ("-0.5", "+3", "1e-4"): no formula, left as it is. */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * Text a spreadsheet would take for a formula, prefixed with a single quote (OWASP, CSV
 * Injection): it starts with =, +, -, @, a tab or a carriage return, is more than that one
 * character, and is not a plain number.
 */
export function neutralizeFormula(text: string): string {
  return text.length > 1 && /^[=+\-@\t\r]/.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** One CSV field: quoted when it holds a comma, quote or line break; empty for no value; formulas neutralized. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? csvNumber(value) : neutralizeFormula(String(value));
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Full precision for a machine format: the shortest decimal that round-trips; empty when not finite. */
function csvNumber(value: number): string {
  return Number.isFinite(value) ? String(value) : '';
}

/** Objects as CSV: a header of `columns`, then each row's fields in that order. */
export function toCsv(rows: readonly object[], columns: readonly string[]): string {
  const lines = [columns.join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvField((row as Record<string, unknown>)[c])).join(','));
  return `${lines.join('\n')}\n`;
}

/** A table whose columns travel with its rows (for tables whose columns depend on the data). */
export interface TidyTable<Row extends object = Record<string, unknown>> {
  readonly columns: readonly string[];
  readonly rows: readonly Row[];
}

/**
 * The columns of rows that all have the same keys: those of the first row, or `empty` when
 * there is none (what each table printed for no rows before it was shared).
 */
export function columnsOf(rows: readonly object[], empty: readonly string[] = []): string[] {
  return Object.keys(rows[0] ?? Object.fromEntries(empty.map((c) => [c, null])));
}
