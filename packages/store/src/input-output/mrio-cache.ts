import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { MrioInput } from '@chanye/compute';

/**
 * The build's dense copy of one year of a snapshot MRIO (`data/snapshot/.cache/mrio-<dataset>-
 * <year>.bin`, ignored by git), so that `chanye io` and the report read WIOD's 2011 table in
 * about 40 ms (hashing its sources included) instead of about 0.2 s of DuckDB grouping two
 * million long-form rows — and need not load DuckDB at all. It is derived data, like the series
 * cache (series-cache.ts): written by `npm run build` through the same reader as the Parquet
 * path, keyed by the SHA-256 of every Parquet file that reader uses, and ignored as soon as any
 * of them differs.
 *
 * Only the latest year of each dataset is cached (19 MB for WIOD's 1,435 region-sectors; all
 * seventeen years would be 320 MB). Other years load from Parquet as before; the values are the
 * same either way (a test compares the two paths bit for bit).
 *
 * Layout: a little-endian u32 header length, the header as JSON, zero padding to a multiple of
 * 8, then Z (n × n), Y (n × regions·categories) and the factor-input rows, all f64.
 */
/** Bump with any change to the header, the arrays or how the reader fills them. */
const FORMAT = 'chanye-mrio-dense-1';

/** The snapshot files the MRIO reader uses; the cache is valid only for these exact bytes. */
export const MRIO_SOURCE_FILES = [
  'io_intermediate.parquet',
  'io_final_demand.parquet',
  'io_output.parquet',
  'io_sectors.parquet',
  'io_final_demand_categories.parquet',
] as const;

interface Header {
  readonly format: string;
  readonly dataset: string;
  readonly year: number;
  readonly sources: Readonly<Record<string, string>>;
  readonly regions: readonly string[];
  readonly sectors: readonly string[];
  readonly finalDemandCategories: readonly string[];
  readonly factorLabels: readonly string[] | null;
  readonly unit: string;
  readonly note: string;
}

/** Where the cache of one dataset-year lives. */
export function mrioCachePath(snapshotDir: string, dataset: string, year: number): string {
  return join(snapshotDir, '.cache', `mrio-${dataset}-${year}.bin`);
}

function sourceHashes(snapshotDir: string): Record<string, string> {
  return Object.fromEntries(
    MRIO_SOURCE_FILES.map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(join(snapshotDir, file)))
        .digest('hex'),
    ]),
  );
}

/** Writes the cache of `input` (atomically: a temporary file, then a rename). */
export function writeMrioCache(snapshotDir: string, dataset: string, year: number, input: MrioInput): string {
  const header: Header = {
    format: FORMAT,
    dataset,
    year,
    sources: sourceHashes(snapshotDir),
    regions: input.regions,
    sectors: input.sectors,
    finalDemandCategories: input.finalDemandCategories,
    factorLabels: input.factorInputs?.labels ?? null,
    unit: input.unit ?? '',
    note: input.note ?? '',
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const start = Math.ceil((4 + json.length) / 8) * 8;
  const arrays = [input.Z, input.Y, ...(input.factorInputs ? [input.factorInputs.values] : [])];
  const out = Buffer.alloc(start + arrays.reduce((bytes, a) => bytes + a.byteLength, 0));
  out.writeUInt32LE(json.length, 0);
  json.copy(out, 4);
  let at = start;
  for (const a of arrays) {
    Buffer.from(a.buffer, a.byteOffset, a.byteLength).copy(out, at);
    at += a.byteLength;
  }
  const path = mrioCachePath(snapshotDir, dataset, year);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(`${path}.tmp`, out);
  renameSync(`${path}.tmp`, path);
  return path;
}

/**
 * The cached arrays of one dataset-year, or undefined when there is no cache, it is unreadable,
 * or it was made from other Parquet files.
 */
export function readMrioCache(snapshotDir: string, dataset: string, year: number): MrioInput | undefined {
  const path = mrioCachePath(snapshotDir, dataset, year);
  if (!existsSync(path)) return undefined;
  try {
    const file = readFileSync(path);
    const length = file.readUInt32LE(0);
    const header = JSON.parse(file.subarray(4, 4 + length).toString('utf8')) as Header;
    if (header.format !== FORMAT || header.dataset !== dataset || header.year !== year) return undefined;
    const hashes = sourceHashes(snapshotDir);
    if (MRIO_SOURCE_FILES.some((f) => header.sources[f] !== hashes[f])) return undefined;
    const n = header.regions.length * header.sectors.length;
    const k = header.regions.length * header.finalDemandCategories.length;
    const q = header.factorLabels?.length ?? 0;
    let at = Math.ceil((4 + length) / 8) * 8;
    if (file.length !== at + 8 * (n * n + n * k + q * n)) return undefined;
    // Copies, so the arrays are aligned whatever the Buffer's offset, and own their memory.
    const take = (count: number): Float64Array => {
      const slice = file.buffer.slice(file.byteOffset + at, file.byteOffset + at + 8 * count);
      at += 8 * count;
      return new Float64Array(slice);
    };
    const Z = take(n * n);
    const Y = take(n * k);
    return {
      regions: header.regions,
      sectors: header.sectors,
      finalDemandCategories: header.finalDemandCategories,
      Z,
      Y,
      ...(header.factorLabels ? { factorInputs: { labels: header.factorLabels, values: take(q * n) } } : {}),
      unit: header.unit,
      note: header.note,
    };
  } catch {
    return undefined; // an unreadable cache is no cache
  }
}
