import { Hono } from 'hono';
import { ChanyeError, type Observation } from '@chanye/compute';
import type { Indicator, Store } from '@chanye/store';
import { param, query, respond, type Deps } from '../http.js';
import type { RouteDoc } from '../openapi.js';
import { TIDY_COLUMNS, toCsv } from '../output/csv.js';
import { IndicatorParam, IndicatorQuery, IndicatorsQuery, ObservationsQuery } from '../schemas/indicators.js';

function sourceOf(indicator: Indicator): string {
  if (indicator.derived) {
    return `derived: ${indicator.derived.method}(${indicator.derived.inputs.map((r) => `${r.source}:${r.series}`).join(', ')})`;
  }
  return (indicator.sources ?? []).map((r) => `${r.source}:${r.series}`).join(' > ');
}

/** The catalogue filtered as `chanye indicators --pillar --search` filters it. */
function filterCatalog(indicators: readonly Indicator[], pillar: string | undefined, search: string | undefined) {
  const needle = search?.toLowerCase();
  return indicators
    .filter((i) => !pillar || (i.pillars as string[]).includes(pillar))
    .filter(
      (i) =>
        !needle ||
        i.id.includes(needle) ||
        i.name_en.toLowerCase().includes(needle) ||
        i.name_zh.includes(search ?? ''),
    );
}

/** When a request finds nothing, say which years do have data (as `chanye query` does). */
async function explainNoData(
  store: Store,
  q: { indicator: string; economies?: string[] | undefined; years?: [number, number] | undefined },
): Promise<ChanyeError> {
  const all = await store.observations({ indicator: q.indicator, ...(q.economies ? { economies: q.economies } : {}) });
  const range = q.years ? `${q.years[0]}:${q.years[1]}` : 'any year';
  if (all.length === 0) {
    return new ChanyeError('no-data', `no data for ${q.indicator}${q.economies ? ` in ${q.economies.join(',')}` : ''}`);
  }
  const latest = new Map<string, number>();
  for (const o of all) latest.set(o.iso3, Math.max(latest.get(o.iso3) ?? -Infinity, o.year));
  const details = [...latest].map(([iso3, year]) => `${iso3}: latest year with data is ${year}`);
  return new ChanyeError('no-data', `no data for ${q.indicator} in ${range}`, details.slice(0, 20));
}

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
        compute: async (): Promise<Indicator[]> => filterCatalog(store.catalog.indicators, q.pillar, q.search),
        csv: (indicators) => {
          const rows = indicators.map((i) => ({
            id: i.id,
            name_en: i.name_en,
            name_zh: i.name_zh,
            unit: i.unit,
            polarity: i.polarity,
            pillars: i.pillars.join(' '),
            system: i.system ?? '',
            source: sourceOf(i),
          }));
          return toCsv(rows, Object.keys(rows[0] ?? { id: '' }));
        },
      });
    })
    .get('/api/indicators/:id', param(IndicatorParam), query(IndicatorQuery), (c) => {
      const { id } = c.req.valid('param');
      return respond(c, deps, { id, ...c.req.valid('query') }, { compute: async () => store.indicator(id) });
    })
    .get('/api/observations', query(ObservationsQuery), (c) => {
      const q = c.req.valid('query');
      return respond(c, deps, q, {
        compute: async (): Promise<Observation[]> => {
          const observations = await store.observations({
            indicator: q.indicator,
            ...(q.economies ? { economies: q.economies } : {}),
            ...(q.years ? { years: q.years } : {}),
          });
          if (observations.length === 0) throw await explainNoData(store, q);
          return observations;
        },
        csv: (observations) => toCsv(observations, TIDY_COLUMNS),
      });
    });
}
