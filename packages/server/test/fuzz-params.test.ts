/**
 * Property-based fuzz of every parameter of every route (hardening issue): hostile and careless
 * values in each documented path and query parameter, plus unknown, repeated, empty and oddly
 * percent-encoded ones. Whatever comes in, the answer is never a 5xx; a 4xx is a well-formed
 * problem+json that leaks nothing of the server; a 2xx has the content type the route
 * documents. Fixed seed, so a failure reproduces; the runs per route keep the file near half a
 * minute (routes that take seconds per engine call get few runs and small draws).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Store } from '@chanye/store';
import { ROUTE_DOCS } from '@chanye/server';
import { openSnapshotStore, repoRoot, testApp } from './helpers.js';

const SEED = 20261207;

let store: Store;
let app: ReturnType<typeof testApp>;
/** Lines the app writes for each 500 (method, path, message, stack), shown when the property fails. */
const errors: string[] = [];
beforeAll(async () => {
  store = await openSnapshotStore();
  app = testApp(store, { errorLog: (line) => errors.push(line) });
});
afterAll(() => store.close());

/** A value and how it goes into the URL: percent-encoded, as a form encodes it, or verbatim. */
interface Value {
  readonly text: string;
  readonly mode: 'encoded' | 'form' | 'raw';
}

/** Percent-encodes every byte but the unreserved ones; a lone surrogate becomes U+FFFD, as a browser sends it. */
function percentEncode(text: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(text)) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-._~]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function inUrl(value: Value): string {
  if (value.mode === 'raw') return value.text;
  const encoded = percentEncode(value.text);
  return value.mode === 'form' ? encoded.replace(/%20/g, '+') : encoded;
}

/** Values no parser expects: signs, exponents, non-ASCII digits, JS names, separators, broken escapes. */
const EDGE = [
  '',
  ' ',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e308',
  '-1e308',
  '1e309',
  '5e-324',
  '0',
  '-0',
  '-1',
  '00',
  '0000',
  '9999',
  '-001',
  '+1',
  '1.0',
  '0x10',
  '1_000',
  '１２３',
  '٢٠١٩',
  '2019\n',
  ' 2019',
  'true',
  'null',
  'undefined',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  'toString',
  '..',
  '../../etc/passwd',
  '%',
  '%%',
  '%zz',
  '%E4%B8',
  '%C0%AF',
  '%ED%A0%80',
  '%FF%FE',
  '%00',
  '%2F',
  '%252F',
  '+',
  '%2B',
  '2019:1990',
  '0000:9999',
  '1990-2019',
  '2000:2000',
  ',',
  ',,,',
  'CHN,CHN,CHN',
  ' chn , China,中国,CHN ',
  'region:',
  'region:East Asia & Pacific',
  "' OR 1=1 --",
  '<script>alert(1)</script>',
];

const unicodeText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({
    unit: fc.constantFrom(...'\u0000\t\n\r\u007f\u0085\u200b\ufeff\u202e,:;%+&=#?/\\"\'<>() -'.split('')),
    maxLength: 20,
  }),
);

/** Numbers of every kind as text: huge, negative, fractional, NaN, years 0 and 9999. */
const numberText = fc.oneof(
  fc.integer({ min: -1, max: 10000 }).map(String),
  fc.integer().map(String),
  fc.double().map(String),
  fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String),
  fc.tuple(fc.integer({ min: -1, max: 9999 }), fc.integer({ min: -1, max: 9999 })).map(([a, b]) => `${a}:${b}`),
);

/** Long values, some up to and past the query-string limit of 2048 characters. */
const longText = fc
  .tuple(fc.constantFrom('A', '9', '中', '%41', 'CHN,', ',', ' '), fc.integer({ min: 60, max: 2100 }))
  .map(([unit, n]) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n));

/** Text that would make a leak check see a stack or a path it did not cause. */
const LEAK_LIKE = /\s{2}at\s|\/packages\/|node_modules|file:|\.[cm]?[tj]s:\d/;

/** Real economies by code and by name, in any case, plus codes that are not economies. */
const ECONOMIES = ['CHN', 'chn', 'USA', 'DEU', 'KOR', 'BRA', 'China', '中国', 'Germany', 'WLD', 'ROW', 'XXX', 'ZZZ'];
const economyList = fc.array(fc.constantFrom(...ECONOMIES), { minLength: 1, maxLength: 6 }).map((a) => a.join(','));

