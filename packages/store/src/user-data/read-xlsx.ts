import { readSheet } from 'read-excel-file/node';
import { fileProblem } from './problems.js';
import { cellText } from './parse-cell.js';
import type { RawCell, UserTable } from './user-table.js';
import { declaredUnpackedSize, MAX_XLSX_UNPACKED } from './xlsx-size.js';
import { MAX_XLSX_ROWS, sheetRows } from './xlsx-rows.js';

/**
 * Reads one sheet of an `.xlsx` workbook (the first unless `sheet` names one). The library
 * keeps leading empty rows, so row numbers match the sheet's; the header must be row 1.
 */
export async function xlsxTable(bytes: Buffer, file: string, sheet?: string): Promise<UserTable> {
  const unpacked = declaredUnpackedSize(bytes);
  if (unpacked !== undefined && unpacked > MAX_XLSX_UNPACKED)
    throw fileProblem(
      file,
      `the workbook unpacks to ${Number.isFinite(unpacked) ? `${Math.round(unpacked / 2 ** 20)} MB` : 'more than 4 GB'}, above the ${MAX_XLSX_UNPACKED / 2 ** 20} MB an .xlsx import may take; save the sheet as CSV (or Parquet) and import that`,
    );
  const found = await sheetRows(bytes, sheet);
  if (found !== undefined) {
    const rows = 'declared' in found ? found.declared : found.counted;
    if (rows > MAX_XLSX_ROWS) throw tooManyRows(file, sheet, 'declared' in found ? rows : undefined);
  }
  let data: RawCell[][];
  try {
    data = (await (sheet === undefined ? readSheet(bytes) : readSheet(bytes, sheet))) as RawCell[][];
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'SheetNotFoundError') {
      // The error lists the workbook's sheets; reading them all again would fail on a damaged
      // sheet with a parser error instead of this message (found by the import fuzz).
      const sheets = (error as { sheets?: unknown }).sheets;
      const names = Array.isArray(sheets) ? sheets.map(String).join(', ') : '';
      throw fileProblem(file, `no sheet named '${sheet}' (sheets: ${names})`);
    }
    const message = error instanceof Error ? error.message : String(error);
    throw fileProblem(file, `not a readable .xlsx workbook (${message}); an old .xls must be saved as .xlsx`);
  }
  // A sheet whose dimension understates its rows is caught here, once read.
  if (data.length > MAX_XLSX_ROWS) throw tooManyRows(file, sheet, data.length);
  const [header = [], ...rows] = data;
  return { columns: header.map(cellText), rows };
}

/** The error for a sheet above {@link MAX_XLSX_ROWS} rows (`rows` undefined: counting stopped past it). */
function tooManyRows(file: string, sheet: string | undefined, rows: number | undefined): Error {
  const count = (n: number): string => n.toLocaleString('en-US');
  return fileProblem(
    file,
    `the sheet${sheet === undefined ? '' : ` '${sheet}'`} has ${rows === undefined ? `more than ${count(MAX_XLSX_ROWS)}` : count(rows)} rows, above the ${count(MAX_XLSX_ROWS)} an .xlsx import may take (a workbook is read whole into memory); save the sheet as CSV or Parquet, which have no row limit, and import that`,
  );
}
