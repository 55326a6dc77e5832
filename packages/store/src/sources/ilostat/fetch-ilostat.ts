/**
 * The ILOSTAT connector of `chanye data update` (data API, CSV).
 *
 * @module
 */
import { createHash } from 'node:crypto';
import { liveSeriesKey } from '../../catalog/live-sources.js';
import { getBody } from '../live/get-body.js';
import { labelRows, liveImportLabel, refreshVintage, type SeriesFetcher } from '../live/series-fetch.js';
import { ILOSTAT_API_HOST, ilostatRows, ilostatUrl } from './parse.js';

/** Fetches one ILOSTAT dataset and breakdown for every economy and year (one answer, no paging). */
export const fetchIlostatSeries: SeriesFetcher = async (series, deps, onPage) => {
  const url = ilostatUrl(series.code, series.filter);
  const { body, fetchedAt } = await getBody(url, ILOSTAT_API_HOST, liveSeriesKey(series), deps);
  await onPage(1, 1);
  const { rows, skipped } = ilostatRows(body, series.code, series.filter);
  const labelled = labelRows(rows, series, refreshVintage('ILOSTAT API', undefined, fetchedAt));
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
