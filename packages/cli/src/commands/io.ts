import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { ChanyeError } from '@chanye/compute';
import { startKernelThreads, type KernelThreadPool } from '@chanye/store';
import {
  ioExtraction,
  ioGvc,
  ioIntegration,
  ioLinkages,
  ioMultipliers,
  ioSecurity,
  ioShock,
  type IoMeta,
  type IoRequest,
} from '@chanye/engine';
import { emit } from '../output/write.js';
import { formatNumber, toCsv, toTable } from '../output/format.js';
import { parseYear, withOutputOptions, withStore, type OutputOptions } from '../context.js';

interface IoOptions extends OutputOptions {
  dataset: string;
  year: number;
  economy?: string;
}

/** One tidy long row: every number of every table as (table, region, sector, measure, value). */
interface TidyRow {
  readonly table: string;
  readonly region: string;
  readonly sector: string;
  readonly measure: string;
  readonly value: unknown;
}

const TIDY_COLUMNS = ['dataset', 'year', 'focus', 'table', 'region', 'sector', 'measure', 'value'] as const;

/** Melts objects into tidy rows: every key but the identifying ones becomes a measure. */
function melt(
  table: string,
  rows: readonly object[],
  id: (row: Record<string, unknown>) => { region: string; sector: string },
  skip: readonly string[] = [],
): TidyRow[] {
  const out: TidyRow[] = [];
  for (const row of rows as readonly Record<string, unknown>[]) {
    const key = id(row);
    for (const [measure, value] of Object.entries(row)) {
      if (['region', 'sector', 'economy', ...skip].includes(measure)) continue;
      out.push({ table, ...key, measure, value });
    }
  }
  return out;
}

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

/** Writes one result in the chosen format. */
function write(
  command: string,
  options: IoOptions,
  meta: IoMeta,
  focus: string | null,
  json: unknown,
  tidy: () => TidyRow[],
  table: () => string,
): void {
  const out = outPath(options.out, fileName(command, meta, focus, options.format));
  if (options.format === 'json') emit(`${JSON.stringify(json, null, 2)}\n`, out);
  else if (options.format === 'csv') {
    const rows = tidy().map((r) => ({ dataset: meta.dataset, year: meta.year, focus: focus ?? '', ...r }));
    emit(toCsv(rows, TIDY_COLUMNS), out);
  } else emit(table(), out);
}

const pct = (v: number): number => v * 100;
const fixed = (v: number, digits = 3): string => (Number.isFinite(v) ? v.toFixed(digits) : '');

/** What every `io` command shares: the kernel threads, started before the command runs. */
interface IoContext {
  threads?: KernelThreadPool | undefined;
}

function request(options: IoOptions, context: IoContext): IoRequest {
  return {
    dataset: options.dataset,
    year: options.year,
    ...(options.economy !== undefined ? { economy: options.economy } : {}),
    threads: context.threads,
  };
}

function header(title: string, meta: IoMeta, extra: readonly string[] = []): string {
  return [title, `source: ${meta.source}; ${meta.unit}`, ...extra, ''].join('\n') + '\n';
}

function ioCommand(group: Command, name: string, description: string): Command {
  const command = withOutputOptions(
    group
      .command(name)
      .description(description)
      .option('--dataset <id>', 'the input-output table (wiod2013)', 'wiod2013')
      .option('--year <year>', 'a year of the table (wiod2013: 1995-2011)', parseYear, 2011)
      .option('--economy <iso3>', 'one economy of the table (WIOD: 40 economies)'),
  );
  command.exitOverride();
  return command;
}

function registerMultipliers(group: Command, context: IoContext): void {
  ioCommand(group, 'multipliers', 'output, domestic value-added and import multipliers of every region-sector').action(
    async (options: IoOptions, command: Command) => {
      const r = await withStore(command, (store) => ioMultipliers(store, request(options, context)));
      write(
        'multipliers',
        options,
        r,
        r.economy,
        r,
        () => melt('multipliers', r.rows, (row) => ({ region: String(row['region']), sector: String(row['sector']) })),
        () =>
          header(`Multipliers, ${r.dataset} ${r.year}${r.economy ? `, ${r.economy}` : ''}`, r, [
            'per unit of final demand: output everywhere, output at home, value added at home, intermediate imports',
          ]) +
          toTable(
            r.rows.map((x) => ({
              region: x.region,
              sector: x.sector,
              output: fixed(x.output),
              output_domestic: fixed(x.outputDomestic),
              va_domestic: fixed(x.valueAddedDomestic),
              imports: fixed(x.imports),
            })),
            ['region', 'sector', 'output', 'output_domestic', 'va_domestic', 'imports'],
          ),
      );
    },
  );
}

