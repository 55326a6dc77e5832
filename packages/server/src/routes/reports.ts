import { Hono } from 'hono';
import type { z } from 'zod';
import type { Store } from '@chanye/store';
import { etagOf } from '../cache.js';
import { param, query, type Deps } from '../http.js';
import type { RouteDoc } from '../openapi.js';
import { ProblemError } from '../problem.js';
import { EconomyParam } from '../schemas/common.js';
import { ReportQuery } from '../schemas/reports.js';

export type ReportRequest = { readonly iso3: string } & z.output<typeof ReportQuery>;

/** A rendered report. */
export interface RenderedReport {
  readonly body: string;
  readonly contentType: string;
}

/** How the server builds a report; `createApp` gets one from @chanye/report when it has one. */
export type ReportRenderer = (store: Store, request: ReportRequest) => Promise<RenderedReport>;

export const reportsDocs: readonly RouteDoc[] = [
  {
    path: '/api/economies/:iso3/report',
    operationId: 'getReport',
    summary: 'A report on an economy (profile, diagnostics, scores) in HTML, Markdown or JSON',
    description:
      'As `chanye report` (buildReport in @chanye/report, same defaults: peers all, 200 draws, seed 1); html and md as the CLI writes them, json the report model. PDF is CLI only.',
    tag: 'reports',
    params: EconomyParam,
    query: ReportQuery,
    csv: false,
    contentType: 'text/html',
    response: 'the report',
    errors: [404, 422, 501],
  },
];

export function reportsRoutes(deps: Deps, render: ReportRenderer | undefined) {
  return new Hono().get(
    '/api/economies/:iso3/report',
    param(EconomyParam, deps.store),
    query(ReportQuery),
    async (c) => {
      const { iso3 } = c.req.valid('param');
      const q = c.req.valid('query');
      await deps.store.economy(iso3); // an unknown economy is 404 whether or not reports are built in
      if (!render) throw new ProblemError('not-implemented', 'reports are not available in this build yet');
      const format = q.format ?? 'html';
      const key = `report\u0000${JSON.stringify([iso3, q.lang ?? 'en', q.year, format, q.peers, q.sensitivity, q.seed])}`;
      const rendered = await deps.cache.get(key, async () => {
        const report = await render(deps.store, { iso3, ...q, format });
        return { ...report, etag: etagOf(report.body) };
      });
      return c.body(rendered.body, 200, { 'content-type': rendered.contentType, etag: rendered.etag });
    },
  );
}
