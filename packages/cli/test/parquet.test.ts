import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DuckDBConnector, quotedString } from '@chanye/store';
import { parseCsv } from './csv.js';
import { runCli } from './run-cli.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'chanye-parquet-'));
  dirs.push(dir);
  return dir;
}

/** A Parquet file's rows and column types, read by DuckDB (as pandas or R arrow would read them). */
async function readParquet(path: string): Promise<{ rows: Record<string, unknown>[]; types: Record<string, string> }> {
  const connector = await DuckDBConnector.open();
  try {
    const file = quotedString(path);
    const rows = await connector.query<Record<string, unknown>>(`select * from read_parquet(${file})`);
    const described = await connector.query<{ column_name: string; column_type: string }>(
      `describe select * from read_parquet(${file})`,
    );
    return { rows, types: Object.fromEntries(described.map((d) => [d.column_name, d.column_type])) };
  } finally {
    connector.close();
  }
}

/** CSV text as its header and rows keyed by it. */
function readCsv(text: string): { columns: string[]; rows: Record<string, string>[] } {
  const [header = [], ...lines] = parseCsv(text.replace(/^\uFEFF/, ''));
  return { columns: header, rows: lines.map((l) => Object.fromEntries(header.map((c, k) => [c, l[k] ?? '']))) };
}

describe('Parquet output for pandas, R arrow and DuckDB', () => {
  it('query --format parquet holds the CSV’s rows with typed columns (year INTEGER, value DOUBLE, codes VARCHAR)', async () => {
    const dir = tempDir();
    const args = ['query', '--indicator', 'gdp_per_capita_ppp', '--economies', 'CHN,USA', '--years', '2010:2019'];
    const csv = await runCli([...args, '--format', 'csv']);
    expect(csv.code).toBe(0);
    const out = join(dir, 'gdp.parquet');
    const result = await runCli([...args, '--format', 'parquet', '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    const { rows, types } = await readParquet(out);
    const expected = readCsv(csv.stdout);
    expect(rows).toHaveLength(expected.rows.length);
    expect(Object.keys(types)).toEqual(expected.columns);
    expect([types['iso3'], types['year'], types['value']]).toEqual(['VARCHAR', 'INTEGER', 'DOUBLE']);
    rows.forEach((row, k) => {
      const line = expected.rows[k] as Record<string, string>;
      expect(row['iso3']).toBe(line['iso3']);
      expect(row['year']).toBe(Number(line['year']));
      expect(row['value']).toBe(Number(line['value']));
      expect(row['source']).toBe(line['source']);
    });
    const noOut = await runCli([...args, '--format', 'parquet']);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('--format parquet writes a binary file: give --out FILE.parquet');
  });

  it('complexity --out DIR --parquet writes each CSV as Parquet beside it, HS codes kept as text', async () => {
    const dir = tempDir();
    const result = await runCli(['complexity', '--dataset', 'trade-2017', '--atlas-filter', '--out', dir, '--parquet']);
    expect(result.code, result.stderr).toBe(0);
    for (const name of ['economies', 'products', 'economy_products']) {
      const { rows, types } = await readParquet(join(dir, `${name}.parquet`));
      const csv = readCsv(readFileSync(join(dir, `${name}.csv`), 'utf8'));
      expect(rows, name).toHaveLength(csv.rows.length);
      expect(Object.keys(types), name).toEqual(csv.columns);
      if ('product' in types) expect(types['product']).toBe('VARCHAR');
      // As docs/cli.md says: time INTEGER, codes and names text, every number DOUBLE.
      for (const [column, type] of Object.entries(types)) {
        const isText = ['location', 'product', 'name_en', 'name_zh', 'name', 'section'].includes(column);
        if (column === 'time') expect(type, `${name}.${column}`).toBe('INTEGER');
        else if (!isText) expect(type, `${name}.${column}`).toBe('DOUBLE');
      }
    }
    const products = (await readParquet(join(dir, 'products.parquet'))).rows;
    expect(products.some((p) => p['product'] === '0101')).toBe(true);
    expect(products.find((p) => p['product'] === '8542')?.['name_zh']).toBe('集成电路');
    // Without --out there is nothing to write beside: bad input, not a flag silently ignored.
    const alone = await runCli(['complexity', '--dataset', 'trade-2017', '--economy', 'CHN', '--parquet']);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain('--parquet writes Parquet beside the CSV files of --out DIR');
  }, 120_000);
});
