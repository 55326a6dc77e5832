import type { Context, TypedResponse } from 'hono';
import type { JSONParsed } from 'hono/utils/types';
import { validator } from 'hono/validator';
import type { z } from 'zod';
import type { Store } from '@chanye/store';
import { etagOf, type RenderedBody, type ResponseCache } from './cache.js';
import { LIMITS } from './limits.js';
import { ProblemError, type InvalidParam } from './problem.js';

/** What every route needs: the one store, shared by all requests, and the response cache. */
export interface Deps {
  readonly store: Store;
  readonly cache: ResponseCache;
}

function invalidParams(error: z.ZodError, where: 'query' | 'path'): InvalidParam[] {
  return error.issues.slice(0, 20).map((issue) => {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : undefined;
    const name = keys ?? (issue.path.length > 0 ? issue.path.map(String).join('.') : `(${where})`);
    return {
      name: name.length > 80 ? `${name.slice(0, 80)}…` : name,
      reason: issue.code === 'unrecognized_keys' ? `unknown ${where} parameter` : issue.message,
    };
  });
}

/** Parses request parameters; a syntax error is 400, a value over a limit 422. */
export function parseParams<S extends z.ZodType>(schema: S, value: unknown, where: 'query' | 'path'): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const params = invalidParams(result.error, where);
  const overLimit = result.error.issues.some(
    (i) => i.code === 'custom' && (i.params as { limit?: boolean } | undefined)?.limit === true,
  );
  const detail = params.map((p) => `${p.name}: ${p.reason}`).join('; ');
  throw new ProblemError(overLimit ? 'limit-exceeded' : 'bad-request', detail, { invalid_params: params });
}

/**
 * The parameters that name economies (schemas/common.ts, `Economy`). With the store, the
 * validators resolve each to its ISO3 code, so a route, its cache key and its answer never see
 * the name a user typed; an unknown or ambiguous name is 404 not-found with suggestions.
 */
const ECONOMY_PARAMS = ['iso3', 'economies', 'graduates', 'stalled', 'location'] as const;

/** One economy as the data write it: a three-letter code upper-cased, a name resolved by the store. */
async function economyCode(store: Store, value: string): Promise<string> {
  // Codes are checked by the routes themselves (the IO tables also hold regions such as ROW).
  if (/^[A-Za-z]{3}$/.test(value)) return value.toUpperCase();
  return (await store.economy(value)).iso3;
}

async function resolveEconomyParams<T>(store: Store | undefined, parsed: T): Promise<T> {
  if (store === undefined || parsed === null || typeof parsed !== 'object') return parsed;
  const out: Record<string, unknown> = { ...(parsed as Record<string, unknown>) };
  for (const key of ECONOMY_PARAMS) {
    const value = out[key];
    if (typeof value === 'string') out[key] = await economyCode(store, value);
    else if (Array.isArray(value)) out[key] = await Promise.all(value.map((v: string) => economyCode(store, v)));
  }
  return out as T;
}

/**
 * Validates the query string with a zod schema (Hono validator: the route sees the parsed
 * value); give the store when the schema names economies, so names are resolved to codes.
 */
export const query = <S extends z.ZodType>(schema: S, store?: Store) =>
  validator('query', (value): Promise<z.output<S>> => resolveEconomyParams(store, parseParams(schema, value, 'query')));

/** Validates path parameters with a zod schema; give the store when they name an economy. */
export const param = <S extends z.ZodType>(schema: S, store?: Store) =>
  validator('param', (value): Promise<z.output<S>> => resolveEconomyParams(store, parseParams(schema, value, 'path')));

/**
 * Validated path and query parameters go in `params`: they key the cache.
 */
/**
 * One resource as the routes describe it: how to compute it, the data its JSON form writes
 * (default: what `compute` returns), and its CSV form if it has one.
 */
export interface Resource<T, J = T> {
  /** Checks the request's cost before any work (and before the cache); throws a 422 problem. */
  readonly budget?: () => Promise<void>;
  readonly compute: () => Promise<T>;
  readonly json?: (payload: T) => J;
  readonly csv?: (payload: T) => string;
}

/**
 * A route's answer as its type says it: 200 with the resource's JSON form, typed as it reads
 * after `JSON.parse` (hono's `JSONParsed`, as `c.json` types its answers), so the app's type
 * (`AppType`) gives typed clients such as the dashboard the payload they actually receive.
 */
export type JsonAnswer<J> = Response & TypedResponse<JSONParsed<J>, 200, 'json'>;

/** csv when asked by `format=csv` or by an Accept header that names text/csv first; json otherwise. */
function negotiate(c: Context, format: 'json' | 'csv' | undefined, hasCsv: boolean): 'json' | 'csv' {
  if (format !== undefined) return format;
  const accept = c.req.header('accept') ?? '';
  if (!hasCsv) return 'json';
  const csv = accept.indexOf('text/csv');
  const json = accept.indexOf('application/json');
  return csv >= 0 && (json < 0 || csv < json) ? 'csv' : 'json';
}

/** A stable text of validated parameters, so equal requests share a cache entry. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/**
 * Answers a GET with the resource as JSON (`JSON.stringify` of what the library returns, as
 * the CLI prints it) or CSV, from the cache when the same request was answered before, with an
 * ETag (a matching If-None-Match gets 304).
 */
export async function respond<T, J = T>(
  c: Context,
  deps: Deps,
  params: { readonly format?: 'json' | 'csv' | undefined; readonly [key: string]: unknown },
  resource: Resource<T, J>,
): Promise<JsonAnswer<J>> {
  const format = negotiate(c, params.format, resource.csv !== undefined);
  const key = `${c.req.routePath}\u0000${format}\u0000${canonical({ ...params, format })}`;
  await resource.budget?.();
  const rendered: RenderedBody = await deps.cache.get(key, async () => {
    const payload = await resource.compute();
    // Chinese CSV starts with a UTF-8 byte-order mark, as the CLI's does (Excel on Windows
    // reads a CSV without one in the legacy code page and garbles the Chinese).
    const body =
      format === 'csv' && resource.csv
        ? `${params['lang'] === 'zh' ? '\ufeff' : ''}${resource.csv(payload)}`
        : JSON.stringify(resource.json ? resource.json(payload) : payload);
    if (body.length > LIMITS.responseChars) {
      throw new ProblemError(
        'limit-exceeded',
        `the answer would have ${(body.length / 2 ** 20).toFixed(0)} Mi characters, more than the ${LIMITS.responseChars / 2 ** 20} Mi the API sends in one response; ask for fewer economies or years, or use the CLI, which writes files of any size`,
      );
    }
    return {
      body,
      contentType: format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
      etag: etagOf(body),
    };
  });
  const headers = { etag: rendered.etag, vary: 'accept', 'cache-control': 'no-cache' };
  if (c.req.header('if-none-match') === rendered.etag) {
    return new Response(null, { status: 304, headers }) as JsonAnswer<J>;
  }
  return new Response(rendered.body, {
    status: 200,
    headers: { ...headers, 'content-type': rendered.contentType },
  }) as JsonAnswer<J>;
}
