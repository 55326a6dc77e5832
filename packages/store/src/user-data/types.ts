import type { ObservationStatus } from '@chanye/compute';

/**
 * One row of user data in Chanye's long schema, as `chanye data import` reads it from a file
 * and `chanye data fetch` builds it from an API. Column names in files are these names.
 */
export interface UserObservationRow {
  readonly iso3: string;
  readonly year: number;
  /** A catalogue indicator id (then the row overrides the snapshot) or a new id of the user's. */
  readonly indicator: string;
  readonly value: number;
  readonly unit: string;
  readonly source: string;
  /** Optional in files; defaults to the import's own label (file name and date). */
  readonly vintage?: string;
  /** Optional in files; defaults to `observed`. */
  readonly status?: ObservationStatus;
  readonly note?: string;
}

/** What an import or fetch records about itself in the user database. */
export interface ImportRecord {
  /** Stable label shown as the series' origin, e.g. `import:gdp.csv` or `wdi-api:NY.GDP.PCAP.CD`. */
  readonly label: string;
  /** The file read or the URL fetched. */
  readonly origin: string;
  readonly sha256: string;
  readonly rows: number;
  /** ISO timestamp, supplied by the caller (the CLI), so the library stays clock-free. */
  readonly importedAt: string;
}
