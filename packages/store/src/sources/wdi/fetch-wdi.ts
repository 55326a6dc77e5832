import { createHash } from 'node:crypto';
import { ChanyeError, isChanyeError } from '@chanye/compute';
import type { ImportRecord, UserObservationRow } from '../../user-data/types.js';
import { WDI_CACHE_MAX_AGE_MS, type ResponseCache } from './cache.js';
import { DEFAULT_RETRY_POLICY, getWithRetry, type FetchLike, type HttpDeps, type RetryPolicy } from './http.js';
import { parseWdiPage, type WdiPage, type WdiRequestLabel } from './parse.js';
import { wdiRows, type WdiSkipped } from './rows.js';
import {
  assertChanyeId,
  assertIndicatorCode,
  assertIso3,
  economiesSegment,
  WDI_API_HOST,
  wdiChanyeId,
  wdiIndicatorUrl,
  type WdiQuery,
} from './url.js';

/** What to fetch. Codes are validated again here, whoever the caller is. */
export interface FetchWdiOptions {
  /** World Bank indicator codes, e.g. `['NY.GDP.PCAP.CD']`. */
  readonly indicators: readonly string[];
  /** ISO3 codes; absent means every economy and aggregate. */
  readonly economies?: readonly string[];
  /** Inclusive year range. */
  readonly years?: readonly [number, number];
  /** Store the rows under this Chanye id (e.g. a catalogue id); only with one indicator. */
  readonly as?: string;
  /** Ask the API even when a cached response is younger than the maximum age. */
  readonly refresh?: boolean;
  /** Rows per page (default 1000). */
  readonly perPage?: number;
}

/** The outside world, injected: the CLI passes `globalThis.fetch`, `Date.now` and a file cache. */
export interface FetchWdiDeps {
  readonly fetch: FetchLike;
  /** Milliseconds since the epoch. */
  readonly now: () => number;
  /** Absent: no cache. */
  readonly cache?: ResponseCache;
  /** Defaults to a real timer. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Defaults to `Math.random`. */
  readonly random?: () => number;
  readonly retry?: Partial<RetryPolicy>;
  /** Defaults to 24 h. */
  readonly cacheMaxAgeMs?: number;
  /** Called after each page is read, e.g. to record progress that a rerun can resume from. */
  readonly onPage?: (code: string, page: number, pages: number, origin: WdiResponseOrigin) => void | Promise<void>;
  /** The command named when the API is unreachable (default `chanye data fetch`). */
  readonly commandName?: string;
}

/** Where one page's body came from: the API, a fresh cache entry, or (API unreachable) an old one. */
export type WdiResponseOrigin = 'network' | 'cache' | 'stale-cache';

/** The result for one indicator. */
export interface WdiIndicatorFetch {
  /** The World Bank code. */
  readonly code: string;
  /** The Chanye id the rows carry. */
  readonly indicator: string;
  /** The World Bank's name of the series, when any row carried it. */
  readonly name: string | undefined;
  /** The first page's URL. */
  readonly url: string;
  /** The source's `lastupdated` date from the page header. */
  readonly lastUpdated: string | undefined;
  readonly vintage: string;
  readonly pages: number;
  /** Rows the API reported in all (before skipping). */
  readonly total: number;
  readonly rows: readonly UserObservationRow[];
  readonly skipped: WdiSkipped;
  /** One entry per page read. */
  readonly origins: readonly WdiResponseOrigin[];
  /** SHA-256 of the page bodies in page order, joined by newlines. */
  readonly sha256: string;
}

export interface WdiFetchResult {
  readonly indicators: readonly WdiIndicatorFetch[];
  /** Things the user should be told, e.g. that cached data stood in for an unreachable API. */
  readonly notices: readonly string[];
}

const DEFAULT_PER_PAGE = 1000;
const MAX_PAGES = 1000;

interface Context {
  readonly http: HttpDeps;
  readonly policy: RetryPolicy;
  readonly now: () => number;
  readonly cache: ResponseCache | undefined;
  readonly maxAgeMs: number;
  readonly notices: string[];
  readonly onPage: FetchWdiDeps['onPage'];
  readonly commandName: string;
}

interface PageRead {
  readonly page: WdiPage;
  readonly body: string;
  readonly origin: WdiResponseOrigin;
  readonly fetchedAt: number;
  readonly failure?: string;
}

function isoTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function tryParse(body: string, label: WdiRequestLabel): WdiPage | undefined {
  try {
    return parseWdiPage(body, label);
  } catch {
    return undefined;
  }
}

