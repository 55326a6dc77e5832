import { fileProblem } from './problems.js';
import { CsvSyntaxError, detectDelimiter, forEachCsvRecord, type CsvDelimiter } from './parse-csv.js';
import type { RowSource, UserTable } from './user-table.js';

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * Decodes CSV bytes as UTF-8 (dropping a byte-order mark, which Excel writes for "CSV
 * UTF-8") and splits them into a table, with the delimiter (`,`, `;` or tab) taken from the
 * header line. Bytes that are not UTF-8 are refused rather than guessed at: a GBK or
 * Latin-1 file decoded as UTF-8 would import garbled names without a word.
 *
 * The whole text is checked for syntax here, so a broken file is refused when read; the
 * records are then split again each time the rows are visited rather than held (see
 * {@link RowSource}).
 */
export function csvTable(bytes: Uint8Array, file: string): UserTable {
  const text = decodeUtf8(bytes, file);
  const delimiter = detectDelimiter(text);
  let header: string[] = [];
  splitRecords(text, delimiter, file, (record, index) => {
    if (index === 0) header = record;
  });
  const rows: RowSource = {
    forEach(visit) {
      splitRecords(text, delimiter, file, (record, index) => {
        if (index > 0) visit(record, index - 1);
      });
    },
  };
  return { columns: header.map((c) => c.trim()), rows };
}

function splitRecords(
  text: string,
  delimiter: CsvDelimiter,
  file: string,
  visit: (record: string[], index: number) => void,
): void {
  try {
    forEachCsvRecord(text, delimiter, visit);
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    const where = error.line === error.row ? `row ${error.row}` : `row ${error.row} (line ${error.line})`;
    throw fileProblem(file, `${where}: ${error.message}`);
  }
}

function decodeUtf8(bytes: Uint8Array, file: string): string {
  const bom = UTF8_BOM.every((b, i) => bytes[i] === b);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw fileProblem(file, 'the file is UTF-16 text; save it as CSV UTF-8');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bom ? bytes.subarray(3) : bytes);
  } catch {
    throw fileProblem(file, 'the file is not UTF-8 text; save it as CSV UTF-8 (e.g. in Excel: "CSV UTF-8")');
  }
}
