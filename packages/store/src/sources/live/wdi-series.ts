/**
 * The World Bank WDI connector of `chanye data update`: the existing API v2 client
 * (`fetchWdi`: paging, retries, response cache) asked for one code, every economy and year.
 *
 * @module
 */
import type { LiveSeries } from '../../catalog/live-sources.js';
import { fetchWdi, wdiImportRecord } from '../wdi/fetch-wdi.js';
import { labelRows, liveImportLabel, refreshVintage, type SeriesFetcher } from './series-fetch.js';
import { liveSeriesKey } from '../../catalog/live-sources.js';

/** Fetches one WDI code for every economy and year, labelled for its catalogue mapping. */
export const fetchWdiSeries: SeriesFetcher = async (series: LiveSeries, deps, onPage) => {
  const result = await fetchWdi(
    { indicators: [series.code], as: series.indicator },
    {
      ...deps,
      commandName: 'chanye data update',
      onPage: (_code, page, pages) => onPage(page, pages),
    },
  );
  const fetched = result.indicators[0];
  if (fetched === undefined) throw new Error(`no result for ${series.code}`);
  const retrievedAt = deps.now();
  const publisher = fetched.lastUpdated === undefined ? undefined : `lastupdated ${fetched.lastUpdated}`;
  const rows = labelRows(fetched.rows, series, refreshVintage('WDI API', publisher, retrievedAt));
  const { nullValues, noIso3, notAnnual } = fetched.skipped;
  return {
    rows,
    record: {
      ...wdiImportRecord(fetched, new Date(retrievedAt).toISOString()),
      label: liveImportLabel(liveSeriesKey(series)),
    },
    publisherVintage: publisher,
    pages: fetched.pages,
    skipped: nullValues + noIso3 + notAnnual,
    notices: result.notices,
  };
};
