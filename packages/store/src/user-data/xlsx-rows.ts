/**
 * How many rows the worksheet an import reads has, found before the workbook reader parses
 * it: a workbook is parsed whole, so its rows must be capped before it is read, not after.
 *
 * The cap, {@link MAX_XLSX_ROWS}, is tied to memory rather than to Excel's own limit of
 * 1,048,576 rows a sheet: `npm run bench:import-memory` measured `chanye data import` of a
 * 200,000-row workbook at a peak of 484 MB and of a 400,000-row one at 781 MB (some 1.5 KB a
 * row over the command's 140 MB at rest), so the cap keeps a workbook under the 1 GB that an
 * import of 1.5 million CSV rows keeps to (issue 19); Excel's limit would take about 1.7 GB.
 * CSV and Parquet are read row by row and have no such cap.
 *
 * @module
 */
import { posix } from 'node:path';
import { Readable } from 'node:stream';
import { constants, createInflateRaw, inflateRawSync } from 'node:zlib';
import { zipEntries, type ZipEntry } from './xlsx-size.js';

/** The most rows (header included) the sheet of an `.xlsx` import may have; see the module note. */
export const MAX_XLSX_ROWS = 400_000;

/** What is known of a sheet's rows before it is parsed. */
export type SheetRows =
  /** The sheet's `<dimension ref="A1:G2000000">` declares its last row. */
  | { readonly declared: number }
  /** Rows counted in the sheet's XML, stopping at `limit + 1`. */
  | { readonly counted: number };

/**
 * The rows of the sheet named `sheet` (the first when undefined), or undefined when the
 * workbook's parts cannot be found (then the workbook reader reports what is wrong). Cheap:
 * the declared dimension is read from the first kilobytes of the sheet; only a sheet without
 * one (some writers leave it out) is inflated to count its `<row>` elements, as a stream that
 * stops once `limit` is passed, holding no more than one chunk.
 */
export async function sheetRows(bytes: Buffer, sheet?: string, limit = MAX_XLSX_ROWS): Promise<SheetRows | undefined> {
  const entries = zipEntries(bytes);
  if (entries === undefined) return undefined;
  const entry = sheetEntry(bytes, entries, sheet);
  if (entry === undefined) return undefined;
  const data = entryData(bytes, entry);
  if (data === undefined) return undefined;
  const head = (
    entry.method === 0
      ? data.subarray(0, HEAD)
      : inflateRawSync(data.subarray(0, HEAD), { finishFlush: constants.Z_SYNC_FLUSH })
  ).toString('latin1');
  const start = head.search(/<(?:\w+:)?sheetData[\s>/]/);
  const dimension = /<(?:\w+:)?dimension\s[^>]*?ref="[A-Z]*(\d*)(?::[A-Z]*(\d+))?"/.exec(
    start < 0 ? head : head.slice(0, start),
  );
  const last = Number(dimension?.[2] ?? dimension?.[1]);
  if (dimension !== null && Number.isInteger(last) && last > 0) return { declared: last };
  const xml = entry.method === 0 ? Readable.from(slices(data)) : Readable.from([data]).pipe(createInflateRaw());
  return { counted: await countRows(xml, limit) };
}

/** Compressed bytes read for the dimension; it sits in the first few hundred bytes of the XML. */
const HEAD = 8192;
const LOCAL_HEADER = 0x04034b50;
const ROW = /<(?:\w{1,16}:)?row[\s>/]/g;
/** Longer than any match of {@link ROW}, so a tag split between two chunks is still seen. */
const OVERLAP = 24;

/** `<row>` elements in the XML, counted chunk by chunk, stopping after `limit + 1`. */
async function countRows(xml: Readable, limit: number): Promise<number> {
  let count = 0;
  let tail = '';
  try {
    for await (const chunk of xml) {
      const text = tail + (chunk as Buffer).toString('latin1');
      for (const match of text.matchAll(ROW)) if (match.index + match[0].length > tail.length) count++;
      if (count > limit) break;
      tail = text.slice(-OVERLAP);
    }
  } catch {
    // A corrupt stream is the workbook reader's to report; the rows counted so far stand.
  } finally {
    xml.destroy();
  }
  return Math.min(count, limit + 1);
}

/** A stored entry in pieces of 1 MB, so that no more than one is a string at a time. */
function* slices(data: Buffer): Generator<Buffer> {
  for (let at = 0; at < data.length; at += 2 ** 20) yield data.subarray(at, at + 2 ** 20);
}

/** The compressed (or stored) bytes of an entry, or undefined when its header does not match. */
function entryData(bytes: Buffer, entry: ZipEntry): Buffer | undefined {
  const at = entry.localOffset;
  if (entry.method !== 0 && entry.method !== 8) return undefined;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL_HEADER) return undefined;
  const from = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  return bytes.subarray(from, Math.min(bytes.length, from + entry.compressedSize));
}

function entryText(bytes: Buffer, entry: ZipEntry | undefined): string | undefined {
  const data = entry === undefined ? undefined : entryData(bytes, entry);
  if (data === undefined || entry === undefined) return undefined;
  try {
    return (entry.method === 0 ? data : inflateRawSync(data)).toString('utf8');
  } catch {
    return undefined;
  }
}

/** The worksheet part of the sheet named `sheet` (the first in the workbook when undefined). */
function sheetEntry(bytes: Buffer, entries: readonly ZipEntry[], sheet: string | undefined): ZipEntry | undefined {
  const byName = new Map(entries.map((e) => [e.name, e]));
  const workbookPath = 'xl/workbook.xml';
  const workbook = entryText(bytes, byName.get(workbookPath));
  const rels = entryText(bytes, byName.get('xl/_rels/workbook.xml.rels'));
  if (workbook === undefined || rels === undefined) return undefined;
  const sheets = [...workbook.matchAll(/<(?:\w+:)?sheet\s[^>]*>/g)].map((m) => ({
    name: unescapeXml(/\sname="([^"]*)"/.exec(m[0])?.[1] ?? ''),
    id: /\s[\w.-]+:id="([^"]*)"/.exec(m[0])?.[1],
  }));
  const chosen = sheet === undefined ? sheets[0] : sheets.find((s) => s.name === sheet);
  if (chosen?.id === undefined) return undefined;
  for (const m of rels.matchAll(/<(?:\w+:)?Relationship\s[^>]*>/g)) {
    if (/\sId="([^"]*)"/.exec(m[0])?.[1] !== chosen.id) continue;
    const target = unescapeXml(/\sTarget="([^"]*)"/.exec(m[0])?.[1] ?? '');
    const path = target.startsWith('/')
      ? target.slice(1)
      : posix.normalize(posix.join(posix.dirname(workbookPath), target));
    return byName.get(path);
  }
  return undefined;
}

function unescapeXml(text: string): string {
  return text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');
}