function registerLinkages(group: Command, context: IoContext): void {
  ioCommand(group, 'linkages', 'Rasmussen backward and forward linkages and key sectors').action(
    async (options: IoOptions, command: Command) => {
      const r = await withStore(command, (store) => ioLinkages(store, request(options, context)));
      write(
        'linkages',
        options,
        r,
        r.economy,
        r,
        () => melt('linkages', r.rows, (row) => ({ region: String(row['region']), sector: String(row['sector']) })),
        () =>
          header(`Linkages, ${r.dataset} ${r.year}${r.economy ? `, ${r.economy}` : ''}`, r, [
            'backward: Rasmussen on the columns of L; forward: on the rows of the Ghosh inverse; key = both above 1',
          ]) +
          toTable(
            r.rows.map((x) => ({
              region: x.region,
              sector: x.sector,
              backward: fixed(x.backward),
              forward: fixed(x.forward),
              class: x.class,
            })),
            ['region', 'sector', 'backward', 'forward', 'class'],
          ),
      );
    },
  );
}

function registerExtraction(group: Command, context: IoContext): void {
  ioCommand(group, 'extraction', 'hypothetical extraction: output lost without each sector')
    .option('--mode <mode>', 'total, linkages, backward or forward', 'total')
    .action(async (options: IoOptions & { mode: string }, command: Command) => {
      const r = await withStore(command, (store) =>
        ioExtraction(store, { ...request(options, context), mode: options.mode }),
      );
      write(
        'extraction',
        options,
        r,
        r.economy,
        r,
        () => melt('extraction', r.rows, (row) => ({ region: String(row['region']), sector: String(row['sector']) })),
        () =>
          header(`Hypothetical extraction (${r.mode}), ${r.dataset} ${r.year}${r.economy ? `, ${r.economy}` : ''}`, r, [
            'loss: world output lost (millions); loss_pct: % of world output; domestic: the part lost at home, % of home output',
          ]) +
          toTable(
            [...r.rows]
              .sort((a, b) => b.loss - a.loss)
              .map((x) => ({
                region: x.region,
                sector: x.sector,
                loss: x.loss,
                loss_pct: fixed(pct(x.relative)),
                domestic: x.lossDomestic,
                domestic_pct: fixed(pct(x.relativeDomestic)),
              })),
            ['region', 'sector', 'loss', 'loss_pct', 'domestic', 'domestic_pct'],
          ),
      );
    });
}

function registerGvc(group: Command, context: IoContext): void {
  ioCommand(
    group,
    'gvc',
    'value-added decomposition of gross exports (Borin-Mancini), GVC participation and upstreamness',
  ).action(async (options: IoOptions, command: Command) => {
    const r = await withStore(command, (store) => ioGvc(store, request(options, context)));
    const focus = r.sectors ? (r.economies[0]?.economy ?? null) : null;
    write(
      'gvc',
      options,
      r,
      focus,
      r,
      () => [
        ...melt('economies', r.economies, (row) => ({ region: String(row['economy']), sector: 'TOTAL' })),
        ...(r.sectors && focus
          ? melt('sectors', r.sectors, (row) => ({ region: focus, sector: String(row['sector']) }), ['description'])
          : []),
      ],
      () => {
        const economies = toTable(
          r.economies.map((e) => ({
            economy: e.economy,
            exports: e.exports,
            dva_pct: fixed(pct(e.dva / e.exports), 1),
            fva_pct: fixed(pct(e.fva / e.exports), 1),
            backward_pct: fixed(pct(e.backward), 1),
            forward_pct: fixed(pct(e.forward), 1),
            participation_pct: fixed(pct(e.participation), 1),
            gvc_trade_pct: fixed(pct(e.gvcTrade), 1),
          })),
          [
            'economy',
            'exports',
            'dva_pct',
            'fva_pct',
            'backward_pct',
            'forward_pct',
            'participation_pct',
            'gvc_trade_pct',
          ],
        );
        const sectors = r.sectors
          ? '\n' +
            toTable(
              r.sectors.map((s) => ({
                sector: s.sector,
                description: s.description.slice(0, 40),
                exports: s.exports,
                backward_pct: fixed(pct(s.backward), 1),
                forward_pct: fixed(pct(s.forward), 1),
                upstreamness: fixed(s.upstreamness, 3),
                antras_chor: s.upstreamnessReference === null ? '' : fixed(s.upstreamnessReference, 3),
              })),
              ['sector', 'description', 'exports', 'backward_pct', 'forward_pct', 'upstreamness', 'antras_chor'],
            )
          : '';
        return (
          header(`Gross exports by value added, ${r.dataset} ${r.year}`, r, [
            `method: ${r.method}`,
            'E = DVA + DDC + FVA + FDC; DVA = DAVAX + REX + REF; exports in millions',
          ]) +
          economies +
          sectors
        );
      },
    );
  });
}

