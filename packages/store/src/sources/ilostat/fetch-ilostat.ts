/**
 * The ILOSTAT connector of `chanye data update` (data API, CSV).
 *
 * @module
 */
import { liveSeriesKey } from '../../catalog/live-sources.js';
import { getBody } from '../live/get-body.js';
import { singleAnswerSeries, type SeriesFetcher } from '../live/series-fetch.js';
import { ILOSTAT_API_HOST, ilostatRows, ilostatUrl } from './parse.js';

/** Fetches one ILOSTAT dataset and breakdown for every economy and year (one answer, no paging). */
export const fetchIlostatSeries: SeriesFetcher = async (series, deps, onPage) => {
  const url = ilostatUrl(series.code, series.filter);
  const answer = await getBody(url, ILOSTAT_API_HOST, liveSeriesKey(series), deps);
  await onPage(1, 1);
  const parsed = ilostatRows(answer.body, series.code, series.filter);
  return singleAnswerSeries(series, 'ILOSTAT API', { url, ...answer }, parsed, deps.now());
};
