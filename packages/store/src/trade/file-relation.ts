import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import { ChanyeError } from '@chanye/compute';
import type { Connector } from '../connector/connector.js';
import { literalFilePath } from '../sql/literal-path.js';
import { quotedString } from '../sql/quote.js';

/**
 * A `read_csv` / `read_parquet` relation over a user's trade file, after checking that the
 * file exists, has a type DuckDB streams, and has every column asked for. `columns` maps a
 * role to [column name, the CLI option that names it], so an error says what to change.
 * The path is a quoted literal: DuckDB's table functions do not take bound parameters.
 */
export async function fileRelation(
  connector: Connector,
  file: string,
  columns: Readonly<Record<string, readonly [string | undefined, string]>>,
): Promise<string> {
  if (!existsSync(file)) throw new ChanyeError('invalid-input', `cannot read ${file}: no such file`);
  const name = file.toLowerCase();
  const literal = quotedString(literalFilePath(file));
  const relation = name.endsWith('.parquet')
    ? `read_parquet(${literal})`
    : ['.csv', '.tsv', '.csv.gz', '.tsv.gz'].some((e) => name.endsWith(e))
      ? `read_csv(${literal}, all_varchar = true)`
      : undefined;
  if (relation === undefined) {
    throw new ChanyeError(
      'invalid-input',
      `cannot read ${file}: unsupported file type ${extname(file) || '(none)'} (expected .csv, .tsv, .csv.gz or .parquet)`,
    );
  }
  let present: string[];
  try {
    const described = await connector.query<{ column_name: string }>(
      `select column_name from (describe select * from ${relation})`,
    );
    present = described.map((r) => r.column_name);
  } catch (error) {
    throw new ChanyeError('invalid-input', `cannot read ${file}: ${(error as Error).message.split('\n')[0]}`);
  }
  const missing = Object.entries(columns).filter(
    (entry): entry is [string, readonly [string, string]] =>
      entry[1][0] !== undefined && !present.includes(entry[1][0]),
  );
  if (missing.length > 0) {
    const list = missing.map(([role, [column, option]]) => `'${column}' (the ${role}, ${option})`).join(', ');
    throw new ChanyeError('invalid-input', `${file} has no column ${list}; its columns are ${present.join(', ')}`);
  }
  return relation;
}
