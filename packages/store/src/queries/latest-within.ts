import type { Observation } from '@chanye/compute';

/**
 * The latest observation in [year − window, year] from a list sorted by year, or undefined.
 * The observation keeps its own year: callers report it, so a value is never moved in time.
 */
export function latestWithin(
  observations: readonly Observation[],
  year: number,
  window: number,
): Observation | undefined {
  for (let k = observations.length - 1; k >= 0; k--) {
    const o = observations[k] as Observation;
    if (o.year > year) continue;
    return o.year >= year - window ? o : undefined;
  }
  return undefined;
}
