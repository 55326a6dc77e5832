/**
 * The one Excel writer: the same rows and columns as the CSV of a command (`toCsv`), as an
 * `.xlsx` workbook an economist can open without an import wizard. Each table is a sheet with a
 * bold, frozen header row; numbers are numeric cells (full precision; Excel formats them),
 * text is a text cell (so codes such as HS "0101" keep their zeros, and a value beginning with
 * "=" is shown, never evaluated: the writer creates no formula cells), and missing values are
 * empty cells. A last sheet, "Sources and notes", says what produced the workbook: the command,
 * the Chanye version, the data snapshot, the sources with their publisher, vintage, licence and
 * citation, and the command's own notes — the provenance a CSV carries in its columns.
 *
 * Written with write-excel-file (MIT), which needs no native code.
 *
 * @module
 */
import writeXlsxFile, { type Cell, type Row, type Sheet } from 'write-excel-file/node';
import type { SourceInfo } from '@chanye/store';
import { neutralizeFormula } from './csv.js';

/** One table of the workbook. */
export interface DataSheet {
  /** Sheet name (Excel allows 31 characters and none of : \ / ? * [ ]; longer names are cut). */
  readonly name: string;
  readonly columns: readonly string[];
  readonly rows: readonly object[];
}

/** A source of the data snapshot, as its manifest describes it (the store's record). */
export type WorkbookSource = Pick<SourceInfo, 'id' | 'name' | 'publisher' | 'vintage' | 'licence' | 'citation'>;

/** What the "Sources and notes" sheet says. */
export interface WorkbookNotes {
  /** The command line (or API request) that produced the workbook. */
  readonly command: string;
  readonly version: string;
  /** The data snapshot: when the shared data it was built from were generated. */
  readonly snapshot: string;
  /** Every source of the snapshot; those the data name are listed first (see {@link sourcesSheet}). */
  readonly sources: readonly WorkbookSource[];
  readonly notes?: readonly string[];
}

const NOTES_SHEET = 'Sources and notes';
/** The widest column the writer sizes to fit (characters); longer text wraps in Excel's cell. */
const MAX_WIDTH = 60;

/** The workbook as bytes. */
export async function toXlsx(sheets: readonly DataSheet[], notes: WorkbookNotes): Promise<Buffer> {
  const names = uniqueSheetNames([...sheets.map((s) => s.name), NOTES_SHEET]);
  const workbook: Sheet<Buffer>[] = sheets.map((s, i) => ({
    sheet: names[i] as string,
    data: [s.columns.map(headerCell), ...s.rows.map((r) => s.columns.map((c) => dataCell(rowValue(r, c))))],
    columns: s.columns.map((c) => ({ width: columnWidth(c, s.rows) })),
    stickyRowsCount: 1,
  }));
  const sourcesSheet = notesSheet(sheets, notes);
  workbook.push({
    sheet: names.at(-1) as string,
    data: sourcesSheet,
    columns: [{ width: 24 }, { width: 40 }, { width: 30 }, { width: 16 }, { width: 30 }, { width: MAX_WIDTH }],
  });
  return writeXlsxFile(workbook).toBuffer();
}

function rowValue(row: object, column: string): unknown {
  return (row as Record<string, unknown>)[column];
}

function headerCell(name: string): Cell {
  return { value: neutralizeFormula(name), type: String, fontWeight: 'bold' };
}

/** A data value as a cell: numbers numeric, booleans boolean, objects as JSON text, nothing empty. */
export function dataCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? { value, type: Number } : null;
  if (typeof value === 'boolean') return { value, type: Boolean };
  if (typeof value === 'string') return { value: neutralizeFormula(value), type: String };
  if (value instanceof Date) return { value, type: Date, format: 'yyyy-mm-dd' };
  return { value: JSON.stringify(value), type: String };
}

function columnWidth(column: string, rows: readonly object[]): number {
  let width = column.length;
  // The first rows are enough to size a column; a long tail rarely changes it.
  for (const row of rows.slice(0, 200)) {
    const v = rowValue(row, column);
    const text = typeof v === 'number' ? String(Math.round(v * 1e4) / 1e4) : v == null ? '' : String(v);
    width = Math.max(width, text.length);
  }
  return Math.min(MAX_WIDTH, width + 2);
}

/**
 * The "Sources and notes" sheet: what produced the workbook, then the snapshot's sources (those
 * a `source` column of the data names first, marked "used"), then the notes.
 */
function notesSheet(sheets: readonly DataSheet[], notes: WorkbookNotes): Row[] {
  const named = new Set<string>();
  for (const s of sheets)
    if (s.columns.includes('source'))
      for (const r of s.rows) {
        const v = rowValue(r, 'source');
        if (typeof v === 'string' && v.length > 0) named.add(v);
      }
  const text = [...named].join('\n');
  const used = (src: WorkbookSource): boolean => text.includes(src.id) || text.includes(src.name);
  const sources = [...notes.sources.filter(used), ...notes.sources.filter((s) => !used(s))];
  const bold = (value: string): Cell => ({ value: neutralizeFormula(value), type: String, fontWeight: 'bold' });
  const str = (value: string): Cell => ({ value: neutralizeFormula(value), type: String, wrap: true });
  const rows: Row[] = [
    [bold('Produced by'), str(notes.command)],
    [bold('Chanye version'), str(notes.version)],
    [bold('Data snapshot'), str(notes.snapshot)],
    [bold('Sheets'), str(sheets.map((s) => `${s.name} (${s.rows.length} rows)`).join('; '))],
    [],
    [bold('Sources named in the data'), str(named.size > 0 ? [...named].sort().join('\n') : '(none: see below)')],
    [],
    ['Source id', 'Name', 'Publisher', 'Vintage', 'Licence', 'Citation'].map(bold),
    ...sources.map((s) => [s.id, s.name, s.publisher, s.vintage, s.licence, s.citation].map(str)),
  ];
  if (notes.notes && notes.notes.length > 0) rows.push([], [bold('Notes')], ...notes.notes.map((n) => [str(n)]));
  return rows;
}

/** Sheet names Excel accepts: forbidden characters replaced, at most 31 characters, unique. */
export function uniqueSheetNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.map((raw) => {
    const base = raw.replace(/[:\\/?*[\]]/g, '_').slice(0, 31) || 'Sheet';
    let name = base;
    for (let k = 2; seen.has(name.toLowerCase()); k++) name = `${base.slice(0, 31 - String(k).length - 1)}_${k}`;
    seen.add(name.toLowerCase());
    return name;
  });
}
