/**
 * Plausible ranges of imported values, judged by unit: a share of a whole ("% of total
 * employment", "% of population"; see SHARE for the list) lies in 0-100, a level per person or in money, people, tonnes or energy is not
 * negative, and no economic quantity Chanye handles exceeds 1e15 in absolute value (a value of
 * 1e308 was printed as "Infinity% of GDP"; hardening issue). A row of a catalogue indicator
 * outside its range is refused (its unit is the catalogue's); a row of the user's own series
 * gets a warning, judged by the unit it declares.
 *
 * @module
 */
import type { UserObservationRow } from './types.js';

/** Larger than any level the catalogue holds (world GDP is about 1e14 US$). */
export const MAX_ABS_VALUE = 1e15;

/**
 * Units of shares of a whole, bounded by 0 and 100. Listed, not guessed from "% of": energy
 * production in % of primary energy use exceeds 100 for exporters, net electricity imports in
 * % of demand are negative for them, and ratios to GDP exceed 100 or go below 0.
 */
const SHARE =
  /^% of (total employment|employment|world manufacturing value added|manufacturing value added|industry value added|manufactured exports|population|total population|total final energy consumption|electricity generation|capital-goods headings|intermediate-goods headings)$/i;
const NON_NEGATIVE = /per person|US\$|people|population|tonnes|TWh|kg |millions|per 100/i;

/** Why `value` is implausible in `unit`, or undefined. */
export function rangeProblem(unit: string, value: number): string | undefined {
  if (Math.abs(value) > MAX_ABS_VALUE) return `${value} is beyond ±1e15, larger than any economic quantity here`;
  if (SHARE.test(unit) && (value < 0 || value > 100)) return `${value} is outside 0-100 for a share (${unit})`;
  if (NON_NEGATIVE.test(unit) && value < 0) return `${value} is negative for a level (${unit})`;
  return undefined;
}

/** At most this many lines of each list; the rest are counted. */
const SHOWN = 20;

/** Problems (catalogue indicators: refused) and warnings (user series), one line each, at most {@link SHOWN} of each. */
export function checkRanges(
  rows: readonly UserObservationRow[],
  catalogUnit: (indicator: string) => string | undefined,
): { problems: string[]; warnings: string[] } {
  const problems: string[] = [];
  const warnings: string[] = [];
  for (const r of rows) {
    const unit = catalogUnit(r.indicator);
    const why = rangeProblem(unit ?? r.unit, r.value);
    if (why !== undefined)
      (unit !== undefined ? problems : warnings).push(`${r.indicator} ${r.iso3} ${r.year}: ${why}`);
  }
  const shown = (lines: string[]): string[] =>
    lines.length > SHOWN ? [...lines.slice(0, SHOWN), `… and ${lines.length - SHOWN} more`] : lines;
  return { problems: shown(problems), warnings: shown(warnings) };
}
