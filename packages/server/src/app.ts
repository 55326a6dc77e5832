import { Hono } from 'hono';
import type { Store } from '@chanye/store';
import { ResponseCache, type ResponseCacheOptions } from './cache.js';
import { dataYearsGuard } from './data-years-guard.js';
import type { Deps } from './http.js';
import { LIMITS } from './limits.js';
import { requestLog, safe } from './log.js';
import { offloadHeavyRoutes, type KeptAnswer } from './offload/offload-middleware.js';
import type { WorkPool } from './offload/work-pool.js';
import { openApiDocument, type RouteDoc } from './openapi.js';
import { build, problemResponse, toProblem } from './problem.js';
import { aggregatesDocs, aggregatesRoutes } from './routes/aggregates.js';
import { complexityDocs, complexityRoutes } from './routes/complexity.js';
import { dashboardRoutes } from './routes/dashboard.js';
import { dataDocs, dataRoutes } from './routes/data.js';
import { diagnosticsDocs, diagnosticsRoutes } from './routes/diagnostics.js';
import { economiesDocs, economiesRoutes } from './routes/economies.js';
import { indicatorsDocs, indicatorsRoutes } from './routes/indicators.js';
import { ioDocs, ioRoutes } from './routes/io.js';
import { metaDocs, metaRoutes, VERSION } from './routes/meta.js';
import { defaultReportRenderer } from './report-renderer.js';
import { reportsDocs, reportsRoutes, type ReportRenderer } from './routes/reports.js';
import { scoresDocs, scoresRoutes } from './routes/scores.js';
import { simulationDocs, simulationRoutes } from './routes/simulation.js';
import { hostGuard, securityHeaders } from './security.js';

export interface AppOptions {
  /**
   * Rendered answers kept for repeated requests (default on). `false` computes every request
   * afresh, e.g. to measure the engine.
   */
  readonly cache?: false | ResponseCacheOptions;
  /** Where request log lines go (default standard error); `false` for none. */
  readonly log?: false | ((line: string) => void);
  /** The dashboard's build folder; without an index.html there, `/` is a placeholder page. */
  readonly dashboardDir?: string;
  /** Renders reports (default: @chanye/report as `chanye report` uses it); `false` answers 501. */
  readonly reports?: false | ReportRenderer;
  /**
   * Hosts a request's `Host` header may name besides localhost, 127.0.0.1 and [::1] (a name or
   * address, any port unless the entry names one, e.g. `example.org:8080`); `'*'` allows any.
   * Others get 421 `misdirected-request`, which defends against DNS rebinding. `startServer`
   * adds the address it listens on.
   */
  readonly allowedHosts?: readonly string[];
  /**
   * Where the cause of each 500 goes (one line: method, path, message and stack; default
   * standard error, whatever `log` says). The client gets only the generic problem.
   */
  readonly errorLog?: (line: string) => void;
  /**
   * Worker threads for the heavy routes (offload/heavy-routes.ts); without a pool every route
   * runs on the calling thread, as in tests and the CLI's own calls. `startServer` makes one.
   */
  readonly workPool?: WorkPool;
}

/** One line for the log of a 500: method, path, the error's message and its stack. */
function errorLine(method: string, path: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const stack = error instanceof Error && error.stack ? error.stack : message;
  const oneLine = (text: string) =>
    text
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l !== '')
      .join(' | ');
  return `chanye: 500 ${method} ${safe(path, 200)}: ${oneLine(message)}; stack: ${oneLine(stack)}`;
}

/** Every route the app serves, as /openapi.json documents it. */
export const ROUTE_DOCS: readonly RouteDoc[] = [
  ...metaDocs,
  ...dataDocs,
  ...economiesDocs,
  ...aggregatesDocs,
  ...indicatorsDocs,
  ...scoresDocs,
  ...diagnosticsDocs,
  ...complexityDocs,
  ...ioDocs,
  ...simulationDocs,
  ...reportsDocs,
];

