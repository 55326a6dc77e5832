import { formatNumber } from '@chanye/charts';
import type { Cell } from './model.js';

/**
 * A number as the CLI prints it (packages/cli/src/output/format.ts): at most `digits`
 * decimals, trailing zeros dropped, none from 1,000 up, thousands separated.
 *
 * @example cliNumber(13988.209) // returns '13,988'
 */
export function cliNumber(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return '';
  const decimals = Math.abs(value) >= 1000 ? 0 : digits;
  return value.toLocaleString('en-US', { maximumFractionDigits: decimals, minimumFractionDigits: 0 });
}

/** A table cell as text: numbers with the column's fixed digits, or by the CLI's rule; `–` for no value. */
export function formatCell(value: Cell, digits?: number): string {
  if (value === null) return '–';
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return '–';
  return digits === undefined ? cliNumber(value) : formatNumber(value, digits);
}
