/**
 * The citation every view offers: the toolkit, what was shown, the API request that gave the
 * numbers and the data sources behind them.
 *
 * @module
 */

export const CITATION =
  'Chanye contributors (2026). Chanye: a toolkit for measuring the modern industrial system, version 0.1.0.';

/** The distinct non-empty strings, in first-seen order. */
export const unique = (items: readonly string[]): string[] => [...new Set(items.filter((s) => s.length > 0))];

/** The citation of a view: the toolkit, what was shown, the API request and the data sources. */
export function citeText(what: string, request: string, sources: readonly string[]): string {
  const data = unique(sources);
  return `${CITATION} ${what}. API: ${request}.${data.length > 0 ? ` Data: ${data.join('; ')}.` : ''}`;
}