function hostile(items: readonly string[]): fc.Arbitrary<string> {
  const item = fc.oneof(fc.constantFrom(...items, ...ECONOMIES), fc.constantFrom(...EDGE), unicodeText);
  return fc
    .oneof(
      { weight: 3, arbitrary: fc.constantFrom(...EDGE) },
      { weight: 3, arbitrary: unicodeText },
      { weight: 3, arbitrary: numberText },
      { weight: 1, arbitrary: longText },
      { weight: 2, arbitrary: fc.array(item, { maxLength: 60 }).map((a) => a.join(',')) },
    )
    .filter((v) => !LEAK_LIKE.test(v) && !v.includes(repoRoot));
}

/**
 * Plausible values by parameter name: real ids, near-valid years and counts. Count-like
 * parameters stay small where the engine's work grows with them (draws), since the limits
 * themselves are fuzzed by the hostile values.
 */
const PLAUSIBLE: Readonly<Record<string, fc.Arbitrary<string>>> = {
  iso3: fc.constantFrom(...ECONOMIES, 'Korea, Rep.', 'Côte d’Ivoire', 'korea'),
  location: fc.constantFrom(...ECONOMIES),
  economies: economyList,
  graduates: economyList,
  stalled: economyList,
  year: fc.oneof(fc.integer({ min: 1945, max: 2030 }).map(String), fc.constantFrom('0000', '1000', '9999')),
  eciYear: fc.constantFrom('1980', '2000', '2017', '2019', '0000'),
  years: fc
    .tuple(fc.integer({ min: 1940, max: 2030 }), fc.integer({ min: 0, max: 70 }))
    .map(([a, n]) => (n === 0 ? String(a) : `${a}:${a + n}`)),
  period: fc
    .tuple(fc.integer({ min: 1940, max: 2030 }), fc.integer({ min: -1, max: 30 }))
    .map(([a, n]) => `${a}:${a + n}`),
  indicator: fc.constantFrom('gdp_per_capita_ppp', 'mva_share_gdp', 'gdp_per_capita_pp', 'x', 'a'.repeat(80)),
  id: fc.constantFrom('gdp_per_capita_ppp', 'mva_share_gdp', 'nope', '0'),
  framework: fc.constantFrom('characteristics', 'nonsense', 'a'),
  peers: fc.constantFrom('all', 'L', 'LM', 'UM', 'H', 'region:East Asia & Pacific', 'region:x', 'graduates', 'CHN,USA'),
  only: fc.constantFrom('income-trap', 'petty-clark', 'deindustrialization', 'slowdowns', 'astrology', 'a,a'),
  measure: fc.constantFrom('mva_share_gdp', 'gdp_per_capita_ppp', 'mva', 'exports'),
  scenario: fc.constantFrom('baseline', 'baselin', 'a', 'x-'),
  search: fc.oneof(fc.constantFrom('gdp', '制造', 'a'), unicodeText),
  type: fc.constantFrom('not-found', 'bad-request', 'internal-error', 'nope'),
  sensitivity: fc.constantFrom('1', '2', '3'),
  draws: fc.constantFrom('1', '2', '3'),
  seed: fc.constantFrom('0', '1', '4294967295', '4294967296'),
  window: fc.constantFrom('0', '2', '20', '21'),
  minRun: fc.constantFrom('1', '3', '20', '21'),
  knn: fc.constantFrom('1', '5', '1000', '1001'),
  limit: fc.constantFrom('1', '20', '100', '101'),
  to: fc.constantFrom('2025', '2030', '2060', '2061', '2000'),
  threshold: fc.constantFrom('1', '0.5', '0.000000000001', '999999', '0'),
  rpopThreshold: fc.constantFrom('1', '0.5', '0.000000000001', '999999', '0'),
};

/** Parameters whose engine work grows with a whole number: a valid one above the cap is too slow to fuzz. */
const CHEAP_CAP: Readonly<Record<string, { cap: number; limit: number }>> = {
  sensitivity: { cap: 3, limit: 1000 },
  draws: { cap: 3, limit: 1000 },
};

function decoded(value: Value): string {
  try {
    return value.mode === 'raw' ? decodeURIComponent(value.text.replace(/\+/g, ' ')) : value.text;
  } catch {
    return value.text;
  }
}

function affordable(name: string, value: Value): boolean {
  const cost = CHEAP_CAP[name];
  const text = decoded(value).trim();
  if (cost === undefined || !/^\d+$/.test(text)) return true;
  const n = Number(text);
  return n <= cost.cap || n > cost.limit;
}

/** The input JSON Schema of one parameter (what /openapi.json says about it). */
function described(field: unknown): { enum?: string[]; pattern?: string } {
  if (field === undefined) return {};
  return z.toJSONSchema(field as z.ZodType, { io: 'input', unrepresentable: 'any' }) as {
    enum?: string[];
    pattern?: string;
  };
}

