/**
 * The period a diagnostic over time compares (structural change, demand): the years the user
 * asked for, both of which must be in the series, or by default the latest year and the first
 * year at most `defaultSpan` years before it.
 *
 * @module
 */

import { ChanyeError } from '@chanye/compute';

/** Rejects a period whose start is not before its end, before any data is read. */
export function checkPeriod(period: readonly [number, number] | undefined): void {
  if (period !== undefined && !(period[0] < period[1])) {
    throw new ChanyeError(
      'invalid-input',
      `invalid period: ${period[0]}-${period[1]} (expected a start year before the end year)`,
    );
  }
}

/** The chosen start and end years, or the asked-for years the series lacks. */
export type ChosenPeriod<Y> =
  | { readonly start: Y; readonly end: Y }
  | { readonly missing: readonly number[]; readonly asked: readonly [number, number] };

/** Chooses the period from a series in year order with at least one year. */
export function choosePeriod<Y extends { readonly year: number }>(
  series: readonly Y[],
  asked: readonly [number, number] | undefined,
  defaultSpan: number,
): ChosenPeriod<Y> {
  if (asked !== undefined) {
    const [t0, t1] = asked;
    const start = series.find((s) => s.year === t0);
    const end = series.find((s) => s.year === t1);
    if (start && end) return { start, end };
    return { missing: [t0, t1].filter((y) => !series.some((s) => s.year === y)), asked: [t0, t1] };
  }
  const end = series.at(-1) as Y;
  const from = end.year - defaultSpan;
  return { start: series.find((s) => s.year >= from) as Y, end };
}
