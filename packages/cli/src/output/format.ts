import { ChanyeError } from '@chanye/compute';

/** Output formats every data command accepts. */
export const FORMATS = ['table', 'csv', 'json'] as const;
export type Format = (typeof FORMATS)[number];

/** Parses `--format`, rejecting unknown names at option parsing. */
export function parseFormat(value: string): Format {
  if ((FORMATS as readonly string[]).includes(value)) return value as Format;
  throw new ChanyeError('invalid-input', `invalid --format: ${value} (expected one of ${FORMATS.join(', ')})`);
}

/** Formats of the data commands that also write an Excel workbook, and Parquet. */
export const DATA_FORMATS = [...FORMATS, 'xlsx', 'parquet'] as const;
export type DataFormat = (typeof DATA_FORMATS)[number];

/** Parses `--format` of a command that writes Excel too. */
export function parseDataFormat(value: string): DataFormat {
  if ((DATA_FORMATS as readonly string[]).includes(value)) return value as DataFormat;
  throw new ChanyeError('invalid-input', `invalid --format: ${value} (expected one of ${DATA_FORMATS.join(', ')})`);
}

/**
 * A plain-text table: columns padded to their widest cell (by display width, so Chinese
 * characters count double), numbers right-aligned.
 */
export function toTable(
  rows: readonly Record<string, unknown>[],
  columns: readonly string[],
  /** Columns of numbers already formatted as text, right-aligned like numbers. */
  numberColumns: readonly string[] = [],
): string {
  const cells = rows.map((row) =>
    columns.map((c) => (c === 'year' && typeof row[c] === 'number' ? String(row[c]) : displayCell(row[c]))),
  );
  const widths = columns.map((c, i) => Math.max(displayWidth(c), ...cells.map((r) => displayWidth(r[i] ?? ''))));
  const numeric = columns.map(
    (c) =>
      numberColumns.includes(c) ||
      (rows.length > 0 && rows.every((row) => typeof row[c] === 'number' || row[c] == null)),
  );
  const line = (values: readonly string[]): string =>
    values
      .map((v, i) => (numeric[i] ? padStart(v, widths[i] ?? 0) : padEnd(v, widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(columns), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n') + '\n';
}

/** A number for people: thousands separators, at most `digits` decimals. */
export function formatNumber(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return '';
  const abs = Math.abs(value);
  const decimals = abs >= 1000 ? 0 : digits;
  return value.toLocaleString('en-US', { maximumFractionDigits: decimals, minimumFractionDigits: 0 });
}

/**
 * A number with exactly `digits` decimals and thousands separators, so that one column has one
 * format; '' for NaN; a value that rounds to zero prints without a minus sign.
 */
export function formatFixed(value: number, digits: number): string {
  if (!Number.isFinite(value)) return '';
  const rounded = Number(value.toFixed(digits));
  return (rounded === 0 ? 0 : rounded).toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

function displayCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatNumber(value);
  return String(value);
}

/** Terminal columns a string occupies: East Asian wide characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
      ? 2
      : 1;
  return width;
}

function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}