/**
 * Values of one parameter: plausible, valid by its schema, or hostile, in any encoding; a
 * hostile one comes once in `odds + 1` draws, so that requests with many parameters still reach
 * the engine with all of them well formed (and often odd, e.g. year=0000 or peers=region:).
 */
function valueOf(name: string, field: unknown, odds = 1): fc.Arbitrary<Value> {
  const schema = described(field);
  const valid = schema.enum
    ? fc.constantFrom(...schema.enum)
    : schema.pattern
      ? fc.stringMatching(new RegExp(schema.pattern, 'u'))
      : fc.constant('CHN');
  const text = fc.oneof(
    { weight: 3 * odds, arbitrary: PLAUSIBLE[name] ?? valid },
    { weight: 2 * odds, arbitrary: valid },
    { weight: 5, arbitrary: hostile(schema.enum ?? []) },
  );
  return fc
    .record({ text, mode: fc.constantFrom('encoded', 'encoded', 'form', 'raw') })
    .filter((v) => affordable(name, v));
}

/** Parameters no route has, some named after JavaScript internals or differing in case. */
const UNKNOWN_NAME = fc.oneof(
  fc.constantFrom('bogus', '__proto__', 'constructor', 'hasOwnProperty', 'toString', 'Year', 'FORMAT', 'format[]', ''),
  fc.string({ unit: 'grapheme-ascii', maxLength: 8 }),
);

interface Request {
  readonly target: string;
  readonly accept?: string;
}

/** A whole request to `route`: some of its parameters, maybe unknown and repeated ones, in any order. */
function requestTo(route: (typeof ROUTE_DOCS)[number]): fc.Arbitrary<Request> {
  const pathNames = Object.keys(route.params?.shape ?? {});
  const queryFields = Object.entries(route.query?.shape ?? {});
  // Half the requests should have every parameter they give well formed: p ** given = 1/2.
  const given = pathNames.length + queryFields.length / 2;
  const p = given === 0 ? 0.5 : 0.5 ** (1 / given);
  const odds = Math.max(1, Math.round(p / (1 - p)));
  const pathValues = fc.tuple(...pathNames.map((n) => valueOf(n, route.params?.shape[n], odds)));
  const queryPairs = fc.tuple(
    ...queryFields.map(([name, field]) =>
      fc.option(
        valueOf(name, field, odds).map((v): [string, Value | undefined] => [name, v]),
        { freq: 2, nil: undefined },
      ),
    ),
  );
  type Pair = [string, Value | undefined];
  const extras: fc.Arbitrary<Pair[]> = fc.array(
    fc.oneof(
      fc.tuple(UNKNOWN_NAME, valueOf('', undefined)).map(([n, v]): [string, Value | undefined] => [n, v]),
      ...(queryFields.length > 0
        ? [
            // A documented parameter given again (the first pick may or may not have it).
            fc.nat(queryFields.length - 1).chain((i) => {
              const [name, field] = queryFields[i] ?? ['', undefined];
              return fc
                .option(valueOf(name, field), { nil: undefined })
                .map((v): [string, Value | undefined] => [name, v]);
            }),
          ]
        : []),
    ),
    { maxLength: 2 },
  );
  return fc
    .record({
      path: pathValues,
      query: queryPairs,
      extras: fc.option(extras, { freq: 8, nil: [] as Pair[] }),
      accept: fc.option(fc.constantFrom('text/csv', 'text/csv, application/json', '*/*', 'text/html;q=0.1'), {
        freq: 4,
        nil: undefined,
      }),
    })
    .map(({ path, query, extras, accept }) => {
      let i = 0;
      const p = route.path.replace(/:([A-Za-z0-9_]+)/g, () => inUrl(path[i++] ?? { text: '', mode: 'raw' }));
      const pairs = [...query.filter((q): q is Pair => q !== undefined), ...extras];
      // A pair without a value is a bare `?name`, as a flag is often written.
      const q = pairs.map(([n, v]) => (v === undefined ? percentEncode(n) : `${percentEncode(n)}=${inUrl(v)}`));
      return { target: q.length > 0 ? `${p}?${q.join('&')}` : p, ...(accept ? { accept } : {}) };
    });
}

