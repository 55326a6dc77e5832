import { join } from 'node:path';
import { ChanyeError, createMrio, type Mrio, type MrioInput } from '@chanye/compute';
import type { Connector } from '../connector/connector.js';
import { DuckDBConnector } from '../connector/duckdb-connector.js';
import { quotedString } from '../sql/quote.js';
import { naturalCodeOrder, readLongMrioInput } from './long-mrio.js';
import { MRIO_SOURCE_FILES, readMrioCache, writeMrioCache } from './mrio-cache.js';
import { MRIO_DATASETS } from './mrio-datasets.js';
import { loadImportedMrio, mrioImport } from './mrio-import.js';

export { MRIO_DATASETS } from './mrio-datasets.js';
export { mrioImport, type MrioImportEntry } from './mrio-import.js';

export type MrioDatasetId = keyof typeof MRIO_DATASETS;

export interface MrioRequest {
  readonly dataset: string;
  readonly year: number;
}

/** Parses a dataset id, naming the known ones when it is not one. */
export function mrioDataset(id: string): MrioDatasetId {
  if (id in MRIO_DATASETS) return id as MrioDatasetId;
  throw new ChanyeError(
    'invalid-input',
    `invalid --dataset: ${id} (expected one of ${Object.keys(MRIO_DATASETS).join(', ')})`,
  );
}

/**
 * The regions of one year of a snapshot MRIO, in the order {@link loadMrio} gives them (WIOD
 * 2013: the 40 economies, then ROW), read without loading the table; empty when the snapshot
 * has no table for that year.
 */
export async function mrioRegions(connector: Connector, request: MrioRequest, userDb = false): Promise<string[]> {
  if (!(request.dataset in MRIO_DATASETS)) {
    return [...(await mrioImport(connector, userDb, request.dataset, request.year)).regions];
  }
  const id = mrioDataset(request.dataset);
  const regions = await connector.query<{ country: string }>(
    `select distinct country from io_output where dataset = $1 and year = $2`,
    [id, request.year],
  );
  return naturalCodeOrder(regions.map((r) => r.country));
}

/**
 * Loads one year of a snapshot MRIO as a dense {@link Mrio}: WIOD 2013 is 41 regions (the 40
 * economies in WIOD's alphabetical order, ROM recoded ROU, which keeps its place, then ROW) ×
 * 35 sectors (c1 … c35) = 1,435 region-sectors, and 41 × 5 final-demand columns.
 *
 * x is the row balance Z·1 + Y·1 (as pymrio's calc_x), which differs from the published gross
 * output by the rounding of the cells to whole millions (at most 108 in 2011); v is the column
 * residual x − Z'1, and the published `va_residual` is kept as the factor input of that name.
 * Sectors with zero output (22 in 2011, mostly c35 private households) have zero columns of A.
 *
 * Given the `snapshotDir`, the year is read from the build's dense cache when it has one made
 * from these very Parquet files (mrio-cache.ts), without a query. Any other dataset is a table
 * imported with `chanye data import-mrio` into the user database (`userDb`: attached).
 */
export async function loadMrio(
  connector: Connector,
  request: MrioRequest,
  snapshotDir?: string,
  userDb = false,
): Promise<Mrio> {
  if (!(request.dataset in MRIO_DATASETS)) {
    return loadImportedMrio(connector, await mrioImport(connector, userDb, request.dataset, request.year));
  }
  const id = checkedRequest(request);
  const cached = snapshotDir === undefined ? undefined : readMrioCache(snapshotDir, id, request.year);
  return createMrio(cached ?? (await readSnapshotMrio(connector, id, request.year)));
}

/** The dataset id of a request whose year the dataset covers; fails naming the span otherwise. */
function checkedRequest(request: MrioRequest): MrioDatasetId {
  const id = mrioDataset(request.dataset);
  const [from, to] = MRIO_DATASETS[id].years;
  if (!Number.isInteger(request.year) || request.year < from || request.year > to) {
    throw new ChanyeError('no-data', `${id} covers ${from}-${to}; no table for ${request.year}`);
  }
  return id;
}

/** Reads one year of a snapshot MRIO from its Parquet views (io_intermediate, io_final_demand, …). */
async function readSnapshotMrio(connector: Connector, id: MrioDatasetId, year: number): Promise<MrioInput> {
  const spec = MRIO_DATASETS[id];
  const regions = await connector.query<{ country: string }>(
    `select distinct country from io_output where dataset = $1 and year = $2`,
    [id, year],
  );
  if (regions.length === 0) throw new ChanyeError('no-data', `no ${id} table for ${year} in the snapshot`);
  const sectors = await connector.query<{ sector: string }>(`select sector from io_sectors where dataset = $1`, [id]);
  const categories = await connector.query<{ fd_category: string }>(
    `select fd_category from io_final_demand_categories where dataset = $1 order by wiod_column`,
    [id],
  );
  return readLongMrioInput(
    connector,
    {
      intermediate: `select row_country as row_region, row_sector, col_country as col_region, col_sector, value
                       from io_intermediate where dataset = $1 and year = $2`,
      finalDemand: `select row_country as row_region, row_sector, col_country as col_region, fd_category as category, value
                      from io_final_demand where dataset = $1 and year = $2`,
      primaryInputs: `select 'va_residual' as label, country as col_region, sector as col_sector, va_residual as value
                        from io_output where dataset = $1 and year = $2`,
      params: [id, year],
    },
    {
      regions: naturalCodeOrder(regions.map((r) => r.country)),
      sectors: naturalCodeOrder(
        sectors.map((s) => s.sector),
        false,
      ),
      categories: categories.map((c) => c.fd_category),
      unit: spec.unit,
      note: `${spec.name}, ${year} (${spec.citation})`,
    },
  );
}

/**
 * Writes the build's dense cache (mrio-cache.ts) of the latest year of every snapshot MRIO
 * dataset, reading the Parquet files directly; returns the paths written.
 */
export async function buildMrioCaches(snapshotDir: string): Promise<string[]> {
  const connector = await DuckDBConnector.open();
  try {
    for (const file of MRIO_SOURCE_FILES) {
      await connector.exec(
        `create view "${file.replace(/\.parquet$/, '')}" as select * from read_parquet(${quotedString(join(snapshotDir, file))})`,
      );
    }
    const written: string[] = [];
    for (const id of Object.keys(MRIO_DATASETS) as MrioDatasetId[]) {
      const year = MRIO_DATASETS[id].years[1];
      written.push(writeMrioCache(snapshotDir, id, year, await readSnapshotMrio(connector, id, year)));
    }
    return written;
  } finally {
    connector.close();
  }
}
