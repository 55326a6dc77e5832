/**
 * The seam between Chanye's queries and DuckDB (after the Connector interface of the Mosaic project, uwdata/mosaic):
 * everything above it builds SQL with bound parameters; only implementations run it.
 */

/** A value that can be bound to a `$n` placeholder. Arrays bind as DuckDB lists. */
export type SqlParam = string | number | boolean | null | readonly string[] | readonly number[];

export interface Connector {
  /** Runs `sql` with `params` bound to `$1…$n` and returns rows as plain objects (JSON-safe values). */
  query<Row = Record<string, unknown>>(sql: string, params?: readonly SqlParam[]): Promise<Row[]>;
  /**
   * Runs `sql` and hands its result to `onChunk` a chunk of rows at a time, each column as an
   * array of values (numbers for numeric columns), so large results never exist as objects.
   */
  scan(
    sql: string,
    params: readonly SqlParam[],
    onChunk: (columns: readonly (readonly unknown[])[], rowCount: number) => void,
  ): Promise<void>;
  /** Runs a statement that returns no rows. */
  exec(sql: string, params?: readonly SqlParam[]): Promise<void>;
  close(): void;
}
