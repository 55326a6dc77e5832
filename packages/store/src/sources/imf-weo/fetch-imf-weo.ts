/**
 * The IMF World Economic Outlook connector of `chanye data update` (DataMapper API v1).
 *
 * @module
 */
import { createHash } from 'node:crypto';
import { liveSeriesKey } from '../../catalog/live-sources.js';
import { getBody } from '../live/get-body.js';
import { labelRows, liveImportLabel, refreshVintage, type SeriesFetcher } from '../live/series-fetch.js';
import { IMF_API_HOST, imfWeoRows, imfWeoUrl } from './parse.js';

/**
 * Fetches one WEO indicator for every economy and year. The data answer names no WEO edition,
 * so the vintage is the retrieval date alone.
 */
export const fetchImfWeoSeries: SeriesFetcher = async (series, deps, onPage) => {
  const url = imfWeoUrl(series.code);
  const { body, fetchedAt } = await getBody(url, IMF_API_HOST, series.code, deps);
  await onPage(1, 1);
  const { rows, skipped } = imfWeoRows(body, series.code);
  const vintage = refreshVintage('IMF WEO DataMapper API', undefined, fetchedAt);
  const labelled = labelRows(rows, series, vintage);
  return {
    rows: labelled,
    record: {
      label: liveImportLabel(liveSeriesKey(series)),
      origin: url,
      sha256: createHash('sha256').update(body).digest('hex'),
      rows: labelled.length,
      importedAt: new Date(deps.now()).toISOString(),
    },
    publisherVintage: undefined,
    pages: 1,
    skipped,
    notices: [],
  };
};
