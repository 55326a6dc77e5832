import { ChanyeError, describeHsConversion, hsRevision, type HsRevision } from '@chanye/compute';
import type { Connector } from '../connector/connector.js';
import { literalFilePath } from '../sql/literal-path.js';
import { quotedIdentifier, quotedString } from '../sql/quote.js';
import { fileRelation } from './file-relation.js';
import { convertTradePanel, readHsBridges } from './hs-revisions.js';
import { yearsWithin, type TradeDataset } from './trade-datasets.js';

/**
 * Product trade as economic-complexity methods need it: per period, a dense location ×
 * product matrix of export values. Values are summed over partners (and over duplicate rows)
 * by DuckDB, which streams the input, so a bulk file far larger than memory as rows (a BACI
 * HS 6-digit panel) arrives here already reduced to one matrix per year.
 */
export interface TradeMatrix {
  /** The period: a year, or the year that labels an average (see `TradePanel.note`). */
  readonly time: number;
  /** Location codes, sorted; row i of `values`. */
  readonly locations: readonly string[];
  /** Product codes, sorted; column j of `values`. */
  readonly products: readonly string[];
  /** Row-major locations × products, export value (0 where nothing was exported). */
  readonly values: Float64Array;
}

export interface TradePanel {
  /** A snapshot dataset id or the user file's path. */
  readonly dataset: string;
  /** Product classification: `hs07`, `sitc2`, or `user` for a file. */
  readonly classification: 'hs07' | 'sitc2' | 'user';
  /** Unit of the values. */
  readonly unit: string;
  /** What the periods mean and where the data come from. */
  readonly note: string;
  readonly matrices: readonly TradeMatrix[];
}

/** The product-trade datasets of the snapshot, by the id users type. */
export const TRADE_DATASETS = {
  'trade-1980': {
    sql: `select year as t, iso3 as loc, hs07_4d as prod, value as v from trade_exports where year = 1980`,
    classification: 'hs07',
    unit: 'current US$',
    note: 'Open Trade Statistics exports by HS 2007 4-digit heading, 1980 (converted from SITC by OTS)',
  },
  'trade-2017': {
    sql: `select year as t, iso3 as loc, hs07_4d as prod, value as v from trade_exports where year = 2017`,
    classification: 'hs07',
    unit: 'current US$',
    note: 'Open Trade Statistics exports by HS 2007 4-digit heading, 2017',
  },
  'sitc2-1998-2000': {
    sql: `select 2000 as t, iso3 as loc, sitc2_4d as prod, value as v from trade_exports_sitc2`,
    classification: 'sitc2',
    unit: 'constant 2000 US$',
    note: 'SITC Rev.2 4-digit exports, average of 1998-2000 (labelled 2000); below official totals, relative measures only',
  },
} as const satisfies Record<
  string,
  { sql: string; classification: TradePanel['classification']; unit: string; note: string }
>;

export type TradeDatasetId = keyof typeof TRADE_DATASETS;

/** Which columns of a user file hold what. `time` may be absent (one period, labelled 0). */
export interface TradeColumns {
  readonly time?: string;
  readonly location: string;
  readonly product: string;
  readonly value: string;
}

/** BACI's own layout: t (year), i (exporter), j (importer), k (product), v (value), q (quantity). */
export const BACI_COLUMNS: TradeColumns = { time: 't', location: 'i', product: 'k', value: 'v' };

/**
 * A snapshot dataset or one imported with `chanye data import-trade` (by name), optionally cut
 * to a range of years; an imported dataset's HS codes are cut to `digits` (default 4, the HS
 * heading, as the snapshot's product space); or a user file.
 */
export type TradeSource =
  | {
      readonly dataset: string;
      readonly years?: readonly [number, number];
      readonly digits?: 4 | 6;
      /**
       * HS revision to convert an imported dataset's codes to (UNSD conversion tables,
       * `trade/hs-revisions.ts`), so panels of different revisions compare; none by default.
       */
      readonly hs?: HsRevision;
    }
  | { readonly file: string; readonly columns?: TradeColumns };

