import type { ObservationStatus } from '@chanye/compute';
import type { SeriesRef } from '../catalog/schema.js';
import type { Connector } from '../connector/connector.js';
import type { SeriesFilter, SeriesRow } from './series.js';

/**
 * The whole snapshot `series` table in memory, in columns, sorted by (source, series, iso3,
 * year) — the order `readSeries` returns rows in. A caller that asks for most series of most
 * economies (a country report, which ranks every economy on some 200 series, or the API
 * server) loads it once, about 0.5 s, instead of running a query per series, about 7 ms each
 * in DuckDB plus converting its rows; a caller that needs a few series keeps using queries.
 * `read` returns exactly what `readSeries` returns for the same reference and filter (a test
 * compares them for every series).
 */
/** The table's columns: what the build's cache stores (series-cache.ts). */
export interface SeriesColumns {
  /** Each series and its rows [start, end), in (source, series) order. */
  readonly keys: readonly {
    readonly source: string;
    readonly series: string;
    readonly start: number;
    readonly end: number;
  }[];
  readonly iso3Codes: readonly string[];
  readonly statusCodes: readonly ObservationStatus[];
  /** Per row: an index into iso3Codes, the year, the value, an index into statusCodes. */
  readonly iso3: Uint16Array;
  readonly year: Int32Array;
  readonly value: Float64Array;
  readonly status: Uint8Array;
  /** [row, note] for the rows with a note, by row. */
  readonly notes: readonly (readonly [number, string])[];
}

export class SeriesTable {
  /** Row range [start, end) of each `source\0series`. */
  private readonly ranges: ReadonlyMap<string, readonly [number, number]>;
  private readonly notes: ReadonlyMap<number, string>;
  private readonly iso3Code: ReadonlyMap<string, number>;

  private constructor(readonly columns: SeriesColumns) {
    this.ranges = new Map(columns.keys.map((k) => [seriesKey(k.source, k.series), [k.start, k.end] as const]));
    this.notes = new Map(columns.notes);
    this.iso3Code = new Map(columns.iso3Codes.map((iso3, code) => [iso3, code]));
  }

  /** A table over columns already in memory (as read from the build's cache, series-cache.ts). */
  static fromColumns(columns: SeriesColumns): SeriesTable {
    return new SeriesTable(columns);
  }

