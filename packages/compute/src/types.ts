/**
 * Types shared by every Chanye package. A reported number is never a bare number: it is an
 * {@link Observation} that says where it came from and whether it was observed.
 *
 * @module
 */

/**
 * How a value came to be:
 * - `observed`: published by the source for that economy and year;
 * - `spliced`: a benchmark source's level carried past its last year by the movement of a
 *   fresher source of the same concept; `note` names both sources and the break year;
 * - `carried`: the source repeats an earlier value for this year rather than reporting a
 *   new one (flagged when the snapshot is built);
 * - `imputed`: filled by a named method, stated in `note`.
 */
export type ObservationStatus = 'observed' | 'spliced' | 'carried' | 'imputed';

/** One value of one indicator for one economy and year, with its provenance. */
export interface Observation {
  readonly iso3: string;
  readonly year: number;
  readonly indicator: string;
  readonly value: number;
  readonly unit: string;
  /** Human-readable source, e.g. "UN SDG Global Database (sdg:nv_ind_manf)". */
  readonly source: string;
  /** Edition of the source, e.g. "SDG Global Database, 2020 edition". */
  readonly vintage: string;
  readonly status: ObservationStatus;
  /** Source flags, imputation method or derivation, when there is something to say. */
  readonly note?: string;
  /** For a `spliced` value: the benchmark source's last year, where the series changes source. */
  readonly breakYear?: number;
}

/** A source series value as the store holds it before it becomes an indicator value. */
export interface SeriesPoint {
  readonly iso3: string;
  readonly year: number;
  readonly value: number;
  readonly status: ObservationStatus;
  readonly note?: string;
}
