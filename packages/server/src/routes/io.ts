import { Hono } from 'hono';
import {
  CHOKEPOINT_COLUMNS,
  chokepointRows,
  IO_POSITION_COLUMNS,
  IO_SECTOR_COLUMNS,
  ioPositionRows,
  ioPositions,
  ioSecurity,
  ioTableEconomies,
  toCsv,
} from '@chanye/engine';
import { param, query, respond, type Deps } from '../http.js';
import type { RouteDoc } from '../openapi.js';
import { EconomyParam } from '../schemas/common.js';
import { IoEconomiesQuery, IoQuery, IoSecurityQuery, IoSectorsQuery } from '../schemas/io.js';

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
    path: '/api/io/economies',
    operationId: 'listIoEconomies',
    summary: 'The economies of the WIOD 2013 input-output table in a year (ISO3, without the rest of the world)',
    description: 'ioTableEconomies in @chanye/engine: the economies `chanye io … --economy` and the report accept.',
    tag: 'io',
    query: IoEconomiesQuery,
    csv: true,
    response: 'ISO3 codes',
    errors: [422],
  },
  {
    path: '/api/economies/:iso3/io',
    operationId: 'getIoPositions',
    summary: 'Upstreamness, downstreamness and gross output of an economy’s WIOD sectors in one year',
    description:
      'store.ioPositions: Antràs and Chor (2018) measures computed on WIOD 2013, and WIOD gross output (millions of current US$). 43 economies, 1995-2011; others are 404 no-data.',
    tag: 'io',
    params: EconomyParam,
    query: IoQuery,
    csv: true,
    response: '{ iso3, year, dataset, years, sectors, source }',
    errors: [404],
  },
  {
    path: '/api/economies/:iso3/io/security',
    operationId: 'getIoSecurity',
    summary: 'Supply security of an economy: foreign input shares, supplier concentration and ranked chokepoints',
    description:
      'As `chanye io security --economy ISO3 --year Y --format json` (ioSecurity in @chanye/engine) on WIOD 2013, default year 2011. Economies outside WIOD are 404. CSV gives the ranked chokepoints.',
    tag: 'io',
    params: EconomyParam,
    query: IoSecurityQuery,
    csv: true,
    response: '{ dataset, year, unit, source, economy, sectors, chokepoints, method }',
    errors: [404],
  },
];

export function ioRoutes(deps: Deps) {
  const { store } = deps;
  return new Hono()
    .get('/api/io/sectors', query(IoSectorsQuery), (c) =>
      respond(c, deps, c.req.valid('query'), {
        compute: () => store.ioSectors(),
        csv: (rows) => toCsv(rows, IO_SECTOR_COLUMNS),
      }),
    )
    .get('/api/io/economies', query(IoEconomiesQuery), (c) => {
      const q = c.req.valid('query');
      return respond(c, deps, q, {
        compute: () => ioTableEconomies(store, { dataset: 'wiod2013', year: q.year ?? 2011 }),
        csv: (codes) =>
          toCsv(
            codes.map((iso3) => ({ iso3 })),
            ['iso3'],
          ),
      });
    })
    .get('/api/economies/:iso3/io', param(EconomyParam, deps.store), query(IoQuery), (c) => {
      const { iso3 } = c.req.valid('param');
      const q = c.req.valid('query');
      return respond(
        c,
        deps,
        { iso3, ...q },
        {
          compute: () => ioPositions(store, iso3, q.year),
          csv: (p) => toCsv(ioPositionRows(p), IO_POSITION_COLUMNS),
        },
      );
    })
    .get('/api/economies/:iso3/io/security', param(EconomyParam, deps.store), query(IoSecurityQuery), (c) => {
      const { iso3 } = c.req.valid('param');
      const q = c.req.valid('query');
      return respond(
        c,
        deps,
        { iso3, ...q },
        {
          compute: () => ioSecurity(store, { economy: iso3, year: q.year ?? 2011, limit: q.limit ?? 20 }),
          csv: (r) => toCsv(chokepointRows(r), CHOKEPOINT_COLUMNS),
        },
      );
    });
}
