/**
 * @chanye/web — the dashboard. This entry exports its pure parts (view models, CSV, citations,
 * interface words) for tests and reuse; the browser loads `main.js`.
 *
 * @module
 */
export * from './i18n.js';
export * from './views/view.js';
export { CITATION, citeText } from './views/cite.js';
export { displayCell, tableCsv } from './views/table.js';
export * from './views/economy.js';
export * from './views/profile.js';
export * from './views/overview.js';
export * from './views/scores.js';
export * from './views/trajectories.js';
export * from './views/arrays.js';
export * from './views/income.js';
export * from './views/product-space.js';
export * from './views/io.js';
export * from './views/scenario.js';
export { NotCovered, type LoadContext } from './views/load.js';
export { apiPath } from './api.js';
export type * from './api-types.js';
export type { Reads, Selection } from './reads.js';
