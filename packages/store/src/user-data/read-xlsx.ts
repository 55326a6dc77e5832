import readXlsxFile, { readSheet } from 'read-excel-file/node';
import { fileProblem } from './problems.js';
import { cellText } from './parse-cell.js';
import type { RawCell, UserTable } from './user-table.js';

/**
 * Reads one sheet of an `.xlsx` workbook (the first unless `sheet` names one). The library
 * keeps leading empty rows, so row numbers match the sheet's; the header must be row 1.
 */
export async function xlsxTable(bytes: Buffer, file: string, sheet?: string): Promise<UserTable> {
  let data: RawCell[][];
  try {
    data = (await (sheet === undefined ? readSheet(bytes) : readSheet(bytes, sheet))) as RawCell[][];
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'SheetNotFoundError') {
      const sheets = (await readXlsxFile(bytes)).map((s) => s.sheet);
      throw fileProblem(file, `no sheet named '${sheet}' (sheets: ${sheets.join(', ')})`);
    }
    const message = error instanceof Error ? error.message : String(error);
    throw fileProblem(file, `not a readable .xlsx workbook (${message}); an old .xls must be saved as .xlsx`);
  }
  const [header = [], ...rows] = data;
  return { columns: header.map(cellText), rows };
}
