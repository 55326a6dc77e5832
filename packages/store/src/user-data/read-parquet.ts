import { DuckDBConnector } from '../connector/duckdb-connector.js';
import { literalFilePath } from '../sql/literal-path.js';
import { quotedString } from '../sql/quote.js';
import { fileProblem } from './problems.js';
import { interner, type RawCell, type RowSource, type UserTable } from './user-table.js';

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
    // Streamed into one array per column, repeated texts interned: 1.5 million rows read as
    // objects and then as arrays of cells took some 1.6 GB (issue 19).
    const cells: RawCell[][] = columns.map(() => []);
    const intern = interner();
    // The schema comes from the footer; a damaged data page only shows when the rows are read.
    try {
      await connector.scanRows(`select * from ${source}`, (chunk) => {
        for (const row of chunk)
          for (let c = 0; c < cells.length; c++) {
            const cell = rawCell(row[c]);
            (cells[c] as RawCell[]).push(typeof cell === 'string' ? intern(cell) : cell);
          }
      });
    } catch (error) {
      throw fileProblem(file, `not a readable Parquet file (${firstLine(error)})`);
    }
    const count = cells[0]?.length ?? 0;
    const rows: RowSource = {
      forEach(visit) {
        for (let i = 0; i < count; i++)
          visit(
            cells.map((column) => column[i] ?? null),
            i,
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
