import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { ChanyeError } from '@chanye/compute';
import { startKernelThreads, type KernelThreadPool, type Store } from '@chanye/store';
import {
  extractionTidyRows,
  gvcFocus,
  gvcTidyRows,
  integrationTidyRows,
  IO_TIDY_COLUMNS,
  ioExtraction,
  ioGvc,
  ioIntegration,
  ioLinkages,
  ioMultipliers,
  ioSecurity,
  ioShock,
  ioTidyTable,
  linkageTidyRows,
  multiplierTidyRows,
  securityTidyRows,
  shockTidyRows,
  type IoMeta,
  type IoRequest,
  type IoTidyRow,
} from '@chanye/engine';
import { emitData } from '../output/write.js';
import {
  extractionText,
  gvcText,
  integrationText,
  linkagesText,
  multipliersText,
  securityText,
  shockText,
} from '../output/io-tables.js';
import { parseLang, parseYear, withOutputOptions, withStore, type Lang, type OutputOptions } from '../context.js';

/** The options every `chanye io` subcommand takes. */
interface IoOptions extends OutputOptions {
  dataset: string;
  /** Absent: wiod2013's latest year (2011), or an import's own year. */
  year?: number;
  economy?: string;
  lang: Lang;
}

/** An option a subcommand takes beyond the common ones, as commander declares it. */
interface IoOption {
  readonly flags: string;
  readonly description: string;
  readonly parse?: (value: string) => unknown;
  readonly default?: unknown;
  /** Declared with `requiredOption`: commander refuses to run without it. */
  readonly required?: boolean;
}

/**
 * One subcommand of `chanye io`: its name, description and own options, the engine function
 * that answers it, and how its result is written. The JSON is the engine's result as is; the
 * CSV its tidy rows (`@chanye/engine`); the table its text (`../output/io-tables.ts`).
 */
interface IoSubcommand<R extends IoMeta, O> {
  readonly name: string;
  readonly description: string;
  /** In the order `--help` lists them, after --dataset, --year, --economy, --format and --out. */
  readonly options?: readonly IoOption[];
  readonly run: (store: Store, request: IoRequest, options: O) => Promise<R>;
  /** The economy the result is about, in the file name under `--out DIR/` and the CSV's focus column (null: the world). */
  readonly focus: (result: R) => string | null;
  readonly tidy: (result: R) => IoTidyRow[];
  /** The text table, with sector and economy names in `lang` (the CSV and JSON carry both languages). */
  readonly table: (result: R, lang: Lang) => string;
}

/** A subcommand as the table holds it: each is only ever called with its own result, so its types can be forgotten. */
type AnyIoSubcommand = IoSubcommand<IoMeta, unknown>;
const subcommand = <R extends IoMeta, O = unknown>(spec: IoSubcommand<R, O>): AnyIoSubcommand =>
  spec as unknown as AnyIoSubcommand;

/** The `chanye io` subcommands, in the order `chanye io --help` lists them. */
const IO_SUBCOMMANDS: readonly AnyIoSubcommand[] = [
  subcommand({
    name: 'multipliers',
    description: 'output, domestic value-added and import multipliers of every region-sector',
    run: ioMultipliers,
    focus: (r) => r.economy,
    tidy: multiplierTidyRows,
    table: multipliersText,
  }),
  subcommand({
    name: 'linkages',
    description: 'Rasmussen backward and forward linkages and key sectors',
    run: ioLinkages,
    focus: (r) => r.economy,
    tidy: linkageTidyRows,
    table: linkagesText,
  }),
  subcommand({
    name: 'extraction',
    description: 'hypothetical extraction: output lost without each sector',
    options: [{ flags: '--mode <mode>', description: 'total, linkages, backward or forward', default: 'total' }],
    run: (store, request, o: { mode: string }) => ioExtraction(store, { ...request, mode: o.mode }),
    focus: (r) => r.economy,
    tidy: extractionTidyRows,
    table: extractionText,
  }),
  subcommand({
    name: 'gvc',
    description: 'value-added decomposition of gross exports (Borin-Mancini), GVC participation and upstreamness',
    run: ioGvc,
    focus: gvcFocus,
    tidy: gvcTidyRows,
    table: gvcText,
  }),
  subcommand({
    name: 'security',
    description: 'foreign input shares, supplier concentration and chokepoints of an economy',
    options: [
      {
        flags: '--limit <n>',
        description: 'chokepoints listed',
        parse: (v) => positiveInteger(v, '--limit'),
        default: 20,
      },
    ],
    run: (store, request, o: { limit: number }) => ioSecurity(store, { ...request, limit: o.limit }),
    focus: (r) => r.economy,
    tidy: securityTidyRows,
    table: securityText,
  }),
  subcommand({
    name: 'shock',
    description: "a supplier's sector output falls by p %: which of the economy's sectors lose most?",
    options: [
      {
        flags: '--supplier <economy>',
        description: 'the economy whose sector is cut, by ISO3 code or name (or ROW)',
        required: true,
      },
      {
        flags: '--sector <code>',
        description: 'the sector cut (wiod2013: c1 … c35, names: catalog/wiod-names.yaml, GET /api/io/sectors)',
        required: true,
      },
      { flags: '--percent <p>', description: 'the fall of its output, %', parse: percentage, default: 10 },
    ],
    run: (store, request, o: { supplier: string; sector: string; percent: number }) =>
      ioShock(store, { ...request, supplier: o.supplier, sector: o.sector, percent: o.percent }),
    focus: (r) => r.economy,
    tidy: shockTidyRows,
    table: shockText,
  }),
  subcommand({
    name: 'integration',
    description: 'servitization of manufacturing, ICT linkages and the 3+1 arrays by sector',
    run: ioIntegration,
    focus: (r) => r.economy,
    tidy: integrationTidyRows,
    table: integrationText,
  }),
];

