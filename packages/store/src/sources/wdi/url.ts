import { ChanyeError } from '@chanye/compute';

/** Where the World Bank Indicators API v2 lives. */
export const WDI_API_ORIGIN = 'https://api.worldbank.org';

/** The host named in messages when the API cannot be reached. */
export const WDI_API_HOST = 'api.worldbank.org';

const INDICATOR_CODE = /^[A-Z0-9]+(\.[A-Z0-9]+)*$/i;
const ISO3 = /^[A-Z]{3}$/;
const CHANYE_ID = /^[a-z][a-z0-9_]*$/;

/** One indicator request: which series, for which economies (all when absent) and years. */
export interface WdiQuery {
  /** A World Bank indicator code such as `NY.GDP.PCAP.CD`. */
  readonly indicator: string;
  /** ISO3 codes; absent or empty means every economy and aggregate (`all`). */
  readonly economies?: readonly string[];
  /** Inclusive year range. */
  readonly years?: readonly [number, number];
}

/**
 * Throws `invalid-input` unless `code` looks like a World Bank indicator code. Checked before
 * any request, so nothing a user types is ever spliced into a URL unvalidated.
 *
 * @example
 * assertIndicatorCode('NY.GDP.PCAP.CD'); // passes
 * assertIndicatorCode('NY.GDP/../x'); // throws ChanyeError('invalid-input')
 */
export function assertIndicatorCode(code: string): void {
  if (!INDICATOR_CODE.test(code)) {
    throw new ChanyeError(
      'invalid-input',
      `invalid World Bank indicator code: '${code}' (expected letters and digits separated by dots, e.g. NY.GDP.PCAP.CD)`,
    );
  }
}

/** Throws `invalid-input` unless `code` is three upper-case letters (an ISO3 code). */
export function assertIso3(code: string): void {
  if (code === 'ALL') {
    throw new ChanyeError('invalid-input', `invalid economy code: '${code}' (omit --economies to fetch every economy)`);
  }
  if (!ISO3.test(code)) {
    throw new ChanyeError('invalid-input', `invalid economy code: '${code}' (expected an ISO3 code such as JPN)`);
  }
}

/** Splits a comma-separated list, trims it and drops empty items and repeats. */
function splitList(value: string): string[] {
  return [
    ...new Set(
      value
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s.length > 0),
    ),
  ];
}

/**
 * Parses `--indicator CODE[,CODE]` into validated codes (upper-cased, the API's spelling).
 *
 * @example
 * parseIndicatorCodes('ny.gdp.pcap.cd, SP.POP.TOTL'); // returns ['NY.GDP.PCAP.CD', 'SP.POP.TOTL']
 */
export function parseIndicatorCodes(value: string): string[] {
  const codes = splitList(value);
  if (codes.length === 0)
    throw new ChanyeError('invalid-input', `invalid --indicator: '${value}' (expected a code such as NY.GDP.PCAP.CD)`);
  codes.forEach(assertIndicatorCode);
  return [...new Set(codes.map((c) => c.toUpperCase()))];
}

/**
 * Parses `--economies ISO3,...` into validated, upper-cased, de-duplicated ISO3 codes.
 *
 * @example
 * parseEconomyCodes('jpn,USA,jpn'); // returns ['JPN', 'USA']
 */
export function parseEconomyCodes(value: string): string[] {
  const codes = splitList(value).map((c) => c.toUpperCase());
  if (codes.length === 0)
    throw new ChanyeError('invalid-input', `invalid --economies: '${value}' (expected ISO3 codes such as JPN,USA)`);
  codes.forEach(assertIso3);
  return [...new Set(codes)];
}

/**
 * The Chanye indicator id for a World Bank code: `wdi_` + the code lower-cased with dots as
 * underscores. It never collides with a catalogue id, so a fetch does not silently override
 * the snapshot unless the user asks for it with `--as`.
 *
 * @example
 * wdiChanyeId('NY.GDP.PCAP.CD'); // returns 'wdi_ny_gdp_pcap_cd'
 */
export function wdiChanyeId(code: string): string {
  assertIndicatorCode(code);
  return `wdi_${code.toLowerCase().replaceAll('.', '_')}`;
}

/** Throws `invalid-input` unless `id` is a valid Chanye indicator id (the catalogue's pattern). */
export function assertChanyeId(id: string): void {
  if (!CHANYE_ID.test(id)) {
    throw new ChanyeError(
      'invalid-input',
      `invalid --as: '${id}' (expected an indicator id such as gdp_pcap: lower-case letters, digits, _)`,
    );
  }
}

/** The `{iso3;iso3|all}` path segment of a query. */
export function economiesSegment(economies: readonly string[] | undefined): string {
  if (economies === undefined || economies.length === 0) return 'all';
  economies.forEach(assertIso3);
  return economies.join(';');
}

/**
 * The API v2 URL of one page of an indicator query. Parameters are validated here too, so a
 * library caller cannot bypass the CLI's parsing.
 *
 * @example
 * wdiIndicatorUrl({ indicator: 'NY.GDP.PCAP.CD', economies: ['JPN', 'USA'], years: [2018, 2019] }, 1, 1000);
 * // returns 'https://api.worldbank.org/v2/country/JPN;USA/indicator/NY.GDP.PCAP.CD?format=json&per_page=1000&page=1&date=2018:2019'
 */
export function wdiIndicatorUrl(query: WdiQuery, page: number, perPage: number): string {
  assertIndicatorCode(query.indicator);
  if (!Number.isInteger(page) || page < 1) throw new RangeError(`invalid page: ${page}`);
  if (!Number.isInteger(perPage) || perPage < 1) throw new RangeError(`invalid per_page: ${perPage}`);
  let url = `${WDI_API_ORIGIN}/v2/country/${economiesSegment(query.economies)}/indicator/${query.indicator}?format=json&per_page=${perPage}&page=${page}`;
  if (query.years !== undefined) {
    const [from, to] = query.years;
    if (!Number.isInteger(from) || !Number.isInteger(to) || from > to || from < 1000 || to > 9999) {
      throw new ChanyeError('invalid-input', `invalid year range: ${from}:${to}`);
    }
    url += `&date=${from}:${to}`;
  }
  return url;
}