/** Parses a dataset id, naming the known ones when it is not one. */
export function tradeDataset(id: string): TradeDatasetId {
  if (id in TRADE_DATASETS) return id as TradeDatasetId;
  throw new ChanyeError(
    'invalid-input',
    `invalid --dataset: ${id} (expected one of ${Object.keys(TRADE_DATASETS).join(', ')})`,
  );
}

/**
 * Reads a snapshot dataset, an imported one (found by `imported`, which throws for an unknown
 * name) or a user file into one matrix per period.
 */
export async function readProductTrade(
  connector: Connector,
  source: TradeSource,
  imported?: (name: string) => Promise<TradeDataset>,
): Promise<TradePanel> {
  if ('dataset' in source) {
    if (!(source.dataset in TRADE_DATASETS) && imported !== undefined) {
      const dataset = await imported(source.dataset);
      const digits = source.digits ?? 4;
      if (source.hs === undefined) return importedTrade(connector, dataset, source.years, digits);
      // The UNSD tables link 6-digit subheadings: convert at 6 digits, then cut to headings.
      const panel = await importedTrade(connector, dataset, source.years, 6);
      const from = hsRevision(dataset.nomenclature);
      const converted = convertTradePanel(panel, from, source.hs, await readHsBridges(connector));
      return {
        ...converted,
        note: `${converted.note}. ${describeHsConversion(converted.conversion)}${digits === 4 ? ' Codes then cut to 4-digit headings.' : ''}`,
        matrices: digits === 4 ? converted.matrices.map(toHeadings) : converted.matrices,
      };
    }
    if (source.hs !== undefined)
      throw new ChanyeError('invalid-input', `--hs applies to a dataset imported with \`chanye data import-trade\``);
    const id = tradeDataset(source.dataset);
    const spec = TRADE_DATASETS[id];
    const matrices = await toMatrices(connector, spec.sql);
    const years = source.years;
    const kept = years === undefined ? matrices : matrices.filter((m) => m.time >= years[0] && m.time <= years[1]);
    if (kept.length === 0)
      throw new ChanyeError(
        'no-data',
        `${id} has no year in ${years![0]}–${years![1]}: it has ${matrices.map((m) => m.time).join(', ')}`,
      );
    return { dataset: id, classification: spec.classification, unit: spec.unit, note: spec.note, matrices: kept };
  }
  const columns = source.columns ?? BACI_COLUMNS;
  const from = await fileRelation(connector, source.file, {
    time: [columns.time, '--time'],
    location: [columns.location, '--loc'],
    product: [columns.product, '--prod'],
    value: [columns.value, '--val'],
  });
  const q = quotedIdentifier;
  // Keys keep their type here (grouping integers is cheaper); toMatrices makes them text.
  const sql = `select ${columns.time ? `${q(columns.time)}` : '0'} as t, ${q(columns.location)} as loc,
                      ${q(columns.product)} as prod, ${q(columns.value)} as v from ${from}`;
  return {
    dataset: source.file,
    classification: 'user',
    unit: 'as in the file',
    note: `user file ${source.file}, columns ${JSON.stringify(columns)}`,
    matrices: await toMatrices(connector, sql),
  };
}

/**
 * An imported dataset's exports by economy and product: the bilateral flows summed over
 * importers, product codes cut to `digits`, thousand US$ turned into US$.
 */
async function importedTrade(
  connector: Connector,
  dataset: TradeDataset,
  years: readonly [number, number] | undefined,
  digits: 4 | 6,
): Promise<TradePanel> {
  const kept = yearsWithin(dataset, years);
  const files = `[${kept.map((y) => quotedString(literalFilePath(y.parquet))).join(', ')}]`;
  const missing =
    years === undefined
      ? []
      : Array.from({ length: years[1] - years[0] + 1 }, (_, k) => years[0] + k).filter(
          (y) => !kept.some((k) => k.year === y),
        );
  const span = kept.length === 1 ? `${kept[0]!.year}` : `${kept[0]!.year}–${kept.at(-1)!.year}`;
  return {
    dataset: dataset.name,
    classification: 'user',
    unit: 'current US$',
    note:
      `${dataset.name}: BACI (Gaulier & Zignago 2010, "BACI: International Trade Database at the Product-Level") ${dataset.nomenclature} exports summed over importers, ` +
      `at ${digits} digits (${dataset.nomenclature} ${digits === 4 ? 'headings' : 'subheadings'}; the snapshot's product space is HS 2007 at 4 digits), ` +
      `${span}, thousand US$ × 1,000` +
      (missing.length > 0 ? `; years asked for but not in the dataset: ${yearRanges(missing)}` : ''),
    matrices: await toMatrices(
      connector,
      `select t, i as loc, ${digits === 6 ? 'k' : 'substr(k, 1, 4)'} as prod, v * 1000 as v from read_parquet(${files})`,
    ),
  };
}

