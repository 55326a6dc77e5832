import type { MiddlewareHandler } from 'hono';
import { yearOutsideData } from '@chanye/engine';
import type { Store } from '@chanye/store';

/**
 * Query parameters that name years of data, with the syntax their schemas accept. `to` of a
 * simulation is absent on purpose: it names future years.
 */
const YEAR_PARAMS: readonly string[] = ['year', 'years', 'eciYear', 'period'];
const YEARS = /^(\d{4})(?::(\d{4}))?$/;

/**
 * Answers 404 no-data at once for a year, or a range, wholly outside the years the store's data
 * cover (engine: yearOutsideData), before a route or a worker computes anything: a report
 * for 2999 used to run for seconds to say nothing. Only well-formed values are judged; others
 * go on to the route's validator and its 400. A range that overlaps the data is the route's.
 */
export function dataYearsGuard(store: Store): MiddlewareHandler {
  return async (c, next) => {
    if (!c.req.path.startsWith('/api/')) return next();
    for (const name of YEAR_PARAMS) {
      const values = c.req.queries(name);
      if (values?.length !== 1) continue;
      const match = YEARS.exec(values[0] ?? '');
      if (!match) continue;
      const from = Number(match[1]);
      const to = match[2] === undefined ? from : Number(match[2]);
      if (from > to) continue;
      const outside = yearOutsideData(await store.yearsCovered(), name, from === to ? from : [from, to]);
      if (outside) throw outside;
    }
    return next();
  };
}
