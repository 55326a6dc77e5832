/**
 * Group aggregates from levels: a group's total is the sum of its members' levels, and a
 * group ratio is the sum of numerators over the sum of denominators of the members that have
 * both — never an average of the members' ratios, which would weight Luxembourg like China.
 * This is how UNIDO aggregates manufacturing value added for regions and the world (UNIDO,
 * International Yearbook of Industrial Statistics, "country groupings" in its methods notes).
 *
 * @module
 */
import { compensatedSum } from '../numeric/sum.js';

/** Values by economy; an economy that is absent, or whose value is NaN, has no value. */
export type ByEconomy = ReadonlyMap<string, number>;

export interface LevelAggregate {
  /** Sum of the level over the members that have it (NaN when none has). */
  readonly total: number;
  /** How many members the group has. */
  readonly members: number;
  /** Members with a level, in the order of `members`. */
  readonly counted: readonly string[];
  /**
   * Σ level / Σ denominator × 100 over the members that have both; NaN without denominators
   * or when none has both.
   */
  readonly ratio: number;
  /** Members with both a level and a denominator. */
  readonly ratioCounted: readonly string[];
  /**
   * Coverage: the counted members' share (%) of the weight (population, GDP) of the members
   * whose weight is known; NaN when no weight is known.
   */
  readonly coverage: number;
  /** Members whose weight is known. */
  readonly weightKnown: number;
  /** Each counted member's share (%) of `total`; they sum to 100. */
  readonly shares: ReadonlyMap<string, number>;
}

function has(values: ByEconomy | undefined, economy: string): values is ByEconomy {
  const v = values?.get(economy);
  return v !== undefined && !Number.isNaN(v);
}

/**
 * Aggregates `level` over `members`.
 *
 * @param denominator the level a group ratio divides by (e.g. GDP for manufacturing's share
 *   of GDP), summed over the members that have both
 * @param weight what coverage is measured in (e.g. population)
 * @example
 * aggregateLevels(['A', 'B', 'C'], new Map([['A', 10], ['B', 30]]), {
 *   denominator: new Map([['A', 100], ['B', 100], ['C', 50]]),
 * }) // total 40; ratio 40 / 200 × 100 = 20; C is not counted anywhere
 */
export function aggregateLevels(
  members: readonly string[],
  level: ByEconomy,
  options: { denominator?: ByEconomy; weight?: ByEconomy } = {},
): LevelAggregate {
  const unique = [...new Set(members)];
  const counted = unique.filter((m) => has(level, m));
  const total = counted.length > 0 ? compensatedSum(counted.map((m) => level.get(m) as number)) : NaN;
  const { denominator, weight } = options;
  const ratioCounted = denominator ? counted.filter((m) => has(denominator, m)) : [];
  const ratioBase = compensatedSum(ratioCounted.map((m) => (denominator as ByEconomy).get(m) as number));
  const ratio =
    ratioCounted.length > 0 && ratioBase !== 0
      ? (compensatedSum(ratioCounted.map((m) => level.get(m) as number)) / ratioBase) * 100
      : NaN;
  const known = weight ? unique.filter((m) => has(weight, m)) : [];
  const knownWeight = compensatedSum(known.map((m) => (weight as ByEconomy).get(m) as number));
  const coveredWeight = compensatedSum(
    counted.filter((m) => has(weight, m)).map((m) => (weight as ByEconomy).get(m) as number),
  );
  const coverage = known.length > 0 && knownWeight > 0 ? (coveredWeight / knownWeight) * 100 : NaN;
  const shares = new Map<string, number>();
  if (total !== 0 && !Number.isNaN(total)) {
    for (const m of counted) shares.set(m, ((level.get(m) as number) / total) * 100);
  }
  return { total, members: unique.length, counted, ratio, ratioCounted, coverage, weightKnown: known.length, shares };
}
