import type { EndUse, EndUseClassification } from '@chanye/compute';
import type { Connector } from '../connector/connector.js';
import { literalFilePath } from '../sql/literal-path.js';
import { quotedString } from '../sql/quote.js';

// Reads of the snapshot's HS 2007 export data that the engine's export-structure analyses
// classify. Sums of doubles and the rows they come in are ordered: DuckDB's parallel
// aggregation would otherwise add in a different order from run to run and change the last digits.
// `from` is the relation read: the snapshot's `trade_exports`, or an imported dataset's exports
// with the same columns (year, iso3, hs07_4d, value; see `importedExportsRelation`).

/**
 * An imported dataset's Parquet files as the relation the readers below take: exports by
 * economy, year and HS heading (the first 4 digits of `k`), summed over importers in a fixed
 * order, thousand US$ turned into US$.
 */
export function importedExportsRelation(files: readonly string[]): string {
  const list = files.map((f) => quotedString(literalFilePath(f))).join(', ');
  return `(select t as year, i as iso3, substr(k, 1, 4) as hs07_4d, sum(v order by j, k) * 1000 as value
             from read_parquet([${list}]) group by all)`;
}

/** Exports of one economy and year summed by end use (BEC Rev.4 SNA classes or UNCTAD stages). */
export async function readExportsByEndUse(
  connector: Connector,
  iso3: string,
  year: number,
  classification: EndUseClassification,
  from = 'trade_exports',
): Promise<{ end_use: EndUse; value: number }[]> {
  return connector.query<{ end_use: EndUse; value: number }>(
    `select coalesce(u.class, 'unmapped') as end_use, sum(t.value * coalesce(u.share, 1) order by t.hs07_4d) as value
       from ${from} t left join hs4_end_use u on u.hs4 = t.hs07_4d and u.classification = $3
      where t.iso3 = $1 and t.year = $2 group by 1 order by 1`,
    [iso3, year, classification],
  );
}

/**
 * Exports of one economy and year summed by ISIC Rev.4 class, each heading split across the
 * classes of its subheadings; headings without a correlation come as `isic4: null`.
 */
export async function readExportsByIsic(
  connector: Connector,
  iso3: string,
  year: number,
  from = 'trade_exports',
): Promise<{ isic4: string | null; value: number }[]> {
  return connector.query<{ isic4: string | null; value: number }>(
    `select m.isic4_4d as isic4, sum(t.value * coalesce(m.share, 1) order by t.hs07_4d) as value
       from ${from} t left join hs4_isic4 m on m.hs4 = t.hs07_4d
      where t.iso3 = $1 and t.year = $2 group by 1 order by 1 nulls last`,
    [iso3, year],
  );
}

/** The OECD R&D-intensity taxonomy: an entry per ISIC Rev.4 code. */
export async function readRdIntensityTaxonomy(connector: Connector): Promise<{ code: string; rdClass: string }[]> {
  const rows = await connector.query<{ isic4_code: string; rd_intensity_class: string }>(
    `select isic4_code, rd_intensity_class from isic4_rd_intensity`,
  );
  return rows.map((t) => ({ code: t.isic4_code, rdClass: t.rd_intensity_class }));
}

/** One HS heading's exports by an economy (`own`, null when none) and by the world, with the economy's total. */
export interface HeadingExports {
  readonly heading: string;
  readonly own: number | null;
  /** Sum over non-aggregate economies with data. */
  readonly world: number;
  /** The economy's exports of every product (null when it has none that year). */
  readonly total: number | null;
}

/** Exports of some HS 4-digit headings by an economy and by the world in one year. */
export async function readHeadingExports(
  connector: Connector,
  iso3: string,
  year: number,
  headings: readonly string[],
  from = 'trade_exports',
): Promise<HeadingExports[]> {
  return connector.query<HeadingExports>(
    `with y as (select * from ${from} where year = $2),
          world as (select hs07_4d, sum(value order by iso3) as world from y
                     where iso3 in (select iso3 from economies where not is_aggregate) group by 1)
     select w.hs07_4d as heading, o.value as own, w.world,
            (select sum(value order by hs07_4d) from y where iso3 = $1) as total
       from world w left join y o on o.hs07_4d = w.hs07_4d and o.iso3 = $1
      where list_contains($3, w.hs07_4d)`,
    [iso3, year, [...headings]],
  );
}

/** HS 2007 headings and the ISIC Rev.4 classes they map to, each with its share of the heading. */
export function readHs4Isic(connector: Connector): Promise<{ hs4: string; isic4: string; share: number }[]> {
  return connector.query<{ hs4: string; isic4: string; share: number }>(
    `select hs4, isic4_4d as isic4, share from hs4_isic4 where isic4_4d is not null order by hs4, isic4_4d`,
  );
}

/** HS 2007 headings and their UN BEC Rev.4 end-use classes (SNA basic classes), with shares. */
export function readHs4EndUse(connector: Connector): Promise<{ hs4: string; class: string; share: number }[]> {
  return connector.query<{ hs4: string; class: string; share: number }>(
    `select hs4, class, share from hs4_end_use where classification = 'sna' order by hs4, class`,
  );
}
