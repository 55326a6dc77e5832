/**
 * The observations resource (`chanye query`, `GET /api/observations`) and the tidy long rows
 * every front end writes for a list of observations (also the profile's CSV).
 *
 * @module
 */
import { ChanyeError, type Observation } from '@chanye/compute';
import type { Store } from '@chanye/store';
import type { EconomyProfile } from '../profile.js';

/** Columns of the tidy long CSV of observations, in order. */
export const OBSERVATION_COLUMNS = [
  'iso3',
  'year',
  'indicator',
  'value',
  'unit',
  'source',
  'vintage',
  'status',
  'note',
] as const;

/** What `chanye query` and `GET /api/observations` ask for. */
export interface ObservationsRequest {
  readonly indicator: string;
  readonly economies?: readonly string[] | undefined;
  readonly years?: readonly [number, number] | undefined;
}

/**
 * The values of one indicator; when the request finds none, a no-data error that says which
 * years do have data for each economy (the latest of at most 20), rather than an empty answer.
 */
export async function findObservations(store: Store, request: ObservationsRequest): Promise<Observation[]> {
  const economies = request.economies ? { economies: request.economies } : {};
  const observations = await store.observations({
    indicator: request.indicator,
    ...economies,
    ...(request.years ? { years: request.years } : {}),
  });
  if (observations.length > 0) return observations;
  const all = await store.observations({ indicator: request.indicator, ...economies });
  if (all.length === 0) {
    const where = request.economies ? ` in ${request.economies.join(',')}` : '';
    throw new ChanyeError('no-data', `no data for ${request.indicator}${where}`);
  }
  const range = request.years ? `${request.years[0]}:${request.years[1]}` : 'any year';
  const latest = new Map<string, number>();
  for (const o of all) latest.set(o.iso3, Math.max(latest.get(o.iso3) ?? -Infinity, o.year));
  const details = [...latest].map(([iso3, year]) => `${iso3}: latest year with data is ${year}`);
  throw new ChanyeError('no-data', `no data for ${request.indicator} in ${range}`, details.slice(0, 20));
}

/** The profile's values as observations, section by section (items without data left out). */
export function profileObservations(profile: EconomyProfile): Observation[] {
  return profile.sections.flatMap((s) => s.items.flatMap((i) => (i.observation ? [i.observation] : [])));
}

/**
 * Observations as a wide table, one row per economy, indicator and unit with a column per year
 * (`chanye query --wide`), the layout of a WDI download and of Stata's `reshape wide`. Values
 * only: each value's status, source and note are in the long table, so the wide one carries
 * how many of a row's values are not observed (`not_observed`) to send the reader there.
 */
export function wideObservations(observations: readonly Observation[]): {
  columns: string[];
  rows: Record<string, unknown>[];
} {
  const years = [...new Set(observations.map((o) => o.year))].sort((a, b) => a - b);
  const rows = new Map<string, Record<string, unknown>>();
  for (const o of observations) {
    const key = `${o.iso3}\u0000${o.indicator}\u0000${o.unit}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { iso3: o.iso3, indicator: o.indicator, unit: o.unit, not_observed: 0 }));
    row[String(o.year)] = o.value;
    if (o.status !== 'observed') row['not_observed'] = (row['not_observed'] as number) + 1;
  }
  return {
    columns: ['iso3', 'indicator', 'unit', 'not_observed', ...years.map(String)],
    rows: [...rows.values()],
  };
}
