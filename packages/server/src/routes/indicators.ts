import { Hono } from 'hono';
import type { Observation } from '@chanye/compute';
import type { Indicator } from '@chanye/store';
import { filterIndicators, findObservations, indicatorTable, OBSERVATION_COLUMNS, toCsv } from '@chanye/engine';
import { param, query, respond, type Deps } from '../http.js';
import type { RouteDoc } from '../openapi.js';
import { IndicatorParam, IndicatorQuery, IndicatorsQuery, ObservationsQuery } from '../schemas/indicators.js';

export const indicatorsDocs: readonly RouteDoc[] = [
  {
    path: '/api/indicators',
    operationId: 'listIndicators',
    summary: 'The indicator catalogue',
    description: 'As `chanye indicators --format json` (catalog/indicators.yaml).',
    tag: 'indicators',
    query: IndicatorsQuery,
    csv: true,
    response: 'catalogue entries',
    errors: [],
  },
  {
    path: '/api/indicators/:id',
    operationId: 'getIndicator',
    summary: 'One catalogue indicator',
    tag: 'indicators',
    params: IndicatorParam,
    query: IndicatorQuery,
    csv: false,
    response: 'the catalogue entry',
    errors: [404],
  },
  {
    path: '/api/observations',
    operationId: 'listObservations',
    summary: 'Values of one indicator, each with year, unit, source, vintage and status',
    description:
      'As `chanye query --format json` (store.observations). User-imported series take precedence over the snapshot. No value in the range gives 404 no-data with the latest year of each economy in `details`.',
    tag: 'observations',
    query: ObservationsQuery,
    csv: true,
    response: 'observations sorted by economy and year',
    errors: [404, 422],
  },
];

export function indicatorsRoutes(deps: Deps) {
  const { store } = deps;
  return new Hono()
    .get('/api/indicators', query(IndicatorsQuery), (c) => {
      const q = c.req.valid('query');
      return respond(c, deps, q, {
        compute: async (): Promise<Indicator[]> => filterIndicators(store.catalog.indicators, q.pillar, q.search),
        csv: (indicators) => {
          const table = indicatorTable(indicators);
          return toCsv(table.rows, table.columns);
        },
      });
    })
    .get('/api/indicators/:id', param(IndicatorParam), query(IndicatorQuery), (c) => {
      const { id } = c.req.valid('param');
      return respond(c, deps, { id, ...c.req.valid('query') }, { compute: async () => store.indicator(id) });
    })
    .get('/api/observations', query(ObservationsQuery, deps.store), (c) => {
      const q = c.req.valid('query');
      return respond(c, deps, q, {
        // No value in the range is 404 no-data naming each economy's latest year with data.
        compute: (): Promise<Observation[]> => findObservations(store, q),
        csv: (observations) => toCsv(observations, OBSERVATION_COLUMNS),
      });
    });
}
