import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DuckDBConnector } from '../../src/connector/duckdb-connector.js';
import { quotedString } from '../../src/sql/quote.js';
import { importUserFile } from '../../src/user-data/import-user-file.js';
import { importUserObservations } from '../../src/user-data/import-observations.js';
import { readImports } from '../../src/user-data/read-imports.js';
import type { UserObservationRow } from '../../src/user-data/types.js';
import { HEADER, failure, queryDb, sha256File, tempDir, writeIn } from './helpers.js';

const AT = '2024-05-01T08:30:00.000Z';

interface StoredRow {
  iso3: string;
  year: number;
  indicator: string;
  value: number;
  vintage: string;
  status: string;
  note: string | null;
  import_id: number;
}

const storedRows = (db: string): Promise<StoredRow[]> =>
  queryDb<StoredRow>(
    db,
    'select iso3, year, indicator, value, vintage, status, note, import_id from user_observations order by indicator, iso3, year',
  );

describe('importUserFile(path, options)', () => {
  it('creates the folder and database, and stores rows with provenance', async () => {
    const dir = tempDir();
    const db = join(dir, 'nested', 'user.duckdb');
    const csv = writeIn(
      dir,
      'gdp.csv',
      `${HEADER},note\nchn,2018,gdp_x,1e308,USD,me,\nUSA,2019,gdp_x,-2.5e-3,USD,me,hi\n`,
    );
    const summary = await importUserFile(csv, { dbPath: db, importedAt: AT });
    expect(summary).toEqual({
      importId: 1,
      label: 'import:gdp.csv',
      dbPath: db,
      rows: 2,
      replaced: 0,
      indicators: ['gdp_x'],
      economies: 2,
      years: [2018, 2019],
      file: csv,
      format: 'csv',
      // The fixture's 1e308 is stored exactly, and flagged: no economic quantity is that large.
      warnings: ['gdp_x CHN 2018: 1e+308 is beyond ±1e15, larger than any economic quantity here'],
    });
    expect(await storedRows(db)).toEqual([
      {
        iso3: 'CHN',
        year: 2018,
        indicator: 'gdp_x',
        value: 1e308,
        vintage: 'import of gdp.csv on 2024-05-01',
        status: 'observed',
        note: null,
        import_id: 1,
      },
      {
        iso3: 'USA',
        year: 2019,
        indicator: 'gdp_x',
        value: -2.5e-3,
        vintage: 'import of gdp.csv on 2024-05-01',
        status: 'observed',
        note: 'hi',
        import_id: 1,
      },
    ]);
    expect(await readImports(db)).toEqual([
      {
        importId: 1,
        label: 'import:gdp.csv',
        origin: csv,
        sha256: sha256File(csv),
        rows: 2,
        importedAt: AT,
        currentRows: 2,
      },
    ]);
  });

  it('replaces earlier rows with the same key on re-import and keeps the others', async () => {
    const dir = tempDir();
    const db = join(dir, 'user.duckdb');
    const first = writeIn(dir, 'v1.csv', `${HEADER}\nCHN,2018,x,1,u,s\nCHN,2019,x,1,u,s\nUSA,2019,x,1,u,s\n`);
    await importUserFile(first, { dbPath: db, importedAt: AT });
    const second = writeIn(dir, 'v2.csv', `${HEADER},vintage\nCHN,2019,x,2,u,s,2024 release\nCHN,2020,x,2,u,s,\n`);
    const summary = await importUserFile(second, { dbPath: db, importedAt: '2024-06-01T00:00:00Z' });
    expect([summary.importId, summary.rows, summary.replaced]).toEqual([2, 2, 1]);
    expect((await storedRows(db)).map((r) => `${r.iso3} ${r.year} ${r.value} ${r.import_id} ${r.vintage}`)).toEqual([
      'CHN 2018 1 1 import of v1.csv on 2024-05-01',
      'CHN 2019 2 2 2024 release',
      'CHN 2020 2 2 import of v2.csv on 2024-06-01',
      'USA 2019 1 1 import of v1.csv on 2024-05-01',
    ]);
    expect((await readImports(db)).map((i) => [i.label, i.rows, i.currentRows])).toEqual([
      ['import:v1.csv', 3, 2],
      ['import:v2.csv', 2, 2],
    ]);
  });

  it('leaves the database byte-for-byte unchanged when the file is malformed', async () => {
    const dir = tempDir();
    const db = join(dir, 'user.duckdb');
    await importUserFile(writeIn(dir, 'good.csv', `${HEADER}\nCHN,2019,x,1,u,s\n`), { dbPath: db, importedAt: AT });
    const before = sha256File(db);
    const files = readdirSync(dir).sort();
    const bad = writeIn(dir, 'bad.csv', `${HEADER}\nCHN,2019,x,2,u,s\nUSA,2019.5,x,abc,u,s\n`);
    const error = await failure(() => importUserFile(bad, { dbPath: db, importedAt: AT }));
    expect(error.message).toBe(`${bad}: 2 problems`);
    expect(sha256File(db)).toBe(before);
    expect(readdirSync(dir).sort()).toEqual([...files, 'bad.csv'].sort()); // no .wal left behind
  });

  it('does not create a database for a malformed file', async () => {
    const dir = tempDir();
    const db = join(dir, 'sub', 'user.duckdb');
    await failure(() => importUserFile(writeIn(dir, 'empty.csv', ''), { dbPath: db, importedAt: AT }));
    await failure(() => importUserFile(writeIn(dir, 'header.csv', `${HEADER}\r\n`), { dbPath: db, importedAt: AT }));
    expect(existsSync(join(dir, 'sub'))).toBe(false);
  });

  it('round-trips a Parquet file into the database', async () => {
    const dir = tempDir();
    const parquet = join(dir, 'series.parquet');
    const duck = await DuckDBConnector.open();
    try {
      await duck.exec(
        `copy (select 'DEU' as iso3, (1990 + i)::integer as year, 'user_series' as indicator,
                      i * 0.1 as value, 'index' as unit, 'Destatis' as source, 'imputed' as status
                 from range(30) t(i)) to ${quotedString(parquet)} (format parquet)`,
      );
    } finally {
      duck.close();
    }
    const db = join(dir, 'user.duckdb');
    const summary = await importUserFile(parquet, { dbPath: db, importedAt: AT });
    expect([summary.rows, summary.years, summary.format]).toEqual([30, [1990, 2019], 'parquet']);
    const stored = await storedRows(db);
    // `i * 0.1` is a DECIMAL in DuckDB, so the Parquet column is DECIMAL and 1.7 stays 1.7.
    expect(stored.map((r) => r.value)).toEqual(Array.from({ length: 30 }, (_, i) => i / 10));
    expect(new Set(stored.map((r) => r.status))).toEqual(new Set(['imputed']));
  });

  it('imports the first sheet of an XLSX workbook', async () => {
    const dir = tempDir();
    const db = join(dir, 'user.duckdb');
    const xlsx = join(import.meta.dirname, '..', 'fixtures', 'user-data', 'observations.xlsx');
    const summary = await importUserFile(xlsx, { dbPath: db, importedAt: AT });
    expect([summary.rows, summary.indicators, summary.label]).toEqual([
      4,
      ['user_gdp', 'user_share'],
      'import:observations.xlsx',
    ]);
  });

  it('imports a large file whole: every one of 200,000 rows is in the database', async () => {
    // Speed is measured in bench/ (bench/import-user-file.ts), not asserted here.
    const dir = tempDir();
    const lines = [HEADER];
    for (let i = 0; i < 200_000; i++) {
      lines.push(
        `C${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + (Math.floor(i / 26) % 26))},${1200 + (Math.floor(i / 676) % 1000)},ind_${Math.floor(i / 676000)},${i * 1.5},u,s`,
      );
    }
    const csv = writeIn(dir, 'big.csv', `${lines.join('\n')}\n`);
    const dbPath = join(dir, 'user.duckdb');
    const summary = await importUserFile(csv, { dbPath, importedAt: AT });
    expect(summary.rows).toBe(200_000);
    const db = await DuckDBConnector.open(dbPath, { readOnly: true });
    try {
      const [row] = await db.query<{ n: number; total: number }>(
        'select count(*)::integer as n, sum(value) as total from user_observations',
      );
      expect(row?.n).toBe(200_000);
      expect(row?.total).toBe((1.5 * 199_999 * 200_000) / 2); // Σ 1.5·i for i < 200,000
    } finally {
      db.close();
    }
  });
});

