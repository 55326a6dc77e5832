/**
 * The default year of a scorecard: the latest year with adequate coverage of the framework's
 * indicators over all economies (the rule and its reason: adequate-year.ts in compute).
 *
 * @module
 */
import { latestAdequateYear, yearCoverage, type YearCoverage } from '@chanye/compute';
import { ChanyeError } from '@chanye/compute';
import type { Store } from '@chanye/store';

/** The first year considered: the frameworks' indicators are sparse before it. */
const FIRST_CANDIDATE_YEAR = 1990;

export interface AdequateYear {
  /** The year chosen, or undefined when the framework has no data at all. */
  readonly year: number | undefined;
  readonly coverage: readonly YearCoverage[];
}

/** The latest adequately covered year of `frameworkId`'s scorecard with the given window. */
export async function adequateScoreYear(store: Store, frameworkId: string, window: number): Promise<AdequateYear> {
  const framework = store.framework(frameworkId);
  const ids = [...new Set(framework.subsystems.flatMap((s) => s.indicators))];
  const economies = (await store.economies({})).map((e) => e.iso3);
  const index = new Map(economies.map((iso3, i) => [iso3, i]));
  let newest = FIRST_CANDIDATE_YEAR;
  const data: number[][][] = [];
  for (const id of ids) {
    const years: number[][] = economies.map(() => []);
    for (const o of await store.observations({ indicator: id, years: [FIRST_CANDIDATE_YEAR - window, 9999] })) {
      const i = index.get(o.iso3);
      if (i === undefined) continue;
      years[i]?.push(o.year);
      if (o.year > newest) newest = o.year;
    }
    data.push(years);
  }
  const candidates = Array.from({ length: newest - FIRST_CANDIDATE_YEAR + 1 }, (_, i) => FIRST_CANDIDATE_YEAR + i);
  const coverage = yearCoverage(data, candidates, window);
  return { year: latestAdequateYear(coverage), coverage };
}

/**
 * The year `chanye score`, the API and the report score when none is given: the latest
 * adequately covered year. It reads every indicator of the framework, so the series table is
 * loaded first (a few tens of milliseconds from the build's cache).
 */
export async function defaultScoreYear(store: Store, frameworkId: string, window: number): Promise<number> {
  await store.preloadSeries();
  const { year } = await adequateScoreYear(store, frameworkId, window);
  if (year === undefined) throw new ChanyeError('no-data', `framework ${frameworkId} has no data in any year`);
  return year;
}
