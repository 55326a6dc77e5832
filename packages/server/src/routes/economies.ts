import { Hono } from 'hono';
import {
  economyProfile,
  requireProfileData,
  ECONOMY_COLUMNS,
  exportArrays,
  exportArraysTable,
  exportStructure,
  exportStructureTable,
  OBSERVATION_COLUMNS,
  profileObservations,
  toCsv,
  type ExportArrays,
} from '@chanye/engine';
import { param, query, respond, type Deps } from '../http.js';
import type { RouteDoc } from '../openapi.js';
import { EconomyParam } from '../schemas/common.js';
import {
  ArraysQuery,
  BenchmarkGroupsQuery,
  EconomiesQuery,
  EconomyQuery,
  EconomySchema,
  ExportsQuery,
  ProfileQuery,
} from '../schemas/economies.js';

export const economiesDocs: readonly RouteDoc[] = [
  {
    path: '/api/benchmark-groups',
    operationId: 'listBenchmarkGroups',
    summary: 'Named peer groups (graduates, stalled) with their members and the source that names them',
    description: 'catalog/benchmark-groups.yaml, as `--peers graduates|stalled` uses it.',
    tag: 'economies',
    query: BenchmarkGroupsQuery,
    csv: true,
    response: '{ id, name_en, name_zh, members, reference }[]',
    errors: [],
  },
  {
    path: '/api/economies',
    operationId: 'listEconomies',
    summary: 'Economies with names in English and Chinese, region and current income group',
    description: 'As `chanye economies`.',
    tag: 'economies',
    query: EconomiesQuery,
    csv: true,
    response: 'the economies, ordered by ISO3 code',
    responseSchema: EconomySchema.array(),
    errors: [],
  },
  {
    path: '/api/economies/:iso3',
    operationId: 'getEconomy',
    summary: 'One economy',
    tag: 'economies',
    params: EconomyParam,
    query: EconomyQuery,
    csv: false,
    response: 'the economy',
    responseSchema: EconomySchema,
    errors: [404],
  },
  {
    path: '/api/economies/:iso3/profile',
    operationId: 'getProfile',
    summary: 'Economy profile: income group now and over time, structure, capabilities',
    description:
      'As `chanye profile ISO3 --format json` (economyProfile in @chanye/engine); CSV gives the profile values as tidy observations.',
    tag: 'economies',
    params: EconomyParam,
    query: ProfileQuery,
    csv: true,
    response: 'the profile; each value with its year, source, vintage and status',
    errors: [404],
  },
  {
    path: '/api/economies/:iso3/exports',
    operationId: 'getExports',
    summary: 'Exports by end use (BEC), stage of processing, 3+1 array or R&D intensity',
    description: 'As `chanye exports ISO3 --format json`.',
    tag: 'trade',
    params: EconomyParam,
    query: ExportsQuery,
    csv: true,
    response: 'the export structure',
    errors: [404, 422],
  },
  {
    path: '/api/economies/:iso3/arrays',
    operationId: 'getArrays',
    summary: 'Exports by 3+1 array, 1980 against the latest year, and the “new three”',
    description: 'As `chanye arrays ISO3 --format json`; CSV gives the array shares as the CLI does.',
    tag: 'trade',
    params: EconomyParam,
    query: ArraysQuery,
    csv: true,
    response: '{ early, late, newThree }',
    errors: [404, 422],
  },
];

export function economiesRoutes(deps: Deps) {
  const { store } = deps;
  return new Hono()
    .get('/api/benchmark-groups', query(BenchmarkGroupsQuery), (c) =>
      respond(c, deps, c.req.valid('query'), {
        compute: async () => store.benchmarkGroups().map((g) => ({ ...g, members: [...g.members] })),
        csv: (groups) =>
          toCsv(
            groups.flatMap((g) => g.members.map((iso3) => ({ group: g.id, iso3 }))),
            ['group', 'iso3'],
          ),
      }),
    )
    .get('/api/economies', query(EconomiesQuery), (c) => {
      const q = c.req.valid('query');
      return respond(c, deps, q, {
        compute: async () =>
          (
            await store.economies({
              includeAggregates: q.aggregates ?? false,
              includeHistorical: q.historical ?? false,
            })
          ).map((e) => ({ ...e })),
        csv: (rows) => toCsv(rows, ECONOMY_COLUMNS),
      });
    })
    .get('/api/economies/:iso3', param(EconomyParam, deps.store), query(EconomyQuery), (c) => {
      const { iso3 } = c.req.valid('param');
      return respond(c, deps, { iso3, ...c.req.valid('query') }, { compute: () => store.economy(iso3) });
    })
    .get('/api/economies/:iso3/profile', param(EconomyParam, deps.store), query(ProfileQuery), (c) => {
      const { iso3 } = c.req.valid('param');
      const q = c.req.valid('query');
      return respond(
        c,
        deps,
        { iso3, ...q },
        {
          compute: async () => {
            const profile = await economyProfile(store, iso3, q.year);
            await requireProfileData(store, profile); // no value at all is 404 no-data, as the CLI's exit 3
            return profile;
          },
          csv: (profile) => toCsv(profileObservations(profile), OBSERVATION_COLUMNS),
        },
      );
    })
    .get('/api/economies/:iso3/exports', param(EconomyParam, deps.store), query(ExportsQuery), (c) => {
      const { iso3 } = c.req.valid('param');
      const q = c.req.valid('query');
      return respond(
        c,
        deps,
        { iso3, ...q },
        {
          compute: () => exportStructure(store, iso3, q.by ?? 'bec', q.year),
          csv: (s) => {
            const table = exportStructureTable(s, q.lang ?? 'en');
            return toCsv(table.rows, table.columns);
          },
        },
      );
    })
    .get('/api/economies/:iso3/arrays', param(EconomyParam, deps.store), query(ArraysQuery), (c) => {
      const { iso3 } = c.req.valid('param');
      const q = c.req.valid('query');
      const lang = q.lang ?? 'en';
      return respond(
        c,
        deps,
        { iso3, ...q },
        {
          compute: (): Promise<ExportArrays> => exportArrays(store, iso3, q.year),
          csv: (arrays) => {
            const table = exportArraysTable(arrays, lang);
            return toCsv(table.rows, table.columns);
          },
        },
      );
    });
}
