/**
 * The live-data status (`GET /api/data/status`): what `chanye data status` reports, for the
 * user database the server opened. Read-only: refreshing stays a CLI command, since it writes.
 *
 * @module
 */
import { Hono } from 'hono';
import { DATA_STATUS_COLUMNS, dataStatus, dataStatusRows, toCsv } from '@chanye/engine';
import { query, respond, type Deps } from '../http.js';
import type { RouteDoc } from '../openapi.js';
import { DataStatusQuery, DataStatusSchema } from '../schemas/data.js';

export const dataDocs: readonly RouteDoc[] = [
  {
    path: '/api/data/status',
    operationId: 'getDataStatus',
    summary: 'Per live source: the vintage embedded in the snapshot and the vintage refreshed',
    description:
      'As `chanye data status --format json` (dataStatus in @chanye/engine), for the user database the server was started with.',
    tag: 'meta',
    query: DataStatusQuery,
    csv: true,
    response: '{ sources: { source, embedded, refreshed, retrievedAt, series, rows }[], updatePending }',
    responseSchema: DataStatusSchema,
    errors: [],
  },
];

export function dataRoutes(deps: Deps) {
  const { store } = deps;
  return new Hono().get('/api/data/status', query(DataStatusQuery), (c) =>
    respond(c, deps, c.req.valid('query'), {
      // No user database attached: nothing refreshed (a path where no database is).
      compute: () => dataStatus(store.userDbPath ?? '', store.manifest),
      csv: (status) => toCsv(dataStatusRows(status), DATA_STATUS_COLUMNS),
    }),
  );
}
