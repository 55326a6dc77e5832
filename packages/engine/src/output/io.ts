/**
 * The input-output resources (`chanye io …`, `GET /api/io/…` and `/api/economies/:iso3/io…`)
 * as tidy rows. The JSON of each is the engine's result itself; the CSV of `chanye io` is one
 * long table of every value: (dataset, year, focus, table, region and its names, sector and its
 * names, measure, value, text), numbers in `value` and words in `text`.
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
import { NAME_FIELDS } from '../input-output/names.js';

/**
 * One value of a result: which table, region and sector it belongs to (codes for machines,
 * names for people), what it measures, and the value: a number in `value`, or a word (a
 * key-sector class, a supplier's code, a reason) in `text`, never both in one column.
 */
export interface IoTidyRow {
  readonly table: string;
  readonly region: string;
  readonly region_name_en: string;
  readonly region_name_zh: string;
  readonly sector: string;
  readonly sector_name_en: string;
  readonly sector_name_zh: string;
  readonly measure: string;
  /** The number, or null when the measure is a word or does not exist (NaN: no output, no exports). */
  readonly value: number | null;
  /** The word, or null when the measure is a number. */
  readonly text: string | null;
}

/** Columns of the long CSV of an input-output result, in order. */
export const IO_TIDY_COLUMNS = [
  'dataset',
  'year',
  'focus',
  'table',
  'region',
  'region_name_en',
  'region_name_zh',
  'sector',
  'sector_name_en',
  'sector_name_zh',
  'measure',
  'value',
  'text',
] as const;

/** What identifies a tidy row: codes and names of its region and sector. */
type TidyKey = Pick<
  IoTidyRow,
  'region' | 'region_name_en' | 'region_name_zh' | 'sector' | 'sector_name_en' | 'sector_name_zh'
>;

/** An `ioMultipliers`, `ioLinkages` or `ioExtraction` result: region-sector rows, all or one economy's. */
type RegionSectorResult<Row> = IoMeta & { readonly economy: string | null; readonly rows: readonly Row[] };

/** Fields that identify or describe a row rather than measure it: never melted into measures. */
const NOT_MEASURES = new Set([
  'region',
  'sector',
  'economy',
  'description',
  'topSupplierName',
  'economyNameEn',
  'economyNameZh',
  ...NAME_FIELDS,
]);

/** Melts objects into tidy rows: every key but the identifying ones becomes a measure. */
function melt(table: string, rows: readonly object[], id: (row: Record<string, unknown>) => TidyKey): IoTidyRow[] {
  const out: IoTidyRow[] = [];
  for (const row of rows as readonly Record<string, unknown>[]) {
    const key = id(row);
    for (const [measure, raw] of Object.entries(row)) {
      if (NOT_MEASURES.has(measure)) continue;
      out.push({ table, ...key, measure, ...tidyValue(raw) });
    }
  }
  return out;
}

/** A number goes to `value` (NaN and ±∞ as missing), anything else to `text`. */
function tidyValue(raw: unknown): { value: number | null; text: string | null } {
  if (typeof raw === 'number') return { value: Number.isFinite(raw) ? raw : null, text: null };
  if (raw === null || raw === undefined) return { value: null, text: null };
  return { value: null, text: String(raw) };
}

const text = (row: Record<string, unknown>, field: string): string => {
  const v = row[field];
  return typeof v === 'string' ? v : '';
};

/** Identifies a row by its own region and sector and their names. */
const regionSector = (row: Record<string, unknown>): TidyKey => ({
  region: String(row['region']),
  region_name_en: text(row, 'regionNameEn'),
  region_name_zh: text(row, 'regionNameZh'),
  sector: String(row['sector']),
  sector_name_en: text(row, 'sectorNameEn'),
  sector_name_zh: text(row, 'sectorNameZh'),
});

/** Identifies a row of one economy's sectors by that economy and the row's sector. */
const sectorOf =
  (economy: string) =>
  (row: Record<string, unknown>): TidyKey => ({ ...regionSector(row), region: economy });

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
    ...melt('economies', r.economies, (row) => ({
      ...totalKey(String(row['economy']), 'TOTAL'),
      region_name_en: text(row, 'economyNameEn'),
      region_name_zh: text(row, 'economyNameZh'),
    })),
    ...(r.sectors && focus ? melt('sectors', r.sectors, sectorOf(focus)) : []),
  ];
}

/** The economy's sectors, then the ranked foreign chokepoints. */
export function securityTidyRows(r: IoSecurity): IoTidyRow[] {
  return [...melt('sectors', r.sectors, sectorOf(r.economy)), ...melt('chokepoints', r.chokepoints, regionSector)];
}

export const shockTidyRows = (r: IoShock): IoTidyRow[] => melt('sectors', r.rows, sectorOf(r.economy));

/**
 * Servitization (manufacturing as a whole, sector MANUF, then each sector), the ICT sectors,
 * the ICT users (all sectors together, sector TOTAL, then each) and the 3+1 arrays (the array
 * in place of the sector).
 */
export function integrationTidyRows(r: IoIntegration): IoTidyRow[] {
  const { servitization: sv, ict, arrays } = r;
  const own = sectorOf(r.economy);
  const economy = { region_name_en: r.economyName.en, region_name_zh: r.economyName.zh };
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
      (row) => ({ ...own(row), ...economy }),
    ),
    ...melt('ict_sectors', ict.sectors, own),
    ...melt('ict_users', [{ sector: 'TOTAL', ictInputShare: ict.ictInputShare }, ...ict.users], (row) => ({
      ...own(row),
      ...economy,
    })),
    ...melt(
      'arrays',
      arrays.map((a) => ({
        array: a.array,
        name_en: a.name_en,
        name_zh: a.name_zh,
        outputShare: a.outputShare,
        valueAddedShare: a.valueAddedShare,
        exportsShare: a.exportsShare,
      })),
      (row) => ({
        ...totalKey(r.economy, String(row['array'])),
        ...economy,
        sector_name_en: text(row, 'name_en'),
        sector_name_zh: text(row, 'name_zh'),
      }),
    ).filter((t) => t.measure !== 'array' && t.measure !== 'name_en' && t.measure !== 'name_zh'),
  ];
}

/** The key of a row that stands for a group (TOTAL, MANUF, an array) rather than one sector. */
function totalKey(region: string, sector: string): TidyKey {
  return { region, region_name_en: '', region_name_zh: '', sector, sector_name_en: '', sector_name_zh: '' };
}

/** Tidy rows with the table they come from: dataset, year and focus economy (empty for the world). */
export function ioTidyTable(meta: IoMeta, focus: string | null, rows: readonly IoTidyRow[]): Record<string, unknown>[] {
  return rows.map((r) => ({ dataset: meta.dataset, year: meta.year, focus: focus ?? '', ...r }));
}

/** Columns of the WIOD sector list (`GET /api/io/sectors`). */
export const IO_SECTOR_COLUMNS = [
  'sector',
  'name_en',
  'name_zh',
  'wiod_code',
  'isic_rev3',
  'description',
  'is_manufacturing',
] as const;

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
  'regionNameEn',
  'regionNameZh',
  'sector',
  'sectorNameEn',
  'sectorNameZh',
  'directInputs',
  'requirement',
  'requirementShare',
  'importShare',
  'worldExportShare',
  'score',
] as const;

/** The ranked chokepoints of a supply-security result, rank 1 first. */
export function chokepointRows(r: IoSecurity): Record<string, unknown>[] {
  return r.chokepoints.map((k, i) => ({ economy: r.economy, year: r.year, rank: i + 1, ...k }));
}
