/**
 * What every live-series connector gives `chanye data update`: the rows of one catalogue
 * mapping, labelled alike (indicator, unit, scale, source, vintage with the publisher's date
 * and the retrieval date), and the record of the import.
 *
 * @module
 */
import type { LiveSeries } from '../../catalog/live-sources.js';
import type { ImportRecord, UserObservationRow } from '../../user-data/types.js';
import { createHash } from 'node:crypto';
import { liveSeriesKey } from '../../catalog/live-sources.js';
import type { FetchWdiDeps } from '../wdi/fetch-wdi.js';

/**
 * The outside world, injected (the CLI passes `globalThis.fetch`, `Date.now` and file caches):
 * the same seams as the WDI client's, without its page hook.
 */
export type LiveFetchDeps = Pick<FetchWdiDeps, 'fetch' | 'now' | 'cache' | 'sleep' | 'random' | 'retry'> & {
  /**
   * The snapshot's UN M49 → ISO3 codes of economies (`Store.m49Codes`), for the APIs that key
   * economies by M49 (the UN SDG API); a code it lacks is a region or grouping.
   */
  readonly m49?: ReadonlyMap<number, string>;
};

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

/** One answer read through `getBody`, with the URL asked for. */
export interface Answer {
  readonly url: string;
  readonly body: string;
  readonly fetchedAt: number;
}

/**
 * The result of a connector that reads its answers through `getBody`: the rows labelled with
 * the retrieval date as vintage (the earliest of the answers, some of which may come from the
 * cache), and the import record naming the first page and hashing every body in order.
 */
export function answersSeries(
  series: LiveSeries,
  api: string,
  answers: readonly Answer[],
  parsed: {
    readonly rows: readonly UserObservationRow[];
    readonly skipped: number;
    readonly notices?: readonly string[];
  },
  now: number,
): FetchedSeries {
  const [first] = answers;
  if (first === undefined) throw new Error(`no answer for ${liveSeriesKey(series)}`);
  const retrievedAt = Math.min(...answers.map((a) => a.fetchedAt));
  const rows = labelRows(parsed.rows, series, refreshVintage(api, undefined, retrievedAt));
  return {
    rows,
    record: {
      label: liveImportLabel(liveSeriesKey(series)),
      origin: first.url,
      sha256: createHash('sha256')
        .update(answers.map((a) => a.body).join('\n'))
        .digest('hex'),
      rows: rows.length,
      importedAt: new Date(now).toISOString(),
    },
    publisherVintage: undefined,
    pages: answers.length,
    skipped: parsed.skipped,
    notices: parsed.notices ?? [],
  };
}

/** The result of a connector that reads one whole answer (no paging). */
export function singleAnswerSeries(
  series: LiveSeries,
  api: string,
  answer: Answer,
  parsed: { readonly rows: readonly UserObservationRow[]; readonly skipped: number },
  now: number,
): FetchedSeries {
  return answersSeries(series, api, [answer], parsed, now);
}