function unreachable(failure: 'network' | 'http', reason: string, attempts: number, command: string): ChanyeError {
  if (failure === 'network') {
    return new ChanyeError(
      'unavailable',
      `cannot reach ${WDI_API_HOST} (${reason}; ${attempts} attempts): ${command} needs internet access; the embedded snapshot works offline`,
    );
  }
  return new ChanyeError(
    'unavailable',
    `${WDI_API_HOST} is not answering (${reason}; ${attempts} attempts): try again later; the embedded snapshot works offline`,
  );
}

/** One page: from a fresh cache entry, else the API, else (API unreachable) any cache entry. */
async function readPage(url: string, label: WdiRequestLabel, refresh: boolean, ctx: Context): Promise<PageRead> {
  const cached = ctx.cache === undefined ? undefined : await ctx.cache.read(url);
  const now = ctx.now();
  if (cached !== undefined && !refresh && cached.fetchedAt <= now && now - cached.fetchedAt < ctx.maxAgeMs) {
    const page = tryParse(cached.body, label);
    if (page !== undefined) return { page, body: cached.body, origin: 'cache', fetchedAt: cached.fetchedAt };
  }
  const outcome = await getWithRetry(url, ctx.http, ctx.policy);
  if (outcome.ok) {
    if (outcome.status >= 200 && outcome.status < 300) {
      const page = parseWdiPage(outcome.body, label);
      if (ctx.cache !== undefined) {
        try {
          await ctx.cache.write({ url, body: outcome.body, fetchedAt: now });
        } catch (error) {
          ctx.notices.push(`could not keep a cached copy of ${url}: ${(error as Error).message}`);
        }
      }
      return { page, body: outcome.body, origin: 'network', fetchedAt: now };
    }
    // A 4xx may still carry the API's error envelope, which names the problem best.
    try {
      parseWdiPage(outcome.body, label);
    } catch (error) {
      if (isChanyeError(error) && error.kind === 'invalid-input') throw error;
    }
    throw new ChanyeError(
      'invalid-input',
      `World Bank API rejected the request for ${label.indicator} (HTTP ${outcome.status}): ${url}`,
    );
  }
  if (cached !== undefined) {
    const page = tryParse(cached.body, label);
    if (page !== undefined) {
      return { page, body: cached.body, origin: 'stale-cache', fetchedAt: cached.fetchedAt, failure: outcome.reason };
    }
  }
  throw unreachable(outcome.failure, outcome.reason, outcome.attempts, ctx.commandName);
}

async function fetchIndicator(
  code: string,
  chanyeId: string,
  options: FetchWdiOptions,
  perPage: number,
  refresh: boolean,
  ctx: Context,
): Promise<WdiIndicatorFetch> {
  const query: WdiQuery = {
    indicator: code,
    ...(options.economies !== undefined ? { economies: options.economies } : {}),
    ...(options.years !== undefined ? { years: options.years } : {}),
  };
  const label: WdiRequestLabel = { indicator: code, economies: economiesSegment(options.economies) };
  const reads: PageRead[] = [];
  let pageCount = 1;
  for (let p = 1; p <= pageCount; p += 1) {
    const read = await readPage(wdiIndicatorUrl(query, p, perPage), label, refresh, ctx);
    const first = reads[0]?.page.header ?? read.page.header;
    if (read.page.header.page !== p) {
      throw new ChanyeError(
        'unavailable',
        `unexpected answer from ${WDI_API_HOST} for ${code}: asked for page ${p}, got page ${read.page.header.page}`,
      );
    }
    if (p === 1) {
      pageCount = Math.max(1, read.page.header.pages);
      if (pageCount > MAX_PAGES) {
        throw new ChanyeError(
          'invalid-input',
          `${code} has ${read.page.header.total} rows in ${pageCount} pages: narrow --economies or --years`,
        );
      }
    } else if (read.page.header.pages !== first.pages || read.page.header.lastUpdated !== first.lastUpdated) {
      // Pages of two vintages must not be mixed under one vintage label.
      if (!refresh && [...reads, read].some((r) => r.origin !== 'network')) {
        return fetchIndicator(code, chanyeId, options, perPage, true, ctx);
      }
      throw new ChanyeError(
        'unavailable',
        `World Bank data for ${code} changed while its pages were read (page 1: ${first.pages} pages, lastupdated ${first.lastUpdated ?? '?'}; page ${p}: ${read.page.header.pages} pages, lastupdated ${read.page.header.lastUpdated ?? '?'}): run the command again`,
      );
    }
    reads.push(read);
    await ctx.onPage?.(code, p, pageCount, read.origin);
  }

  const stale = reads.filter((r) => r.origin === 'stale-cache');
  if (stale.length > 0) {
    const oldest = Math.min(...stale.map((r) => r.fetchedAt));
    ctx.notices.push(
      `cannot reach ${WDI_API_HOST} (${stale[0]?.failure ?? 'unknown error'}): using cached World Bank responses for ${code} fetched ${isoTime(oldest)}${stale.length < reads.length ? ` (${stale.length} of ${reads.length} pages)` : ''}`,
    );
  }
  const header = reads[0]?.page.header;
  const lastUpdated = header?.lastUpdated;
  const vintage =
    lastUpdated !== undefined
      ? `WDI API, lastupdated ${lastUpdated}`
      : `WDI API, fetched ${isoTime(Math.min(...reads.map((r) => r.fetchedAt))).slice(0, 10)}`;
  const observations = reads.flatMap((r) => r.page.observations);
  const { rows, skipped } = wdiRows(observations, { code, indicator: chanyeId, vintage });
  return {
    code,
    indicator: chanyeId,
    name: observations[0]?.indicatorName,
    url: wdiIndicatorUrl(query, 1, perPage),
    lastUpdated,
    vintage,
    pages: reads.length,
    total: header?.total ?? 0,
    rows,
    skipped,
    origins: reads.map((r) => r.origin),
    sha256: createHash('sha256')
      .update(reads.map((r) => r.body).join('\n'))
      .digest('hex'),
  };
}

