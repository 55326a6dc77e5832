/**
 * The latest year a scorecard can be computed on adequately: the default year of `chanye score`
 * and of the report's scorecards. Scoring the newest year that has any data would rank
 * economies on a handful of fresh indicators and impute the rest; scoring a fixed old year
 * hides newer data. The rule takes the latest year whose coverage is close to the best the data
 * allow:
 *
 * - coverage of a year = the share of (economy × indicator) cells with a value within
 *   `window` years of it on either side (the values the scorecard itself would use, which
 *   takes the observation nearest to the year);
 * - a year is adequate when its coverage is at least {@link ADEQUATE_SHARE_OF_BEST} of the
 *   best year's and it has no more indicators without any value than the best year has.
 *
 * The OECD/JRC "Handbook on Constructing Composite Indicators" (2008; steps 2 and 3, on the
 * selection of variables and on missing data) asks for indicators with adequate coverage; the
 * 95 % share makes that concrete: the ranking covers nearly the same cells as in its
 * best-covered year, and no indicator is lost that the best year has.
 *
 * @module
 */

/** The share of the best year's coverage an adequate year must reach. */
export const ADEQUATE_SHARE_OF_BEST = 0.95;

/** Per indicator, per economy, the years that have a value. */
export type YearsWithData = readonly (readonly (readonly number[])[])[];

export interface YearCoverage {
  readonly year: number;
  /** Share of economy × indicator cells with a value within the window, 0..1. */
  readonly coverage: number;
  /** Indicators no economy has a value for within the window. */
  readonly emptyIndicators: number;
}

/**
 * The coverage of each candidate year (`years` ascending or not; output in the same order).
 * A year near the end of the data counts only the later years that exist, so its coverage
 * falls as its future half of the window empties: the rule then prefers a year whose window
 * the data fill on both sides.
 */
export function yearCoverage(data: YearsWithData, years: readonly number[], window: number): YearCoverage[] {
  return years.map((year) => {
    let have = 0;
    let cells = 0;
    let emptyIndicators = 0;
    for (const indicator of data) {
      let any = false;
      for (const economyYears of indicator) {
        cells++;
        if (economyYears.some((y) => Math.abs(y - year) <= window)) {
          have++;
          any = true;
        }
      }
      if (!any) emptyIndicators++;
    }
    return { year, coverage: cells === 0 ? 0 : have / cells, emptyIndicators };
  });
}

/**
 * The latest adequate year among `coverage` (see the module note), or undefined when no year
 * has any data. Ties of the best coverage go to the later year.
 */
export function latestAdequateYear(coverage: readonly YearCoverage[]): number | undefined {
  const withData = coverage.filter((c) => c.coverage > 0);
  if (withData.length === 0) return undefined;
  const best = withData.reduce((a, b) =>
    b.coverage > a.coverage || (b.coverage === a.coverage && b.year > a.year) ? b : a,
  );
  const adequate = withData.filter(
    (c) => c.coverage >= ADEQUATE_SHARE_OF_BEST * best.coverage && c.emptyIndicators <= best.emptyIndicators,
  );
  return Math.max(...adequate.map((c) => c.year));
}
