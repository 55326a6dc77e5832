/**
 * The user's imported trade datasets (`chanye data import-trade`): bilateral flows stored as
 * Parquet, one folder per year, beside the user database (`<db dir>/trade/<NAME>/year=YYYY/`),
 * and registered in two tables of the user database. The registry is the source of truth: a
 * dataset's rows are the files it lists, so an import becomes visible only when its
 * transaction commits, and files no row names are never read.
 *
 * @module
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ChanyeError } from '@chanye/compute';
import { DuckDBConnector } from '../connector/duckdb-connector.js';

/** Tables of the user database that register imported trade datasets. */
export const TRADE_DATASET_SCHEMA = [
  `create table if not exists trade_datasets (
     name varchar primary key,
     layout varchar not null,
     nomenclature varchar not null,
     country_codes_file varchar not null,
     country_codes_sha256 varchar not null,
     product_codes_file varchar,
     product_codes_sha256 varchar,
     created_at varchar not null,
     updated_at varchar not null
   )`,
  `create table if not exists trade_dataset_years (
     name varchar not null,
     year integer not null,
     rows bigint not null,
     value_kusd double not null,
     exporters integer not null,
     importers integer not null,
     parquet varchar not null,
     source_file varchar not null,
     source_sha256 varchar not null,
     imported_at varchar not null,
     primary key (name, year)
   )`,
] as const;

/** One year of an imported dataset, as registered. */
export interface TradeDatasetYear {
  readonly year: number;
  readonly rows: number;
  /** Sum of `v` (thousand current US$). */
  readonly valueKusd: number;
  readonly exporters: number;
  readonly importers: number;
  /** The year's Parquet file, absolute. */
  readonly parquet: string;
  /** The name of the file the year came from, and its SHA-256. */
  readonly sourceFile: string;
  readonly sourceSha256: string;
  readonly importedAt: string;
}

/** An imported trade dataset: bilateral flows t, i, j, k, v, q with ISO3 economies. */
export interface TradeDataset {
  readonly name: string;
  /** The layout it was imported from (`baci`). */
  readonly layout: string;
  /** Product nomenclature, e.g. `HS92`. */
  readonly nomenclature: string;
  readonly countryCodesFile: string;
  readonly productCodesFile: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Years in order. */
  readonly years: readonly TradeDatasetYear[];
}

/** The folder holding the trade datasets of the user database at `dbPath`. */
export function tradeFolder(dbPath: string): string {
  return join(dirname(resolve(dbPath)), 'trade');
}

/** Names a dataset may take: a letter or digit, then letters, digits, `-`, `_` or `.`, 64 at most. */
export const TRADE_DATASET_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/**
 * The trade datasets registered in the user database at `dbPath`, by name; none when the file
 * or its tables do not exist. Opens the database read-only.
 */
export async function readTradeDatasets(dbPath: string): Promise<TradeDataset[]> {
  if (!existsSync(dbPath)) return [];
  const connector = await DuckDBConnector.open(dbPath, { readOnly: true });
  try {
    const tables = await connector.query<{ n: number }>(
      `select count(*)::integer as n from duckdb_tables()
        where schema_name = 'main' and table_name in ('trade_datasets', 'trade_dataset_years')`,
    );
    if ((tables[0]?.n ?? 0) < 2) return [];
    const sets = await connector.query<{
      name: string;
      layout: string;
      nomenclature: string;
      country_codes_file: string;
      product_codes_file: string | null;
      created_at: string;
      updated_at: string;
    }>(`select * exclude (country_codes_sha256, product_codes_sha256) from trade_datasets order by name`);
    const years = await connector.query<{
      name: string;
      year: number;
      rows: number;
      value_kusd: number;
      exporters: number;
      importers: number;
      parquet: string;
      source_file: string;
      source_sha256: string;
      imported_at: string;
    }>(`select * from trade_dataset_years order by name, year`);
    const base = dirname(resolve(dbPath));
    return sets.map((s) => ({
      name: s.name,
      layout: s.layout,
      nomenclature: s.nomenclature,
      countryCodesFile: s.country_codes_file,
      productCodesFile: s.product_codes_file,
      createdAt: s.created_at,
      updatedAt: s.updated_at,
      years: years
        .filter((y) => y.name === s.name)
        .map((y) => ({
          year: y.year,
          rows: y.rows,
          valueKusd: y.value_kusd,
          exporters: y.exporters,
          importers: y.importers,
          parquet: join(base, y.parquet),
          sourceFile: y.source_file,
          sourceSha256: y.source_sha256,
          importedAt: y.imported_at,
        })),
    }));
  } finally {
    connector.close();
  }
}

/**
 * The imported dataset `name`; `invalid-input` naming the datasets there are (`builtIn`, the
 * snapshot's, and the imported ones) when there is none by that name.
 */
export async function findTradeDataset(
  dbPath: string,
  name: string,
  builtIn: readonly string[],
): Promise<TradeDataset> {
  const all = await readTradeDatasets(dbPath);
  const found = all.find((d) => d.name === name);
  if (found) return found;
  const imported = all.map((d) => `${d.name} (${d.years.map((y) => y.year).join(', ')})`);
  throw new ChanyeError(
    'invalid-input',
    `invalid --dataset: ${name} (expected one of ${builtIn.join(', ')}, or a dataset imported with ` +
      `\`chanye data import-trade\` into ${dbPath}: ${imported.length > 0 ? imported.join(', ') : 'none yet'})`,
  );
}

/**
 * The years of `dataset` within `years` (all when absent); `no-data` (exit 3) naming the years
 * the dataset has when none falls in the range.
 */
export function yearsWithin(dataset: TradeDataset, years?: readonly [number, number]): TradeDatasetYear[] {
  const kept = dataset.years.filter((y) => years === undefined || (y.year >= years[0] && y.year <= years[1]));
  if (kept.length === 0)
    throw new ChanyeError(
      'no-data',
      `${dataset.name} has no year in ${years![0]}–${years![1]}: it has ${dataset.years.map((y) => y.year).join(', ')}`,
    );
  return kept;
}