/**
 * Fetches World Bank indicators from the live API v2 and maps them to Chanye rows: every page,
 * with retries, a per-request timeout and a response cache. Unreachable API → `unavailable`
 * (unless cached responses can stand in, which `notices` then says); an indicator or economy
 * the API rejects → `invalid-input` naming it.
 *
 * @example
 * const result = await fetchWdi({ indicators: ['NY.GDP.PCAP.CD'], economies: ['JPN'] }, { fetch: globalThis.fetch, now: Date.now });
 * result.indicators[0].rows[0].indicator; // returns 'wdi_ny_gdp_pcap_cd'
 */
export async function fetchWdi(options: FetchWdiOptions, deps: FetchWdiDeps): Promise<WdiFetchResult> {
  if (options.indicators.length === 0)
    throw new ChanyeError('invalid-input', 'no indicator to fetch (give --indicator CODE)');
  options.indicators.forEach(assertIndicatorCode);
  options.economies?.forEach(assertIso3);
  if (options.as !== undefined) {
    if (options.indicators.length !== 1) {
      throw new ChanyeError(
        'invalid-input',
        `--as names one indicator, but ${options.indicators.length} were given (${options.indicators.join(',')})`,
      );
    }
    assertChanyeId(options.as);
  }
  const perPage = options.perPage ?? DEFAULT_PER_PAGE;
  const ctx: Context = {
    http: {
      fetch: deps.fetch,
      sleep: deps.sleep ?? ((ms) => new Promise((done) => setTimeout(done, ms))),
      random: deps.random ?? Math.random,
    },
    policy: { ...DEFAULT_RETRY_POLICY, ...deps.retry },
    now: deps.now,
    cache: deps.cache,
    maxAgeMs: deps.cacheMaxAgeMs ?? WDI_CACHE_MAX_AGE_MS,
    notices: [],
    onPage: deps.onPage,
    commandName: deps.commandName ?? 'chanye data fetch',
  };
  const indicators: WdiIndicatorFetch[] = [];
  for (const code of options.indicators) {
    const chanyeId = options.as ?? wdiChanyeId(code);
    indicators.push(await fetchIndicator(code, chanyeId, options, perPage, options.refresh ?? false, ctx));
  }
  return { indicators, notices: ctx.notices };
}

/**
 * The import record of one fetched indicator, for the user database.
 *
 * @example
 * wdiImportRecord(result.indicators[0], '2026-01-01T00:00:00Z').label; // returns 'wdi-api:NY.GDP.PCAP.CD'
 */
export function wdiImportRecord(fetched: WdiIndicatorFetch, importedAt: string): ImportRecord {
  return {
    label: `wdi-api:${fetched.code}`,
    origin: fetched.url,
    sha256: fetched.sha256,
    rows: fetched.rows.length,
    importedAt,
  };
}
