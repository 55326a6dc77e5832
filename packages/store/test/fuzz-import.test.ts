/**
 * Property-based fuzz of `chanye data import` (hardening issue): malformed CSV (random bytes,
 * wrong delimiters, unbalanced quotes, BOMs, missing and extra cells, huge numbers, text that
 * is not UTF-8) and random mutations (byte flips, truncation, insertion) of a valid CSV, of the
 * repository's .xlsx fixture and of a small Parquet file. Whatever the file holds, the import
 * either stores plausible rows or throws a ChanyeError that names the file, and a failed import
 * leaves the user database as it was. Fixed seed, so a failure reproduces.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { isChanyeError } from '@chanye/compute';
import { readUserFile } from '../src/user-data/read-user-file.js';
import { DuckDBConnector } from '../src/connector/duckdb-connector.js';
import { quotedString } from '../src/sql/quote.js';
import { importUserFile } from '../src/user-data/import-user-file.js';
import { HEADER, failure, queryDb, sha256File, tempDir, writeIn } from './user-data/helpers.js';

const SEED = 20261207;
const AT = '2026-12-07T00:00:00.000Z';
const XLSX_FIXTURE = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'user-data', 'observations.xlsx');

/** The economies the import accepts (the CLI passes the snapshot's; any other code is refused). */
const KNOWN = new Set(['CHN', 'USA', 'DEU', 'JPN', 'KOR', 'BRA', 'IND', 'WLD']);
/** A catalogue indicator with a bounded unit, so range checks run too. */
const catalogUnit = (id: string): string | undefined => (id === 'mva_share_gdp' ? '% of GDP' : undefined);

const VALID_CSV = [
  `${HEADER},vintage,status,note`,
  'CHN,2018,mva_share_gdp,28.9,% of GDP,NBS,2024,observed,',
  'usa,2019,gdp_x,2.1e13,USD,BEA,,spliced,"a, ""quoted"" note"',
  'DEU,2020,gdp_x,-3.5,USD,Destatis,,,',
  'KOR,2021,exports_x,0.000001,USD,KITA,,imputed,',
].join('\n');

/** Bytes of a small valid Parquet file, written once by DuckDB. */
let parquetBytes: Uint8Array;
let xlsxBytes: Uint8Array;
beforeAll(async () => {
  xlsxBytes = readFileSync(XLSX_FIXTURE);
  const path = join(tempDir(), 'seed.parquet');
  const duck = await DuckDBConnector.open();
  try {
    await duck.exec(
      `copy (select * from (values ('CHN', 2019::bigint, 'gdp_x', 1.5e12, 'USD', 's', 'n'),
              ('USA', 2019, 'gdp_x', 2.1e13, 'USD', 's', null), ('DEU', 2018, 'mva_share_gdp', 18.5, '% of GDP', 's', 'x'))
              t(iso3, year, indicator, value, unit, source, note)) to ${quotedString(path)} (format parquet)`,
    );
  } finally {
    duck.close();
  }
  parquetBytes = readFileSync(path);
});

/** Byte flips, truncation, insertion and deletion of a valid file, a few at a time. */
function mutated(original: () => Uint8Array): fc.Arbitrary<Uint8Array> {
  const edit = fc.oneof(
    fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
    fc.record({ kind: fc.constant('xor' as const), at: fc.nat(), byte: fc.integer({ min: 1, max: 255 }) }),
    fc.record({ kind: fc.constant('truncate' as const), at: fc.nat(), byte: fc.constant(0) }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), byte: fc.constant(0) }),
  );
  return fc.array(edit, { minLength: 1, maxLength: 4 }).map((edits) => {
    let bytes = Uint8Array.from(original());
    for (const { kind, at, byte } of edits) {
      if (bytes.length === 0) break;
      const i = at % bytes.length;
      if (kind === 'flip') bytes[i] = byte;
      else if (kind === 'xor') bytes[i] = (bytes[i] ?? 0) ^ byte;
      else if (kind === 'truncate') bytes = bytes.slice(0, i);
      else if (kind === 'insert') bytes = Uint8Array.from([...bytes.slice(0, i), byte, ...bytes.slice(i)]);
      else bytes = Uint8Array.from([...bytes.slice(0, i), ...bytes.slice(i + 1)]);
    }
    return bytes;
  });
}

