/**
 * What every live-series connector gives `chanye data update`: the rows of one catalogue
 * mapping, labelled alike (indicator, unit, scale, source, vintage with the publisher's date
 * and the retrieval date), and the record of the import.
 *
 * @module
 */
import type { LiveSeries } from '../../catalog/live-sources.js';
import type { ImportRecord, UserObservationRow } from '../../user-data/types.js';
import type { ResponseCache } from '../wdi/cache.js';
import type { FetchLike, RetryPolicy } from '../wdi/http.js';

/** The outside world, injected: the CLI passes `globalThis.fetch`, `Date.now` and file caches. */
export interface LiveFetchDeps {
  readonly fetch: FetchLike;
  /** Milliseconds since the epoch. */
  readonly now: () => number;
  readonly cache?: ResponseCache;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
  readonly retry?: Partial<RetryPolicy>;
}

/** One series fetched and labelled, ready to import. */
export interface FetchedSeries {
  readonly rows: readonly UserObservationRow[];
  readonly record: ImportRecord;
  /** The publisher's vintage (last-updated date or edition) when the API gives one. */
  readonly publisherVintage: string | undefined;
  readonly pages: number;
  /** API rows that did not become observations (no value, no ISO3 code, not annual, filtered out). */
  readonly skipped: number;
  readonly notices: readonly string[];
}

/** Called after each page, with the pages read so far and how many there are. */
export type OnPage = (page: number, pages: number) => void | Promise<void>;

/** A connector: fetches one mapped series, every economy and year, every page. */
export type SeriesFetcher = (series: LiveSeries, deps: LiveFetchDeps, onPage: OnPage) => Promise<FetchedSeries>;

/** `YYYY-MM-DD` of a time in ms. */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * The vintage a refreshed row carries: the publisher's own vintage when the API gives one,
 * and always the day it was retrieved, so two refreshes of one edition stay distinguishable.
 *
 * @example
 * refreshVintage('WDI API', 'lastupdated 2021-05-25', Date.parse('2026-12-07T10:00:00Z'));
 * // returns 'WDI API, lastupdated 2021-05-25; retrieved 2026-12-07'
 */
export function refreshVintage(api: string, publisher: string | undefined, retrievedAt: number): string {
  return `${api}${publisher === undefined ? '' : `, ${publisher}`}; retrieved ${isoDay(retrievedAt)}`;
}

/**
 * Puts a mapped series' rows in the catalogue's terms: its indicator id, its unit, the value
 * times `scale`. Rows come from the connector with the publisher's value and labels.
 */
export function labelRows(
  rows: readonly UserObservationRow[],
  series: LiveSeries,
  vintage: string,
): UserObservationRow[] {
  const scale = series.scale ?? 1;
  return rows.map((row) => ({
    ...row,
    indicator: series.indicator,
    value: row.value * scale,
    unit: series.unit,
    vintage,
  }));
}

/** The import label of a refreshed series: `live:<source>:<key>`, which `chanye data status` reads. */
export function liveImportLabel(key: string): string {
  return `live:${key}`;
}
