import type { ObservationStatus } from '@chanye/compute';
import type { SeriesRef } from '../catalog/schema.js';
import type { Connector } from '../connector/connector.js';

/** A snapshot series value, already multiplied by the reference's `scale`. */
export interface SeriesRow {
  readonly iso3: string;
  readonly year: number;
  readonly value: number;
  readonly status: ObservationStatus;
  readonly note: string | null;
}

export interface SeriesFilter {
  readonly iso3s?: readonly string[] | undefined;
  readonly years?: readonly [number, number] | undefined;
}

/** Reads one source series from the snapshot, filtered by economies and years, sorted. */
export async function readSeries(
  connector: Connector,
  ref: SeriesRef,
  filter: SeriesFilter = {},
): Promise<SeriesRow[]> {
  const rows = await connector.query<SeriesRow>(
    `select iso3, year, value, status, note
       from series
      where source = $1 and series = $2
        and ($3::varchar[] is null or list_contains($3::varchar[], iso3))
        and year between $4 and $5
      order by iso3, year`,
    [ref.source, ref.series, filter.iso3s ?? null, filter.years?.[0] ?? -100000, filter.years?.[1] ?? 100000],
  );
  const factor = ref.scale ?? 1;
  return factor === 1 ? rows : rows.map((r) => ({ ...r, value: r.value * factor }));
}
