/**
 * Which ranking list an economy of a scorecard belongs to. Small economies are scored with
 * every other (same normalization, same peers) but ranked apart by default, as UNIDO's
 * Competitive Industrial Performance index and the Atlas of Economic Complexity (Hausmann,
 * Hidalgo et al. 2014, _The Atlas of Economic Complexity: Mapping Paths to Prosperity_, ch. 7:
 * population of at least 1.2 million) keep small economies out of their main rankings: a city
 * state or an island of a few hundred thousand people can top an indicator of breadth or
 * intensity on one industry or one firm, and would push every larger economy down a place.
 * Methods: docs/methods/composite-indices.md, "Small economies".
 *
 * @module
 */
import type { Observation } from '@chanye/compute';
import { nearestWithin } from '@chanye/store';

/** Below this population (millions, PWT's unit) an economy is small. */
export const SMALL_POPULATION_MILLIONS = 1;

/** The catalogue indicator the population is read from (PWT 10.01 `pop`, millions). */
export const POPULATION_INDICATOR = 'population';

/**
 * - `separate` (default): the main ranking covers economies of 1 million people or more;
 *   small economies are ranked among themselves;
 * - `together`: one ranking of every economy.
 */
export type SmallEconomies = 'separate' | 'together';
export const SMALL_ECONOMIES: readonly SmallEconomies[] = ['separate', 'together'];

/** The ranking list of a scored economy: `main`, `small`, or `all` when the lists are merged. */
export type RankingList = 'main' | 'small' | 'all';

export interface RankingLists {
  /** Per unit, in the order given. */
  readonly lists: readonly RankingList[];
  /** Units whose population has no value within the window: ranked in the main list. */
  readonly unknownPopulation: readonly string[];
}

/**
 * The list of each unit in `year`: its population is the observation nearest the year within
 * ±`window` years (as every scorecard value is read). An economy whose population is unknown
 * is not called small — a missing value is no evidence of smallness — and is reported.
 */
export function rankingLists(
  units: readonly string[],
  population: ReadonlyMap<string, readonly Observation[]>,
  year: number,
  window: number,
  small: SmallEconomies,
): RankingLists {
  if (small === 'together') return { lists: units.map(() => 'all'), unknownPopulation: [] };
  const unknownPopulation: string[] = [];
  const lists = units.map((iso3): RankingList => {
    const found = nearestWithin(population.get(iso3) ?? [], year, window);
    if (!found) {
      unknownPopulation.push(iso3);
      return 'main';
    }
    return found.value < SMALL_POPULATION_MILLIONS ? 'small' : 'main';
  });
  return { lists, unknownPopulation };
}
