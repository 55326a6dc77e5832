import { closeSync, mkdirSync, openSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { ChanyeError } from '@chanye/compute';
import { csvField } from '@chanye/engine';
import { discardTemp, releaseTemp, tempFor } from './temp-files.js';

/**
 * A CSV file written row by row in large chunks (an economy × product table of a BACI panel
 * has tens of millions of rows) to a temporary sibling that `commit()` renames into place, so
 * an interrupted run never leaves half a file under the final name.
 */
export class CsvFileWriter {
  private readonly fd: number;
  private readonly tmp: string;
  private buffer: string[] = [];
  private size = 0;

  constructor(
    private readonly path: string,
    private readonly columns: readonly string[],
  ) {
    this.tmp = tempFor(path);
    try {
      mkdirSync(dirname(path), { recursive: true });
      this.fd = openSync(this.tmp, 'w');
    } catch (error) {
      discardTemp(this.tmp);
      throw new ChanyeError('invalid-input', `cannot write ${path}: ${(error as Error).message}`);
    }
    this.line(columns.join(','));
  }

  row(values: readonly unknown[]): void {
    this.line(values.map(csvField).join(','));
  }

  /** A row given as an object: its fields in the order of the file's columns. */
  record(row: Readonly<Record<string, unknown>>): void {
    this.row(this.columns.map((c) => row[c]));
  }

  /** Lines the caller has already formatted as CSV (text or UTF-8), each ending in a line break. */
  text(lines: string | Uint8Array): void {
    this.flush();
    if (typeof lines === 'string') {
      if (lines.length > 0) writeSync(this.fd, lines);
      return;
    }
    for (let done = 0; done < lines.length;) done += writeSync(this.fd, lines, done);
  }

  private line(text: string): void {
    this.buffer.push(text);
    this.size += text.length + 1;
    if (this.size > 1 << 20) this.flush();
  }

  private flush(): void {
    if (this.buffer.length === 0) return;
    writeSync(this.fd, `${this.buffer.join('\n')}\n`);
    this.buffer = [];
    this.size = 0;
  }

  commit(): void {
    this.flush();
    closeSync(this.fd);
    renameSync(this.tmp, this.path);
    releaseTemp(this.tmp);
  }

  abort(): void {
    try {
      closeSync(this.fd);
    } catch {
      // already closed
    }
    discardTemp(this.tmp);
  }
}