/**
 * The HTTP API over one {@link Store}, shared by every request (its DuckDB connections are
 * pooled; see DuckDBConnector). Read-only: GET and HEAD only.
 *
 * @example
 * const app = createApp(await Store.open(), { log: false });
 * const res = await app.request('/api/economies/CHN/profile?year=2015');
 * // res.status === 200; await res.json() equals economyProfile(store, 'CHN', 2015)
 */
export function createApp(store: Store, options: AppOptions = {}) {
  const deps: Deps = {
    store,
    cache: new ResponseCache(options.cache === false ? {} : options.cache, options.cache !== false),
  };
  const write = options.log === undefined ? (line: string) => process.stderr.write(`${line}\n`) : options.log;
  const openapi = JSON.stringify(openApiDocument(ROUTE_DOCS, VERSION));

  const writeError = options.errorLog ?? ((line: string) => process.stderr.write(`${line}\n`));

  const app = new Hono();
  app.use('*', securityHeaders());
  if (write) app.use('*', requestLog(write));
  app.use('*', hostGuard(options.allowedHosts ?? []));
  app.use('*', async (c, next) => {
    const url = c.req.url;
    const q = url.indexOf('?');
    const pathLength = (q < 0 ? url : url.slice(0, q)).length - new URL(url).origin.length;
    if (pathLength > LIMITS.pathLength || (q >= 0 && url.length - q - 1 > LIMITS.queryLength)) {
      return problemResponse(
        build(
          'uri-too-long',
          `the path may have at most ${LIMITS.pathLength} characters and the query string ${LIMITS.queryLength}`,
          '',
          {},
        ),
      );
    }
    const length = Number(c.req.header('content-length') ?? 0);
    if (length > LIMITS.bodyBytes || (Number.isNaN(length) && c.req.header('content-length') !== undefined)) {
      return problemResponse(
        build('payload-too-large', `the API takes no request body (at most ${LIMITS.bodyBytes} bytes)`, c.req.path, {}),
        { connection: 'close' },
      );
    }
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      // A body of undeclared length (streamed, or built in process): read at most the limit.
      const reader = c.req.raw.body?.getReader();
      let size = 0;
      while (reader) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.byteLength;
        if (size > LIMITS.bodyBytes) {
          await reader.cancel();
          return problemResponse(
            build(
              'payload-too-large',
              `the API takes no request body (at most ${LIMITS.bodyBytes} bytes)`,
              c.req.path,
              {},
            ),
            { connection: 'close' },
          );
        }
      }
      return problemResponse(
        build(
          'method-not-allowed',
          `${c.req.method.slice(0, 20)} is not allowed: the API is read-only`,
          c.req.path,
          {},
        ),
        { allow: 'GET, HEAD' },
      );
    }
    return next();
  });
  app.use('*', dataYearsGuard(store));
  if (options.workPool) {
    const kept = new ResponseCache<KeptAnswer>(options.cache === false ? {} : options.cache, options.cache !== false);
    app.use('*', offloadHeavyRoutes(options.workPool, kept));
  }

  const routes = app
    .route('/', metaRoutes(store))
    .route('/', dataRoutes(deps))
    .route('/', economiesRoutes(deps))
    .route('/', aggregatesRoutes(deps))
    .route('/', indicatorsRoutes(deps))
    .route('/', scoresRoutes(deps))
    .route('/', diagnosticsRoutes(deps))
    .route('/', complexityRoutes(deps))
    .route('/', ioRoutes(deps))
    .route('/', simulationRoutes(deps))
    .route('/', reportsRoutes(deps, options.reports === false ? undefined : (options.reports ?? defaultReportRenderer)))
    .get('/openapi.json', (c) => c.body(openapi, 200, { 'content-type': 'application/json; charset=utf-8' }))
    .route('/', dashboardRoutes(options.dashboardDir));

  app.notFound((c) => problemResponse(build('not-found', 'no such route (see /openapi.json)', c.req.path, {})));
  app.onError((error, c) => {
    const problem = toProblem(error, c.req.path);
    if (problem.status === 500) writeError(errorLine(c.req.method, c.req.path, error));
    return problemResponse(problem);
  });
  return routes;
}

/** The app's type, for the typed client (`hc<AppType>`) of the dashboard and the tests. */
export type AppType = ReturnType<typeof createApp>;
