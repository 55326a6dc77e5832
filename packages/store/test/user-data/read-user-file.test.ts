import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isChanyeError } from '@chanye/compute';
import { DuckDBConnector } from '../../src/connector/duckdb-connector.js';
import { quotedString } from '../../src/sql/quote.js';
import { readUserFile, userFileFormat } from '../../src/user-data/read-user-file.js';
import { rowArray } from '../../src/user-data/user-table.js';
import { validateUserRows } from '../../src/user-data/validate.js';
import { declaredUnpackedSize, MAX_XLSX_UNPACKED } from '../../src/user-data/xlsx-size.js';
import { HEADER, failure, tempDir, writeIn } from './helpers.js';

const XLSX_FIXTURE = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'user-data', 'observations.xlsx');

describe('readUserFile(path) on CSV', () => {
  it('strips a UTF-8 BOM before the header', async () => {
    const path = writeIn(tempDir(), 'bom.csv', `\uFEFF${HEADER}\nCHN,2019,x,1,u,s\n`);
    const file = await readUserFile(path);
    expect(file.columns).toEqual(['iso3', 'year', 'indicator', 'value', 'unit', 'source']);
    expect(rowArray(file.rows)).toEqual([['CHN', '2019', 'x', '1', 'u', 's']]);
    expect(file.format).toBe('csv');
    expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('detects a semicolon delimiter (European Excel), with commas inside values', async () => {
    const path = writeIn(tempDir(), 'semi.csv', 'iso3;year;indicator;value;unit;source\nCHN;2019;x;1.5;u;"a, b"\n');
    expect(rowArray((await readUserFile(path)).rows)).toEqual([['CHN', '2019', 'x', '1.5', 'u', 'a, b']]);
  });

  it('detects a tab delimiter, in .csv and .tsv files', async () => {
    const dir = tempDir();
    const text = 'iso3\tyear\tindicator\tvalue\tunit\tsource\nCHN\t2019\tx\t1\tu\ts,t\n';
    for (const name of ['tab.csv', 'tab.tsv']) {
      expect(rowArray((await readUserFile(writeIn(dir, name, text))).rows)).toEqual([
        ['CHN', '2019', 'x', '1', 'u', 's,t'],
      ]);
    }
  });

  it('accepts CRLF line ends', async () => {
    const path = writeIn(tempDir(), 'crlf.csv', `${HEADER}\r\nCHN,2019,x,1,u,s\r\nUSA,2019,x,2,u,s\r\n`);
    expect(rowArray((await readUserFile(path)).rows)).toEqual([
      ['CHN', '2019', 'x', '1', 'u', 's'],
      ['USA', '2019', 'x', '2', 'u', 's'],
    ]);
  });

  it('reads quoted fields with the delimiter, a line break and quotes inside', async () => {
    const path = writeIn(
      tempDir(),
      'quoted.csv',
      `${HEADER},note\nCHN,2019,x,1,u,"Bureau, ""NBS""","line 1\nline 2"\n`,
    );
    const file = await readUserFile(path);
    expect(rowArray(file.rows)).toEqual([['CHN', '2019', 'x', '1', 'u', 'Bureau, "NBS"', 'line 1\nline 2']]);
    expect(validateUserRows(file, { file: path })[0]).toMatchObject({
      source: 'Bureau, "NBS"',
      note: 'line 1\nline 2',
    });
  });

  it('refuses text that is not UTF-8, and UTF-16', async () => {
    const dir = tempDir();
    const latin1 = writeIn(dir, 'latin1.csv', Buffer.from(`${HEADER}\nCHN,2019,x,1,u,S\xe3o Paulo\n`, 'latin1'));
    expect((await failure(() => readUserFile(latin1))).details).toEqual([expect.stringMatching(/not UTF-8/)]);
    const utf16 = writeIn(dir, 'utf16.csv', Buffer.from(`\uFEFF${HEADER}\n`, 'utf16le'));
    expect((await failure(() => readUserFile(utf16))).details).toEqual([expect.stringMatching(/UTF-16/)]);
  });

  it('reports a CSV syntax error with the file, row and line', async () => {
    const path = writeIn(tempDir(), 'broken.csv', `${HEADER}\nCHN,2019,x,1,u,"open\n`);
    const error = await failure(() => readUserFile(path));
    expect(error.message).toBe(`${path}: 1 problem`);
    expect(error.details).toEqual(['row 2: a quoted field is never closed (a missing " ?)']);
  });
});

describe('readUserFile(path) on Parquet', () => {
  it('reads columns and typed cells through DuckDB', async () => {
    const path = join(tempDir(), 'data.parquet');
    const duck = await DuckDBConnector.open();
    try {
      await duck.exec(
        `copy (select * from (values ('CHN', 2019::bigint, 'x', 1e308, 'u', 's'), ('USA', 2019, 'x', null, 'u', 's'))
                t(iso3, year, indicator, value, unit, source)) to ${quotedString(path)} (format parquet)`,
      );
    } finally {
      duck.close();
    }
    const file = await readUserFile(path);
    expect(file.columns).toEqual(['iso3', 'year', 'indicator', 'value', 'unit', 'source']);
    expect(rowArray(file.rows)).toEqual([
      ['CHN', 2019, 'x', 1e308, 'u', 's'],
      ['USA', 2019, 'x', null, 'u', 's'],
    ]);
  });

  it('refuses a file that is not Parquet', async () => {
    const path = writeIn(tempDir(), 'fake.parquet', 'not parquet at all');
    expect((await failure(() => readUserFile(path))).details[0]).toMatch(/not a readable Parquet file/);
  });
});

describe('readUserFile(path, {sheet}) on XLSX', () => {
  it('reads the first sheet by default, numbers as numbers', async () => {
    const file = await readUserFile(XLSX_FIXTURE);
    expect(file.format).toBe('xlsx');
    expect(file.columns).toEqual(['iso3', 'year', 'indicator', 'value', 'unit', 'source', 'note']);
    expect(rowArray(file.rows)[1]).toEqual(['chn', 2019, 'user_gdp', 14279.9, 'USD bn', 'my spreadsheet', 'revised']);
    const rows = validateUserRows(file, { file: XLSX_FIXTURE });
    expect(rows.map((r) => `${r.iso3} ${r.year} ${r.indicator} ${r.value}`)).toEqual([
      'CHN 2018 user_gdp 13894.8',
      'CHN 2019 user_gdp 14279.9',
      'USA 2019 user_gdp 21380.9',
      'USA 2019 user_share 1e-7',
    ]);
  });

  it('reads a named sheet, and its problems carry spreadsheet row numbers', async () => {
    const file = await readUserFile(XLSX_FIXTURE, { sheet: 'bad' });
    let details: readonly string[] = [];
    try {
      validateUserRows(file, { file: 'observations.xlsx' });
    } catch (error) {
      details = isChanyeError(error) ? error.details : [];
    }
    expect(details).toEqual([
      'row 2, value (column D): "n/a" is not a number',
      'row 3, year (column B): 2019.5 is not a whole year',
      'rows 4 and 5: duplicate key (indicator user_gdp, iso3 USA, year 2019); keep one of them',
    ]);
  });

  it('names the sheets when the requested one is missing', async () => {
    const error = await failure(() => readUserFile(XLSX_FIXTURE, { sheet: 'Sheet1' }));
    expect(error.details).toEqual(["no sheet named 'Sheet1' (sheets: data, bad)"]);
  });

  it('refuses a file that is not a workbook', async () => {
    const path = writeIn(tempDir(), 'fake.xlsx', 'iso3,year\n');
    expect((await failure(() => readUserFile(path))).details[0]).toMatch(/not a readable .xlsx workbook/);
  });

  it('reads the unpacked size from the ZIP directory, and refuses a workbook that would unpack beyond the cap before reading it', async () => {
    const bytes = readFileSync(XLSX_FIXTURE);
    // The fixture: a small workbook, well under the cap, read as before.
    const declared = declaredUnpackedSize(bytes)!;
    expect(declared).toBeGreaterThan(0);
    expect(declared).toBeLessThan(MAX_XLSX_UNPACKED);
    // A "zip bomb": the same workbook whose first entry claims 300 MB.
    const bomb = Buffer.from(bytes);
    const end = bomb.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    const directory = bomb.readUInt32LE(end + 16);
    bomb.writeUInt32LE(300 * 2 ** 20, directory + 24);
    const path = join(tempDir(), 'bomb.xlsx');
    writeFileSync(path, bomb);
    const error = await failure(() => readUserFile(path));
    expect(error.details[0]).toMatch(
      /unpacks to 3\d\d MB, above the 200 MB an .xlsx import may take; save the sheet as CSV/,
    );
    expect(declaredUnpackedSize(Buffer.from('not a zip'))).toBeUndefined();
  });
});

describe('readUserFile(path) errors', () => {
  it('refuses other extensions, naming the file and the accepted ones', async () => {
    const error = await failure(() => readUserFile('/tmp/notes.txt'));
    expect(error.kind).toBe('invalid-input');
    expect(error.message).toBe(
      'cannot import /tmp/notes.txt: unsupported file type .txt (expected .csv, .tsv, .parquet, .xlsx)',
    );
    expect(() => userFileFormat('old.XLS')).toThrow(/save the workbook as .xlsx/);
    expect(userFileFormat('DATA.CSV')).toBe('csv');
  });

  it('says when the file does not exist', async () => {
    const error = await failure(() => readUserFile(join(tempDir(), 'missing.csv')));
    expect(error.kind).toBe('not-found');
    expect(error.message).toMatch(/missing.csv: no such file/);
  });

  it('refuses a sheet name for a CSV file', async () => {
    const path = writeIn(tempDir(), 'a.csv', `${HEADER}\n`);
    expect((await failure(() => readUserFile(path, { sheet: 'x' }))).message).toMatch(/only applies to .xlsx/);
  });
});
