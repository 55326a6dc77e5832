/**
 * The value of a series "in" a year when the year itself may have none: the observation
 * nearest to the year within a symmetric window. Scorecards read their indicators this way
 * (docs/methods/composite-indices.md, "Which value").
 *
 * @module
 */
import type { Observation } from '@chanye/compute';

/**
 * The observation nearest to `year` within [year − window, year + window] from a list sorted
 * by year, or undefined. On a tie the earlier observation wins: it was already known in
 * `year`, the later one was not. The observation keeps its own year: callers report it, so a
 * value is never moved in time.
 *
 * @example nearestWithin([{ year: 2015, … }, { year: 2019, … }], 2017, 2) // the 2015 observation
 */
export function nearestWithin(
  observations: readonly Observation[],
  year: number,
  window: number,
): Observation | undefined {
  let best: Observation | undefined;
  for (const o of observations) {
    const distance = Math.abs(o.year - year);
    if (distance > window) continue;
    // Sorted ascending, so a later observation replaces the best only when strictly nearer.
    if (!best || distance < Math.abs(best.year - year)) best = o;
  }
  return best;
}
