import type { DuckDBConnection, DuckDBInstance, DuckDBValue } from '@duckdb/node-api';
import type { Connector, SqlParam } from './connector.js';

/**
 * DuckDB's native module, loaded when the first database is opened rather than when this module
 * is: it takes about 0.15 s, which commands that never query (`chanye io` on a cached table,
 * `--help`) need not pay.
 */
export type DuckDBModule = typeof import('@duckdb/node-api');
let duckdb: Promise<DuckDBModule> | undefined;
export function loadDuckDB(): Promise<DuckDBModule> {
  duckdb ??= import('@duckdb/node-api');
  return duckdb;
}

function toDuckDBValue(module: DuckDBModule, param: SqlParam): DuckDBValue {
  if (Array.isArray(param)) return module.listValue([...(param as readonly (string | number)[])]);
  return param as DuckDBValue;
}

/** Integers that DuckDB returns as bigint become numbers; anything else passes through. */
function plainRow(row: Record<string, unknown>): Record<string, unknown> {
  for (const [key, value] of Object.entries(row)) {
    if (typeof value === 'bigint') row[key] = Number(value);
  }
  return row;
}

/** Connections a connector opens at most, unless told otherwise. */
export const DEFAULT_MAX_CONNECTIONS = 4;

export interface DuckDBConnectorOptions {
  /** Open a database file without the right to change it. */
  readonly readOnly?: boolean;
  /**
   * How many connections to the one database may run queries at the same time (default
   * {@link DEFAULT_MAX_CONNECTIONS}). Connections are opened when first needed, so a caller
   * that awaits each query in turn only ever uses one.
   */
  readonly maxConnections?: number;
}

/**
 * A {@link Connector} over one DuckDB database (`:memory:` or a file).
 *
 * Concurrency: a DuckDB connection runs one statement at a time, and a second statement on it
 * silently ends a streaming result the first one is still reading. So every call borrows a
 * connection of its own from a small pool over the one database instance, and gives it back
 * when its result is read; callers beyond the pool's size wait their turn, first come first
 * served. Views and attached databases belong to the instance, so every connection sees the
 * same schema.
 */
export class DuckDBConnector implements Connector {
  private readonly idle: DuckDBConnection[];
  private readonly all: DuckDBConnection[];
  private readonly waiting: { resolve: (c: DuckDBConnection) => void; reject: (e: Error) => void }[] = [];
  private opening = 0;
  private closed = false;

  private constructor(
    private readonly duckdb: DuckDBModule,
    private readonly instance: DuckDBInstance,
    first: DuckDBConnection,
    private readonly maxConnections: number,
  ) {
    this.idle = [first];
    this.all = [first];
  }

  /**
   * Opens a database. `readOnly` opens a file without the right to change it, so a reader
   * can never leave a half-written user database behind.
   */
  static async open(path = ':memory:', options: DuckDBConnectorOptions = {}): Promise<DuckDBConnector> {
    const max = options.maxConnections ?? DEFAULT_MAX_CONNECTIONS;
    if (!Number.isInteger(max) || max < 1) throw new Error(`invalid maxConnections: ${max} (expected 1 or more)`);
    const config: Record<string, string> = { threads: '2' };
    if (options.readOnly && path !== ':memory:') config['access_mode'] = 'READ_ONLY';
    // The embedded engine must never try to download extensions at run time (offline machines).
    config['autoinstall_known_extensions'] = 'false';
    config['autoload_known_extensions'] = 'false';
    const module = await loadDuckDB();
    const instance = await module.DuckDBInstance.create(path, config);
    return new DuckDBConnector(module, instance, await instance.connect(), max);
  }

  /** Connections opened so far (at most `maxConnections`). */
  get connectionCount(): number {
    return this.all.length;
  }

  async query<Row = Record<string, unknown>>(sql: string, params: readonly SqlParam[] = []): Promise<Row[]> {
    return this.withConnection(async (connection) => {
      const reader = await connection.runAndReadAll(sql, this.values(params));
      return reader.getRowObjectsJS().map((row) => plainRow(row as Record<string, unknown>)) as Row[];
    });
  }

  /**
   * Streams the rows of a query chunk by chunk (some 2,048 rows each), values converted as
   * {@link query} converts them (dates as `Date`, integers as numbers, nested values as arrays
   * and objects), so a large result is never held whole, natively or as objects.
   */
  async scanRows(sql: string, onRows: (rows: readonly (readonly unknown[])[]) => void): Promise<void> {
    await this.withConnection(async (connection) => {
      const result = await connection.stream(sql);
      for await (const rows of result.yieldRowsJs()) onRows(rows);
    });
  }

  async scan(
    sql: string,
    params: readonly SqlParam[],
    onChunk: (columns: readonly (readonly unknown[])[], rowCount: number) => void,
  ): Promise<void> {
    await this.withConnection(async (connection) => {
      const result = await connection.stream(sql, this.values(params));
      for (
        let chunk = await result.fetchChunk();
        chunk !== null && chunk.rowCount > 0;
        chunk = await result.fetchChunk()
      ) {
        const rowCount = chunk.rowCount;
        // Item by item from each vector into one array (getColumnValues would build an array
        // only for it to be copied again to turn BIGINTs into numbers).
        const columns = Array.from({ length: chunk.columnCount }, (_, i) => {
          const vector = chunk.getColumnVector(i);
          const values = new Array<unknown>(rowCount);
          for (let r = 0; r < rowCount; r++) {
            const v = vector.getItem(r);
            values[r] = typeof v === 'bigint' ? Number(v) : v;
          }
          return values;
        });
        onChunk(columns, rowCount);
      }
    });
  }

  async exec(sql: string, params: readonly SqlParam[] = []): Promise<void> {
    await this.withConnection(async (connection) => {
      await connection.run(sql, this.values(params));
    });
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const waiter of this.waiting.splice(0)) waiter.reject(new Error('the DuckDB connector is closed'));
    for (const connection of this.all) connection.closeSync();
    this.instance.closeSync();
  }

  private values(params: readonly SqlParam[]): DuckDBValue[] {
    return params.map((param) => toDuckDBValue(this.duckdb, param));
  }

  private async withConnection<T>(run: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
    const connection = await this.acquire();
    try {
      return await run(connection);
    } finally {
      this.release(connection);
    }
  }

  private async acquire(): Promise<DuckDBConnection> {
    if (this.closed) throw new Error('the DuckDB connector is closed');
    const idle = this.idle.pop();
    if (idle) return idle;
    if (this.all.length + this.opening < this.maxConnections) {
      this.opening += 1;
      try {
        const connection = await this.instance.connect();
        this.all.push(connection);
        return connection;
      } finally {
        this.opening -= 1;
      }
    }
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  private release(connection: DuckDBConnection): void {
    if (this.closed) return;
    const next = this.waiting.shift();
    if (next) next.resolve(connection);
    else this.idle.push(connection);
  }
}
