import { createReadStream, existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ChanyeError, type Mrio } from '@chanye/compute';
import { readSheet } from 'read-excel-file/node';
import type { Connector } from '../connector/connector.js';
import { quotedIdentifier } from '../sql/quote.js';
import { fileRelation } from '../trade/file-relation.js';
import { readLongMrio, type LongMrioOrder } from './long-mrio.js';
import { cellNumber, WideTableBuilder, type WideLabel } from './wide-table.js';

/** Splits one CSV/TSV line; handles double-quoted fields (with "" escapes) for CSV. */
export function splitLine(line: string, separator: string): string[] {
  if (!line.includes('"')) return line.split(separator);
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let k = 0; k < line.length; k++) {
    const ch = line[k] as string;
    if (quoted) {
      if (ch === '"' && line[k + 1] === '"') {
        field += '"';
        k++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === separator) {
      out.push(field);
      field = '';
    } else field += ch;
  }
  out.push(field);
  return out;
}

async function forEachLine(file: string, onLine: (line: string, index: number) => void): Promise<void> {
  if (!existsSync(file)) throw new ChanyeError('invalid-input', `cannot read ${file}: no such file`);
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let index = 0;
  for await (const line of lines) {
    if (line.trim() !== '') onLine(line.replace(/^\uFEFF/, ''), index);
    index++;
  }
}

/**
 * The OECD Inter-Country Input-Output tables (ICIO, 2021 and 2023 editions) as published in
 * CSV: a header row of column labels and one row per label, `REG_SECTOR` for industries
 * (AUS_D01T02, AUS_A01_02), `REG_CAT` for final demand (HFCE, NPISH, GGFC, GFCF, INVNT,
 * DPABR/NONRES), then rows such as TLS (taxes less subsidies) and VA kept as factor inputs;
 * the output row and column (OUT, OUTPUT, TOTAL) are dropped, x being the row balance.
 * China and Mexico appear split (CN1/CN2, MX1/MX2) in some editions; `mergeRegions` (default
 * CN1, CN2 → CHN; MX1, MX2 → MEX) sums them, as the OECD's own aggregation does.
 */
export async function readOecdIcio(
  file: string,
  options: { mergeRegions?: Readonly<Record<string, string>> } = {},
): Promise<Mrio> {
  const merge = options.mergeRegions ?? { CN1: 'CHN', CN2: 'CHN', MX1: 'MEX', MX2: 'MEX' };
  const totals = new Set(['OUT', 'OUTPUT', 'TOTAL']);
  let sectorCodes = new Set<string>();
  const label = (text: string, isColumn: boolean): WideLabel => {
    const t = text.trim();
    if (totals.has(t.toUpperCase())) return { kind: 'skip' };
    const cut = t.indexOf('_');
    if (cut < 0) return isColumn ? { kind: 'skip' } : { kind: 'input', label: t };
    const region = merge[t.slice(0, cut)] ?? t.slice(0, cut);
    const code = t.slice(cut + 1);
    return sectorCodes.has(code)
      ? { kind: 'industry', region, sector: code }
      : { kind: 'final', region, category: code };
  };
  // Pass 1: the header and the row labels (industries are rows, so their codes are the sectors).
  let header: string[] | undefined;
  const rowLabels: string[] = [];
  await forEachLine(file, (line) => {
    if (header === undefined) header = splitLine(line, ',');
    else
      rowLabels.push(splitLine(line.slice(0, line.indexOf(',') < 0 ? line.length : line.indexOf(',')), ',')[0] ?? '');
  });
  if (!header) throw new ChanyeError('invalid-input', `${file}: empty file`);
  sectorCodes = new Set(
    rowLabels
      .map((t) => t.trim())
      .filter((t) => t.includes('_'))
      .map((t) => t.slice(t.indexOf('_') + 1)),
  );
  const builder = new WideTableBuilder(
    header.slice(1).map((c) => label(c, true)),
    file,
  );
  // Pass 2: stream the rows.
  let seenHeader = false;
  await forEachLine(file, (line) => {
    if (!seenHeader) {
      seenHeader = true;
      return;
    }
    const cells = splitLine(line, ',');
    builder.addRow(label(cells[0] ?? '', false), cells.slice(1).map(cellNumber));
  });
  return builder.build({ unit: 'millions of current US$', note: `OECD ICIO table read from ${file}` });
}

/**
 * An EXIOBASE 3 system folder (or pymrio's own text export): tab-separated `Z.txt` and `Y.txt`
 * with two header rows of column labels (region, then sector or category) and two index
 * columns (region, sector), and `x.txt` (region, sector, indout) when present, used as x as
 * pymrio's parse_exiobase3 does. Satellite accounts are not read.
 */
