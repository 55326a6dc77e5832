import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChanyeError } from '@chanye/compute';
import { fileResponseCache, wdiCacheKey, type ResponseCache } from '../../src/sources/wdi/cache.js';
import { fetchWdi, wdiImportRecord, type FetchWdiDeps } from '../../src/sources/wdi/fetch-wdi.js';
import { backoffDelay, DEFAULT_RETRY_POLICY, describeNetworkError } from '../../src/sources/wdi/http.js';
import { parseWdiPage } from '../../src/sources/wdi/parse.js';
import { wdiRows, wdiUnit } from '../../src/sources/wdi/rows.js';
import { parseEconomyCodes, parseIndicatorCodes, wdiChanyeId, wdiIndicatorUrl } from '../../src/sources/wdi/url.js';
import { dnsFailure, fakeFetch, fakeSleep, fixture, FIXTURES, japan1971to2020Pages, respond } from './wdi-fixtures.js';

const GDP = 'NY.GDP.MKTP.CD';
const NOW = Date.parse('2021-06-14T00:00:00Z');
const HOUR = 3_600_000;
const JAPAN = { indicators: [GDP], economies: ['JPN'], years: [1971, 2020] as [number, number] };
const japanUrl = (page: number, perPage: number): string =>
  wdiIndicatorUrl({ indicator: GDP, economies: ['JPN'], years: [1971, 2020] }, page, perPage);

/** Rejects with the thrown ChanyeError, failing if the promise resolves or throws anything else. */
async function chanyeError(promise: Promise<unknown>): Promise<ChanyeError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ChanyeError);
    return error as ChanyeError;
  }
  throw new Error('expected a ChanyeError, but the call succeeded');
}

function deps(fetch: FetchWdiDeps['fetch'], extra: Partial<FetchWdiDeps> = {}): FetchWdiDeps {
  return { fetch, now: () => NOW, sleep: fakeSleep().sleep, random: () => 0.5, ...extra };
}

describe('wdi URLs and validation', () => {
  it('wdiIndicatorUrl(query, page, perPage) builds the API v2 URL for all economies', () => {
    expect(wdiIndicatorUrl({ indicator: 'SP.POP.TOTL' }, 1, 1000)).toBe(
      'https://api.worldbank.org/v2/country/all/indicator/SP.POP.TOTL?format=json&per_page=1000&page=1',
    );
  });

  it('wdiIndicatorUrl joins economies with ; and adds date=A:B', () => {
    expect(wdiIndicatorUrl({ indicator: GDP, economies: ['JPN', 'USA'], years: [2018, 2019] }, 2, 50)).toBe(
      'https://api.worldbank.org/v2/country/JPN;USA/indicator/NY.GDP.MKTP.CD?format=json&per_page=50&page=2&date=2018:2019',
    );
  });

  it('parseIndicatorCodes upper-cases, trims and de-duplicates', () => {
    expect(parseIndicatorCodes(' ny.gdp.mktp.cd, SP.POP.TOTL ,NY.GDP.MKTP.CD')).toEqual([GDP, 'SP.POP.TOTL']);
  });

  it.each(['NY.GDP/../x', 'NY..GDP', '.NY', 'NY.', 'NY GDP', 'NY.GDP?x=1', ''])(
    'parseIndicatorCodes(%j) is invalid-input',
    (code) => {
      expect(() => parseIndicatorCodes(code)).toThrow(ChanyeError);
    },
  );

  it('parseEconomyCodes accepts ISO3 codes only', () => {
    expect(parseEconomyCodes('jpn, USA,jpn')).toEqual(['JPN', 'USA']);
    for (const bad of ['JP', 'JPN1', 'U$A', 'all', ',']) expect(() => parseEconomyCodes(bad), bad).toThrow(ChanyeError);
  });

  it('wdiChanyeId(code) is wdi_ + the code lower-cased with dots as underscores', () => {
    expect(wdiChanyeId('NY.GDP.PCAP.CD')).toBe('wdi_ny_gdp_pcap_cd');
    expect(wdiChanyeId('1.0.HCount.1.90usd')).toBe('wdi_1_0_hcount_1_90usd');
  });

  it('fetchWdi validates every code before any request', async () => {
    const { fetch, calls } = fakeFetch({});
    const bad = await chanyeError(fetchWdi({ indicators: [GDP, 'NY.GDP;DROP'] }, deps(fetch)));
    expect(bad.kind).toBe('invalid-input');
    expect(bad.message).toContain('NY.GDP;DROP');
    expect((await chanyeError(fetchWdi({ indicators: [GDP], economies: ['JP'] }, deps(fetch)))).kind).toBe(
      'invalid-input',
    );
    expect(calls).toEqual([]);
  });

  it('fetchWdi accepts --as only with one indicator, and only a valid id', async () => {
    const { fetch, calls } = fakeFetch({});
    const two = await chanyeError(fetchWdi({ indicators: [GDP, 'SP.POP.TOTL'], as: 'gdp' }, deps(fetch)));
    expect(two.kind).toBe('invalid-input');
    expect(two.message).toMatch(/--as names one indicator/);
    expect((await chanyeError(fetchWdi({ indicators: [GDP], as: 'GDP-usd' }, deps(fetch)))).kind).toBe('invalid-input');
    expect(calls).toEqual([]);
  });
});

