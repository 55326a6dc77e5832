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

/**
 * The sum of the uncompressed sizes the ZIP's central directory declares, or undefined when the
 * bytes are not a ZIP this reader understands (the workbook reader then reports the file).
 * A ZIP64 size (0xFFFFFFFF) counts as infinite: no workbook a person imports needs one.
 */
export function declaredUnpackedSize(bytes: Buffer): number | undefined {
  // The end-of-directory record is in the last 22 bytes plus a comment of at most 65,535.
  const from = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let i = bytes.length - 22; i >= from; i--)
    if (bytes.readUInt32LE(i) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  if (end < 0) return undefined;
  const entries = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  let total = 0;
  for (let k = 0; k < entries; k++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== DIRECTORY_ENTRY) return undefined;
    const size = bytes.readUInt32LE(at + 24);
    if (size === 0xffffffff) return Infinity;
    total += size;
    at += 46 + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return total;
}
