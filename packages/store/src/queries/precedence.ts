import type { Observation, ObservationStatus } from '@chanye/compute';
import type { Indicator, SeriesRef } from '../catalog/schema.js';
import type { SourceInfo } from '../snapshot/manifest.js';
import type { SeriesRow } from './series.js';

/** A row of the user database as the store reads it. */
export interface UserRow {
  readonly iso3: string;
  readonly year: number;
  readonly value: number;
  readonly unit: string;
  readonly source: string;
  readonly vintage: string;
  readonly status: ObservationStatus;
  readonly note: string | null;
}

/** What the store knows of a snapshot series, from `series_meta.parquet`. */
export interface SeriesMeta {
  readonly name: string;
  readonly unit: string | null;
  readonly description: string;
}

/**
 * How a snapshot series is named in a reported value, e.g.
 * "UN SDG Global Database, SDG 9.2.1, series NV_IND_MANF (sdg:nv_ind_manf)" or
 * "Penn World Table 10.01: Population (in millions) (pwt:pop)".
 */
export function seriesLabel(ref: SeriesRef, info: SourceInfo, meta: SeriesMeta | undefined): string {
  const id = `(${ref.source}:${ref.series})`;
  if (ref.source === 'sdg' && meta) return `${info.name}, ${meta.description} ${id}`;
  return meta ? `${info.name}: ${meta.name} ${id}` : `${info.name} ${id}`;
}

/** Everything needed to label a value from a snapshot series. */
export interface SeriesLabeller {
  readonly label: (ref: SeriesRef) => string;
  readonly vintage: (ref: SeriesRef) => string;
}

/**
 * Resolves an indicator defined by source series in precedence order: for each economy-year
 * the first series with a value is reported, under its own source and vintage, so a mixed
 * series is never silent about which source each value came from.
 */
export async function resolveSourceIndicator(
  indicator: Indicator,
  deps: { read: (ref: SeriesRef) => Promise<SeriesRow[]> } & SeriesLabeller,
): Promise<Observation[]> {
  const refs = indicator.sources ?? [];
  const chosen = new Map<string, Observation>();
  for (const ref of refs) {
    const source = deps.label(ref);
    const vintage = deps.vintage(ref);
    for (const row of await deps.read(ref)) {
      const key = `${row.iso3}|${row.year}`;
      if (chosen.has(key)) continue;
      chosen.set(key, {
        iso3: row.iso3,
        year: row.year,
        indicator: indicator.id,
        value: row.value,
        unit: indicator.unit,
        source,
        vintage,
        status: row.status,
        ...(row.note ? { note: row.note } : {}),
      });
    }
  }
  return [...chosen.values()].sort((a, b) => a.iso3.localeCompare(b.iso3) || a.year - b.year);
}
