/**
 * `GET /api/aggregates/{measure}`: world and income-group aggregates from levels, as
 * `chanye aggregates` prints them (the engine's `aggregates` and its output rows).
 *
 * @module
 */
import { Hono } from 'hono';
import {
  AGGREGATE_GROUP_COLUMNS,
  AGGREGATE_SHARE_COLUMNS,
  aggregateGroupRows,
  aggregates,
  aggregateShareRows,
  aggregateYears,
  toCsv,
} from '@chanye/engine';
import { ChanyeError } from '@chanye/compute';
import { param, query, respond, type Deps } from '../http.js';
import type { RouteDoc } from '../openapi.js';
import { AggregatesParam, AggregatesQuery } from '../schemas/aggregates.js';

export const aggregatesDocs: readonly RouteDoc[] = [
  {
    path: '/api/aggregates/:measure',
    operationId: 'getAggregates',
    summary:
      'World and income-group totals summed from levels, their ratios and coverage, and each economy’s world share',
    description:
      'As `chanye aggregates MEASURE --format json`: groups are the world and the World Bank income groups by the classification of the year; ratios are Σ numerator / Σ denominator over economies with both (docs/methods/aggregates.md). CSV gives the group rows, or with `shares=true` the economy rows.',
    tag: 'aggregates',
    params: AggregatesParam,
    query: AggregatesQuery,
    csv: true,
    response: '{ measure, year, unit, groups, shares, method, source, vintage, excluded }',
    errors: [404],
  },
];

export function aggregatesRoutes(deps: Deps) {
  const { store } = deps;
  return new Hono().get('/api/aggregates/:measure', param(AggregatesParam), query(AggregatesQuery, deps.store), (c) => {
    const { measure } = c.req.valid('param');
    const q = c.req.valid('query');
    const lang = q.lang ?? 'en';
    const wanted = q.economies ? new Set(q.economies) : undefined;
    return respond(
      c,
      deps,
      { measure, ...q },
      {
        compute: async () => {
          const year = q.year ?? (await aggregateYears(store, measure)).at(-1);
          if (year === undefined) throw new ChanyeError('no-data', `no data for the measure ${measure}`);
          if (q.economies) await Promise.all(q.economies.map((e) => store.economy(e)));
          const a = await aggregates(store, measure, year);
          return wanted ? { ...a, shares: a.shares.filter((s) => wanted.has(s.iso3)) } : a;
        },
        csv: (a) =>
          q.shares
            ? toCsv(aggregateShareRows(a, lang), AGGREGATE_SHARE_COLUMNS)
            : toCsv(aggregateGroupRows(a, lang), AGGREGATE_GROUP_COLUMNS),
      },
    );
  });
}