function registerSecurity(group: Command, context: IoContext): void {
  ioCommand(group, 'security', 'foreign input shares, supplier concentration and chokepoints of an economy')
    .option('--limit <n>', 'chokepoints listed (default 20)', (v) => positiveInteger(v, '--limit'), 20)
    .action(async (options: IoOptions & { limit: number }, command: Command) => {
      const r = await withStore(command, (store) =>
        ioSecurity(store, { ...request(options, context), limit: options.limit }),
      );
      write(
        'security',
        options,
        r,
        r.economy,
        r,
        () => [
          ...melt('sectors', r.sectors, (row) => ({ region: r.economy, sector: String(row['sector']) }), [
            'description',
          ]),
          ...melt('chokepoints', r.chokepoints, (row) => ({
            region: String(row['region']),
            sector: String(row['sector']),
          })),
        ],
        () =>
          header(`Supply security of ${r.economy}, ${r.dataset} ${r.year}`, r, [`method: ${r.method}`]) +
          toTable(
            r.sectors.map((s) => ({
              sector: s.sector,
              description: s.description.slice(0, 40),
              foreign_pct: fixed(pct(s.foreignInputShare), 1),
              hhi: fixed(s.hhi, 3),
              top_supplier: s.topSupplier ?? '',
              top_share_pct: fixed(pct(s.topSupplierShare), 1),
              top_exposure_pct: fixed(pct(s.topSupplierExposure), 2),
            })),
            ['sector', 'description', 'foreign_pct', 'hhi', 'top_supplier', 'top_share_pct', 'top_exposure_pct'],
          ) +
          '\nChokepoints (foreign region-sectors; ROW and non-market services left out)\n' +
          toTable(
            r.chokepoints.map((c, i) => ({
              rank: i + 1,
              region: c.region,
              sector: c.sector,
              requirement: fixed(c.requirement, 4),
              world_export_pct: fixed(pct(c.worldExportShare), 1),
              import_share_pct: fixed(pct(c.importShare), 1),
              score: fixed(c.score, 5),
            })),
            ['rank', 'region', 'sector', 'requirement', 'world_export_pct', 'import_share_pct', 'score'],
          ),
      );
    });
}

function registerShock(group: Command, context: IoContext): void {
  ioCommand(group, 'shock', "a supplier's sector output falls by p %: which of the economy's sectors lose most?")
    .requiredOption('--supplier <iso3>', 'the economy whose sector is cut (or ROW)')
    .requiredOption('--sector <code>', 'the sector cut (wiod2013: c1 … c35)')
    .option('--percent <p>', 'the fall of its output, % (default 10)', (v) => percentage(v), 10)
    .action(async (options: IoOptions & { supplier: string; sector: string; percent: number }, command: Command) => {
      const r = await withStore(command, (store) =>
        ioShock(store, {
          ...request(options, context),
          supplier: options.supplier,
          sector: options.sector,
          percent: options.percent,
        }),
      );
      write(
        'shock',
        options,
        r,
        r.economy,
        r,
        () => melt('sectors', r.rows, (row) => ({ region: r.economy, sector: String(row['sector']) }), ['description']),
        () =>
          header(
            `${r.supplier} ${r.sector} output −${formatNumber(r.percent)} %: effect on ${r.economy}, ${r.dataset} ${r.year}`,
            r,
            [
              `demand-driven: ${r.economy} loses ${formatNumber(-r.totals.demand.economy)} (world ${formatNumber(-r.totals.demand.world)})`,
              `supply-driven: ${r.economy} loses ${formatNumber(-r.totals.supply.economy)} (world ${formatNumber(-r.totals.supply.world)})`,
              'assumptions, demand-driven:',
              ...r.assumptions.demand.map((a) => `  - ${a}`),
              'assumptions, supply-driven:',
              ...r.assumptions.supply.map((a) => `  - ${a}`),
            ],
          ) +
          toTable(
            r.rows.map((x) => ({
              sector: x.sector,
              description: x.description.slice(0, 40),
              supply_change: x.supplyChange,
              supply_pct: fixed(pct(x.supplyRelative), 3),
              demand_change: x.demandChange,
              demand_pct: fixed(pct(x.demandRelative), 3),
            })),
            ['sector', 'description', 'supply_change', 'supply_pct', 'demand_change', 'demand_pct'],
          ),
      );
    });
}

