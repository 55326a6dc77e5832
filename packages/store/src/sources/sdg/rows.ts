/**
 * SDG API observations → Chanye's long rows: M49 codes become ISO3 codes through the
 * snapshot's economies table, only the slice the catalogue maps is kept, and the nature and
 * value qualifiers go into the note as the snapshot builder writes them.
 *
 * @module
 */
import type { UserObservationRow } from '../../user-data/types.js';
import { sdgNatureNote } from './nature.js';
import type { SdgObservation } from './parse.js';

/** Rows the API returned that did not become observations, by reason. */
export interface SdgSkipped {
  /** An M49 code that is no economy's: regions and groupings (World, Africa, LDCs…). */
  readonly aggregates: number;
  /** No value, or a value that is not a number. */
  readonly noValue: number;
  /** Another slice of the series (a dimension value the catalogue's filter does not select). */
  readonly otherSlice: number;
  /** A time period that is not a single year. */
  readonly notAnnual: number;
  /**
   * Economy-years left with more than one slice after the filter: a dimension the filter does
   * not pin. None is kept, so slices never mix; a notice names the dimension.
   */
  readonly ambiguous: number;
}

export interface SdgRowLabels {
  readonly code: string;
  /** Dimension values selecting the catalogue's slice (`catalog/live-sources.yaml`). */
  readonly filter: Readonly<Record<string, string>>;
  /** The snapshot's UN M49 → ISO3 codes of economies. */
  readonly m49: ReadonlyMap<number, string>;
}

const PUBLISHED = /^([<>])?\s*(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)$/;

/**
 * The number of a published value and its qualifier. A `<` or `>` bound keeps its number,
 * and the note says how it was published: the snapshot's rule for the embedded edition.
 *
 * @example
 * publishedValue('<0.1'); // returns { value: 0.1, qualifier: '<' }
 */
export function publishedValue(raw: string | null): { value: number; qualifier: string } | undefined {
  const match = raw === null ? null : PUBLISHED.exec(raw.trim());
  if (match?.[2] === undefined) return undefined;
  const value = Number(match[2]);
  return Number.isFinite(value) ? { value, qualifier: match[1] ?? '' } : undefined;
}

/**
 * A row matches the filter when each named dimension has the named value. A row that does
 * not carry a named dimension at all is not broken down by it, so it is the whole: it matches.
 */
function matchesFilter(o: SdgObservation, filter: Readonly<Record<string, string>>): boolean {
  return Object.entries(filter).every(([dimension, wanted]) => {
    const value = o.dimensions[dimension];
    return value === undefined || value === wanted;
  });
}

/** The dimensions whose values differ among observations of one economy-year. */
function differingDimensions(group: readonly SdgObservation[]): string[] {
  const names = new Set(group.flatMap((o) => Object.keys(o.dimensions)));
  return [...names].filter((n) => new Set(group.map((o) => o.dimensions[n])).size > 1).sort();
}

/** Maps one series' observations (every page) to rows; see `SdgSkipped` for what is left out. */
export function sdgRows(
  observations: readonly SdgObservation[],
  labels: SdgRowLabels,
): { rows: UserObservationRow[]; skipped: SdgSkipped; notices: string[] } {
  let aggregates = 0;
  let noValue = 0;
  let otherSlice = 0;
  let notAnnual = 0;
  const kept = new Map<string, { o: SdgObservation; iso3: string; value: number; qualifier: string }[]>();
  for (const o of observations) {
    if (o.series !== labels.code || !matchesFilter(o, labels.filter)) {
      otherSlice += 1;
      continue;
    }
    if (!Number.isInteger(o.timePeriodStart)) {
      notAnnual += 1;
      continue;
    }
    const iso3 = /^\d+$/.test(o.geoAreaCode) ? labels.m49.get(Number(o.geoAreaCode)) : undefined;
    if (iso3 === undefined) {
      aggregates += 1;
      continue;
    }
    const published = publishedValue(o.value);
    if (published === undefined) {
      noValue += 1;
      continue;
    }
    const key = `${iso3}:${o.timePeriodStart}`;
    kept.set(key, [...(kept.get(key) ?? []), { o, iso3, ...published }]);
  }
  const rows: UserObservationRow[] = [];
  const unpinned = new Set<string>();
  let ambiguous = 0;
  const filterText = Object.entries(labels.filter).map(([k, v]) => `${k} ${v}`);
  for (const group of kept.values()) {
    const [first] = group;
    if (first === undefined) continue;
    if (group.length > 1) {
      ambiguous += group.length;
      for (const d of differingDimensions(group.map((g) => g.o))) unpinned.add(d);
      continue;
    }
    const note = [
      sdgNatureNote(first.o.attributes['Nature']),
      first.qualifier === '' ? undefined : `published as ${first.o.value?.trim() ?? ''}`,
    ].filter((s): s is string => s !== undefined);
    rows.push({
      iso3: first.iso3,
      year: first.o.timePeriodStart,
      indicator: labels.code,
      value: first.value,
      unit: first.o.attributes['Units'] ?? labels.code,
      source: `UN SDG API (${[labels.code, ...filterText].join(', ')})`,
      status: 'observed',
      ...(note.length > 0 ? { note: note.join('; ') } : {}),
    });
  }
  const notices =
    ambiguous === 0
      ? []
      : [
          `${labels.code}: ${ambiguous} values of economy-years with more than one slice were left out; the catalogue's filter does not pin ${[...unpinned].join(', ') || 'a dimension'} (catalog/live-sources.yaml)`,
        ];
  return { rows, skipped: { aggregates, noValue, otherSlice, notAnnual, ambiguous }, notices };
}