describe('importUserObservations(dbPath, rows, record)', () => {
  const record = { label: 'test:rows', origin: 'test', sha256: '0'.repeat(64), rows: 1, importedAt: AT };
  const row: UserObservationRow = { iso3: 'CHN', year: 2019, indicator: 'x', value: 1, unit: 'u', source: 's' };

  it('rolls back everything when the transaction fails before COMMIT', async () => {
    const db = join(tempDir(), 'user.duckdb');
    await importUserObservations(db, [row], record);
    const failing = importUserObservations(
      db,
      [
        { ...row, value: 2 },
        { ...row, year: 2020 },
      ],
      record,
      {
        beforeCommit: () => Promise.reject(new Error('disk full')),
      },
    );
    await expect(failing).rejects.toThrow('disk full');
    expect((await storedRows(db)).map((r) => [r.year, r.value])).toEqual([[2019, 1]]);
    expect(await readImports(db)).toHaveLength(1);
  });

  it('defaults vintage to the record label and status to observed', async () => {
    const db = join(tempDir(), 'user.duckdb');
    await importUserObservations(db, [row], record);
    expect((await storedRows(db))[0]).toMatchObject({ vintage: 'test:rows', status: 'observed' });
  });

  it('refuses no rows and repeated keys without opening the database', async () => {
    const db = join(tempDir(), 'user.duckdb');
    expect((await failure(() => importUserObservations(db, [], record))).message).toMatch(/no rows/);
    expect((await failure(() => importUserObservations(db, [row, row], record))).message).toMatch(/two rows/);
    expect(existsSync(db)).toBe(false);
  });
});

describe('readImports(dbPath)', () => {
  it('is empty when the database does not exist', async () => {
    expect(await readImports(join(tempDir(), 'none.duckdb'))).toEqual([]);
  });
});