describe('parseWdiPage on recorded answers', () => {
  const label = { indicator: GDP, economies: 'JPN;USA' };

  it('reads the header and every row of a recorded page', () => {
    const page = parseWdiPage(fixture(FIXTURES.jpnUsaPage1of3), label);
    expect(page.header).toEqual({ page: 1, pages: 3, perPage: 50, total: 122, lastUpdated: '2021-05-25' });
    expect(page.observations).toHaveLength(50);
    expect(page.observations[0]).toMatchObject({
      iso3: 'JPN',
      date: '2020',
      value: null,
      indicatorName: 'GDP (current US$)',
    });
    expect(page.observations[1]).toMatchObject({
      iso3: 'JPN',
      countryId: 'JP',
      date: '2019',
      value: 5081769542379.77,
      unit: '',
    });
    expect(page.observations.at(-1)).toMatchObject({ iso3: 'JPN', date: '1971', value: 240151807460.241 });
  });

  it('tolerates sourceid: null and extra keys (a recorded two-indicator page)', () => {
    const page = parseWdiPage(fixture(FIXTURES.twoIndicatorsPage1of5), label);
    expect(page.header).toMatchObject({ page: 1, pages: 5, perPage: 50, total: 244, lastUpdated: '2021-05-25' });
    expect(page.observations).toHaveLength(50);
  });

  it('reads an empty answer (rows null) as no observations', () => {
    // Structural only: the API sends `null` rows when nothing matches; no data value here.
    const page = parseWdiPage(
      '[{"page":1,"pages":0,"per_page":"50","total":0,"sourceid":"2","lastupdated":"2021-05-25"},null]',
      label,
    );
    expect(page.header).toMatchObject({ pages: 0, perPage: 50, total: 0 });
    expect(page.observations).toEqual([]);
  });

  it('turns the recorded error 120 (HTTP 200) into invalid-input naming the indicator and economies', () => {
    const error = (() => {
      try {
        parseWdiPage(fixture(FIXTURES.error120), { indicator: 'INVALID.INDICATOR.ID', economies: 'JPN;USA' });
      } catch (e) {
        return e as ChanyeError;
      }
      throw new Error('no error');
    })();
    expect(error.kind).toBe('invalid-input');
    expect(error.message).toBe(
      'World Bank API rejected indicator INVALID.INDICATOR.ID for economies JPN,USA: 120 Invalid value The provided parameter value is not valid',
    );
  });

  it('lists every message of a recorded multi-message error', () => {
    expect(() =>
      parseWdiPage(fixture(FIXTURES.error120Twice), { indicator: 'INVALID.INDICATOR.ID', economies: 'all' }),
    ).toThrow(/INVALID\.INDICATOR\.ID: 120 Invalid value .*; 120 Invalid value/);
  });

  it('calls a recorded HTML error page unavailable, not a crash', () => {
    expect(() => parseWdiPage(fixture(FIXTURES.http400Html), label)).toThrow(/not JSON/);
  });
});