/** The content type a 2xx of `route` must have for the request (as /openapi.json documents it). */
function expectedType(route: (typeof ROUTE_DOCS)[number], request: Request): string {
  const format = new URL(request.target, 'http://localhost').searchParams.get('format');
  if (route.path.endsWith('/report')) {
    return format === 'md' ? 'text/markdown' : format === 'json' ? 'application/json' : (route.contentType ?? '');
  }
  if (route.csv) {
    const accept = request.accept ?? '';
    const csvFirst =
      accept.includes('text/csv') &&
      (!accept.includes('application/json') || accept.indexOf('text/csv') < accept.indexOf('application/json'));
    if (format === 'csv' || (format === null && csvFirst)) return 'text/csv';
  }
  return route.contentType ?? 'application/json';
}

/** How many answers of each status the fuzz saw, over all routes. */
const tally = new Map<number, number>();
const LEAK = /\n\s+at\s|\s{4}at\s|\/packages\/|node_modules|file:\/\/|\.[cm]?[tj]s:\d+/;

/** Checks one answer against the property; returns a description of what broke, or undefined. */
async function verdict(route: (typeof ROUTE_DOCS)[number], request: Request): Promise<string | undefined> {
  const before = errors.length;
  const res = await app.request(request.target, request.accept ? { headers: { accept: request.accept } } : {});
  const type = res.headers.get('content-type') ?? '';
  const body = await res.text();
  tally.set(res.status, (tally.get(res.status) ?? 0) + 1);
  if (res.status >= 500) return `${res.status} ${body.slice(0, 300)} ${errors.slice(before).join(' ')}`;
  if (res.status >= 200 && res.status < 300) {
    const expected = expectedType(route, request);
    if (!type.startsWith(expected)) return `${res.status} with content-type ${type}, expected ${expected}`;
    if (expected === 'application/json') JSON.parse(body);
    return undefined;
  }
  if (res.status < 400) return `unexpected status ${res.status}`;
  if (!type.startsWith('application/problem+json')) return `${res.status} with content-type ${type}`;
  const problem = JSON.parse(body) as Record<string, unknown>;
  if (typeof problem['type'] !== 'string' || !problem['type'].startsWith('/problems/')) return `bad type: ${body}`;
  if (typeof problem['title'] !== 'string' || problem['title'] === '') return `bad title: ${body}`;
  if (problem['status'] !== res.status) return `status ${String(problem['status'])} in a ${res.status}: ${body}`;
  if (typeof problem['detail'] !== 'string' || problem['detail'].trim() === '') return `empty detail: ${body}`;
  if (LEAK.test(body) || body.includes(repoRoot)) return `internals leak: ${body.slice(0, 500)}`;
  return undefined;
}

/**
 * Runs per route. Routes that answer from memory get many; routes whose valid requests take
 * seconds of engine work (scores, complexity, simulation, reports) get few: their hostile values
 * are refused by validation in milliseconds, and their answers are cached per parameter set.
 */
const RUNS: Readonly<Record<string, number>> = {
  '/api/economies/:iso3/report': 4,
  '/api/economies/:iso3/simulation': 12,
  '/api/scores': 20,
  '/api/scores/validity': 12,
  '/api/scores/audit': 12,
  '/api/economies/:iso3/scores/explain': 20,
  '/api/economies/:iso3/coupling': 20,
  '/api/economies/:iso3/diagnostics': 30,
  '/api/complexity': 20,
  '/api/complexity/product-space': 6,
  '/api/economies/:iso3/io/security': 15,
  '/api/simulation/economies': 20,
  '/api/economies/:iso3/profile': 80,
  '/api/aggregates/:measure': 80,
};
const DEFAULT_RUNS = 150;

describe('fuzzed parameters of every route: never a 5xx, always a clean problem or the documented type', () => {
  it('covers every documented route', () => {
    expect(ROUTE_DOCS.length).toBeGreaterThan(25);
    for (const path of Object.keys(RUNS)) expect(ROUTE_DOCS.map((r) => r.path)).toContain(path);
  });

  it.each(ROUTE_DOCS.map((route) => [route.path, route] as const))('%s', async (_path, route) => {
    await fc.assert(
      fc.asyncProperty(requestTo(route), async (request) => {
        const broken = await verdict(route, request);
        if (broken !== undefined)
          throw new Error(`${request.target}${request.accept ? ` (accept ${request.accept})` : ''}: ${broken}`);
      }),
      { seed: SEED, numRuns: RUNS[route.path] ?? DEFAULT_RUNS, interruptAfterTimeLimit: 30_000 },
    );
  });

  it('reached the engine as well as the validators: answers, refusals of each kind', () => {
    // Without this, a generator that only ever produced malformed requests would pass.
    expect(tally.get(200) ?? 0).toBeGreaterThan(300);
    for (const status of [400, 404, 414, 422]) expect(tally.get(status) ?? 0, String(status)).toBeGreaterThan(10);
  });
});
