import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import readXlsxFile from 'read-excel-file/node';
import { parseCsv } from './csv.js';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'chanye-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The sheets of a workbook as an independent reader (read-excel-file) sees them. */
async function sheetsOf(file: string): Promise<Map<string, unknown[][]>> {
  const sheets = await readXlsxFile(readFileSync(file));
  return new Map(sheets.map((s) => [s.sheet, s.data as unknown[][]]));
}

describe('--format xlsx: the CSV’s rows as a workbook with numeric cells and a sources sheet', () => {
  it.each([
    ['query', ['query', '--indicator', 'mva_share_gdp', '--economies', 'CHN,IND', '--years', '2010:2019'], 'data'],
    ['score', ['score', 'CHN', 'IND', 'KOR'], 'scores'],
    ['profile', ['profile', 'CHN'], 'data'],
    ['diagnose', ['diagnose', 'BRA'], 'findings'],
    ['io', ['io', 'linkages', '--economy', 'KOR'], 'io linkages'],
  ])('%s', async (name, args, sheet) => {
    const csv = await runCli([...args, '--format', 'csv']);
    expect(csv.code).toBe(0);
    const file = join(dir, `${name}.xlsx`);
    const xlsx = await runCli([...args, '--format', 'xlsx', '--out', file]);
    expect(xlsx.code, xlsx.stderr).toBe(0);
    const sheets = await sheetsOf(file);
    expect([...sheets.keys()]).toEqual([sheet, 'Sources and notes']);
    const data = sheets.get(sheet)!;
    const [header, ...rows] = parseCsv(csv.stdout);
    expect(data[0]).toEqual(header);
    expect(data).toHaveLength(rows.length + 1);
    // Every numeric CSV field is a numeric cell with the same value; text stays text.
    let numbers = 0;
    rows.forEach((row, i) =>
      row.forEach((field, j) => {
        const cell = data[i + 1]![j];
        if (field !== '' && /^-?\d+(\.\d+)?(e[-+]?\d+)?$/i.test(field) && typeof cell === 'number') {
          expect(cell).toBe(Number(field));
          numbers++;
        } else if (field === '') expect(cell ?? null).toBeNull();
      }),
    );
    expect(numbers).toBeGreaterThan(rows.length / 2);
    const notes = sheets.get('Sources and notes')!.map((r) => r.filter((c) => c !== null).join(' | '));
    expect(notes).toContain(`Produced by | chanye ${args.join(' ')} --format xlsx --out ${file}`);
    expect(notes.find((n) => n.startsWith('Chanye version'))).toMatch(/^Chanye version \| \d+\.\d+\.\d+$/);
    expect(notes.some((n) => n.startsWith('pwt | Penn World Table'))).toBe(true);
  });

  // The commands that gained xlsx: every cell equals the CSV's field, numbers as numeric cells,
  // text as text (codes such as HS "260111" stay text), booleans as boolean cells.
  it.each([
    // All text: codes, names, groups (and is_aggregate/is_historical as boolean cells).
    ['economies', ['economies'], ['economies'], false],
    ['indicators', ['indicators', '--pillar', 'green'], ['indicators'], false],
    ['exports', ['exports', 'CHN', '--year', '2017'], ['exports by bec'], true],
    ['arrays', ['arrays', 'CHN'], ['arrays', 'new three'], true],
    ['coupling', ['coupling', 'CHN', '--years', '2019:2019'], ['coupling'], true],
    ['dependencies', ['dependencies', '--importers', 'CHN'], ['dependencies'], true],
    ['benchmark graduates', ['benchmark', 'graduates'], ['graduates'], true],
    ['benchmark papers', ['benchmark', 'papers'], ['papers'], true],
    ['aggregates', ['aggregates', 'mva', '--year', '2019'], ['groups'], true],
    [
      'aggregates --shares',
      ['aggregates', 'mva', '--year', '2019', '--shares', '--economies', 'CHN,IND'],
      ['shares'],
      true,
    ],
  ])('%s', async (name, args, names, numeric) => {
    const csv = await runCli([...args, '--format', 'csv']);
    expect(csv.code, csv.stderr).toBe(0);
    const file = join(dir, `${name.replace(/\W+/g, '-')}.xlsx`);
    const xlsx = await runCli([...args, '--format', 'xlsx', '--out', file]);
    expect(xlsx.code, xlsx.stderr).toBe(0);
    const sheets = await sheetsOf(file);
    expect([...sheets.keys()]).toEqual([...names, 'Sources and notes']);
    const data = sheets.get(names[0]!)!;
    const [header, ...rows] = parseCsv(csv.stdout);
    expect(data[0]).toEqual(header);
    expect(data).toHaveLength(rows.length + 1);
    let numbers = 0;
    // A column with numeric cells has no number written as text (a code column has none at all).
    const numericColumns = new Set(header!.map((_, j) => j).filter((j) => data.some((r) => typeof r[j] === 'number')));
    rows.forEach((row, i) => {
      expect(data[i + 1]).toHaveLength(row.length);
      row.forEach((field, j) => {
        const cell = data[i + 1]![j] ?? null;
        if (typeof cell === 'number') {
          expect(field).toMatch(/^-?\d+(\.\d+)?(e[-+]?\d+)?$/i);
          expect(cell, `row ${i + 1}, ${header![j]}`).toBe(Number(field));
          numbers++;
        } else if (typeof cell === 'boolean') expect(String(cell)).toBe(field);
        else {
          expect(cell ?? '', `row ${i + 1}, ${header![j]}`).toBe(field);
          if (numericColumns.has(j)) expect(field).not.toMatch(/^-?\d+(\.\d+)?(e[-+]?\d+)?$/i);
        }
      });
    });
    expect(numbers > 0).toBe(numeric);
    const notes = sheets.get('Sources and notes')!.map((r) => r.filter((c) => c !== null).join(' | '));
    expect(notes).toContain(`Produced by | chanye ${args.join(' ')} --format xlsx --out ${file}`);
  });

  it('adds the method and settings to the sources sheet; arrays adds the “new three” headings', async () => {
    const notesOf = async (args: string[]): Promise<string> => {
      const file = join(dir, `notes-${args[0]}.xlsx`);
      expect((await runCli([...args, '--format', 'xlsx', '--out', file])).code).toBe(0);
      const rows = (await sheetsOf(file)).get('Sources and notes')!;
      return rows.map((r) => r.filter((c) => c !== null).join(' | ')).join('\n');
    };
    expect(await notesOf(['coupling', 'CHN', '--years', '2019:2019'])).toMatch(/new-four subsystems.*min-max.*equal/);
    expect(await notesOf(['dependencies', '--importers', 'CHN'])).toContain('Rule: HHI of extra-group imports >');
    expect(await notesOf(['aggregates', 'mva', '--year', '2019'])).toMatch(
      /Method: .+\n[\s\S]*Income groups: World Bank/,
    );
    expect(await notesOf(['exports', 'CHN', '--year', '2017'])).toMatch(/Method: .+/);
    const file = join(dir, 'arrays-three.xlsx');
    await runCli(['arrays', 'CHN', '--format', 'xlsx', '--out', file]);
    const three = (await sheetsOf(file)).get('new three')!;
    expect(three[0]).toEqual([
      'iso3',
      'year',
      'product',
      'heading',
      'value',
      'share_of_exports',
      'world_share',
      'caveat',
    ]);
    expect(three.length).toBeGreaterThan(1);
    expect(typeof three[1]![4]).toBe('number');
  });

  it('keeps codes as text: HS headings with a leading zero stay "0101" (complexity, beside its CSVs)', async () => {
    const out = join(dir, 'complexity');
    const { code, stdout } = await runCli(['complexity', '--dataset', 'trade-2017', '--format', 'xlsx', '--out', out]);
    expect(code).toBe(0);
    expect(stdout).toContain('wrote complexity.xlsx, economy_products.csv');
    const sheets = await sheetsOf(join(out, 'complexity.xlsx'));
    expect([...sheets.keys()]).toEqual(['economies', 'products', 'Sources and notes']);
    const products = sheets.get('products')!;
    const column = (products[0] as string[]).indexOf('product');
    expect(products.some((r) => r[column] === '0101')).toBe(true);
    const economies = sheets.get('economies')!;
    const [iso3, eci] = ['location', 'eci'].map((c) => (economies[0] as string[]).indexOf(c));
    expect(typeof economies.find((r) => r[iso3!] === 'JPN')![eci!]).toBe('number');
  });

  it('query --wide: one row per economy, a numeric column per year, the same values as the long table', async () => {
    const args = ['query', '--indicator', 'mva_share_gdp', '--economies', 'CHN,IND', '--years', '2015:2019'];
    const long = parseCsv((await runCli([...args, '--format', 'csv'])).stdout);
    const wide = parseCsv((await runCli([...args, '--format', 'csv', '--wide'])).stdout);
    expect(wide[0]).toEqual(['iso3', 'indicator', 'unit', 'not_observed', '2015', '2016', '2017', '2018', '2019']);
    const [iso3, year, value] = ['iso3', 'year', 'value'].map((c) => long[0]!.indexOf(c));
    for (const row of long.slice(1)) {
      const w = wide.find((r) => r[0] === row[iso3!])!;
      expect(w[wide[0]!.indexOf(row[year!]!)]).toBe(row[value!]);
    }
    expect(wide).toHaveLength(3);
  });

  it('refuses a workbook on a terminal and xlsx where a command does not write it', async () => {
    const bad = await runCli(['data', 'status', '--format', 'xlsx']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('invalid --format: xlsx (expected one of table, csv, json)');
  });
});

describe('CSV byte-order mark (Excel reads a CSV without one in the legacy code page)', () => {
  const BOM = '\ufeff';
  it('is written with --lang zh, never with --no-bom, and on request with --bom', async () => {
    const zh = await runCli(['profile', 'CHN', '--format', 'csv', '--lang', 'zh']);
    expect(zh.stdout.startsWith(BOM)).toBe(true);
    expect(zh.stdout.slice(1).startsWith('iso3,')).toBe(true);
    const off = await runCli(['profile', 'CHN', '--format', 'csv', '--lang', 'zh', '--no-bom']);
    expect(off.stdout.startsWith('iso3,')).toBe(true);
    expect((await runCli(['profile', 'CHN', '--format', 'csv'])).stdout.startsWith('iso3,')).toBe(true);
    const asked = await runCli([
      'query',
      '--indicator',
      'mva_share_gdp',
      '--economies',
      'CHN',
      '--format',
      'csv',
      '--bom',
    ]);
    expect(asked.stdout.startsWith(BOM)).toBe(true);
    // Only CSV: a table or JSON never starts with it.
    expect((await runCli(['profile', 'CHN', '--lang', 'zh'])).stdout.startsWith(BOM)).toBe(false);
  });
});