export async function readExiobase(dir: string): Promise<Mrio> {
  const zFile = join(dir, 'Z.txt');
  const yFile = join(dir, 'Y.txt');
  const isData = (cells: string[]): boolean =>
    cells.length > 2 &&
    (cells[0] ?? '').trim() !== '' &&
    (cells[1] ?? '').trim() !== '' &&
    !/^(region|sector|category)$/i.test((cells[0] ?? '').trim()) &&
    cells.slice(2).every((c) => c.trim() === '' || Number.isFinite(Number(c)));
  const headerLabels = (head: string[][], width: number, kind: 'industry' | 'final', file: string): WideLabel[] => {
    if (head.length < 2)
      throw new ChanyeError('invalid-input', `${file}: expected two header rows (region, sector/category)`);
    const regionRow = (head[0] as string[]).slice(-width);
    const codeRow = (head[1] as string[]).slice(-width);
    return regionRow.map((region, k): WideLabel =>
      kind === 'industry'
        ? { kind: 'industry', region: region.trim(), sector: (codeRow[k] ?? '').trim() }
        : { kind: 'final', region: region.trim(), category: (codeRow[k] ?? '').trim() },
    );
  };
  // Final demand is small (n × regions × categories): read it whole, keyed by row label.
  const yHead: string[][] = [];
  const yRows = new Map<string, number[]>();
  let yLabels: WideLabel[] | undefined;
  await forEachLine(yFile, (line) => {
    const cells = splitLine(line, '\t');
    if (yLabels === undefined && !isData(cells)) {
      yHead.push(cells);
      return;
    }
    yLabels ??= headerLabels(yHead, cells.length - 2, 'final', yFile);
    yRows.set(`${(cells[0] ?? '').trim()}\t${(cells[1] ?? '').trim()}`, cells.slice(2).map(cellNumber));
  });
  // Z is n × n: streamed row by row.
  const zHead: string[][] = [];
  let builder: WideTableBuilder | undefined;
  let width = 0;
  await forEachLine(zFile, (line) => {
    const cells = splitLine(line, '\t');
    if (builder === undefined && !isData(cells)) {
      zHead.push(cells);
      return;
    }
    if (builder === undefined) {
      width = cells.length - 2;
      builder = new WideTableBuilder([...headerLabels(zHead, width, 'industry', zFile), ...(yLabels ?? [])], dir);
    }
    const region = (cells[0] ?? '').trim();
    const sector = (cells[1] ?? '').trim();
    const values = cells.slice(2).map(cellNumber);
    if (values.length !== width) {
      throw new ChanyeError(
        'invalid-input',
        `${zFile}: row ${region}/${sector} has ${values.length} values, expected ${width}`,
      );
    }
    builder.addRow({ kind: 'industry', region, sector }, [...values, ...(yRows.get(`${region}\t${sector}`) ?? [])]);
  });
  if (builder === undefined) throw new ChanyeError('invalid-input', `${zFile}: no data rows found`);
  const built: WideTableBuilder = builder;
  let x: Float64Array | undefined;
  const xFile = join(dir, 'x.txt');
  if (existsSync(xFile)) {
    const xs = new Float64Array(built.size);
    await forEachLine(xFile, (line) => {
      const cells = splitLine(line, '\t');
      const i = built.index((cells[0] ?? '').trim(), (cells[1] ?? '').trim());
      if (i >= 0) xs[i] = cellNumber(cells[2]);
    });
    x = xs;
  }
  return built.build({
    unit: 'millions of current euro',
    note: `EXIOBASE 3 system read from ${dir}`,
    ...(x ? { x } : {}),
  });
}

/**
 * A WIOD 2016-release World Input-Output Table workbook (`WIOT2014_Nov16_ROW.xlsx`): header
 * rows holding industry codes (A01 … U, then CONS_h, CONS_np, CONS_g, GFCF, INVEN, TOT) and
 * countries above the values; data rows with code, description, country and RNr (r1 …) in
 * columns A-D; after the industry rows, primary-input rows (II_fob, TXSP, EXP_adj, PURR,
 * PURNR, VA, IntTTM, GO), kept as factor inputs except the output total GO.
 */
