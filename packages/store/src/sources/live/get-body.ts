/**
 * One GET for the connectors that have no client of their own: a fresh cached body, else
 * the API with retries and backoff (5xx, 429, timeouts), else (API unreachable) an older
 * cached body; with neither, `unavailable`, which the CLI turns into exit 4.
 *
 * @module
 */
import { ChanyeError } from '@chanye/compute';
import { WDI_CACHE_MAX_AGE_MS } from '../wdi/cache.js';
import { DEFAULT_RETRY_POLICY, getWithRetry } from '../wdi/http.js';
import type { LiveFetchDeps } from './series-fetch.js';

export interface Body {
  readonly body: string;
  readonly origin: 'network' | 'cache' | 'stale-cache';
  readonly fetchedAt: number;
}

/**
 * GETs `url` for the API at `host` (named in messages). A 4xx is `invalid-input` naming
 * `what`, since the request named something the API does not know.
 */
export async function getBody(url: string, host: string, what: string, deps: LiveFetchDeps): Promise<Body> {
  const now = deps.now();
  const cached = deps.cache === undefined ? undefined : await deps.cache.read(url);
  if (cached !== undefined && cached.fetchedAt <= now && now - cached.fetchedAt < WDI_CACHE_MAX_AGE_MS) {
    return { body: cached.body, origin: 'cache', fetchedAt: cached.fetchedAt };
  }
  const outcome = await getWithRetry(
    url,
    {
      fetch: deps.fetch,
      sleep: deps.sleep ?? ((ms) => new Promise((done) => setTimeout(done, ms))),
      random: deps.random ?? Math.random,
    },
    { ...DEFAULT_RETRY_POLICY, ...deps.retry },
  );
  if (outcome.ok) {
    if (outcome.status >= 200 && outcome.status < 300) {
      await deps.cache?.write({ url, body: outcome.body, fetchedAt: now }).catch(() => undefined);
      return { body: outcome.body, origin: 'network', fetchedAt: now };
    }
    throw new ChanyeError('invalid-input', `${host} rejected the request for ${what} (HTTP ${outcome.status}): ${url}`);
  }
  if (cached !== undefined) return { body: cached.body, origin: 'stale-cache', fetchedAt: cached.fetchedAt };
  throw new ChanyeError(
    'unavailable',
    outcome.failure === 'network'
      ? `cannot reach ${host} (${outcome.reason}; ${outcome.attempts} attempts): chanye data update needs internet access; the embedded snapshot works offline`
      : `${host} is not answering (${outcome.reason}; ${outcome.attempts} attempts): try again later; the embedded snapshot works offline`,
  );
}
