import type { ObservationStatus } from '@chanye/compute';
import type { RawCell } from './user-table.js';

/**
 * Parsers for one cell of the long schema. Each returns the parsed value or a problem
 * sentence (without the row and column, which the caller adds). They never throw, so one
 * pass over a file can report every bad cell.
 */
export type CellResult<T> = { readonly value: T } | { readonly problem: string };

/** Statuses a user row may declare (a file may leave the column out; then `observed`). */
export const OBSERVATION_STATUSES: readonly ObservationStatus[] = ['observed', 'spliced', 'carried', 'imputed'];

export const INDICATOR_ID = /^[a-z][a-z0-9_]*$/;
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const NOT_FINITE = /^[+-]?(?:nan|inf|infinity)$/i;
/** 1,234,567 · 1 234 567 · 1'234'567 · 1.234.567,8 — grouped digits a spreadsheet may export. */
const GROUPED =
  /^[+-]?\d{1,3}(?:(?:,\d{3})+(?:\.\d+)?|(?:[ '\u00a0\u202f]\d{3})+(?:[.,]\d+)?|(?:\.\d{3}){2,}(?:,\d+)?)$/;
const DECIMAL_COMMA = /^[+-]?\d*,\d+$/;
export const MIN_YEAR = 1000;
export const MAX_YEAR = 2200;

/** The text of a cell, trimmed; `''` for an empty cell. */
export function cellText(cell: RawCell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

/** A cell quoted for a message, shortened so a runaway cell cannot flood the terminal. */
export function showCell(cell: RawCell): string {
  const text = cell instanceof Date ? cellText(cell) : String(cell);
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 37)}...` : text);
}

/**
 * A finite double. Text accepts plain and scientific notation (`1.5e3`); `1e309` is refused
 * rather than stored as Infinity, and so are `NaN`, `inf` and empty cells: a missing value
 * is a missing row, never a stored sentinel.
 */
export function parseValue(cell: RawCell): CellResult<number> {
  if (typeof cell === 'number') {
    return Number.isFinite(cell) ? { value: cell } : { problem: `${String(cell)} is not a finite number` };
  }
  if (typeof cell === 'boolean' || cell instanceof Date) return { problem: `${showCell(cell)} is not a number` };
  const text = cellText(cell);
  if (text === '') return { problem: 'is empty (leave out rows that have no value)' };
  if (DECIMAL.test(text)) {
    const value = Number(text);
    if (Number.isFinite(value)) return { value };
    return { problem: `${showCell(text)} is beyond the range of a double (about ±1.8e308)` };
  }
  if (NOT_FINITE.test(text)) return { problem: `${showCell(text)} is not a finite number` };
  if (GROUPED.test(text)) {
    return {
      problem: `${showCell(text)} has thousands separators (or a decimal comma); write the plain number with a dot for decimals, e.g. 1234567.5`,
    };
  }
  if (DECIMAL_COMMA.test(text)) return { problem: `${showCell(text)} uses a decimal comma; write a dot, e.g. 12.5` };
  return { problem: `${showCell(text)} is not a number` };
}

/**
 * A calendar year in {@link MIN_YEAR}..{@link MAX_YEAR}. `2019.0` (a float column written
 * by pandas) is the year 2019; `2019.5` is not a year.
 */
export function parseYear(cell: RawCell): CellResult<number> {
  let year: number;
  if (typeof cell === 'number') year = cell;
  else if (typeof cell === 'boolean' || cell instanceof Date) {
    return { problem: `${showCell(cell)} is not a year (expected a whole number such as 2019)` };
  } else {
    const text = cellText(cell);
    if (text === '') return { problem: 'is empty' };
    if (!DECIMAL.test(text))
      return { problem: `${showCell(text)} is not a year (expected a whole number such as 2019)` };
    year = Number(text);
  }
  if (!Number.isInteger(year)) return { problem: `${String(year)} is not a whole year` };
  if (year < MIN_YEAR || year > MAX_YEAR) return { problem: `${year} is outside ${MIN_YEAR}..${MAX_YEAR}` };
  return { value: year };
}

/** An ISO 3166-1 alpha-3 style code; lower case is accepted and upper-cased (`chn` → `CHN`). */
export function parseIso3(cell: RawCell): CellResult<string> {
  const text = cellText(cell);
  if (text === '') return { problem: 'is empty' };
  const code = text.toUpperCase();
  if (/^[A-Z]{3}$/.test(code)) return { value: code };
  return { problem: `${showCell(text)} is not a three-letter ISO code such as CHN` };
}

/** An indicator id: lower-case letters, digits and `_`, starting with a letter. */
export function parseIndicator(cell: RawCell): CellResult<string> {
  const text = cellText(cell);
  if (text === '') return { problem: 'is empty' };
  if (INDICATOR_ID.test(text)) return { value: text };
  const fixed = text
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '');
  const hint = INDICATOR_ID.test(fixed) ? `, e.g. ${fixed}` : '';
  return {
    problem: `${showCell(text)} is not an indicator id (lower-case letters, digits and _, starting with a letter${hint})`,
  };
}

/** Text that must be present (unit, source). */
export function parseRequiredText(cell: RawCell): CellResult<string> {
  const text = cellText(cell);
  return text === '' ? { problem: 'is empty' } : { value: text };
}

/** Text that may be absent (vintage, note): an empty cell is `undefined`. */
export function parseOptionalText(cell: RawCell): CellResult<string | undefined> {
  const text = cellText(cell);
  return { value: text === '' ? undefined : text };
}

/** `observed`, `spliced`, `carried` or `imputed`, in any case; an empty cell is `undefined`. */
export function parseStatus(cell: RawCell): CellResult<ObservationStatus | undefined> {
  const text = cellText(cell).toLowerCase();
  if (text === '') return { value: undefined };
  const status = OBSERVATION_STATUSES.find((s) => s === text);
  if (status) return { value: status };
  return { problem: `${showCell(cellText(cell))} is not a status (expected ${OBSERVATION_STATUSES.join(', ')})` };
}
