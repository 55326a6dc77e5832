/**
 * The rule that marks an old number in a table of latest values: a value more than
 * {@link STALE_AFTER_YEARS} years older than the newest value in the same table is marked, so a
 * reader sees at once that a 2017 figure sits beside 2024 ones. Three years is the usual lag of
 * the slowest annual sources (R&D surveys, UNIDO's industrial statistics) behind national
 * accounts; a value older than that is no longer "latest" in any sense a reader would assume.
 *
 * @module
 */

/** How many years a value may lag the newest in its table before it is marked. */
export const STALE_AFTER_YEARS = 3;

/** The newest of `years`, or null when there is none. */
export function newestYear(years: readonly number[]): number | null {
  return years.length === 0 ? null : Math.max(...years);
}

/** Whether a value of `year` is marked in a table whose newest value is of `newest`. */
export function isStale(year: number, newest: number | null): boolean {
  return newest !== null && newest - year > STALE_AFTER_YEARS;
}
