import type { WiodNamesCatalog } from '../catalog/wiod-names.js';
import type { Connector } from '../connector/connector.js';

/** A sector of the World Input-Output Database (2013 release: 35 sectors, ISIC Rev.3). */
export interface IoSector {
  readonly sector: string;
  readonly wiod_code: string;
  readonly isic_rev3: string;
  /** WIOD's own English description (the snapshot's). */
  readonly description: string;
  readonly is_manufacturing: boolean;
  /** Short English name for people (catalog/wiod-names.yaml). */
  readonly name_en: string;
  /** Standard Chinese name (NBS style; catalog/wiod-names.yaml). */
  readonly name_zh: string;
}

/** A sector row as the snapshot holds it, before the catalogue names it. */
type SnapshotSector = Omit<IoSector, 'name_en' | 'name_zh'>;

/** One sector's position in global value chains, and its gross output, in one year. */
export interface IoSectorPosition extends IoSector {
  /** Antràs-Chor upstreamness: average distance to final use (1 = sold only to final use). */
  readonly upstreamness: number | null;
  /** Downstreamness: average distance from primary factors. */
  readonly downstreamness: number | null;
  /** Gross output, millions of current US$ (WIOD, rounded to whole millions). */
  readonly gross_output: number | null;
}

/** The WIOD 2013 sectors in the snapshot, in the tables' order (c1 … c35). */
export async function ioSectors(connector: Connector, names: WiodNamesCatalog): Promise<IoSector[]> {
  const rows = await connector.query<SnapshotSector>(
    `select sector, wiod_code, isic_rev3, description, is_manufacturing
       from io_sectors where dataset = 'wiod2013'
      order by cast(substr(sector, 2) as integer)`,
  );
  return withSectorNames(rows, names);
}

/**
 * Adds the catalogue's English and Chinese names to snapshot sector rows. A sector the
 * catalogue does not name is an error of the build, not something to show as a bare code.
 */
export function withSectorNames<T extends { readonly sector: string }>(
  rows: readonly T[],
  names: WiodNamesCatalog,
): (T & { name_en: string; name_zh: string })[] {
  const byCode = new Map(names.sectors.map((s) => [s.sector, s]));
  return rows.map((row) => {
    const named = byCode.get(row.sector);
    if (named === undefined) {
      throw new Error(`catalog/wiod-names.yaml does not name the WIOD sector ${row.sector}`);
    }
    return { ...row, name_en: named.name_en, name_zh: named.name_zh };
  });
}

/** Years of the WIOD 2013 tables with upstreamness for an economy, in order. */
export async function ioPositionYears(connector: Connector, iso3: string): Promise<number[]> {
  const rows = await connector.query<{ year: number }>(
    `select distinct year from io_upstreamness where dataset = 'wiod2013' and iso3 = $1 order by year`,
    [iso3],
  );
  return rows.map((r) => r.year);
}

/**
 * Upstreamness and downstreamness (Antràs and Chor 2018, computed on WIOD 2013) and gross
 * output of each of an economy's 35 sectors in one year, in the tables' order.
 */
export async function ioSectorPositions(
  connector: Connector,
  names: WiodNamesCatalog,
  iso3: string,
  year: number,
): Promise<IoSectorPosition[]> {
  const rows = await connector.query<Omit<IoSectorPosition, 'name_en' | 'name_zh'>>(
    `select s.sector, s.wiod_code, s.isic_rev3, s.description, s.is_manufacturing,
            u.upstreamness, u.downstreamness, o.gross_output
       from io_sectors s
       left join io_upstreamness u on u.dataset = s.dataset and u.sector = s.sector and u.iso3 = $1 and u.year = $2
       left join io_output o on o.dataset = s.dataset and o.sector = s.sector and o.country = $1 and o.year = $2
      where s.dataset = 'wiod2013'
      order by cast(substr(s.sector, 2) as integer)`,
    [iso3, year],
  );
  return withSectorNames(rows, names);
}
