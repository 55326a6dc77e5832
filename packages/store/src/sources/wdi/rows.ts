import type { UserObservationRow } from '../../user-data/types.js';
import type { WdiObservation } from './parse.js';

/** Rows the API returned that did not become observations, by reason. */
export interface WdiSkipped {
  /** `value: null`: the World Bank has no data for that economy and year (never read as 0). */
  readonly nullValues: number;
  /** No three-letter `countryiso3code` (some regional groupings have none), so no Chanye key. */
  readonly noIso3: number;
  /** A date that is not a single year (monthly `2013M08` or quarterly `2013Q1` series). */
  readonly notAnnual: number;
}

/** How to label the rows of one indicator. */
export interface WdiRowLabels {
  /** The World Bank code, e.g. `NY.GDP.MKTP.CD`. */
  readonly code: string;
  /** The Chanye indicator id the rows are stored under. */
  readonly indicator: string;
  /** The vintage label, e.g. `WDI API, lastupdated 2021-05-25`. */
  readonly vintage: string;
}

const ISO3 = /^[A-Z]{3}$/;
const YEAR = /^\d{4}$/;

/**
 * The unit of a WDI series. The API's `unit` field is almost always empty for WDI, and WDI
 * names carry the unit in a final parenthesis (`GDP (current US$)`, `Inflation, consumer
 * prices (annual %)`), so that is used next; a name without one (`Population, total`) is
 * itself the most honest description of what the number counts.
 *
 * @example
 * wdiUnit('', 'GDP per capita (current US$)'); // returns 'current US$'
 * wdiUnit('', 'Population, total'); // returns 'Population, total'
 */
export function wdiUnit(unitField: string, indicatorName: string): string {
  if (unitField.trim() !== '') return unitField.trim();
  const match = /\(([^()]+)\)\s*$/.exec(indicatorName);
  if (match?.[1] !== undefined && match[1].trim() !== '') return match[1].trim();
  return indicatorName.trim();
}

/**
 * Maps API observations to Chanye's long rows. Keeps every row with a three-letter
 * `countryiso3code`, aggregates included (WLD, ARB…: the World Bank publishes them and the user
 * asked for them); drops `null` values, never turning "no data" into 0.
 */
export function wdiRows(
  observations: readonly WdiObservation[],
  labels: WdiRowLabels,
): { rows: UserObservationRow[]; skipped: WdiSkipped } {
  const rows: UserObservationRow[] = [];
  let nullValues = 0;
  let noIso3 = 0;
  let notAnnual = 0;
  for (const o of observations) {
    if (o.value === null || !Number.isFinite(o.value)) {
      nullValues += 1;
      continue;
    }
    if (!ISO3.test(o.iso3)) {
      noIso3 += 1;
      continue;
    }
    if (!YEAR.test(o.date)) {
      notAnnual += 1;
      continue;
    }
    const status = o.obsStatus.trim();
    rows.push({
      iso3: o.iso3,
      year: Number(o.date),
      indicator: labels.indicator,
      value: o.value,
      unit: wdiUnit(o.unit, o.indicatorName),
      source: `World Bank WDI API (${labels.code})`,
      vintage: labels.vintage,
      status: 'observed',
      note: status === '' ? o.indicatorName : `${o.indicatorName}; World Bank obs_status ${status}`,
    });
  }
  return { rows, skipped: { nullValues, noIso3, notAnnual } };
}
