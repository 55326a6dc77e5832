/**
 * Where two sources of one series meet: the seam between the years one source supplies and
 * the years the other does, and the level break there. A break found at a common year is a
 * difference of definition or vintage, not a movement of the economy, and a reader who sees a
 * series change source mid-way must be told how large it is.
 *
 * @module
 */
import type { YearValue } from './splice.js';

/** How the replacing source compares with the replaced one where they meet. */
export interface Seam {
  /** The first year the replacing source supplies after a year the other supplied. */
  readonly year: number;
  /**
   * The latest year both sources have a value (the replacing one wins there), or null when
   * they do not overlap and the break cannot be told apart from the economy's own change.
   */
  readonly overlapYear: number | null;
  /** Replacing minus replaced value in the overlap year, in the series' unit. */
  readonly difference: number | null;
  /** The same as a share of the replaced value (0.05 = 5 %). */
  readonly relativeDifference: number | null;
}

/**
 * The seam where `replacing` (user rows, say) takes over from `replaced` (the snapshot), both
 * one economy's points sorted by year. Undefined when one of them is empty or when every
 * replaced year is also replaced (the series is then wholly from the replacing source).
 */
export function findSeam(replaced: readonly YearValue[], replacing: readonly YearValue[]): Seam | undefined {
  if (replaced.length === 0 || replacing.length === 0) return undefined;
  const replacingYears = new Set(replacing.map((p) => p.year));
  const kept = replaced.filter((p) => !replacingYears.has(p.year));
  if (kept.length === 0) return undefined;
  // The seam is where the series passes from a kept value to a replacing one.
  const lastKept = kept.at(-1) as YearValue;
  const after = replacing.find((p) => p.year > lastKept.year) ?? (replacing[0] as YearValue);
  const replacedByYear = new Map(replaced.map((p) => [p.year, p.value]));
  const overlap = [...replacing].reverse().find((p) => replacedByYear.has(p.year));
  if (!overlap) return { year: after.year, overlapYear: null, difference: null, relativeDifference: null };
  const old = replacedByYear.get(overlap.year) as number;
  const difference = overlap.value - old;
  return {
    year: after.year,
    overlapYear: overlap.year,
    difference,
    relativeDifference: old === 0 ? null : difference / Math.abs(old),
  };
}