describe('wdiRows', () => {
  it('drops null values (no data is never 0) and labels each row', () => {
    const page = parseWdiPage(fixture(FIXTURES.jpnUsaPage1of3), { indicator: GDP, economies: 'JPN;USA' });
    const { rows, skipped } = wdiRows(page.observations, {
      code: GDP,
      indicator: 'wdi_ny_gdp_mktp_cd',
      vintage: 'WDI API, lastupdated 2021-05-25',
    });
    expect(skipped).toEqual({ nullValues: 1, noIso3: 0, notAnnual: 0 });
    expect(rows).toHaveLength(49);
    expect(rows.find((r) => r.year === 2020)).toBeUndefined();
    expect(rows.some((r) => r.value === 0)).toBe(false);
    expect(rows[0]).toEqual({
      iso3: 'JPN',
      year: 2019,
      indicator: 'wdi_ny_gdp_mktp_cd',
      value: 5081769542379.77,
      unit: 'current US$',
      source: 'World Bank WDI API (NY.GDP.MKTP.CD)',
      vintage: 'WDI API, lastupdated 2021-05-25',
      status: 'observed',
      note: 'GDP (current US$)',
    });
  });

  it('keeps aggregates that have a three-letter code (recorded all-economies page)', () => {
    const page = parseWdiPage(fixture(FIXTURES.allPage1of323), { indicator: GDP, economies: 'all' });
    const { rows } = wdiRows(page.observations, { code: GDP, indicator: 'x', vintage: 'v' });
    expect(new Set(rows.map((r) => r.iso3))).toEqual(new Set(['ARB']));
    expect(rows).toHaveLength(49);
  });

  it("wdiUnit prefers the unit field, then the name's last parenthesis, then the name", () => {
    expect(wdiUnit('', 'GDP (current US$)')).toBe('current US$');
    expect(wdiUnit('', 'Inflation, consumer prices (annual %)')).toBe('annual %');
    expect(wdiUnit('', 'Population, total')).toBe('Population, total');
    expect(wdiUnit('kt', 'CO2 emissions (kt)')).toBe('kt');
  });
});