/** Sorted years as ranges: 1995–2000, 2003, 2005–2006. */
function yearRanges(years: readonly number[]): string {
  const parts: string[] = [];
  for (let a = 0; a < years.length;) {
    let b = a;
    while (b + 1 < years.length && years[b + 1] === (years[b] as number) + 1) b++;
    parts.push(a === b ? `${years[a]}` : `${years[a]}–${years[b]}`);
    a = b + 1;
  }
  return parts.join(', ');
}

let scratchTables = 0;

/**
 * Sums `v` by (t, loc, prod), keeps positive totals, numbers locations and products per
 * period in sorted order, and streams the result into dense matrices.
 *
 * The sums are computed once, into a table of the in-memory catalogue (dropped at the end),
 * which the query of the codes and the scan of the cells both read; the keys are grouped in
 * their own type and made text only after the sums (a BACI panel has 30 million rows but
 * 12 million sums); and cells get their row and column numbers by joining the small tables of
 * codes, not by ranking all cells.
 */
async function toMatrices(connector: Connector, sourceSql: string): Promise<TradeMatrix[]> {
  const table = quotedIdentifier(`chanye_product_trade_${++scratchTables}`);
  await connector.exec(
    `create table ${table} as
       with src as (${sourceSql}),
       sums as (select t::integer as t, loc, prod, sum(v::double) as v from src
                where loc is not null and prod is not null and v is not null
                group by all having sum(v::double) > 0)
       select t, loc::varchar as loc, prod::varchar as prod, v from sums`,
  );
  try {
    const codes = await connector.query<{ t: number; locs: string[]; prods: string[] }>(
      `select t, list(distinct loc order by loc) as locs, list(distinct prod order by prod) as prods
         from ${table} group by t order by t`,
    );
    const matrices = codes.map((c) => ({
      time: c.t,
      locations: c.locs,
      products: c.prods,
      values: new Float64Array(c.locs.length * c.prods.length),
    }));
    const byTime = new Map(matrices.map((m) => [m.time, m]));
    await connector.scan(
      `with locs as (select t, loc, (row_number() over (partition by t order by loc) - 1)::integer as li
                       from (select distinct t, loc from ${table})),
            prods as (select t, prod, (row_number() over (partition by t order by prod) - 1)::integer as pi
                        from (select distinct t, prod from ${table}))
       select a.t, l.li, p.pi, a.v from ${table} a
         join locs l on l.t = a.t and l.loc = a.loc
         join prods p on p.t = a.t and p.prod = a.prod`,
      [],
      (columns, rowCount) => {
        const [t, li, pi, v] = columns as [number[], number[], number[], number[]];
        for (let r = 0; r < rowCount; r++) {
          const m = byTime.get(t[r] as number) as (typeof matrices)[number];
          m.values[(li[r] as number) * m.products.length + (pi[r] as number)] = v[r] as number;
        }
      },
    );
    return matrices;
  } finally {
    await connector.exec(`drop table if exists ${table}`);
  }
}

/** A matrix of 6-digit HS codes summed into 4-digit headings (columns in code order). */
function toHeadings(m: TradeMatrix): TradeMatrix {
  const headings = [...new Set(m.products.map((code) => code.slice(0, 4)))].sort();
  const column = new Map(headings.map((h, j) => [h, j]));
  const p = m.products.length;
  const values = new Float64Array(m.locations.length * headings.length);
  for (let i = 0; i < m.locations.length; i++)
    for (let j = 0; j < p; j++) {
      const target = column.get((m.products[j] as string).slice(0, 4)) as number;
      values[i * headings.length + target] =
        (values[i * headings.length + target] as number) + (m.values[i * p + j] as number);
    }
  return { time: m.time, locations: m.locations, products: headings, values };
}