/** Cells a careless or hostile spreadsheet holds, valid ones included. */
const cell = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom('CHN', 'chn', 'usa', 'XXX', '2019', '2020', 'gdp_x', 'mva_share_gdp', '1.5'),
  },
  { weight: 4, arbitrary: fc.constantFrom('USD', '% of GDP', 'src', 'observed', 'Imputed', '', ' ', '2019.0') },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '1e308',
      '1e309',
      '-1e400',
      '9'.repeat(400),
      '1,234,567',
      '1.234.567,8',
      '12,5',
      'NaN',
      '-Infinity',
      '0x1F',
      '１２３',
      '2019.5',
      '999',
      '2201',
      '-0',
      '150',
      '-1',
      '"unbalanced',
      'a"b',
      '"a""b"',
      '"x"y',
      '=1+1',
      '\u0000',
      '\ufeff',
      '中国',
      '\ud800',
    ),
  },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.double().map(String) },
);

const COLUMN = fc.constantFrom(
  'iso3',
  'year',
  'indicator',
  'value',
  'unit',
  'source',
  'vintage',
  'status',
  'note',
  'ISO3',
  ' Value ',
  'valeu',
  '',
  'year',
  '"iso3"',
);

/** A CSV put together from careless parts: any header, delimiter, line end, BOM and encoding. */
const carelessCsv = fc
  .record({
    header: fc.oneof(
      fc.constant(['iso3', 'year', 'indicator', 'value', 'unit', 'source']),
      fc.shuffledSubarray(['iso3', 'year', 'indicator', 'value', 'unit', 'source', 'vintage', 'status', 'note']),
      fc.array(COLUMN, { maxLength: 10 }),
    ),
    rows: fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 8 }),
    delimiter: fc.constantFrom(',', ',', ';', '\t', '|', ' '),
    lineEnd: fc.constantFrom('\n', '\r\n', '\r', '\n\n'),
    bom: fc.constantFrom('', '', '\ufeff', '\ufeff\ufeff'),
    trailing: fc.constantFrom('', '\n', '"', ',\n', '\u0000'),
    encoding: fc.constantFrom('utf8', 'utf8', 'utf8', 'latin1', 'utf16le'),
  })
  .map(({ header, rows, delimiter, lineEnd, bom, trailing, encoding }) => {
    const text = bom + [header, ...rows].map((r) => r.join(delimiter)).join(lineEnd) + trailing;
    return Uint8Array.from(Buffer.from(text, encoding as BufferEncoding));
  });

/** A field quoted as RFC 4180 wants when it holds a delimiter, quote or line break. */
const quoted = (text: string): string => (/[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** A CSV whose cells are well formed but odd: any case, signs, exponents, unicode notes, duplicates. */
const wellFormedCsv = fc
  .record({
    rows: fc.array(
      fc.tuple(
        fc.constantFrom(...KNOWN, 'chn', ' usa ', 'XXX'),
        fc.oneof(fc.integer({ min: 990, max: 2210 }).map(String), fc.constantFrom('2019.0', ' 2020', '1000', '2200')),
        fc.constantFrom('gdp_x', 'mva_share_gdp', 'x1', 'a_b_c'),
        fc.oneof(
          fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
          fc.constantFrom('1e308', '-1e308', '-0', '.5', '5.', '+1', '1E-300', '150', '-1', '99.99'),
        ),
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }),
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }),
        fc.string({ unit: 'grapheme', maxLength: 20 }),
      ),
      { minLength: 1, maxLength: 6 },
    ),
    delimiter: fc.constantFrom(',', ';', '\t'),
    bom: fc.constantFrom('', '\ufeff'),
  })
  .map(({ rows, delimiter, bom }) => {
    const lines = [
      `iso3${delimiter}year${delimiter}indicator${delimiter}value${delimiter}unit${delimiter}source${delimiter}note`,
    ];
    for (const cells of rows) lines.push(cells.map(quoted).join(delimiter));
    return Uint8Array.from(Buffer.from(bom + lines.join('\r\n')));
  });

/** A file to import: its name (the extension picks the reader) and bytes. */
const fileToImport = fc.oneof(
  fc.record({ name: fc.constant('random.csv'), bytes: fc.uint8Array({ maxLength: 400 }) }),
  fc.record({ name: fc.constant('odd.csv'), bytes: wellFormedCsv }),
  fc.record({ name: fc.constantFrom('careless.csv', 'careless.tsv'), bytes: carelessCsv }),
  fc.record({ name: fc.constant('mutated.csv'), bytes: mutated(() => Buffer.from(VALID_CSV)) }),
  fc.record({ name: fc.constant('mutated.xlsx'), bytes: mutated(() => xlsxBytes) }),
  fc.record({ name: fc.constant('random.xlsx'), bytes: fc.uint8Array({ maxLength: 400 }) }),
  fc.record({ name: fc.constant('mutated.parquet'), bytes: mutated(() => parquetBytes) }),
);

interface Stored {
  iso3: string;
  year: number;
  indicator: string;
  value: number;
  import_id: number;
}

/** What the user database holds: its observations and its import records. */
async function contents(db: string): Promise<string> {
  const rows = await queryDb(db, 'select * from user_observations order by indicator, iso3, year');
  const imports = await queryDb(db, 'select * from imports order by 1');
  return JSON.stringify([rows, imports], (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v));
}