/** `--out FILE`, or a file named after the command inside `--out DIR/` (an existing directory or a trailing slash). */
function outPath(out: string | undefined, name: string): string | undefined {
  if (out === undefined) return undefined;
  const isDir = /[/\\]$/.test(out) || (existsSync(out) && statSync(out).isDirectory());
  return isDir ? join(out, name) : out;
}

function fileName(command: string, meta: IoMeta, focus: string | null, format: string): string {
  const ext = format === 'table' ? 'txt' : format;
  return `io-${command}-${focus ?? 'all'}-${meta.dataset}-${meta.year}.${ext}`;
}

/** What every `io` command shares: the kernel threads, started before the command runs. */
interface IoContext {
  threads?: KernelThreadPool | undefined;
}

/**
 * An economy as the table writes it: a three-letter code is passed on as typed (the table also
 * has regions such as ROW that are no economy), anything longer is resolved as a name.
 */
async function tableEconomy(store: Store, value: string): Promise<string> {
  if (/^[A-Za-z]{3}$/.test(value.trim())) return value;
  return (await store.economy(value)).iso3;
}

function request(options: IoOptions & { year: number }, context: IoContext): IoRequest {
  return {
    dataset: options.dataset,
    year: options.year,
    ...(options.economy !== undefined ? { economy: options.economy } : {}),
    threads: context.threads,
  };
}

/** Declares one subcommand of the table on `group` with the common options, then its own. */
function registerSubcommand(group: Command, spec: AnyIoSubcommand, context: IoContext): void {
  const command = withOutputOptions(
    group
      .command(spec.name)
      .description(spec.description)
      .option(
        '--dataset <id>',
        'the input-output table: wiod2013, or the NAME of a table imported with chanye data import-mrio',
        'wiod2013',
      )
      .option(
        '--year <year>',
        'a year of the table (wiod2013: 1995-2011, default 2011; an import: its own year)',
        parseYear,
      )
      .option('--economy <economy>', 'one economy of the table by ISO3 code or name (WIOD: 40 economies)')
      .option(
        '--lang <lang>',
        'language of the sector and economy names in the table: en or zh',
        parseLang,
        'en' as Lang,
      ),
    { xlsx: true },
  );
  command.exitOverride();
  for (const o of spec.options ?? []) {
    if (o.required) command.requiredOption(o.flags, o.description);
    else if (o.parse) command.option(o.flags, o.description, o.parse, o.default);
    else command.option(o.flags, o.description, o.default as string | undefined);
  }
  command.action(async (options: IoOptions & { supplier?: string }, command: Command) => {
    const result = await withStore(command, async (store) => {
      // Names are resolved here; codes stay as typed, for the table's own check.
      const year =
        options.year ?? (options.dataset === 'wiod2013' ? 2011 : (await store.mrioImport(options.dataset)).year);
      const resolved = {
        ...options,
        year,
        ...(options.economy !== undefined ? { economy: await tableEconomy(store, options.economy) } : {}),
        ...(options.supplier !== undefined ? { supplier: await tableEconomy(store, options.supplier) } : {}),
      };
      return spec.run(store, request(resolved, context), resolved);
    });
    const focus = spec.focus(result);
    const out = outPath(options.out, fileName(spec.name, result, focus, options.format));
    await emitData(
      { format: options.format, out },
      {
        json: () => result,
        table: () => spec.table(result, options.lang),
        sheets: () => [
          {
            name: `io ${spec.name}`,
            columns: [...IO_TIDY_COLUMNS],
            rows: ioTidyTable(result, focus, spec.tidy(result)),
          },
        ],
        notes: [`${result.dataset} ${result.year}; ${spec.description}.`],
      },
    );
  });
}

function positiveInteger(value: string, what: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new ChanyeError('invalid-input', `invalid ${what}: ${value} (expected a positive integer)`);
  return n;
}

function percentage(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100)
    throw new ChanyeError('invalid-input', `invalid --percent: ${value} (expected 0 to 100)`);
  return n;
}

/** Registers `chanye io multipliers|linkages|extraction|gvc|security|shock|integration`. */
export function registerIo(program: Command): Command {
  const group = program
    .command('io')
    .description('input-output analysis of a multi-regional table (WIOD 2013): multipliers to supply-chain shocks');
  // The factorizations of a whole table share their matrix products with the other cores; the
  // threads start while the table loads.
  const context: IoContext = {};
  group.hook('preAction', () => {
    context.threads = startKernelThreads();
  });
  for (const spec of IO_SUBCOMMANDS) registerSubcommand(group, spec, context);
  return group;
}
