import type { Connector, SqlParam } from './connector.js';

/**
 * A {@link Connector} that opens the one it wraps on its first query. A store whose caller never
 * queries DuckDB — `chanye io` reading a cached table, a report reading the cached series —
 * then never loads the native module or creates the snapshot's views (about 0.2 s together).
 * An opening that fails is not kept: the next query tries again and reports its own error.
 */
export class LazyConnector implements Connector {
  private opened: Promise<Connector> | undefined;
  private closed = false;

  constructor(private readonly openConnector: () => Promise<Connector>) {}

  /** Opens the wrapped connector now (if it is not open yet). */
  async open(): Promise<Connector> {
    if (this.closed) throw new Error('the connector is closed');
    this.opened ??= this.openConnector().catch((error: unknown) => {
      this.opened = undefined;
      throw error;
    });
    return this.opened;
  }

  /** Whether a query has opened the wrapped connector. */
  get isOpen(): boolean {
    return this.opened !== undefined;
  }

  async query<Row = Record<string, unknown>>(sql: string, params?: readonly SqlParam[]): Promise<Row[]> {
    return (await this.open()).query<Row>(sql, params);
  }

  async scan(
    sql: string,
    params: readonly SqlParam[],
    onChunk: (columns: readonly (readonly unknown[])[], rowCount: number) => void,
  ): Promise<void> {
    return (await this.open()).scan(sql, params, onChunk);
  }

  async exec(sql: string, params?: readonly SqlParam[]): Promise<void> {
    return (await this.open()).exec(sql, params);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    // An opening still under way is closed when it completes.
    this.opened?.then(
      (connector) => connector.close(),
      () => undefined,
    );
  }
}
