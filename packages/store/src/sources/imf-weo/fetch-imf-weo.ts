/**
 * The IMF World Economic Outlook connector of `chanye data update` (DataMapper API v1).
 *
 * @module
 */
import { getBody } from '../live/get-body.js';
import { singleAnswerSeries, type SeriesFetcher } from '../live/series-fetch.js';
import { IMF_API_HOST, imfWeoRows, imfWeoUrl } from './parse.js';

/**
 * Fetches one WEO indicator for every economy and year. The data answer names no WEO edition,
 * so the vintage is the retrieval date alone.
 */
export const fetchImfWeoSeries: SeriesFetcher = async (series, deps, onPage) => {
  const url = imfWeoUrl(series.code);
  const answer = await getBody(url, IMF_API_HOST, series.code, deps);
  await onPage(1, 1);
  const parsed = imfWeoRows(answer.body, series.code);
  return singleAnswerSeries(series, 'IMF WEO DataMapper API', { url, ...answer }, parsed, deps.now());
};
