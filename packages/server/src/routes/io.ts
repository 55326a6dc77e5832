import { Hono } from 'hono';
import { param, query, respond, type Deps } from '../http.js';
import type { RouteDoc } from '../openapi.js';
import { toCsv } from '../output/csv.js';
import { Iso3Param } from '../schemas/common.js';
import { IoQuery, IoSectorsQuery } from '../schemas/io.js';

const SECTOR_COLUMNS = ['sector', 'wiod_code', 'isic_rev3', 'description', 'is_manufacturing'];

export const ioDocs: readonly RouteDoc[] = [
  {
    path: '/api/io/sectors',
    operationId: 'listIoSectors',
    summary: 'The 35 sectors of the WIOD 2013 input-output tables (ISIC Rev.3)',
    tag: 'io',
    query: IoSectorsQuery,
    csv: true,
    response: 'sectors c1 … c35',
    errors: [],
  },
  {
    path: '/api/economies/:iso3/io',
    operationId: 'getIoPositions',
    summary: 'Upstreamness, downstreamness and gross output of an economy’s WIOD sectors in one year',
    description:
      'store.ioPositions: Antràs and Chor (2018) measures computed on WIOD 2013, and WIOD gross output (millions of current US$). 43 economies, 1995-2011; others are 404 no-data.',
    tag: 'io',
    params: Iso3Param,
    query: IoQuery,
    csv: true,
    response: '{ iso3, year, dataset, years, sectors, source }',
    errors: [404],
  },
];

export function ioRoutes(deps: Deps) {
  const { store } = deps;
  return new Hono()
    .get('/api/io/sectors', query(IoSectorsQuery), (c) =>
      respond(c, deps, c.req.valid('query'), {
        compute: () => store.ioSectors(),
        csv: (rows) => toCsv(rows, SECTOR_COLUMNS),
      }),
    )
    .get('/api/economies/:iso3/io', param(Iso3Param), query(IoQuery), (c) => {
      const { iso3 } = c.req.valid('param');
      const q = c.req.valid('query');
      return respond(
        c,
        deps,
        { iso3, ...q },
        {
          compute: () => store.ioPositions(iso3, q.year),
          csv: (p) =>
            toCsv(
              p.sectors.map((s) => ({ iso3: p.iso3, year: p.year, ...s })),
              ['iso3', 'year', ...SECTOR_COLUMNS, 'upstreamness', 'downstreamness', 'gross_output'],
            ),
        },
      );
    });
}
