import { DuckDBInstance, listValue, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import type { Connector, SqlParam } from './connector.js';

function toDuckDBValue(param: SqlParam): DuckDBValue {
  if (Array.isArray(param)) return listValue([...(param as readonly (string | number)[])]);
  return param as DuckDBValue;
}

/** Integers that DuckDB returns as bigint become numbers; anything else passes through. */
function plainRow(row: Record<string, unknown>): Record<string, unknown> {
  for (const [key, value] of Object.entries(row)) {
    if (typeof value === 'bigint') row[key] = Number(value);
  }
  return row;
}

/** A {@link Connector} over one DuckDB database (`:memory:` or a file). */
export class DuckDBConnector implements Connector {
  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly connection: DuckDBConnection,
  ) {}

  /**
   * Opens a database. `readOnly` opens a file without the right to change it, so a reader
   * can never leave a half-written user database behind.
   */
  static async open(path = ':memory:', options: { readOnly?: boolean } = {}): Promise<DuckDBConnector> {
    const config: Record<string, string> = { threads: '2' };
    if (options.readOnly && path !== ':memory:') config['access_mode'] = 'READ_ONLY';
    // The embedded engine must never try to download extensions at run time (offline machines).
    config['autoinstall_known_extensions'] = 'false';
    config['autoload_known_extensions'] = 'false';
    const instance = await DuckDBInstance.create(path, config);
    return new DuckDBConnector(instance, await instance.connect());
  }

  async query<Row = Record<string, unknown>>(sql: string, params: readonly SqlParam[] = []): Promise<Row[]> {
    const reader = await this.connection.runAndReadAll(sql, params.map(toDuckDBValue));
    return reader.getRowObjectsJS().map((row) => plainRow(row as Record<string, unknown>)) as Row[];
  }

  async scan(
    sql: string,
    params: readonly SqlParam[],
    onChunk: (columns: readonly (readonly unknown[])[], rowCount: number) => void,
  ): Promise<void> {
    const result = await this.connection.stream(sql, params.map(toDuckDBValue));
    for (
      let chunk = await result.fetchChunk();
      chunk !== null && chunk.rowCount > 0;
      chunk = await result.fetchChunk()
    ) {
      const columns = Array.from({ length: chunk.columnCount }, (_, i) =>
        chunk.getColumnValues(i).map((v) => (typeof v === 'bigint' ? Number(v) : v)),
      );
      onChunk(columns, chunk.rowCount);
    }
  }

  async exec(sql: string, params: readonly SqlParam[] = []): Promise<void> {
    await this.connection.run(sql, params.map(toDuckDBValue));
  }

  close(): void {
    this.connection.closeSync();
    this.instance.closeSync();
  }
}
