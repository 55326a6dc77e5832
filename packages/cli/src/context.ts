import type { Command } from 'commander';
import { ChanyeError } from '@chanye/compute';
import { defaultUserDbPath, Store } from '@chanye/store';
import { parseDataFormat, parseFormat, type DataFormat } from './output/format.js';
import { parseOutPath } from './output/temp-files.js';

/** The user database path from `--db`, `CHANYE_DB` or the default. */
export function userDbPath(command: Command): string {
  const db = (command.optsWithGlobals() as { db?: string }).db;
  return db ?? defaultUserDbPath();
}

/** Opens the store for one command and always closes it. */
export async function withStore<T>(command: Command, run: (store: Store) => Promise<T>): Promise<T> {
  const store = await Store.open({ userDbPath: userDbPath(command) });
  try {
    return await run(store);
  } finally {
    store.close();
  }
}

/** Options every data command takes (`xlsx` only where the command was given `{ xlsx: true }`). */
export interface OutputOptions {
  readonly format: DataFormat;
  readonly out?: string;
  /** `--bom` / `--no-bom`: undefined lets the language decide (see output/write.ts). */
  readonly bom?: boolean;
}

/**
 * Adds `--format`, `--out` and `--bom`/`--no-bom` to a data command; `xlsx` adds the Excel
 * workbook to the formats (the command must then handle it).
 */
export function withOutputOptions(command: Command, { xlsx = false }: { xlsx?: boolean } = {}): Command {
  return command
    .option(
      '--format <format>',
      xlsx
        ? 'table, csv (tidy long), json, xlsx (Excel; with --out FILE.xlsx) or parquet (with --out FILE.parquet)'
        : 'table, csv (tidy long) or json',
      xlsx ? parseDataFormat : parseFormat,
      'table' as DataFormat,
    )
    .option('--out <file>', 'write to FILE instead of standard output', parseOutPath)
    .option('--bom', 'start CSV with a UTF-8 byte-order mark, so Excel reads Chinese text (the default with --lang zh)')
    .option('--no-bom', 'never write the byte-order mark');
}

/** Parses `--years A:B` (or a single year) into an inclusive range. */
export function parseYears(value: string): [number, number] {
  const match = /^(\d{4})(?::(\d{4}))?$/.exec(value.trim());
  if (!match)
    throw new ChanyeError('invalid-input', `invalid --years: ${value} (expected A:B, e.g. 1990:2019, or one year)`);
  const from = Number(match[1]);
  const to = Number(match[2] ?? match[1]);
  if (from > to) throw new ChanyeError('invalid-input', `invalid --years: ${value} (the first year is after the last)`);
  return [from, to];
}

/** Parses `--year Y`. */
export function parseYear(value: string): number {
  if (!/^\d{4}$/.test(value.trim()))
    throw new ChanyeError('invalid-input', `invalid --year: ${value} (expected a year such as 2019)`);
  return Number(value);
}

/** The help of an argument naming one economy (the store resolves codes and names alike). */
export const ECONOMY_ARGUMENT_HELP = 'ISO3 code or exact English or Chinese name, e.g. CHN, China or 中国';

/**
 * The help of an option listing economies. Commas separate the items, so a name that holds a
 * comma (`Korea, Rep.`) is given by its code in a list.
 */
export const ECONOMY_LIST_HELP = 'comma-separated ISO3 codes or names without commas, e.g. CHN,India,日本';

/**
 * Parses a comma-separated list (economy codes or names, indicator ids…); the items are
 * validated later, against the snapshot, by whoever reads them.
 */
export function parseList(value: string): string[] {
  const items = value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  if (items.length === 0)
    throw new ChanyeError('invalid-input', `invalid list: '${value}' (expected comma-separated items)`);
  return items;
}

/** Resolves economy codes or names to ISO3 codes; an unknown one fails with suggestions (exit 2). */
export async function resolveEconomies(store: Store, economies: readonly string[]): Promise<string[]> {
  return Promise.all(economies.map(async (e) => (await store.economy(e)).iso3));
}

export type Lang = 'en' | 'zh';

export function parseLang(value: string): Lang {
  if (value === 'en' || value === 'zh') return value;
  throw new ChanyeError('invalid-input', `invalid --lang: ${value} (expected en or zh)`);
}
