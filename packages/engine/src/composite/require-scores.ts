/**
 * Guards for the front ends (`chanye score`, `chanye coupling`, `/api/scores`,
 * `/api/economies/:iso3/coupling`): a scorecard in which none of the economies asked about is
 * scored is a no-data answer, not an empty table. The engine's scoring functions themselves
 * stay total, because the country report shows a partly empty trajectory as it is.
 *
 * @module
 */
import { ChanyeError } from '@chanye/compute';
import type { Store } from '@chanye/store';
import { adequateScoreYear } from './adequate-year.js';
import type { CouplingYear } from './coupling.js';
import { scoreRows, type ScoreYear } from './score.js';

/** "2023" or "2015-2019": the years of a request, as a user typed them. */
function yearText(years: readonly number[]): string {
  const first = Math.min(...years);
  const last = Math.max(...years);
  return first === last ? `${first}` : `${first}-${last}`;
}

/** The hint a no-data message ends with: the latest year the framework is adequately covered. */
async function adequateYearHint(store: Store, framework: string, window: number): Promise<string> {
  const { year } = await adequateScoreYear(store, framework, window);
  return year === undefined
    ? `${framework} has no adequately covered year`
    : `the latest year with adequate coverage of ${framework} is ${year}`;
}

/**
 * Throws `no-data` when no economy the request is about has an overall score in any of its
 * years, naming the economies, the years, why each was not scored (at most 10 lines) and the
 * latest adequately covered year.
 */
export async function requireScores(
  store: Store,
  scored: readonly ScoreYear[],
  request: { readonly framework: string; readonly window: number; readonly economies?: readonly string[] },
): Promise<void> {
  const rows = scoreRows(scored).filter((r) => r.subsystem === 'overall');
  if (rows.some((r) => r.score !== null)) return;
  const years = scored.map((y) => y.year);
  const who =
    request.economies && request.economies.length > 0 ? [...new Set(rows.map((r) => r.iso3))].join(',') : 'any economy';
  const reasons = rows.slice(0, 10).map((r) => `${r.iso3} ${r.year}: ${r.note.replace(/^not scored: /, '')}`);
  const hint = await adequateYearHint(store, request.framework, request.window);
  throw new ChanyeError('no-data', `no ${request.framework} score for ${who} in ${yearText(years)}; ${hint}`, reasons);
}

/**
 * Throws `no-data` when the coupling series has no year with a coordination degree, naming the
 * economy, the years, why (the first year's note) and the latest adequately covered year.
 */
export async function requireCoupling(
  store: Store,
  series: readonly CouplingYear[],
  request: { readonly framework: string; readonly window: number },
): Promise<void> {
  if (series.some((y) => y.result !== null)) return;
  const first = series[0];
  const who = first?.iso3 ?? 'the economy';
  const hint = await adequateYearHint(store, request.framework, request.window);
  throw new ChanyeError(
    'no-data',
    `no ${request.framework} coupling for ${who} in ${yearText(series.map((y) => y.year))}; ${hint}`,
    series.slice(0, 10).map((y) => `${y.iso3} ${y.year}: ${y.note.replace(/^not scored: /, '')}`),
  );
}
