/**
 * `chanye data update`: refreshes every mapped series of the chosen live sources (all
 * economies, all years, every page) into the user database under its catalogue id, one
 * atomic import per series, with resumable state and a progress callback.
 *
 * @module
 */
import { ChanyeError } from '@chanye/compute';
import {
  LIVE_SERIES_SOURCES,
  liveSeriesKey,
  type LiveSeries,
  type LiveSeriesSource,
} from '../../catalog/live-sources.js';
import { importUserObservations } from '../../user-data/import-observations.js';
import type { ImportRecord, UserObservationRow } from '../../user-data/types.js';
import { fetchIlostatSeries } from '../ilostat/fetch-ilostat.js';
import { fetchImfWeoSeries } from '../imf-weo/fetch-imf-weo.js';
import { fetchSdgSeries } from '../sdg/fetch-sdg.js';
import type { LiveFetchDeps, SeriesFetcher } from './series-fetch.js';
import { clearUpdateState, readUpdateState, updateStatePath, writeUpdateState } from './state.js';
import { fetchWdiSeries } from './wdi-series.js';

/** The connectors by source. */
const FETCHERS: Readonly<Record<LiveSeriesSource, SeriesFetcher>> = {
  wdi: fetchWdiSeries,
  sdg: fetchSdgSeries,
  'imf-weo': fetchImfWeoSeries,
  ilostat: fetchIlostatSeries,
};

/**
 * Sources in the order they are written. Where two APIs give one catalogue indicator, the
 * later import wins per economy-year, so WDI (full precision, the longest series) comes last.
 */
const WRITE_ORDER: readonly LiveSeriesSource[] = ['sdg', 'ilostat', 'imf-weo', 'wdi'];

/** What happened to one series, as the CLI reports it. */
export interface SeriesProgress {
  readonly key: string;
  readonly indicator: string;
  /** 1-based position and total, for "[3/25]". */
  readonly index: number;
  readonly total: number;
  readonly outcome: 'imported' | 'empty' | 'resumed';
  readonly rows: number;
  readonly skipped: number;
  readonly pages: number;
  readonly vintage: string | undefined;
  readonly notices: readonly string[];
}

export interface UpdateOptions {
  /** Every mapping of `catalog/live-sources.yaml`. */
  readonly catalogue: readonly LiveSeries[];
  readonly userDbPath: string;
  /** Absent: every source. */
  readonly sources?: readonly LiveSeriesSource[];
  /** Catalogue ids or publisher codes; absent: every mapped series. */
  readonly indicators?: readonly string[];
  /** Forget the state of an interrupted run and start again. */
  readonly restart?: boolean;
}

export interface UpdateDeps extends LiveFetchDeps {
  /** A response cache per source (pages already read are served from it on a rerun). */
  readonly cacheFor?: (source: LiveSeriesSource) => LiveFetchDeps['cache'];
  readonly onSeries?: (progress: SeriesProgress) => void;
  /** Called after each page (a TTY shows it; a log does not need it). */
  readonly onPage?: (key: string, page: number, pages: number) => void;
  /** Defaults to the atomic importer of the user database. */
  readonly importRows?: (dbPath: string, rows: readonly UserObservationRow[], record: ImportRecord) => Promise<unknown>;
}

export interface UpdateResult {
  readonly series: readonly SeriesProgress[];
  readonly rows: number;
}

