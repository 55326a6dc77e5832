/**
 * Tidy CSV exactly as the CLI writes it (`packages/cli/src/output/format.ts`): RFC 4180
 * quoting, shortest round-trip numbers, empty cells for null and non-finite values. The
 * parity test compares the two byte for byte.
 */

/** Columns of the tidy long CSV of observations. */
export const TIDY_COLUMNS = ['iso3', 'year', 'indicator', 'value', 'unit', 'source', 'status'] as const;

/** One CSV field per RFC 4180: quoted when it holds a comma, quote or line break. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows of objects as CSV with the given column order and a header line. */
export function toCsv(rows: readonly object[], columns: readonly string[]): string {
  const lines = [columns.join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvField((row as Record<string, unknown>)[c])).join(','));
  return `${lines.join('\n')}\n`;
}
