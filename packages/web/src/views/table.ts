/**
 * A view's data table as the page displays it and as its CSV download writes it: the same
 * rows, rounded for display only.
 *
 * @module
 */
import { formatNumber, type ChartTable } from '@chanye/charts';

/** A number written as text: no formula. */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * `neutralizeFormula` of `@chanye/engine` (which the browser cannot load): text a spreadsheet
 * would take for a formula gets a leading single quote (OWASP, CSV Injection).
 */
export function neutralizeFormula(text: string): string {
  return text.length > 1 && /^[=+\-@\t\r]/.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** A table as CSV (RFC 4180): header, then one line per row; numbers at full precision, no value empty. */
export function tableCsv(table: ChartTable): string {
  const field = (v: string | number | null): string => {
    if (v === null) return '';
    const s = typeof v === 'number' ? String(v) : neutralizeFormula(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [table.columns, ...table.rows].map((row) => row.map(field).join(',')).join('\n') + '\n';
}

/** A table cell as the page displays it: numbers with the column's decimals (`-1`: a year, as is). */
export function displayCell(value: string | number | null, digits: number): string {
  if (value === null) return '–';
  if (typeof value !== 'number') return value;
  return digits < 0 ? String(value) : formatNumber(value, digits);
}

/** The same decimals for every column, the first as a year (`-1`) when it holds years. */
export const digitsOf = (table: ChartTable, digits: number, firstKeyIsYear = false): number[] =>
  table.columns.map((_, i) => (i === 0 && firstKeyIsYear ? -1 : digits));
