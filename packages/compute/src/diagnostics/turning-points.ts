/**
 * Petty-Clark turning points (docs/methods/deindustrialization.md): the year services' share of value added (or of
 * employment) first exceeds industry's. Petty (1690) *Political Arithmetick*; Clark (1940)
 * *The Conditions of Economic Progress*; Huang Qunhui and Li Fangfang (2024, "Rationale and Pathway for New
 * Industrialization in the Context of Chinese Modernization", China Economist 2024(07)) date China's
 * in value added to 2013 ("the second turning point in the Petty-Clark Theorem").
 *
 * @module
 */
import { ChanyeError } from '../errors.js';

/**
 * - `crossed`: services rose above industry inside the data, for at least `minRun` years;
 * - `above-since-start`: services were already above industry in the first year with data
 *   (the turning point is earlier and unknown: left-censored);
 * - `tentative`: services rose above industry in the last years, for fewer than `minRun` years;
 * - `not-yet`: services have not stayed above industry for `minRun` years;
 * - `no-data`: no year has both shares.
 */
export type TurningPointStatus = 'crossed' | 'above-since-start' | 'tentative' | 'not-yet' | 'no-data';

export interface TurningPoint {
  readonly status: TurningPointStatus;
  /**
   * The turning point: the first year of the first run of at least `minRun` consecutive
   * calendar years with services > industry (for `tentative`, the first year of the final,
   * shorter run). Undefined for `not-yet` and `no-data`.
   */
  readonly year: number | undefined;
  /** The first year with services > industry at all, however short the spell. */
  readonly firstYearAbove: number | undefined;
  /** Years after `year` in which industry was back at or above services. */
  readonly reversals: readonly number[];
  /** The run length required. */
  readonly minRun: number;
  /** The years with both shares. */
  readonly firstYear: number | undefined;
  readonly lastYear: number | undefined;
}

/**
 * Dates the Petty-Clark turning point. Rule: services must be strictly above industry (a tie
 * is not a crossing) for `minRun` consecutive calendar years (default 3), and the turning
 * point is the first year of the first such run, so a one- or two-year spell (a revision, a
 * commodity price swing) does not count; a missing year breaks a run (nothing is
 * interpolated). Later years with industry back on top are listed as `reversals`, not used to
 * move the date. With `minRun: 1` the rule is "the first year above".
 *
 * @example
 * pettyClarkTurningPoint([2000, 2001, 2002, 2003, 2004], [40, 46, 44, 46, 47], [45, 45, 45, 45, 45])
 * // returns { status: 'tentative', year: 2003, firstYearAbove: 2001, … }: 2001 is a one-year spell
 */
export function pettyClarkTurningPoint(
  years: readonly number[],
  services: ArrayLike<number>,
  industry: ArrayLike<number>,
  options: { minRun?: number } = {},
): TurningPoint {
  const minRun = options.minRun ?? 3;
  if (!Number.isInteger(minRun) || minRun < 1) throw new ChanyeError('invalid-input', `invalid minRun: ${minRun}`);
  if (services.length !== years.length || industry.length !== years.length) {
    throw new ChanyeError(
      'invalid-input',
      'pettyClarkTurningPoint: years, services and industry must have the same length',
    );
  }
  const points = years
    .map((year, i) => ({ year, s: services[i] as number, ind: industry[i] as number }))
    .filter((p) => Number.isFinite(p.s) && Number.isFinite(p.ind))
    .sort((a, b) => a.year - b.year);
  const empty = { reversals: [], minRun, firstYearAbove: undefined, year: undefined };
  if (points.length === 0) return { ...empty, status: 'no-data', firstYear: undefined, lastYear: undefined };
  const firstYear = points[0]!.year;
  const lastYear = points.at(-1)!.year;
  const above = points.map((p) => p.s > p.ind);
  const firstYearAbove = points.find((_, i) => above[i])?.year;
  // Runs of consecutive calendar years above.
  let runStart = -1;
  let found: number | undefined;
  let lastRunStart: number | undefined;
  for (let i = 0; i < points.length; i++) {
    const continues = i > 0 && above[i - 1] === true && points[i]!.year === points[i - 1]!.year + 1;
    if (!above[i]) {
      runStart = -1;
      continue;
    }
    if (!continues) runStart = i;
    if (i - runStart + 1 >= minRun) {
      found = runStart;
      break;
    }
    lastRunStart = runStart;
  }
  if (found !== undefined) {
    const year = points[found]!.year;
    const reversals = points.filter((p, i) => p.year > year && !above[i]).map((p) => p.year);
    return {
      status: found === 0 ? 'above-since-start' : 'crossed',
      year,
      firstYearAbove,
      reversals,
      minRun,
      firstYear,
      lastYear,
    };
  }
  if (above.at(-1) === true && lastRunStart !== undefined) {
    const year = points[lastRunStart]!.year;
    return {
      status: lastRunStart === 0 ? 'above-since-start' : 'tentative',
      year,
      firstYearAbove,
      reversals: [],
      minRun,
      firstYear,
      lastYear,
    };
  }
  return { ...empty, status: 'not-yet', firstYearAbove, firstYear, lastYear };
}
