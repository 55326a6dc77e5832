/**
 * Classes of exports by the industry that makes them (ISIC Rev.4): the 3+1 arrays of
 * `catalog/arrays.yaml` and the OECD R&D-intensity classes. The store sums export values by
 * ISIC class (each HS heading split over its classes); these functions turn those sums into
 * shares by class.
 *
 * @module
 */
import { ChanyeError } from '../errors.js';

/** An array (or any class) defined by ISIC Rev.4 code prefixes; `rest` takes every other class. */
export interface IsicClassRule {
  readonly id: string;
  readonly isic4: readonly string[];
  readonly rest?: boolean;
}

/**
 * The first rule (in order) with a prefix of the 4-digit ISIC class, else the `rest` rule.
 *
 * @example arrayOfIsic('2620', [{ id: 'F', isic4: ['2620'] }, { id: 'A2', isic4: ['26'] }, { id: 'A1', isic4: [], rest: true }]) // returns 'F'
 */
export function arrayOfIsic(isic4: string, rules: readonly IsicClassRule[]): string {
  for (const rule of rules) if (rule.isic4.some((prefix) => isic4.startsWith(prefix))) return rule.id;
  const rest = rules.find((r) => r.rest === true);
  if (!rest) throw new ChanyeError('invalid-input', `ISIC class ${isic4} matches no array and no array takes the rest`);
  return rest.id;
}

/** One row of the OECD R&D-intensity taxonomy (codes as the taxonomy writes them). */
export interface RdIntensityEntry {
  /** `303` (group), `21` (division), `30X` (division except its listed groups), `10-12` (range). */
  readonly code: string;
  readonly rdClass: string;
}

/**
 * The R&D-intensity class of a 4-digit ISIC class under the OECD taxonomy (Galindo-Rueda and
 * Verger 2016): the most specific entry wins — a 3-digit group (303), then a division (21,
 * or 30X, "division except the groups listed"), then a range of divisions (10-12, 69-75X).
 * Undefined when no entry covers it.
 *
 * @example rdIntensityOfIsic('3030', entries) // 'high' (303); rdIntensityOfIsic('3011', entries) // 'medium' (301)
 */
export function rdIntensityOfIsic(isic4: string, entries: readonly RdIntensityEntry[]): string | undefined {
  const group = isic4.slice(0, 3);
  const division = isic4.slice(0, 2);
  const byGroup = entries.find((e) => /^\d{3}$/.test(e.code) && e.code === group);
  if (byGroup) return byGroup.rdClass;
  const byDivision = entries.find((e) => /^\d{2}X?$/.test(e.code) && e.code.slice(0, 2) === division);
  if (byDivision) return byDivision.rdClass;
  const d = Number(division);
  const byRange = entries.find((e) => {
    const m = /^(\d{2})-(\d{2})X?$/.exec(e.code);
    return m !== null && d >= Number(m[1]) && d <= Number(m[2]);
  });
  return byRange?.rdClass;
}

/** Export values by class, as shares. */
export interface ClassShares {
  readonly total: number;
  /** Class → share of total exports (%), in the order given; the shares sum to 100. */
  readonly shares: ReadonlyMap<string, number>;
}

/**
 * Sums values already attributed to ISIC classes into classes and returns each class's share
 * of the total. `unmapped` (exports of headings with no ISIC link) stays in the total under
 * its own key, so the shares are shares of all exports.
 *
 * @example classShares(new Map([['2620', 30], ['1010', 70]]), (isic) => isic.startsWith('26') ? 'F' : 'A1', ['F', 'A1'])
 * // returns { total: 100, shares: Map { 'F' → 30, 'A1' → 70 } }
 */
export function classShares(
  valuesByIsic: ReadonlyMap<string, number>,
  classify: (isic4: string) => string,
  order: readonly string[],
  unmapped = 0,
): ClassShares {
  const sums = new Map<string, number>(order.map((id) => [id, 0]));
  let total = unmapped;
  for (const [isic4, value] of valuesByIsic) {
    const id = classify(isic4);
    if (!sums.has(id))
      throw new ChanyeError('invalid-input', `class '${id}' of ISIC ${isic4} is not among ${order.join(', ')}`);
    sums.set(id, (sums.get(id) as number) + value);
    total += value;
  }
  if (!(total > 0)) throw new ChanyeError('no-data', 'no exports to classify');
  if (unmapped > 0) sums.set('unmapped', unmapped);
  return { total, shares: new Map([...sums].map(([id, v]) => [id, (v / total) * 100])) };
}