function registerIntegration(group: Command, context: IoContext): void {
  ioCommand(group, 'integration', 'servitization of manufacturing, ICT linkages and the 3+1 arrays by sector').action(
    async (options: IoOptions, command: Command) => {
      const r = await withStore(command, (store) => ioIntegration(store, request(options, context)));
      const { servitization: sv, ict, arrays } = r;
      write(
        'integration',
        options,
        r,
        r.economy,
        r,
        () => [
          ...melt(
            'servitization',
            [
              {
                sector: 'MANUF',
                servicesShare: sv.servicesShare,
                domesticServicesShare: sv.domesticServicesShare,
                foreignServicesShare: sv.foreignServicesShare,
              },
              ...sv.sectors,
            ],
            (row) => ({ region: r.economy, sector: String(row['sector']) }),
            ['description'],
          ),
          ...melt('ict_sectors', ict.sectors, (row) => ({ region: r.economy, sector: String(row['sector']) }), [
            'description',
          ]),
          ...melt(
            'ict_users',
            [{ sector: 'TOTAL', ictInputShare: ict.ictInputShare }, ...ict.users],
            (row) => ({ region: r.economy, sector: String(row['sector']) }),
            ['description'],
          ),
          ...melt(
            'arrays',
            arrays.map((a) => ({
              array: a.array,
              outputShare: a.outputShare,
              valueAddedShare: a.valueAddedShare,
              exportsShare: a.exportsShare,
            })),
            (row) => ({ region: r.economy, sector: String(row['array']) }),
            ['array'],
          ),
        ],
        () =>
          header(`Integration of ${r.economy}, ${r.dataset} ${r.year}`, r, [
            r.definitions.services,
            r.definitions.ict,
            r.definitions.arrays,
          ]) +
          `Services share of manufacturing inputs: ${fixed(pct(sv.servicesShare), 1)} % (domestic ${fixed(pct(sv.domesticServicesShare), 1)} %, foreign ${fixed(pct(sv.foreignServicesShare), 1)} %)\n` +
          toTable(
            sv.sectors.map((s) => ({
              sector: s.sector,
              description: s.description.slice(0, 40),
              services_pct: fixed(pct(s.servicesShare), 1),
              domestic_pct: fixed(pct(s.domesticServicesShare), 1),
              foreign_pct: fixed(pct(s.foreignServicesShare), 1),
              services_va_content: fixed(s.servicesValueAddedContent, 3),
            })),
            ['sector', 'description', 'services_pct', 'domestic_pct', 'foreign_pct', 'services_va_content'],
          ) +
          `\nICT sectors (ICT share of all intermediate inputs: ${fixed(pct(ict.ictInputShare), 1)} %)\n` +
          toTable(
            ict.sectors.map((s) => ({
              sector: s.sector,
              description: s.description.slice(0, 40),
              output_pct: fixed(pct(s.outputShare), 2),
              backward: fixed(s.backward),
              forward: fixed(s.forward),
              class: s.class,
            })),
            ['sector', 'description', 'output_pct', 'backward', 'forward', 'class'],
          ) +
          '\n3+1 arrays by WIOD sector (coarse: catalog/arrays-wiod.yaml)\n' +
          toTable(
            arrays.map((a) => ({
              array: a.array,
              name: a.name_en,
              output_pct: a.outputShare === null ? 'not measurable' : fixed(pct(a.outputShare), 1),
              value_added_pct: a.valueAddedShare === null ? '' : fixed(pct(a.valueAddedShare), 1),
              exports_pct: a.exportsShare === null ? '' : fixed(pct(a.exportsShare), 1),
            })),
            ['array', 'name', 'output_pct', 'value_added_pct', 'exports_pct'],
          ),
      );
    },
  );
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
  registerMultipliers(group, context);
  registerLinkages(group, context);
  registerExtraction(group, context);
  registerGvc(group, context);
  registerSecurity(group, context);
  registerShock(group, context);
  registerIntegration(group, context);
  return group;
}
