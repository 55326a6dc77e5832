/**
 * A small RFC 4180 reader: fields may be quoted, a quoted field may hold the delimiter, line
 * breaks and doubled quotes; records end with CRLF, LF or a lone CR. It is strict where a
 * lenient reader would guess: a quote inside an unquoted field, or text after a closing
 * quote, is an error, because guessing there silently shifts columns.
 */

export type CsvDelimiter = ',' | ';' | '\t';

/** Delimiters tried by {@link detectDelimiter}, in the order that breaks ties. */
export const CSV_DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t'];

/**
 * A syntax error at a 1-based record number (the header is record 1, as a spreadsheet
 * numbers rows) and line number (what a text editor shows; larger when quoted fields hold
 * line breaks).
 */
export class CsvSyntaxError extends Error {
  constructor(
    readonly row: number,
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = 'CsvSyntaxError';
  }
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * The delimiter used by the header line: whichever of `,` `;` tab occurs most often outside
 * quotes (comma on a tie or when none occurs). Only the header is looked at because data
 * cells may legitimately contain the other characters.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = new Map<string, number>(CSV_DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best: CsvDelimiter = ',';
  for (const d of CSV_DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}

/**
 * Splits CSV text into records of fields. A final line break does not start an empty
 * record; an empty line in the middle is a record with one empty field, so record numbers
 * stay the row numbers a spreadsheet shows.
 *
 * @example parseCsv('a,b\r\n"x, y",2\n', ',') // returns [['a', 'b'], ['x, y', '2']]
 */
export function parseCsv(text: string, delimiter: CsvDelimiter): string[][] {
  const records: string[][] = [];
  forEachCsvRecord(text, delimiter, (record) => records.push(record));
  return records;
}

/**
 * Hands each record of CSV text to `visit` in order (0 is the header), as {@link parseCsv}
 * splits them, without keeping them: a million-row file held as arrays of strings took about
 * 500 MB of heap beside its text.
 */
export function forEachCsvRecord(
  text: string,
  delimiter: CsvDelimiter,
  visit: (record: string[], index: number) => void,
): void {
  const n = text.length;
  if (n === 0) return;
  const delim = delimiter.charCodeAt(0);
  let record: string[] = [];
  let row = 1;
  let line = 1;
  let i = 0;
  for (;;) {
    if (text.charCodeAt(i) === QUOTE) {
      const openedAt = [row, line] as const;
      let value = '';
      let start = i + 1;
      for (;;) {
        const q = text.indexOf('"', start);
        if (q === -1) {
          throw new CsvSyntaxError(...openedAt, 'a quoted field is never closed (a missing " ?)');
        }
        line += countLineBreaks(text, start, q);
        if (text.charCodeAt(q + 1) === QUOTE) {
          value += text.slice(start, q + 1);
          start = q + 2;
          continue;
        }
        value += text.slice(start, q);
        i = q + 1;
        break;
      }
      const next = text.charCodeAt(i);
      if (i < n && next !== delim && next !== LF && next !== CR) {
        throw new CsvSyntaxError(row, line, 'text follows a closing quote; a quoted field must end at the delimiter');
      }
      record.push(value);
    } else {
      let j = i;
      for (; j < n; j++) {
        const c = text.charCodeAt(j);
        if (c === delim || c === LF || c === CR) break;
        if (c === QUOTE) {
          throw new CsvSyntaxError(
            row,
            line,
            'a quote inside an unquoted field; quote the whole field and double the quote',
          );
        }
      }
      record.push(text.slice(i, j));
      i = j;
    }
    if (i >= n) break;
    const c = text.charCodeAt(i);
    i += 1;
    if (c === delim) continue;
    if (c === CR && text.charCodeAt(i) === LF) i += 1;
    visit(record, row - 1);
    record = [];
    row += 1;
    line += 1;
    if (i >= n) return;
  }
  visit(record, row - 1);
}

/** Line breaks (CRLF counting once) inside `text[from, to)`. */
function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === LF) count += 1;
    else if (c === CR && text.charCodeAt(k + 1) !== LF) count += 1;
  }
  return count;
}