/** The mapped series an update covers, in write order; bad names are `invalid-input`. */
export function selectLiveSeries(
  catalogue: readonly LiveSeries[],
  sources: readonly LiveSeriesSource[] | undefined,
  indicators: readonly string[] | undefined,
): LiveSeries[] {
  const wanted = sources ?? LIVE_SERIES_SOURCES;
  const selected = catalogue.filter((s) => wanted.includes(s.source));
  let chosen = selected;
  if (indicators !== undefined) {
    const unknown = indicators.filter((i) => !selected.some((s) => s.indicator === i || s.code === i));
    if (unknown.length > 0) {
      throw new ChanyeError(
        'invalid-input',
        `--indicators: no live series for ${unknown.join(', ')} in ${wanted.join(', ')} (expected a catalogue id such as mva_share_gdp or a publisher code such as NV.IND.MANF.ZS; see catalog/live-sources.yaml)`,
      );
    }
    chosen = selected.filter((s) => indicators.includes(s.indicator) || indicators.includes(s.code));
  }
  const rank = (s: LiveSeries): number => WRITE_ORDER.indexOf(s.source);
  return chosen
    .map((s, i) => ({ s, i }))
    .sort((a, b) => rank(a.s) - rank(b.s) || a.i - b.i)
    .map(({ s }) => s);
}

/**
 * Refreshes the selected series into the user database. Each series is one transaction, so
 * an interruption never leaves a series half-replaced; the state file next to the database
 * records the series and pages done, and the next run resumes from there (pages already read
 * come from the response cache). An unreachable API stops the run with `unavailable` (exit 4)
 * after saving the state.
 */
export async function updateLiveSeries(options: UpdateOptions, deps: UpdateDeps): Promise<UpdateResult> {
  const chosen = selectLiveSeries(options.catalogue, options.sources, options.indicators);
  const statePath = updateStatePath(options.userDbPath);
  const startedAt = new Date(deps.now()).toISOString();
  const state = options.restart
    ? { version: 1 as const, startedAt, series: {} }
    : await readUpdateState(statePath, startedAt);
  const importRows = deps.importRows ?? importUserObservations;
  const done: SeriesProgress[] = [];
  for (const [i, series] of chosen.entries()) {
    const key = liveSeriesKey(series);
    const base = { key, indicator: series.indicator, index: i + 1, total: chosen.length };
    const saved = state.series[key];
    if (saved?.done) {
      const progress: SeriesProgress = {
        ...base,
        outcome: 'resumed',
        rows: saved.rows,
        skipped: 0,
        pages: saved.pageCount,
        vintage: saved.vintage,
        notices: [],
      };
      done.push(progress);
      deps.onSeries?.(progress);
      continue;
    }
    const entry = { pages: [] as number[], pageCount: 0, done: false, rows: 0 };
    state.series[key] = entry;
    const fetcher = FETCHERS[series.source];
    const cache = deps.cacheFor?.(series.source) ?? deps.cache;
    const fetchDeps: LiveFetchDeps = {
      fetch: deps.fetch,
      now: deps.now,
      ...(cache !== undefined ? { cache } : {}),
      ...(deps.sleep !== undefined ? { sleep: deps.sleep } : {}),
      ...(deps.random !== undefined ? { random: deps.random } : {}),
      ...(deps.retry !== undefined ? { retry: deps.retry } : {}),
      ...(deps.m49 !== undefined ? { m49: deps.m49 } : {}),
    };
    const fetched = await fetcher(series, fetchDeps, async (page, pages) => {
      entry.pages.push(page);
      entry.pageCount = pages;
      await writeUpdateState(statePath, state);
      deps.onPage?.(key, page, pages);
    });
    if (fetched.rows.length > 0) await importRows(options.userDbPath, fetched.rows, fetched.record);
    state.series[key] = {
      ...entry,
      done: true,
      rows: fetched.rows.length,
      ...(fetched.rows[0]?.vintage !== undefined ? { vintage: fetched.rows[0].vintage } : {}),
    };
    await writeUpdateState(statePath, state);
    const progress: SeriesProgress = {
      ...base,
      outcome: fetched.rows.length > 0 ? 'imported' : 'empty',
      rows: fetched.rows.length,
      skipped: fetched.skipped,
      pages: fetched.pages,
      vintage: fetched.rows[0]?.vintage,
      notices: fetched.notices,
    };
    done.push(progress);
    deps.onSeries?.(progress);
  }
  await clearUpdateState(statePath);
  return { series: done, rows: done.reduce((n, s) => n + s.rows, 0) };
}
