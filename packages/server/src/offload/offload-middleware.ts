import type { MiddlewareHandler } from 'hono';
import { ResponseCache } from '../cache.js';
import { build, problemResponse } from '../problem.js';
import { isHeavyRoute } from './heavy-routes.js';
import type { WorkAnswer } from './protocol.js';
import { PoolBusy, WorkTimedOut, type WorkPool } from './work-pool.js';

/** A successful answer of a worker as it is kept and sent again. */
interface KeptAnswer {
  readonly body: Uint8Array;
  readonly headers: readonly (readonly [string, string])[];
  readonly etag: string | undefined;
}

/** A worker's answer that is not a 200: passed to the client as it is, never kept. */
class PassedOn extends Error {
  constructor(readonly answer: WorkAnswer) {
    super(`status ${answer.status}`);
  }
}

/**
 * Hands heavy requests (heavy-routes.ts) to the work pool and sends its answer. Successful
 * answers are kept here, on the main thread, keyed by the path, query and Accept header, so a
 * repeated request never waits behind a running computation; concurrent identical requests
 * share one (the cache's single flight). A full queue is 503 `busy` with Retry-After, a
 * request past the time limit 503 `timeout`. When the pool cannot be used (its workers do not
 * start) the request goes on to the app's own routes on this thread.
 */
export function offloadHeavyRoutes(pool: WorkPool, cache: ResponseCache<KeptAnswer>): MiddlewareHandler {
  return async (c, next) => {
    if (!isHeavyRoute(c.req.path) || !pool.usable) return next();
    const url = new URL(c.req.url);
    const target = `${url.pathname}${url.search}`;
    const accept = c.req.header('accept');
    try {
      const kept = await cache.get(`${target}\u0000${accept ?? ''}`, async () => {
        const answer = await pool.run({ url: target, accept });
        if (answer.status !== 200) throw new PassedOn(answer);
        const etag = answer.headers.find(([name]) => name === 'etag')?.[1];
        return { body: answer.body, headers: answer.headers, etag };
      });
      if (kept.etag !== undefined && c.req.header('if-none-match') === kept.etag) {
        return new Response(null, {
          status: 304,
          headers: { etag: kept.etag, vary: 'accept', 'cache-control': 'no-cache' },
        });
      }
      return new Response(c.req.method === 'HEAD' ? null : kept.body, {
        status: 200,
        headers: kept.headers.map(([k, v]) => [k, v]),
      });
    } catch (error) {
      if (error instanceof PassedOn) {
        const { status, headers, body } = error.answer;
        return new Response(c.req.method === 'HEAD' ? null : body, {
          status,
          headers: headers.map(([k, v]) => [k, v]),
        });
      }
      if (error instanceof PoolBusy) {
        return problemResponse(
          build(
            'busy',
            `every worker is busy and the queue is full; retry in ${error.retryAfterSeconds} s`,
            c.req.path,
            {},
          ),
          { 'retry-after': String(error.retryAfterSeconds) },
        );
      }
      if (error instanceof WorkTimedOut) {
        return problemResponse(
          build(
            'timeout',
            `the computation ran longer than the ${error.timeoutMs / 1000} s the server allows one request and was stopped; ask for fewer economies, years or draws, or use the CLI, which has no time limit`,
            c.req.path,
            {},
          ),
        );
      }
      throw error;
    }
  };
}

export type { KeptAnswer };
