/**
 * The input-output resources (`chanye io …`, `GET /api/io/…` and `/api/economies/:iso3/io…`)
 * as tidy rows. The JSON of each is the engine's result itself; the CSV of `chanye io` is one
 * long table of every number: (dataset, year, focus, table, region, sector, measure, value).
 * Methods: docs/methods/input-output.md.
 *
 * @module
 */
import type { IoPositions } from '../input-output/positions.js';
import type { IoExtractionRow } from '../input-output/extraction.js';
import type { IoGvc } from '../input-output/gvc.js';
import type { IoIntegration } from '../input-output/integration.js';
import type { IoLinkageRow } from '../input-output/linkages.js';
import type { IoMeta } from '../input-output/model.js';
import type { IoMultiplierRow } from '../input-output/multipliers.js';
import type { IoSecurity } from '../input-output/security.js';
import type { IoShock } from '../input-output/shock.js';

/** One number of a result: which table, region and sector it belongs to, and what it measures. */
export interface IoTidyRow {
  readonly table: string;
  readonly region: string;
  readonly sector: string;
  readonly measure: string;
  readonly value: unknown;
}

/** Columns of the long CSV of an input-output result, in order. */
export const IO_TIDY_COLUMNS = ['dataset', 'year', 'focus', 'table', 'region', 'sector', 'measure', 'value'] as const;

/** An `ioMultipliers`, `ioLinkages` or `ioExtraction` result: region-sector rows, all or one economy's. */
type RegionSectorResult<Row> = IoMeta & { readonly economy: string | null; readonly rows: readonly Row[] };

/** Melts objects into tidy rows: every key but the identifying ones becomes a measure. */
function melt(
  table: string,
  rows: readonly object[],
  id: (row: Record<string, unknown>) => { region: string; sector: string },
  skip: readonly string[] = [],
): IoTidyRow[] {
  const out: IoTidyRow[] = [];
  for (const row of rows as readonly Record<string, unknown>[]) {
    const key = id(row);
    for (const [measure, value] of Object.entries(row)) {
      if (['region', 'sector', 'economy', ...skip].includes(measure)) continue;
      out.push({ table, ...key, measure, value });
    }
  }
  return out;
}

/** Identifies a row by its own region and sector. */
const regionSector = (row: Record<string, unknown>) => ({
  region: String(row['region']),
  sector: String(row['sector']),
});

/** Identifies a row of one economy's sectors by that economy and the row's sector. */
const sectorOf =
  (economy: string) =>
  (row: Record<string, unknown>): { region: string; sector: string } => ({
    region: economy,
    sector: String(row['sector']),
  });

export const multiplierTidyRows = (r: RegionSectorResult<IoMultiplierRow>): IoTidyRow[] =>
  melt('multipliers', r.rows, regionSector);

export const linkageTidyRows = (r: RegionSectorResult<IoLinkageRow>): IoTidyRow[] =>
  melt('linkages', r.rows, regionSector);

export const extractionTidyRows = (r: RegionSectorResult<IoExtractionRow>): IoTidyRow[] =>
  melt('extraction', r.rows, regionSector);

/** The economy a GVC result is about: the one asked for (it then has sectors), else none. */
export const gvcFocus = (r: IoGvc): string | null => (r.sectors ? (r.economies[0]?.economy ?? null) : null);

/** Each economy's totals (sector TOTAL) and, for one economy, its sectors. */
export function gvcTidyRows(r: IoGvc): IoTidyRow[] {
  const focus = gvcFocus(r);
  return [
    ...melt('economies', r.economies, (row) => ({ region: String(row['economy']), sector: 'TOTAL' })),
    ...(r.sectors && focus ? melt('sectors', r.sectors, sectorOf(focus), ['description']) : []),
  ];
}

/** The economy's sectors, then the ranked foreign chokepoints. */
export function securityTidyRows(r: IoSecurity): IoTidyRow[] {
  return [
    ...melt('sectors', r.sectors, sectorOf(r.economy), ['description']),
    ...melt('chokepoints', r.chokepoints, regionSector),
  ];
}

export const shockTidyRows = (r: IoShock): IoTidyRow[] => melt('sectors', r.rows, sectorOf(r.economy), ['description']);

/**
 * Servitization (manufacturing as a whole, sector MANUF, then each sector), the ICT sectors,
 * the ICT users (all sectors together, sector TOTAL, then each) and the 3+1 arrays (the array
 * in place of the sector).
 */
export function integrationTidyRows(r: IoIntegration): IoTidyRow[] {
  const { servitization: sv, ict, arrays } = r;
  const own = sectorOf(r.economy);
  return [
    ...melt(
      'servitization',
      [
        {
          sector: 'MANUF',
          servicesShare: sv.servicesShare,
          domesticServicesShare: sv.domesticServicesShare,
          foreignServicesShare: sv.foreignServicesShare,
        },
        ...sv.sectors,
      ],
      own,
      ['description'],
    ),
    ...melt('ict_sectors', ict.sectors, own, ['description']),
    ...melt('ict_users', [{ sector: 'TOTAL', ictInputShare: ict.ictInputShare }, ...ict.users], own, ['description']),
    ...melt(
      'arrays',
      arrays.map((a) => ({
        array: a.array,
        outputShare: a.outputShare,
        valueAddedShare: a.valueAddedShare,
        exportsShare: a.exportsShare,
      })),
      (row) => ({ region: r.economy, sector: String(row['array']) }),
      ['array'],
    ),
  ];
}

/** Tidy rows with the table they come from: dataset, year and focus economy (empty for the world). */
export function ioTidyTable(meta: IoMeta, focus: string | null, rows: readonly IoTidyRow[]): Record<string, unknown>[] {
  return rows.map((r) => ({ dataset: meta.dataset, year: meta.year, focus: focus ?? '', ...r }));
}

/** Columns of the WIOD sector list (`GET /api/io/sectors`). */
export const IO_SECTOR_COLUMNS = ['sector', 'wiod_code', 'isic_rev3', 'description', 'is_manufacturing'] as const;

/** Columns of {@link ioPositionRows}. */
export const IO_POSITION_COLUMNS = [
  'iso3',
  'year',
  ...IO_SECTOR_COLUMNS,
  'upstreamness',
  'downstreamness',
  'gross_output',
] as const;

/** An economy's sector positions, one row per sector with the economy and year. */
export function ioPositionRows(p: IoPositions): Record<string, unknown>[] {
  return p.sectors.map((s) => ({ iso3: p.iso3, year: p.year, ...s }));
}

/** Columns of {@link chokepointRows}. */
export const CHOKEPOINT_COLUMNS = [
  'economy',
  'year',
  'rank',
  'region',
  'sector',
  'directInputs',
  'requirement',
  'importShare',
  'worldExportShare',
  'score',
] as const;

/** The ranked chokepoints of a supply-security result, rank 1 first. */
export function chokepointRows(r: IoSecurity): Record<string, unknown>[] {
  return r.chokepoints.map((k, i) => ({ economy: r.economy, year: r.year, rank: i + 1, ...k }));
}