describe('fetchWdi: pages', () => {
  it('fetches one page and maps it (recorded rows)', async () => {
    const [only] = japan1971to2020Pages(50);
    const { fetch, calls } = fakeFetch({ [japanUrl(1, 50)]: only! });
    const result = await fetchWdi({ ...JAPAN, perPage: 50 }, deps(fetch));
    expect(calls).toEqual([japanUrl(1, 50)]);
    const [gdp] = result.indicators;
    expect(gdp).toMatchObject({
      code: GDP,
      indicator: 'wdi_ny_gdp_mktp_cd',
      name: 'GDP (current US$)',
      lastUpdated: '2021-05-25',
      vintage: 'WDI API, lastupdated 2021-05-25',
      pages: 1,
      total: 50,
      origins: ['network'],
      skipped: { nullValues: 1, noIso3: 0, notAnnual: 0 },
    });
    expect(gdp!.rows).toHaveLength(49);
    expect(result.notices).toEqual([]);
  });

  it('follows `pages` and returns the same rows as one big page', async () => {
    const pages = japan1971to2020Pages(25);
    expect(pages).toHaveLength(2);
    const { fetch, calls } = fakeFetch({ [japanUrl(1, 25)]: pages[0]!, [japanUrl(2, 25)]: pages[1]! });
    const paged = await fetchWdi({ ...JAPAN, perPage: 25 }, deps(fetch));
    expect(calls).toEqual([japanUrl(1, 25), japanUrl(2, 25)]);
    const whole = await fetchWdi(
      { ...JAPAN, perPage: 50 },
      deps(fakeFetch({ [japanUrl(1, 50)]: japan1971to2020Pages(50)[0]! }).fetch),
    );
    expect(paged.indicators[0]!.pages).toBe(2);
    expect(paged.indicators[0]!.rows).toEqual(whole.indicators[0]!.rows);
  });

  it('asks for page 2 of a recorded page-1-of-3 header with the same per_page', async () => {
    const query = { indicator: GDP, economies: ['JPN', 'USA'] };
    const { fetch, calls } = fakeFetch({
      [wdiIndicatorUrl(query, 1, 50)]: fixture(FIXTURES.jpnUsaPage1of3),
      [wdiIndicatorUrl(query, 2, 50)]: () => Promise.reject(dnsFailure()),
    });
    const error = await chanyeError(
      fetchWdi({ indicators: [GDP], economies: ['JPN', 'USA'], perPage: 50 }, deps(fetch)),
    );
    expect(error.kind).toBe('unavailable');
    expect(calls[1]).toBe(wdiIndicatorUrl(query, 2, 50));
  });

  it('stores rows under --as and builds the import record', async () => {
    const { fetch } = fakeFetch({ [japanUrl(1, 50)]: japan1971to2020Pages(50)[0]! });
    const result = await fetchWdi({ ...JAPAN, perPage: 50, as: 'gdp_usd' }, deps(fetch));
    const gdp = result.indicators[0]!;
    expect(new Set(gdp.rows.map((r) => r.indicator))).toEqual(new Set(['gdp_usd']));
    expect(wdiImportRecord(gdp, '2021-06-14T00:00:00Z')).toEqual({
      label: 'wdi-api:NY.GDP.MKTP.CD',
      origin: japanUrl(1, 50),
      sha256: gdp.sha256,
      rows: 49,
      importedAt: '2021-06-14T00:00:00Z',
    });
    expect(gdp.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('fetchWdi: errors, retries and offline', () => {
  it('the recorded error 120 is invalid-input naming the indicator', async () => {
    const query = { indicator: 'INVALID.INDICATOR.ID', economies: ['JPN', 'USA'] };
    const { fetch } = fakeFetch({ [wdiIndicatorUrl(query, 1, 1000)]: fixture(FIXTURES.error120) });
    const error = await chanyeError(
      fetchWdi({ indicators: ['INVALID.INDICATOR.ID'], economies: ['JPN', 'USA'] }, deps(fetch)),
    );
    expect(error.kind).toBe('invalid-input');
    expect(error.message).toContain('INVALID.INDICATOR.ID');
  });

  it('a recorded HTTP 400 page is invalid-input with the status', async () => {
    const { fetch } = fakeFetch({ [japanUrl(1, 50)]: respond(fixture(FIXTURES.http400Html), 400) });
    const error = await chanyeError(fetchWdi({ ...JAPAN, perPage: 50 }, deps(fetch)));
    expect(error.kind).toBe('invalid-input');
    expect(error.message).toMatch(/NY\.GDP\.MKTP\.CD \(HTTP 400\)/);
  });

  it('retries 503 with exponential backoff and jitter, then succeeds', async () => {
    let n = 0;
    const { fetch, calls } = fakeFetch({
      [japanUrl(1, 50)]: () => (++n <= 2 ? respond('Service Unavailable', 503) : respond(japan1971to2020Pages(50)[0]!)),
    });
    const { sleep, delays } = fakeSleep();
    const result = await fetchWdi({ ...JAPAN, perPage: 50 }, deps(fetch, { sleep, random: () => 0.5 }));
    expect(calls).toHaveLength(3);
    expect(delays).toEqual([375, 750]);
    expect(result.indicators[0]!.rows).toHaveLength(49);
  });

  it('honours Retry-After on 429', async () => {
    let n = 0;
    const { fetch } = fakeFetch({
      [japanUrl(1, 50)]: () =>
        ++n === 1 ? respond('', 429, { 'retry-after': '3' }) : respond(japan1971to2020Pages(50)[0]!),
    });
    const { sleep, delays } = fakeSleep();
    await fetchWdi({ ...JAPAN, perPage: 50 }, deps(fetch, { sleep }));
    expect(delays).toEqual([3000]);
  });

  it('gives up after 4 attempts of 5xx: unavailable', async () => {
    const { fetch, calls } = fakeFetch({ [japanUrl(1, 50)]: () => respond('', 502) });
    const { sleep, delays } = fakeSleep();
    const error = await chanyeError(fetchWdi({ ...JAPAN, perPage: 50 }, deps(fetch, { sleep, random: () => 0 })));
    expect(calls).toHaveLength(4);
    expect(delays).toEqual([250, 500, 1000]);
    expect(error.kind).toBe('unavailable');
    expect(error.message).toBe(
      'api.worldbank.org is not answering (HTTP 502; 4 attempts): try again later; the embedded snapshot works offline',
    );
  });

  it('offline (fetch failed, cause ENOTFOUND) is unavailable with a clear message', async () => {
    const { fetch, calls } = fakeFetch({ [japanUrl(1, 50)]: () => Promise.reject(dnsFailure()) });
    const error = await chanyeError(fetchWdi({ ...JAPAN, perPage: 50 }, deps(fetch)));
    expect(calls).toHaveLength(4);
    expect(error.kind).toBe('unavailable');
    expect(error.message).toBe(
      'cannot reach api.worldbank.org (ENOTFOUND api.worldbank.org; 4 attempts): chanye data fetch needs internet access; the embedded snapshot works offline',
    );
    expect(error.stack).toBeDefined();
  });

  it('aborts a request that outlives the timeout and counts it as a network failure', async () => {
    const hang = (_url: string, init: { signal: AbortSignal }) =>
      new Promise<never>((_, reject) => init.signal.addEventListener('abort', () => reject(init.signal.reason)));
    const error = await chanyeError(
      fetchWdi({ ...JAPAN, perPage: 50 }, deps(hang, { retry: { timeoutMs: 20, maxAttempts: 2 } })),
    );
    expect(error.kind).toBe('unavailable');
    expect(error.message).toMatch(/^cannot reach api\.worldbank\.org \(no answer within 0\.02 s; 2 attempts\)/);
  });

  it('describeNetworkError reads codes from causes and names aborts', () => {
    expect(describeNetworkError(dnsFailure())).toBe('ENOTFOUND api.worldbank.org');
    const refused = new TypeError('fetch failed', {
      cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
    });
    expect(describeNetworkError(refused)).toBe('ECONNREFUSED');
    expect(describeNetworkError(new DOMException('aborted', 'AbortError'), 30_000)).toBe('no answer within 30 s');
    expect(describeNetworkError(new Error('boom'))).toBe('boom');
  });

  it('backoffDelay doubles, jitters within [half, full] and is capped', () => {
    const p = DEFAULT_RETRY_POLICY;
    expect([1, 2, 3].map((n) => backoffDelay(n, p, 0))).toEqual([250, 500, 1000]);
    expect([1, 2, 3].map((n) => backoffDelay(n, p, 0.999999))).toEqual([500, 1000, 2000]);
    expect(backoffDelay(10, p, 1)).toBe(p.maxDelayMs);
    expect(backoffDelay(1, p, 0, 60)).toBe(p.maxDelayMs);
  });
});

describe('fetchWdi: cache', () => {
  let dir: string;
  let cache: ResponseCache;
  const body = (): string => japan1971to2020Pages(50)[0]!;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'chanye-wdi-cache-'));
    cache = fileResponseCache(dir);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps each response as <sha256 of url>.json', async () => {
    const { fetch } = fakeFetch({ [japanUrl(1, 50)]: body() });
    await fetchWdi({ ...JAPAN, perPage: 50 }, deps(fetch, { cache }));
    expect(readdirSync(dir)).toEqual([`${wdiCacheKey(japanUrl(1, 50))}.json`]);
    expect(await cache.read(japanUrl(1, 50))).toEqual({ url: japanUrl(1, 50), fetchedAt: NOW, body: body() });
  });

  it('a cache entry younger than 24 h avoids the request', async () => {
    await cache.write({ url: japanUrl(1, 50), body: body(), fetchedAt: NOW - 23 * HOUR });
    const { fetch, calls } = fakeFetch({});
    const result = await fetchWdi({ ...JAPAN, perPage: 50 }, deps(fetch, { cache }));
    expect(calls).toEqual([]);
    expect(result.indicators[0]!.origins).toEqual(['cache']);
    expect(result.indicators[0]!.rows).toHaveLength(49);
  });

  it('an expired entry is fetched again and replaced', async () => {
    await cache.write({ url: japanUrl(1, 50), body: body(), fetchedAt: NOW - 25 * HOUR });
    const { fetch, calls } = fakeFetch({ [japanUrl(1, 50)]: body() });
    const result = await fetchWdi({ ...JAPAN, perPage: 50 }, deps(fetch, { cache }));
    expect(calls).toHaveLength(1);
    expect(result.indicators[0]!.origins).toEqual(['network']);
    expect((await cache.read(japanUrl(1, 50)))?.fetchedAt).toBe(NOW);
  });

  it('--refresh asks the API even when the entry is fresh', async () => {
    await cache.write({ url: japanUrl(1, 50), body: body(), fetchedAt: NOW - HOUR });
    const { fetch, calls } = fakeFetch({ [japanUrl(1, 50)]: body() });
    await fetchWdi({ ...JAPAN, perPage: 50, refresh: true }, deps(fetch, { cache }));
    expect(calls).toHaveLength(1);
  });

  it('offline with an old cached response: uses it and says so', async () => {
    await cache.write({ url: japanUrl(1, 50), body: body(), fetchedAt: Date.parse('2021-06-01T12:00:00Z') });
    const { fetch } = fakeFetch({ [japanUrl(1, 50)]: () => Promise.reject(dnsFailure()) });
    const result = await fetchWdi({ ...JAPAN, perPage: 50, refresh: true }, deps(fetch, { cache }));
    expect(result.indicators[0]!.origins).toEqual(['stale-cache']);
    expect(result.indicators[0]!.rows).toHaveLength(49);
    expect(result.notices).toEqual([
      'cannot reach api.worldbank.org (ENOTFOUND api.worldbank.org): using cached World Bank responses for NY.GDP.MKTP.CD fetched 2021-06-01T12:00:00Z',
    ]);
  });

  it('never caches an error answer', async () => {
    const query = { indicator: 'INVALID.INDICATOR.ID', economies: ['JPN', 'USA'] };
    const { fetch } = fakeFetch({ [wdiIndicatorUrl(query, 1, 1000)]: fixture(FIXTURES.error120) });
    await chanyeError(
      fetchWdi({ indicators: ['INVALID.INDICATOR.ID'], economies: ['JPN', 'USA'] }, deps(fetch, { cache })),
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('an unreadable or mismatched entry is a miss', async () => {
    writeFileSync(join(dir, `${wdiCacheKey('https://x.test/a')}.json`), '{not json');
    expect(await cache.read('https://x.test/a')).toBeUndefined();
    await cache.write({ url: 'https://x.test/b', body: '[]', fetchedAt: NOW });
    writeFileSync(
      join(dir, `${wdiCacheKey('https://x.test/c')}.json`),
      JSON.stringify({ url: 'https://x.test/b', body: '[]', fetchedAt: NOW }),
    );
    expect(await cache.read('https://x.test/c')).toBeUndefined();
    expect(await cache.read('https://x.test/missing')).toBeUndefined();
  });
});
