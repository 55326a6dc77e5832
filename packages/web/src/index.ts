/**
 * @chanye/web — the dashboard. This entry exports its pure parts (view models, CSV, citations,
 * interface words) for tests and reuse; the browser loads `main.js`.
 *
 * @module
 */
export * from './i18n.js';
export * from './model.js';
export { apiPath } from './api.js';
