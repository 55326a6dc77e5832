/**
 * How large an `.xlsx` workbook becomes when unpacked, read from its ZIP central directory
 * before anything is decompressed: a 300 KB workbook that unpacks to 300 MB took 95 s and
 * 1.9 GB before failing (hardening issue), so a workbook above {@link MAX_XLSX_UNPACKED}
 * is refused at once with a message that says to import it as CSV or Parquet.
 *
 * @module
 */

/** The most a workbook may unpack to: some 20 million cells of plain XML. */
export const MAX_XLSX_UNPACKED = 200 * 1024 * 1024;

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;

/** One file of a ZIP archive, as its central directory describes it. */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated; others are not read here. */
  readonly method: number;
  readonly compressedSize: number;
  /** Infinity for a ZIP64 size (0xFFFFFFFF). */
  readonly size: number;
  /** Where the entry's local header starts. */
  readonly localOffset: number;
}

/**
 * The entries of a ZIP's central directory, or undefined when the bytes are not a ZIP this
 * reader understands (the workbook reader then reports the file).
 */
export function zipEntries(bytes: Buffer): ZipEntry[] | undefined {
  // The end-of-directory record is in the last 22 bytes plus a comment of at most 65,535.
  const from = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let i = bytes.length - 22; i >= from; i--)
    if (bytes.readUInt32LE(i) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  if (end < 0) return undefined;
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let k = 0; k < count; k++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== DIRECTORY_ENTRY) return undefined;
    const size = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    entries.push({
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      size: size === 0xffffffff ? Infinity : size,
      localOffset: bytes.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return entries;
}

/**
 * The sum of the uncompressed sizes the ZIP's central directory declares, or undefined when the
 * bytes are not a ZIP this reader understands (the workbook reader then reports the file).
 * A ZIP64 size (0xFFFFFFFF) counts as infinite: no workbook a person imports needs one.
 */
export function declaredUnpackedSize(bytes: Buffer): number | undefined {
  return zipEntries(bytes)?.reduce((total, entry) => total + entry.size, 0);
}
