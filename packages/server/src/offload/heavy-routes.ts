/**
 * Which requests run off the event loop. Heavy routes compute over many economies, years or
 * Monte Carlo draws (scorecards, reports, complexity, simulation, input-output, diagnostics,
 * aggregates); the rest read the preloaded series or the catalogue and answer in milliseconds,
 * so they stay on the main thread where nothing heavy can delay them (issue 19: health and
 * observations must stay fast while the worst requests run).
 *
 * A list of the cheap ones rather than of the heavy ones, so a new route is offloaded until
 * someone decides it is cheap.
 *
 * @module
 */

const CHEAP = [
  /^\/api\/health$/,
  /^\/api\/terms\/zh$/,
  /^\/api\/data\/status$/,
  /^\/api\/economies$/,
  /^\/api\/economies\/[^/]+$/,
  /^\/api\/economies\/[^/]+\/profile$/,
  /^\/api\/indicators(\/[^/]+)?$/,
  /^\/api\/observations$/,
  /^\/api\/benchmark-groups$/,
  /^\/api\/io\/(sectors|economies)$/,
  /^\/api\/scenarios$/,
];

/** Whether a request path is answered by a worker thread (only routes under /api/ ever are). */
export function isHeavyRoute(path: string): boolean {
  return path.startsWith('/api/') && !CHEAP.some((pattern) => pattern.test(path));
}
