import { DuckDBConnector } from '../connector/duckdb-connector.js';
import { literalFilePath } from '../sql/literal-path.js';
import { quotedString } from '../sql/quote.js';
import { fileProblem } from './problems.js';
import type { RawCell, RowSource, UserTable } from './user-table.js';

/**
 * Reads a Parquet file through an in-memory DuckDB, so the user database is not touched
 * before the rows are validated. The path is a quoted literal because `read_parquet` cannot
 * take a bound parameter.
 */
export async function parquetTable(path: string, file: string): Promise<UserTable> {
  const connector = await DuckDBConnector.open();
  try {
    const source = `read_parquet(${quotedString(literalFilePath(path))})`;
    let described: { column_name: string }[];
    try {
      described = await connector.query<{ column_name: string }>(`describe select * from ${source}`);
    } catch (error) {
      throw fileProblem(file, `not a readable Parquet file (${firstLine(error)})`);
    }
    const columns = described.map((d) => d.column_name);
    const objects = await connector.query(`select * from ${source}`);
    // Cells are made row by row as the rows are visited, not held beside the objects.
    const rows: RowSource = {
      forEach(visit) {
        objects.forEach((object, index) =>
          visit(
            columns.map((c) => rawCell(object[c])),
            index,
          ),
        );
      },
    };
    return { columns, rows };
  } finally {
    connector.close();
  }
}

/** A DuckDB value as a cell; nested values (lists, structs) become JSON text, which fails validation clearly. */
function rawCell(value: unknown): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value === 'bigint') return Number(value);
  return JSON.stringify(value);
}

function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n')[0] ?? '';
}
