/**
 * Carries an indicator past its benchmark source's last year with a fresher series of the same
 * concept (the catalogue's `extension`), so that "latest" means the latest year any source
 * measuring the concept has. Each added value is marked `spliced` and names both sources and
 * the break year. Method: docs/methods/data-precedence.md.
 *
 * @module
 */
import {
  extendByGrowth,
  ratioLink,
  STATUS_CODES,
  type Observation,
  type ObservationStatus,
  type SplicedValue,
  type YearValue,
} from '@chanye/compute';
import type { Extension, Indicator, SeriesRef } from '../catalog/schema.js';
import type { SeriesLabeller } from './precedence.js';
import type { SeriesFilter, SeriesRow } from './series.js';

export interface ExtensionDeps extends SeriesLabeller {
  readonly read: (ref: SeriesRef, filter: SeriesFilter) => Promise<SeriesRow[]>;
  readonly iso3s: readonly string[] | undefined;
}

/** The default overlap of `ratio_link`: three years, long enough to smooth one odd year. */
const DEFAULT_OVERLAP = 3;

/**
 * `observations` (all years of the benchmark, sorted by economy and year) with the spliced
 * years appended after each economy's last one.
 */
export async function extendObservations(
  indicator: Indicator,
  observations: readonly Observation[],
  deps: ExtensionDeps,
): Promise<Observation[]> {
  const extension = indicator.extension;
  if (!extension || observations.length === 0) return [...observations];
  const byEconomy = groupByEconomy(observations);
  const fresherRows = await deps.read(extension.series, { iso3s: deps.iso3s ?? [...byEconomy.keys()] });
  const fresher = groupByEconomy(fresherRows);
  const fresherSource = deps.label(extension.series);
  const fresherVintage = deps.vintage(extension.series);
  const out: Observation[] = [];
  for (const [iso3, own] of byEconomy) {
    out.push(...own);
    const rows = fresher.get(iso3) ?? [];
    const last = own.at(-1) as Observation;
    const statusOf = new Map(rows.map((r) => [r.year, r.status]));
    for (const s of splice(extension, own, rows)) {
      out.push({
        iso3,
        year: s.year,
        indicator: indicator.id,
        value: s.value,
        unit: indicator.unit,
        source: `${last.source}, extended by the growth of ${fresherSource}`,
        vintage: `${last.vintage}; ${fresherVintage}`,
        status: worse('spliced', statusOf.get(s.year) ?? 'observed'),
        note: spliceNote(extension, s),
        breakYear: s.breakYear,
      });
    }
  }
  return out;
}

function splice(extension: Extension, own: readonly YearValue[], fresher: readonly YearValue[]): SplicedValue[] {
  return extension.method === 'growth'
    ? extendByGrowth(own, fresher)
    : ratioLink(own, fresher, extension.overlap ?? DEFAULT_OVERLAP);
}

function spliceNote(extension: Extension, s: SplicedValue): string {
  const code = `${extension.series.source}:${extension.series.series}`;
  const how =
    extension.method === 'growth'
      ? `level of ${s.breakYear} moved by the growth of ${code} since ${s.breakYear}`
      : `${code} × ${s.factor.toPrecision(6)}, the mean ratio of the two series in ${s.linkYears.join(', ')}`;
  return `spliced: ${how}; break year ${s.breakYear}`;
}

function worse(a: ObservationStatus, b: ObservationStatus): ObservationStatus {
  return STATUS_CODES.indexOf(a) >= STATUS_CODES.indexOf(b) ? a : b;
}

function groupByEconomy<T extends { iso3: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const r of rows) {
    const list = groups.get(r.iso3);
    if (list) list.push(r);
    else groups.set(r.iso3, [r]);
  }
  return groups;
}

/** The observations within `years` (all when undefined). */
export function withinYears(observations: Observation[], years: readonly [number, number] | undefined): Observation[] {
  return years ? observations.filter((o) => o.year >= years[0] && o.year <= years[1]) : observations;
}
