/**
 * Ranks within separate lists: each unit is ranked only against the units of its own list,
 * so one list's units never move another's ranks. Scorecards list small economies apart from
 * the rest (docs/methods/composite-indices.md, "Small economies"), as UNIDO's Competitive
 * Industrial Performance index and the Atlas of Economic Complexity do.
 *
 * @module
 */
import { ranks } from './rank.js';

/**
 * Ranks of `scores` within each list (`lists[i]` names unit i's list; 1 = best of the list,
 * ties averaged, missing scores NaN). Without lists, one list: the same as `ranks(scores)`.
 *
 * @example ranksWithin([0.9, 0.5, 0.7, 0.3], ['main', 'small', 'main', 'small']) // returns [1, 1, 2, 2]
 */
export function ranksWithin(scores: ArrayLike<number>, lists?: readonly string[]): Float64Array {
  if (!lists) return ranks(scores);
  if (lists.length !== scores.length) throw new Error(`lists: ${lists.length} labels for ${scores.length} scores`);
  const out = new Float64Array(scores.length).fill(NaN);
  for (const list of new Set(lists)) {
    const members = lists.flatMap((l, i) => (l === list ? [i] : []));
    const within = ranks(members.map((i) => scores[i] as number));
    members.forEach((i, k) => (out[i] = within[k] as number));
  }
  return out;
}
