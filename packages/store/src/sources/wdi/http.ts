/**
 * GET with a per-request timeout and retries. The fetch function, the sleep and the random
 * source are injected, so tests run without network, without waiting and deterministically.
 */

/** The subset of the WHATWG `Response` this module reads. */
export interface ResponseLike {
  readonly status: number;
  readonly headers?: { get(name: string): string | null };
  text(): Promise<string>;
}

/** The subset of `globalThis.fetch` this module calls. */
export type FetchLike = (
  url: string,
  init: { signal: AbortSignal; headers: Record<string, string> },
) => Promise<ResponseLike>;

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  readonly maxAttempts: number;
  /** Delay before the second attempt; it doubles for each later one. */
  readonly baseDelayMs: number;
  /** No delay (Retry-After included) is longer than this. */
  readonly maxDelayMs: number;
  /** Each attempt (connection and body) is aborted after this long. */
  readonly timeoutMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  timeoutMs: 30_000,
};

export interface HttpDeps {
  readonly fetch: FetchLike;
  readonly sleep: (ms: number) => Promise<void>;
  /** Uniform in [0, 1); jitter source. */
  readonly random: () => number;
}

/** The outcome of {@link getWithRetry}; only transport trouble is `ok: false`. */
export type GetOutcome =
  | { readonly ok: true; readonly status: number; readonly body: string; readonly attempts: number }
  | {
      readonly ok: false;
      /** `network`: no HTTP answer at all (DNS, connection, timeout); `http`: 5xx or 429 throughout. */
      readonly failure: 'network' | 'http';
      /** A short reason for messages, e.g. `ENOTFOUND api.worldbank.org` or `HTTP 503`. */
      readonly reason: string;
      readonly attempts: number;
    };

/** HTTP statuses worth another try: rate limiting and server trouble. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status >= 500;
}

/**
 * Delay before attempt `attempt + 1` (attempt counts from 1): exponential backoff with "equal
 * jitter", half fixed and half random, so retries spread out yet never collapse to zero.
 * A server's `Retry-After` (seconds) is honoured when longer, up to `maxDelayMs`.
 *
 * @example
 * backoffDelay(1, DEFAULT_RETRY_POLICY, 0.5); // returns 375
 * backoffDelay(3, DEFAULT_RETRY_POLICY, 0); // returns 1000
 */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: number, retryAfterSeconds?: number): number {
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  const jittered = Math.round(exponential / 2 + (exponential / 2) * random);
  const requested = retryAfterSeconds === undefined ? 0 : retryAfterSeconds * 1000;
  return Math.min(policy.maxDelayMs, Math.max(jittered, requested));
}

function retryAfter(response: ResponseLike): number | undefined {
  const value = response.headers?.get('retry-after');
  if (value === null || value === undefined || !/^\d+$/.test(value.trim())) return undefined;
  return Number(value.trim());
}

/**
 * A short description of why `fetch` rejected: undici rejects with `TypeError('fetch failed')`
 * and puts the system error (`ENOTFOUND`, `ECONNREFUSED`…) in `cause`.
 *
 * @example
 * describeNetworkError(Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('getaddrinfo ENOTFOUND api.worldbank.org'), { code: 'ENOTFOUND', hostname: 'api.worldbank.org' }) }));
 * // returns 'ENOTFOUND api.worldbank.org'
 */
export function describeNetworkError(error: unknown, timeoutMs?: number): string {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current instanceof Error && !seen.has(current)) {
    seen.add(current);
    if (current.name === 'AbortError' || current.name === 'TimeoutError') {
      return timeoutMs === undefined ? 'request aborted' : `no answer within ${timeoutMs / 1000} s`;
    }
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && code !== '') {
      const host = (current as { hostname?: unknown }).hostname;
      return typeof host === 'string' ? `${code} ${host}` : code;
    }
    current = (current as { cause?: unknown }).cause;
  }
  return error instanceof Error ? error.message : String(error);
}

async function attempt(
  url: string,
  deps: HttpDeps,
  timeoutMs: number,
): Promise<{ status: number; body: string; retryAfter: number | undefined }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await deps.fetch(url, { signal: controller.signal, headers: { accept: 'application/json' } });
    const body = await response.text();
    return { status: response.status, body, retryAfter: retryAfter(response) };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * GETs `url`, retrying network errors, timeouts, 429 and 5xx with {@link backoffDelay} up to
 * `policy.maxAttempts` in all. Other statuses (2xx, 4xx) are returned at once for the caller to
 * judge. Never throws for transport trouble: it returns `ok: false` with a reason.
 */
export async function getWithRetry(
  url: string,
  deps: HttpDeps,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
): Promise<GetOutcome> {
  let last: { failure: 'network' | 'http'; reason: string } = { failure: 'network', reason: 'no attempt made' };
  for (let n = 1; n <= policy.maxAttempts; n += 1) {
    let wait: number | undefined;
    try {
      const result = await attempt(url, deps, policy.timeoutMs);
      if (!isRetryableStatus(result.status)) return { ok: true, status: result.status, body: result.body, attempts: n };
      last = { failure: 'http', reason: `HTTP ${result.status}` };
      wait = result.retryAfter;
    } catch (error) {
      last = { failure: 'network', reason: describeNetworkError(error, policy.timeoutMs) };
    }
    if (n < policy.maxAttempts) await deps.sleep(backoffDelay(n, policy, deps.random(), wait));
  }
  return { ok: false, ...last, attempts: policy.maxAttempts };
}
