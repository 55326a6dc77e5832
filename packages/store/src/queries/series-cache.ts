import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ObservationStatus } from '@chanye/compute';
import { DuckDBConnector } from '../connector/duckdb-connector.js';
import { quotedString } from '../sql/quote.js';
import { SeriesTable, type SeriesColumns } from './series-table.js';

/**
 * The build's copy of the snapshot series table in columns (`data/snapshot/.cache/series.bin`,
 * ignored by git), so that {@link SeriesTable} loads in some 30 ms instead of about 0.6 s of
 * DuckDB scanning. It is derived data: written by `npm run build` from series.parquet through
 * the same `SeriesTable.load`, keyed by the SHA-256 of series.parquet, and ignored as soon as
 * the Parquet file differs, in which case the table is read from the Parquet file as before.
 *
 * Layout: a little-endian u32 header length, the header as JSON (the Parquet hash, the row
 * count, the series ranges, the code lists and the notes), zero padding to a multiple of 8,
 * then the columns value (f64), year (i32), iso3 (u16), status (u8).
 */
/** Bump with any change to the header, the columns or how SeriesTable.load fills them. */
const FORMAT = 'chanye-series-columns-1';

interface Header {
  readonly format: string;
  readonly parquetSha256: string;
  readonly rows: number;
  readonly keys: SeriesColumns['keys'];
  readonly iso3Codes: readonly string[];
  readonly statusCodes: readonly ObservationStatus[];
  readonly notes: SeriesColumns['notes'];
}

/** Where the cache of a snapshot's series table lives. */
export function seriesCachePath(snapshotDir: string): string {
  return join(snapshotDir, '.cache', 'series.bin');
}

function fileSha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** Writes the cache for `table`, read from `parquetPath` (atomically: a temporary file, then a rename). */
export function writeSeriesCache(table: SeriesTable, parquetPath: string, cachePath: string): void {
  const c = table.columns;
  const header: Header = {
    format: FORMAT,
    parquetSha256: fileSha256(parquetPath),
    rows: c.value.length,
    keys: c.keys,
    iso3Codes: c.iso3Codes,
    statusCodes: c.statusCodes,
    notes: c.notes,
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const start = Math.ceil((4 + json.length) / 8) * 8;
  const n = c.value.length;
  const out = Buffer.alloc(start + n * (8 + 4 + 2 + 1));
  out.writeUInt32LE(json.length, 0);
  json.copy(out, 4);
  let at = start;
  for (const column of [c.value, c.year, c.iso3, c.status]) {
    Buffer.from(column.buffer, column.byteOffset, column.byteLength).copy(out, at);
    at += column.byteLength;
  }
  mkdirSync(dirname(cachePath), { recursive: true });
  writeFileSync(`${cachePath}.tmp`, out);
  renameSync(`${cachePath}.tmp`, cachePath);
}

/** The cached table, or undefined when there is no cache or it was made from other Parquet data. */
export function readSeriesCache(parquetPath: string, cachePath: string): SeriesTable | undefined {
  if (!existsSync(cachePath)) return undefined;
  try {
    const file = readFileSync(cachePath);
    const length = file.readUInt32LE(0);
    const header = JSON.parse(file.subarray(4, 4 + length).toString('utf8')) as Header;
    if (header.format !== FORMAT || header.parquetSha256 !== fileSha256(parquetPath)) return undefined;
    const n = header.rows;
    let at = Math.ceil((4 + length) / 8) * 8;
    // Copies, so the typed arrays are aligned whatever the Buffer's offset in its pool.
    const take = (bytes: number): ArrayBuffer => {
      const slice = file.buffer.slice(file.byteOffset + at, file.byteOffset + at + bytes);
      at += bytes;
      return slice as ArrayBuffer;
    };
    const value = new Float64Array(take(8 * n));
    const year = new Int32Array(take(4 * n));
    const iso3 = new Uint16Array(take(2 * n));
    const status = new Uint8Array(take(n));
    if (at !== file.length) return undefined;
    return SeriesTable.fromColumns({
      keys: header.keys,
      iso3Codes: header.iso3Codes,
      statusCodes: header.statusCodes,
      notes: header.notes,
      value,
      year,
      iso3,
      status,
    });
  } catch {
    return undefined; // an unreadable cache is no cache
  }
}

/** Reads a snapshot's series.parquet through DuckDB and writes its cache (the build step). */
export async function buildSeriesCache(snapshotDir: string): Promise<string> {
  const parquetPath = join(snapshotDir, 'series.parquet');
  const connector = await DuckDBConnector.open();
  try {
    await connector.exec(`create view series as select * from read_parquet(${quotedString(parquetPath)})`);
    const table = await SeriesTable.load(connector);
    if (!table) throw new Error(`${parquetPath} has null cells; the series table cannot be cached`);
    const cachePath = seriesCachePath(snapshotDir);
    writeSeriesCache(table, parquetPath, cachePath);
    return cachePath;
  } finally {
    connector.close();
  }
}
