import { renameSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ChanyeError } from '@chanye/compute';
import { toCsv, toXlsx, type DataSheet } from '@chanye/engine';
import type { DataFormat } from './format.js';
import { defaultSnapshotDir, readManifest, writeParquet } from '@chanye/store';
import { CHANYE_VERSION } from '../version.js';
import { discardTemp, parseOutPath, releaseTemp, tempFor } from './temp-files.js';

/**
 * Whether the CSV a command prints starts with a UTF-8 byte-order mark. Excel on Windows reads
 * a CSV without one in the legacy code page, which garbles Chinese text; most other readers
 * (pandas, R's readr, DuckDB) skip the mark, but some (R's read.csv, Stata) keep it in the first
 * column's name, so it is written only when asked (`--bom`) or when the output is Chinese
 * (`--lang zh`), and `--no-bom` turns it off. Set once per command by main.ts before the
 * action runs, because every data command's CSV goes through {@link emit}.
 */
let csvByteOrderMark = false;

const BYTE_ORDER_MARK = '\ufeff';

/** The arguments of the running command, for the workbook's "Produced by" line (set by main.ts). */
let commandLine: readonly string[] = [];

export function recordCommandLine(argv: readonly string[]): void {
  commandLine = argv;
}

/** The running command as a shell line, `chanye report CHN --lang zh`, arguments quoted when needed. */
export function commandLineText(): string {
  return ['chanye', ...commandLine.map((a) => (/[\s"']/.test(a) ? JSON.stringify(a) : a))].join(' ');
}

/** The arguments of the running command, as given (after `chanye`). */
export function commandArguments(): readonly string[] {
  return commandLine;
}

/** Decides the byte-order mark from a command's options (see {@link csvByteOrderMark}). */
export function configureCsvByteOrderMark(options: { format?: unknown; bom?: unknown; lang?: unknown }): void {
  csvByteOrderMark =
    options.format === 'csv' && (typeof options.bom === 'boolean' ? options.bom : options.lang === 'zh');
}

/**
 * Writes `text` to `--out FILE` atomically (a temporary sibling renamed into place, so a
 * failed run never leaves half a file), or to standard output when no file is given.
 */
export function emit(text: string, out: string | undefined): void {
  const body = csvByteOrderMark && !text.startsWith(BYTE_ORDER_MARK) ? BYTE_ORDER_MARK + text : text;
  if (out === undefined) {
    process.stdout.write(body);
    return;
  }
  writeAtomically(body, out);
}

/** Writes `data` to `out` atomically; `option` names the file in the error (`--out`, `--record`). */
export function writeAtomically(data: string | Buffer, out: string, option = '--out'): void {
  parseOutPath(out);
  const path = resolve(out);
  const tmp = tempFor(path);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(tmp, data);
    renameSync(tmp, path);
    releaseTemp(tmp);
  } catch (error) {
    discardTemp(tmp);
    throw new ChanyeError('invalid-input', `cannot write ${option} ${out}: ${(error as Error).message}`);
  }
}

/**
 * Writes the first table as Parquet (`--format parquet`) to `--out FILE`, atomically: for
 * pandas, R arrow and DuckDB. Column types follow the values (`writeParquet` in @chanye/store);
 * other tables of a command (a workbook's later sheets) are in its CSV-less formats only.
 */
export async function emitParquet(sheets: readonly DataSheet[], out: string | undefined): Promise<void> {
  if (out === undefined)
    throw new ChanyeError('invalid-input', '--format parquet writes a binary file: give --out FILE.parquet');
  const [first] = sheets;
  const path = resolve(parseOutPath(out));
  const tmp = tempFor(path);
  try {
    mkdirSync(dirname(path), { recursive: true });
    await writeParquet(first ?? { columns: [], rows: [] }, tmp);
    renameSync(tmp, path);
    releaseTemp(tmp);
  } catch (error) {
    discardTemp(tmp);
    throw new ChanyeError('invalid-input', `cannot write --out ${out}: ${(error as Error).message}`);
  }
}

/**
 * Writes the tables as an Excel workbook (`--format xlsx`): to `--out FILE`, or to standard
 * output when it is a pipe or a file (a workbook is binary: a terminal gets an error instead).
 * The "Sources and notes" sheet names the command, the version and the snapshot's sources.
 */
export async function emitXlsx(sheets: readonly DataSheet[], out: string | undefined, notes: readonly string[] = []) {
  if (out === undefined && process.stdout.isTTY)
    throw new ChanyeError(
      'invalid-input',
      '--format xlsx writes a binary workbook: give --out FILE.xlsx (or redirect standard output to a file)',
    );
  const manifest = readManifest(defaultSnapshotDir());
  const bytes = await toXlsx(sheets, {
    command: commandLineText(),
    version: CHANYE_VERSION,
    snapshot: `Chanye data snapshot built from the shared data generated ${manifest.built_from.shared_manifest_generated_at}`,
    sources: manifest.sources,
    notes,
  });
  if (out === undefined) process.stdout.write(bytes);
  else writeAtomically(bytes, out);
}

/** What a data command can print: its JSON document, its text table and its tables as sheets. */
export interface DataOutput {
  readonly json: () => unknown;
  readonly table: () => string;
  /** The tables; the CSV is the first of them. */
  readonly sheets: () => readonly DataSheet[];
  /** Notes for the workbook's "Sources and notes" sheet (method, settings). */
  readonly notes?: readonly string[];
}

/** Writes a data command's output in the format asked for (one place for every format). */
export async function emitData(
  options: { readonly format: DataFormat; readonly out?: string | undefined },
  output: DataOutput,
): Promise<void> {
  switch (options.format) {
    case 'json':
      return emit(`${JSON.stringify(output.json(), null, 2)}\n`, options.out);
    case 'csv': {
      const [first] = output.sheets();
      return emit(first ? toCsv(first.rows, first.columns) : '', options.out);
    }
    case 'xlsx':
      return emitXlsx(output.sheets(), options.out, output.notes);
    case 'parquet':
      return emitParquet(output.sheets(), options.out);
    case 'table':
      return emit(output.table(), options.out);
  }
}
