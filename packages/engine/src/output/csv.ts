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
 * @module
 */

/** One CSV field: quoted when it holds a comma, quote or line break; empty for no value. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? csvNumber(value) : String(value);
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
