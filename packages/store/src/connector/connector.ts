/**
 * The seam between Chanye's queries and DuckDB (style.md §2.2, after Mosaic's Connector):
 * everything above it builds SQL with bound parameters; only implementations run it.
 */

/** A value that can be bound to a `$n` placeholder. Arrays bind as DuckDB lists. */
export type SqlParam = string | number | boolean | null | readonly string[] | readonly number[];

export interface Connector {
  /** Runs `sql` with `params` bound to `$1…$n` and returns rows as plain objects (JSON-safe values). */
  query<Row = Record<string, unknown>>(sql: string, params?: readonly SqlParam[]): Promise<Row[]>;
  /** Runs a statement that returns no rows. */
  exec(sql: string, params?: readonly SqlParam[]): Promise<void>;
  close(): void;
}