  /** Reads the table; undefined when it holds something the columns cannot (a null cell). */
  static async load(connector: Connector): Promise<SeriesTable | undefined> {
    // Codes numbered in sort order, so sorting by the codes is sorting by the strings.
    const codes = `
      with k as (select source, series, (row_number() over (order by source, series) - 1)::integer as ki
                   from (select distinct source, series from series)),
           e as (select iso3, (row_number() over (order by iso3) - 1)::integer as ei
                   from (select distinct iso3 from series)),
           t as (select status, (row_number() over (order by status) - 1)::integer as ti
                   from (select distinct status from series))`;
    const [keys, iso3s, statuses, counts, noted] = await Promise.all([
      connector.query<{ source: string; series: string }>(
        `select distinct source, series from series order by source, series`,
      ),
      connector.query<{ iso3: string }>(`select distinct iso3 from series order by iso3`),
      connector.query<{ status: ObservationStatus }>(`select distinct status from series order by status`),
      connector.query<{ rows: number; nulls: number }>(
        `select count(*)::integer as rows,
                count(*) filter (where source is null or series is null or iso3 is null or year is null
                                 or value is null or status is null)::integer as nulls
           from series`,
      ),
      connector.query<{ ki: number; ei: number; year: number; note: string }>(
        `${codes} select k.ki, e.ei, s.year, s.note from series s join k using (source, series) join e using (iso3)
                  where s.note is not null`,
      ),
    ]);
    const total = counts[0]?.rows ?? 0;
    if ((counts[0]?.nulls ?? 0) > 0) return undefined;
    if (iso3s.length > 65536 || statuses.length > 256) return undefined;
    const iso3 = new Uint16Array(total);
    const year = new Int32Array(total);
    const value = new Float64Array(total);
    const status = new Uint8Array(total);
    const keyOf = new Int32Array(total);
    let at = 0;
    await connector.scan(
      `${codes}
       select k.ki, e.ei, s.year, s.value, t.ti
         from series s join k using (source, series) join e using (iso3) join t using (status)
        order by k.ki, e.ei, s.year`,
      [],
      (columns, rowCount) => {
        const [k, e, y, v, t] = columns as [number[], number[], number[], number[], number[]];
        for (let r = 0; r < rowCount; r++, at++) {
          keyOf[at] = k[r] as number;
          iso3[at] = e[r] as number;
          year[at] = y[r] as number;
          value[at] = v[r] as number;
          status[at] = t[r] as number;
        }
      },
    );
    if (at !== total) return undefined;
    const ranges: SeriesColumns['keys'][number][] = [];
    const rangeByCode: [number, number][] = [];
    for (let start = 0; start < total;) {
      const key = keyOf[start] as number;
      let end = start + 1;
      while (end < total && keyOf[end] === key) end++;
      const ref = keys[key];
      if (!ref) return undefined;
      ranges.push({ source: ref.source, series: ref.series, start, end });
      rangeByCode[key] = [start, end];
      start = end;
    }
    // Each note goes to its row: found by binary search on (economy, year) within its series.
    const notes = new Map<number, string>();
    for (const n of noted) {
      const range = rangeByCode[n.ki];
      if (!range) return undefined;
      let [lo, hi] = range;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        const before = (iso3[mid] as number) < n.ei || (iso3[mid] === n.ei && (year[mid] as number) < n.year);
        if (before) lo = mid + 1;
        else hi = mid;
      }
      if (lo >= range[1] || iso3[lo] !== n.ei || year[lo] !== n.year) return undefined;
      notes.set(lo, n.note);
    }
    return new SeriesTable({
      keys: ranges,
      iso3Codes: iso3s.map((r) => r.iso3),
      statusCodes: statuses.map((r) => r.status),
      iso3,
      year,
      value,
      status,
      notes: [...notes].sort((a, b) => a[0] - b[0]),
    });
  }

  /**
   * Visits every row of the series in `wanted` (`source\0series` keys, as {@link seriesKey}) in
   * the table's order — (source, series, iso3, year), the order of the Parquet file — without
   * making row objects: how the simulation panel reads its 25 raw series.
   */
  visit(
    wanted: ReadonlySet<string>,
    row: (key: string, iso3: string, year: number, value: number, status: ObservationStatus) => void,
  ): void {
    const { iso3: iso3Column, iso3Codes, year, value, status, statusCodes } = this.columns;
    for (const k of this.columns.keys) {
      const key = seriesKey(k.source, k.series);
      if (!wanted.has(key)) continue;
      for (let r = k.start; r < k.end; r++) {
        row(
          key,
          iso3Codes[iso3Column[r] as number] as string,
          year[r] as number,
          value[r] as number,
          statusCodes[status[r] as number] as ObservationStatus,
        );
      }
    }
  }

  /** The rows `readSeries(connector, ref, filter)` would return. */
  read(ref: SeriesRef, filter: SeriesFilter = {}): SeriesRow[] {
    const range = this.ranges.get(seriesKey(ref.source, ref.series));
    if (!range) return [];
    const [from, to] = filter.years ?? [-100000, 100000];
    const factor = ref.scale ?? 1;
    const rows: SeriesRow[] = [];
    if (!filter.iso3s) {
      this.push(rows, range[0], range[1], from, to, factor);
      return rows;
    }
    // Rows are sorted by economy code, and codes follow the order of the ISO3 strings, so each
    // economy's rows are found by binary search; in that order, as the query's `order by iso3`.
    const codes = [...new Set(filter.iso3s)]
      .map((iso3) => this.iso3Code.get(iso3))
      .filter((code): code is number => code !== undefined)
      .sort((a, b) => a - b);
    for (const code of codes) {
      const start = this.firstRow(range[0], range[1], code);
      let end = start;
      while (end < range[1] && this.columns.iso3[end] === code) end++;
      this.push(rows, start, end, from, to, factor);
    }
    return rows;
  }

  private push(rows: SeriesRow[], start: number, end: number, from: number, to: number, factor: number): void {
    const { year, iso3: iso3Column, iso3Codes, value, status, statusCodes } = this.columns;
    for (let r = start; r < end; r++) {
      const y = year[r] as number;
      if (y < from || y > to) continue;
      const v = value[r] as number;
      rows.push({
        iso3: iso3Codes[iso3Column[r] as number] as string,
        year: y,
        value: factor === 1 ? v : v * factor,
        status: statusCodes[status[r] as number] as ObservationStatus,
        note: this.notes.get(r) ?? null,
      });
    }
  }

  /** The first row in [start, end) whose economy code is not below `code`. */
  private firstRow(start: number, end: number, code: number): number {
    const iso3 = this.columns.iso3;
    let lo = start;
    let hi = end;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((iso3[mid] as number) < code) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** The key of a series in the table (and in {@link SeriesTable.visit}'s set). */
export function seriesKey(source: string, series: string): string {
  return `${source}\u0000${series}`;
}