describe('importUserFile on fuzzed files: plausible rows or a ChanyeError naming the file, never a changed database', () => {
  it('holds for random, careless and mutated CSV, .xlsx and Parquet files', async () => {
    const dir = tempDir();
    const db = join(dir, 'user.duckdb');
    await importUserFile(writeIn(dir, 'base.csv', VALID_CSV), {
      dbPath: db,
      importedAt: AT,
      knownEconomies: KNOWN,
      catalogUnit,
    });
    let snapshot = { sha: sha256File(db), contents: await contents(db) };
    const outcomes = { imported: 0, refused: 0 };
    let n = 0;

    await fc.assert(
      fc.asyncProperty(
        fileToImport,
        fc.option(fc.constantFrom('Sheet1', 'nope', ''), { freq: 6 }),
        async (file, sheet) => {
          const path = writeIn(dir, `${n++}-${file.name}`, file.bytes);
          const options = { dbPath: db, importedAt: AT, knownEconomies: KNOWN, catalogUnit };
          let summary;
          try {
            summary = await importUserFile(
              path,
              sheet === null || !file.name.endsWith('.xlsx') ? options : { ...options, sheet },
            );
          } catch (error) {
            if (!isChanyeError(error))
              throw new Error(`${file.name}: not a ChanyeError: ${String(error)}`, { cause: error });
            expect(error.message).toContain(path);
            expect(existsSync(`${db}.wal`), 'a .wal left behind').toBe(false);
            if (sha256File(db) !== snapshot.sha) expect(await contents(db)).toBe(snapshot.contents);
            outcomes.refused++;
            return;
          }
          // Imported: every row of this import is plausible, and as many as the summary says.
          const stored = await queryDb<Stored>(
            db,
            `select iso3, year, indicator, value, import_id from user_observations where import_id = ${summary.importId}`,
          );
          expect(stored).toHaveLength(summary.rows);
          for (const row of stored) {
            expect(row.iso3).toMatch(/^[A-Z]{3}$/);
            expect(KNOWN.has(row.iso3)).toBe(true);
            expect(Number.isInteger(row.year) && row.year >= 1000 && row.year <= 2200).toBe(true);
            expect(row.indicator).toMatch(/^[a-z][a-z0-9_]*$/);
            expect(Number.isFinite(row.value)).toBe(true);
          }
          snapshot = { sha: sha256File(db), contents: await contents(db) };
          outcomes.imported++;
        },
      ),
      { seed: SEED, numRuns: 400, interruptAfterTimeLimit: 50_000 },
    );
    // The fuzz is worth something only if both outcomes happen.
    expect(outcomes.imported).toBeGreaterThan(0);
    expect(outcomes.refused).toBeGreaterThan(0);
  });
});

describe('regressions found by the import fuzz', () => {
  it('a missing sheet in a workbook with a damaged other sheet: the sheets are named, no parser error escapes', async () => {
    // The fuzz's counterexample: one byte of the fixture's first sheet changed (`CHN</t>` →
    // `CHN=/t>`), imported with sheet Sheet1. Listing the sheets re-read every sheet, and the
    // XML parser's "closing tag mismatch" escaped as a plain Error.
    const bytes = Buffer.from(readFileSync(XLSX_FIXTURE));
    const at = bytes.indexOf('CHN</t>');
    expect(at).toBeGreaterThan(0);
    bytes[at + 3] = '='.charCodeAt(0);
    const path = writeIn(tempDir(), 'damaged.xlsx', bytes);
    const error = await failure(() => readUserFile(path, { sheet: 'Sheet1' }));
    expect(error.message).toBe(`${path}: 1 problem`);
    expect(error.details).toEqual(["no sheet named 'Sheet1' (sheets: data, bad)"]);
  });

  it('a Parquet file whose footer reads but whose first data page is damaged: a ChanyeError naming the file', async () => {
    // The fuzz's counterexample: the first byte of the first page header changed (0x15 → 0x14).
    // The schema is read from the footer, so only reading the rows failed, with DuckDB's
    // "TProtocolException: Invalid data" escaping as a plain Error.
    const bytes = Buffer.from(parquetBytes);
    expect(bytes.subarray(0, 5)).toEqual(Buffer.from([0x50, 0x41, 0x52, 0x31, 0x15]));
    bytes[4] = 0x14;
    const path = writeIn(tempDir(), 'damaged.parquet', bytes);
    const error = await failure(() => readUserFile(path));
    expect(error.message).toBe(`${path}: 1 problem`);
    expect(error.details).toEqual([expect.stringMatching(/^not a readable Parquet file \(.*Invalid data/)]);
  });
});