export async function readWiod2016Xlsx(file: string, options: { sheet?: string } = {}): Promise<Mrio> {
  if (!existsSync(file)) throw new ChanyeError('invalid-input', `cannot read ${file}: no such file`);
  const bytes = await readFile(file);
  const grid = (await (options.sheet === undefined
    ? readSheet(bytes)
    : readSheet(bytes, options.sheet))) as unknown[][];
  const text = (c: unknown): string => (c === null || c === undefined ? '' : String(c).trim());
  const first = grid.findIndex((row) => /^r\d+$/i.test(text(row[3])) && text(row[2]) !== '');
  if (first < 0) throw new ChanyeError('invalid-input', `${file}: no data rows (RNr r1 … in column D) found`);
  const firstRow = grid[first] as unknown[];
  const above = grid.slice(0, first);
  const regionRow = above.findLast((row) => text(row[4]) === text(firstRow[2]));
  const codeRow = above.findLast((row) => text(row[4]) === text(firstRow[0]));
  if (!regionRow || !codeRow)
    throw new ChanyeError('invalid-input', `${file}: header rows with codes and countries not found`);
  const body = grid.slice(first);
  // Industries are the data rows whose code is also a column code (TXSP, VA… are rows only).
  const columnCodes = new Set(codeRow.slice(4).map(text));
  const industryCodes = new Set(
    body
      .filter((r) => text(r[2]) !== '' && /^r\d+$/i.test(text(r[3])) && columnCodes.has(text(r[0])))
      .map((r) => text(r[0])),
  );
  const width = Math.max(regionRow.length, codeRow.length);
  const labels: WideLabel[] = [];
  for (let k = 4; k < width; k++) {
    const region = text(regionRow[k]).replace(/^ROM$/, 'ROU');
    const code = text(codeRow[k]);
    if (region === '' || code === '' || code.toUpperCase() === 'TOT' || code.toUpperCase() === 'GO')
      labels.push({ kind: 'skip' });
    else
      labels.push(
        industryCodes.has(code)
          ? { kind: 'industry', region, sector: code }
          : { kind: 'final', region, category: code },
      );
  }
  const builder = new WideTableBuilder(labels, file);
  for (const row of body) {
    const code = text(row[0]);
    const region = text(row[2]).replace(/^ROM$/, 'ROU');
    const values = row.slice(4, width).map(cellNumber);
    if (region !== '' && /^r\d+$/i.test(text(row[3])) && industryCodes.has(code))
      builder.addRow({ kind: 'industry', region, sector: code }, values);
    else if (code !== '' && code.toUpperCase() !== 'GO' && code.toUpperCase() !== 'TOT')
      builder.addRow({ kind: 'input', label: code }, values);
  }
  return builder.build({ unit: 'millions of current US$', note: `WIOD 2016 release table read from ${file}` });
}

/** Which columns of long files hold what (defaults: the names of {@link readLongMrio}). */
export interface LongMrioColumns {
  readonly rowRegion?: string;
  readonly rowSector?: string;
  readonly colRegion?: string;
  readonly colSector?: string;
  readonly category?: string;
  readonly value?: string;
}

/**
 * A generic MRIO in long CSV or Parquet files: one file of intermediate flows (row region,
 * row sector, column region, column sector, value) and one of final demand (row region, row
 * sector, column region, category, value). DuckDB streams and sums them; codes are ordered
 * naturally (ROW last) unless given.
 */
export async function readLongMrioFiles(
  connector: Connector,
  files: { intermediate: string; finalDemand: string; columns?: LongMrioColumns } & LongMrioOrder,
): Promise<Mrio> {
  const c = files.columns ?? {};
  const name = (v: string | undefined, d: string): string => v ?? d;
  const q = quotedIdentifier;
  const zCols = {
    rowRegion: [name(c.rowRegion, 'row_region'), 'rowRegion'],
    rowSector: [name(c.rowSector, 'row_sector'), 'rowSector'],
    colRegion: [name(c.colRegion, 'col_region'), 'colRegion'],
    colSector: [name(c.colSector, 'col_sector'), 'colSector'],
    value: [name(c.value, 'value'), 'value'],
  } as const;
  const yCols = { ...zCols, category: [name(c.category, 'category'), 'category'] } as const;
  const { colSector: _unused, ...yNeeded } = yCols;
  const z = await fileRelation(connector, files.intermediate, zCols);
  const y = await fileRelation(connector, files.finalDemand, yNeeded);
  const num = (col: string): string => `try_cast(${q(col)} as double)`;
  return readLongMrio(
    connector,
    {
      intermediate: `select ${q(zCols.rowRegion[0])} as row_region, ${q(zCols.rowSector[0])} as row_sector, ${q(zCols.colRegion[0])} as col_region, ${q(zCols.colSector[0])} as col_sector, ${num(zCols.value[0])} as value from ${z}`,
      finalDemand: `select ${q(yCols.rowRegion[0])} as row_region, ${q(yCols.rowSector[0])} as row_sector, ${q(yCols.colRegion[0])} as col_region, ${q(yCols.category[0])} as category, ${num(yCols.value[0])} as value from ${y}`,
    },
    {
      ...(files.regions ? { regions: files.regions } : {}),
      ...(files.sectors ? { sectors: files.sectors } : {}),
      ...(files.categories ? { categories: files.categories } : {}),
      unit: 'as in the files',
      note: `long MRIO files ${files.intermediate} and ${files.finalDemand}`,
    },
  );
}
