import { Hono } from 'hono';
import {
  diagnose,
  diagnosisEntries,
  DIAGNOSTICS,
  FINDING_COLUMNS,
  findingRows,
  requireFindings,
  toCsv,
  type DiagnosisEntry,
} from '@chanye/engine';
import { param, query, respond, type Deps } from '../http.js';
import type { RouteDoc } from '../openapi.js';
import { EconomyParam } from '../schemas/common.js';
import { DiagnoseQuery, DiagnosticsListQuery } from '../schemas/diagnostics.js';

export type { DiagnosisEntry } from '@chanye/engine';

export const diagnosticsDocs: readonly RouteDoc[] = [
  {
    path: '/api/diagnostics',
    operationId: 'listDiagnostics',
    summary: 'The diagnostics the engine runs, in display order',
    tag: 'diagnostics',
    query: DiagnosticsListQuery,
    csv: false,
    response: 'id and names of each diagnostic',
    errors: [],
  },
  {
    path: '/api/economies/:iso3/diagnostics',
    operationId: 'diagnose',
    summary: 'Findings on an economy: income trap, deindustrialization, stage, structural change, demand',
    description:
      'As `chanye diagnose ISO3 [ids…] --format json` (diagnose in @chanye/engine); each finding has its evidence, rule and reference. CSV: one row per piece of evidence.',
    tag: 'diagnostics',
    params: EconomyParam,
    query: DiagnoseQuery,
    csv: true,
    response: 'one entry per diagnostic with its findings',
    errors: [404, 422],
  },
];

export function diagnosticsRoutes(deps: Deps) {
  const { store } = deps;
  return new Hono()
    .get('/api/diagnostics', query(DiagnosticsListQuery), (c) =>
      respond(c, deps, c.req.valid('query'), {
        compute: async () => DIAGNOSTICS.map((d) => ({ id: d.id, name_en: d.name_en, name_zh: d.name_zh })),
      }),
    )
    .get('/api/economies/:iso3/diagnostics', param(EconomyParam, deps.store), query(DiagnoseQuery, deps.store), (c) => {
      const { iso3 } = c.req.valid('param');
      const q = c.req.valid('query');
      return respond(
        c,
        deps,
        { iso3, ...q },
        {
          compute: async (): Promise<DiagnosisEntry[]> => {
            const results = await diagnose(store, iso3, {
              ...(q.year !== undefined ? { year: q.year } : {}),
              ...(q.period ? { period: q.period } : {}),
              ...(q.graduates ? { graduates: q.graduates } : {}),
              ...(q.stalled ? { stalled: q.stalled } : {}),
              ...(q.onlyListed ? { onlyListed: true } : {}),
              ...(q.measure ? { measures: q.measure } : {}),
              ...(q.minRun !== undefined ? { minRun: q.minRun } : {}),
              ...(q.incomeFloor !== undefined ? { incomeFloor: q.incomeFloor } : {}),
              ...(q.only ? { only: q.only } : {}),
            });
            requireFindings(iso3, results, q.year); // every finding without data is 404 no-data
            return diagnosisEntries(results);
          },
          csv: (results) => toCsv(findingRows(iso3, results, q.lang ?? 'en'), FINDING_COLUMNS),
        },
      );
    });
}
