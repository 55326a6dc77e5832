/**
 * Recorded World Bank API v2 answers (see test/fixtures/wdi/SOURCES.md) and a fake `fetch`
 * that serves them by URL. Nothing here invents a data value.
 */
import { readFileSync } from 'node:fs';
import type { FetchLike, ResponseLike } from '../../src/sources/wdi/http.js';

export const FIXTURES = {
  /** `countries/JPN;USA/indicators/NY.GDP.MKTP.CD?format=json` (per_page 50, page 1 of 3), 2021-06-13. */
  jpnUsaPage1of3: 'ny-gdp-mktp-cd_jpn-usa_page-1-of-3.json',
  /** Same, `date=2018:2019&per_page=2&page=1` (page 1 of 2). */
  jpnUsa2018to2019Page1of2: 'ny-gdp-mktp-cd_jpn-usa_2018-2019_per-page-2_page-1-of-2.json',
  /** `countries/all/indicators/NY.GDP.MKTP.CD?format=json` (page 1 of 323: aggregates first). */
  allPage1of323: 'ny-gdp-mktp-cd_all_page-1-of-323.json',
  /** Two indicators with `source=2`: header `sourceid: null`, rows with an extra `scale` key. */
  twoIndicatorsPage1of5: 'ny-gdp-mktp-cd-sp-pop-totl_jpn-usa_source-2_page-1-of-5.json',
  /** `countries/JPN;USA/indicators/INVALID.INDICATOR.ID?format=json`: error 120, HTTP 200. */
  error120: 'error-120_invalid-indicator.json',
  /** `INVALID.INDICATOR.ID;SP.POP.TOTL`: two error messages, HTTP 200. */
  error120Twice: 'error-120_two-messages.json',
  /** `source=invalid_source_id`: an HTML "Request Error" page with a BOM, HTTP 400. */
  http400Html: 'http-400_request-error.html',
} as const;

export function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/wdi/${name}`, import.meta.url), 'utf8');
}

/**
 * Serves the 50 recorded rows of {@link FIXTURES.jpnUsaPage1of3} as the pages of the query
 * `country/JPN/indicator/NY.GDP.MKTP.CD?date=1971:2020`.
 *
 * Why this is faithful: the recording is page 1 (per_page 50) of JPN;USA, all years. The API
 * orders rows by economy, then year descending, so those 50 rows are Japan 2020 … 1971, which
 * is the complete answer to "Japan, 1971:2020" (50 years, total 50) in the same order, and a
 * per_page of `perPage` slices that answer into consecutive pages. Only the page header
 * (page, pages, per_page, total) is derived; every row and the `lastupdated` vintage are
 * the recorded bytes' values. No recorded multi-page set of API v2 answers was found.
 */
export function japan1971to2020Pages(perPage: number): string[] {
  const [header, rows] = JSON.parse(fixture(FIXTURES.jpnUsaPage1of3)) as [Record<string, unknown>, unknown[]];
  const pages = Math.ceil(rows.length / perPage);
  return Array.from({ length: pages }, (_, i) =>
    JSON.stringify([
      { ...header, page: i + 1, pages, per_page: perPage, total: rows.length },
      rows.slice(i * perPage, (i + 1) * perPage),
    ]),
  );
}

export function respond(body: string, status = 200, headers: Record<string, string> = {}): ResponseLike {
  return { status, headers: new Headers(headers), text: async () => body };
}

export type Route = string | ResponseLike | (() => ResponseLike | Promise<ResponseLike>);

/** A `fetch` serving fixed routes by exact URL; any other URL is a test failure. */
export function fakeFetch(routes: Record<string, Route>): { fetch: FetchLike; calls: string[] } {
  const calls: string[] = [];
  const fetch: FetchLike = async (url) => {
    calls.push(url);
    const route = routes[url];
    if (route === undefined) throw new Error(`unexpected request in test: ${url}`);
    if (typeof route === 'string') return respond(route);
    if (typeof route === 'function') return route();
    return route;
  };
  return { fetch, calls };
}

/** What undici's `fetch` rejects with when DNS fails (Node 20). */
export function dnsFailure(): TypeError {
  const cause = Object.assign(new Error('getaddrinfo ENOTFOUND api.worldbank.org'), {
    code: 'ENOTFOUND',
    errno: -3008,
    syscall: 'getaddrinfo',
    hostname: 'api.worldbank.org',
  });
  return new TypeError('fetch failed', { cause });
}

/** A sleep that returns at once and records what it was asked to wait. */
export function fakeSleep(): { sleep: (ms: number) => Promise<void>; delays: number[] } {
  const delays: number[] = [];
  return { sleep: async (ms) => void delays.push(ms), delays };
}
