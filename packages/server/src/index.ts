/**
 * @chanye/server — the HTTP API (Hono) over the same engine as the CLI, and the dashboard's host.
 *
 * @module
 */
export { createApp, ROUTE_DOCS, type AppOptions, type AppType } from './app.js';
export { startServer, type RunningServer, type StartServerOptions } from './server.js';
export { LIMITS } from './limits.js';
export { PROBLEM_TYPES, ProblemError, KIND_TO_PROBLEM, type Problem, type ProblemType } from './problem.js';
export { ResponseCache, type ResponseCacheOptions } from './cache.js';
export { openApiDocument, type RouteDoc } from './openapi.js';
export { defaultDashboardDir } from './routes/dashboard.js';
export type { RenderedReport, ReportRenderer, ReportRequest } from './routes/reports.js';
