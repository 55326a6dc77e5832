/**
 * The UN SDG API connector of `chanye data update` (API v1, `Series/Data`): every page of
 * one series, economies keyed by M49 code and turned into ISO3 codes with the snapshot's
 * economies table.
 *
 * @module
 */
import { liveSeriesKey } from '../../catalog/live-sources.js';
import { getBody } from '../live/get-body.js';
import { answersSeries, type Answer, type SeriesFetcher } from '../live/series-fetch.js';
import { parseSdgPage, SDG_API_HOST, sdgUrl, type SdgObservation } from './parse.js';
import { sdgRows } from './rows.js';

/**
 * Fetches one SDG series for every economy and year, keeping the slice named by the
 * catalogue's `filter`. The data answer names no release, so the vintage is the retrieval date.
 */
export const fetchSdgSeries: SeriesFetcher = async (series, deps, onPage) => {
  const m49 = deps.m49;
  if (m49 === undefined) throw new Error('the UN SDG connector needs the M49 codes of the snapshot (deps.m49)');
  const key = liveSeriesKey(series);
  const answers: Answer[] = [];
  const observations: SdgObservation[] = [];
  let pages = 1;
  for (let page = 1; page <= pages; page += 1) {
    const url = sdgUrl(series.code, page);
    const answer = await getBody(url, SDG_API_HOST, key, deps);
    const parsed = parseSdgPage(answer.body, series.code);
    // An empty series answers totalPages 0; it is still one page read.
    pages = Math.max(parsed.totalPages, 1);
    answers.push({ url, ...answer });
    observations.push(...parsed.observations);
    await onPage(page, pages);
  }
  const { rows, skipped, notices } = sdgRows(observations, {
    code: series.code,
    filter: series.filter ?? {},
    m49,
  });
  const { aggregates, noValue, otherSlice, notAnnual, ambiguous } = skipped;
  return answersSeries(
    series,
    'UN SDG API',
    answers,
    { rows, skipped: aggregates + noValue + otherSlice + notAnnual + ambiguous, notices },
    deps.now(),
  );
};
