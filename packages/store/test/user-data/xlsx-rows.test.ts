import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importUserFile } from '../../src/user-data/import-user-file.js';
import { readUserFile } from '../../src/user-data/read-user-file.js';
import { rowArray } from '../../src/user-data/user-table.js';
import { MAX_XLSX_ROWS, sheetRows } from '../../src/user-data/xlsx-rows.js';
import { failure, queryDb, sha256File, tempDir, writeIn } from './helpers.js';
import { xlsxBytes, type TestSheet } from './xlsx-zip.js';

const XLSX_FIXTURE = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'user-data', 'observations.xlsx');
const HEADER = ['iso3', 'year', 'indicator', 'value', 'unit', 'source'];
const ROWS = [HEADER, ['CHN', 2019, 'user_gdp', 1.5, 'USD bn', 'me']];
const ADVICE = 'save the sheet as CSV or Parquet, which have no row limit, and import that';

describe('the row cap of an .xlsx import', () => {
  it('is 400,000 rows, below Excel’s own 1,048,576', () => {
    expect(MAX_XLSX_ROWS).toBe(400_000);
  });

  it('refuses a sheet whose dimension declares more rows, naming file, count, cap and the way out', async () => {
    const sheet: TestSheet = { name: 'data', rows: ROWS, dimension: 'A1:F1048576' };
    const bytes = xlsxBytes([sheet]);
    expect(await sheetRows(bytes)).toEqual({ declared: 1_048_576 });
    const path = writeIn(tempDir(), 'huge.xlsx', bytes);
    const error = await failure(() => readUserFile(path));
    expect(error.message).toBe(`${path}: 1 problem`);
    expect(error.details).toEqual([
      `the sheet has 1,048,576 rows, above the 400,000 an .xlsx import may take (a workbook is read whole into memory); ${ADVICE}`,
    ]);
  });

  it('counts the rows of a sheet without a dimension, stopping past the cap', async () => {
    const over: TestSheet = { name: 'data', rows: ROWS, emptyRows: MAX_XLSX_ROWS };
    const bytes = xlsxBytes([over]);
    expect(bytes.length).toBeLessThan(2 * 2 ** 20);
    expect(await sheetRows(bytes)).toEqual({ counted: MAX_XLSX_ROWS + 1 });
    const path = writeIn(tempDir(), 'padded.xlsx', bytes);
    expect((await failure(() => readUserFile(path))).details).toEqual([
      `the sheet has more than 400,000 rows, above the 400,000 an .xlsx import may take (a workbook is read whole into memory); ${ADVICE}`,
    ]);
    // At the cap exactly, the sheet is read.
    const at = xlsxBytes([{ name: 'data', rows: ROWS, emptyRows: MAX_XLSX_ROWS - ROWS.length }]);
    expect(await sheetRows(at)).toEqual({ counted: MAX_XLSX_ROWS });
    const file = await readUserFile(writeIn(tempDir(), 'at-cap.xlsx', at));
    expect(file.columns).toEqual(HEADER);
    expect(rowArray(file.rows)[0]).toEqual(ROWS[1]);
  });

  it('looks at the sheet being imported: a large other sheet does not matter, and --sheet is named', async () => {
    const bytes = xlsxBytes([
      { name: 'small', rows: ROWS },
      { name: 'big & wide', rows: ROWS, dimension: 'A1:F500000' },
    ]);
    expect(await sheetRows(bytes)).toEqual({ counted: 2 });
    expect(await sheetRows(bytes, 'big & wide')).toEqual({ declared: 500_000 });
    expect(await sheetRows(bytes, 'absent')).toBeUndefined();
    const path = writeIn(tempDir(), 'two.xlsx', bytes);
    expect(rowArray((await readUserFile(path, { sheet: 'small' })).rows)).toEqual([ROWS[1]]);
    expect((await failure(() => readUserFile(path, { sheet: 'big & wide' }))).details[0]).toMatch(
      /^the sheet 'big & wide' has 500,000 rows, above the 400,000/,
    );
  });

  it('reads the counts of the stored fixture, whose sheets have no dimension', async () => {
    const bytes = readFileSync(XLSX_FIXTURE);
    expect(await sheetRows(bytes)).toEqual({ counted: 5 });
    expect(await sheetRows(bytes, 'bad')).toEqual({ counted: 5 });
    expect(await sheetRows(Buffer.from('not a zip'))).toBeUndefined();
  });

  it('writes nothing to the user database when it refuses a workbook', async () => {
    const dir = tempDir();
    const dbPath = join(dir, 'user.duckdb');
    const ok = writeIn(dir, 'ok.xlsx', xlsxBytes([{ name: 'data', rows: ROWS }]));
    await importUserFile(ok, { dbPath, importedAt: '2026-12-07T00:00:00Z' });
    const before = sha256File(dbPath);
    const huge = writeIn(dir, 'huge.xlsx', xlsxBytes([{ name: 'data', rows: ROWS, dimension: 'A1:F1048576' }]));
    const error = await failure(() => importUserFile(huge, { dbPath, importedAt: '2026-12-07T00:00:01Z' }));
    expect(error.details[0]).toMatch(/has 1,048,576 rows, above the 400,000/);
    expect(sha256File(dbPath)).toBe(before);
    expect(await queryDb(dbPath, 'select label from imports')).toEqual([{ label: 'import:ok.xlsx' }]);
  });
});
