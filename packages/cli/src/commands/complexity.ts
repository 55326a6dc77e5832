import { closeSync, openSync, readSync, renameSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { discardTemp, parseOutPath, releaseTemp, tempFor } from '../output/temp-files.js';
import {
  ChanyeError,
  hsRevision,
  economyFeasibility,
  productSpace,
  type ComplexityYear,
  type Convention,
  type HsRevision,
  type PresenceTest,
} from '@chanye/compute';
import { csvToParquet, TRADE_DATASETS, type TradeSource } from '@chanye/store';
import {
  ATLAS_FILTER,
  csvField,
  PRESENCE_NAMES,
  ECONOMY_PRODUCT_COLUMNS,
  economyComplexityColumns,
  economyComplexityRows,
  FEASIBILITY_COLUMNS,
  feasibilityJson,
  feasibilityRows,
  productComplexityColumns,
  productComplexityRows,
  runComplexity,
  toCsv,
  type ComplexityRun,
  type ProductNames,
} from '@chanye/engine';
import { CsvFileWriter } from '../output/csv-file.js';
import { CellFormatter } from '../output/economy-products.js';
import { emit, emitXlsx } from '../output/write.js';
import { graphJson, graphMl, type GraphNode } from '../output/graph.js';
import { parseCount } from './score.js';
import { parseYear, parseYears, withStore } from '../context.js';
import { formatFixed, formatNumber, toTable } from '../output/format.js';
import type { Store } from '@chanye/store';

function parsePresence(value: string): PresenceTest {
  const found = (PRESENCE_NAMES as Readonly<Record<string, PresenceTest>>)[value];
  if (found) return found;
  throw new ChanyeError(
    'invalid-input',
    `invalid --presence: ${value} (expected ${Object.keys(PRESENCE_NAMES).join(', ')})`,
  );
}

function parseThreshold(value: string): number {
  const n = Number(value);
  if (!(n > 0) || !Number.isFinite(n)) {
    throw new ChanyeError('invalid-input', `invalid --threshold: ${value} (expected a positive number, e.g. 1)`);
  }
  return n;
}

function parseDigits(value: string): 4 | 6 {
  if (value === '4' || value === '6') return Number(value) as 4 | 6;
  throw new ChanyeError('invalid-input', `invalid --digits: ${value} (expected 4, HS headings, or 6, HS subheadings)`);
}

/** The years asked for with --years or --year (one of them), only with --dataset. */
function yearsFor(options: ComplexityCliOptions): { years?: readonly [number, number] } {
  if (options.years !== undefined && options.year !== undefined)
    throw new ChanyeError('invalid-input', 'give --years A:B or --year Y, not both');
  const years = options.years ?? (options.year === undefined ? undefined : ([options.year, options.year] as const));
  if (years !== undefined && options.dataset === undefined)
    throw new ChanyeError('invalid-input', '--years and --year choose years of --dataset (a file is read whole)');
  return years === undefined ? {} : { years };
}

function parseConvention(value: string): Convention {
  if (value === 'py-ecomplexity' || value === 'stata') return value;
  throw new ChanyeError('invalid-input', `invalid --convention: ${value} (expected py-ecomplexity or stata)`);
}

interface ComplexityCliOptions {
  convention: Convention;
  dataset?: string;
  years?: [number, number];
  year?: number;
  digits?: 4 | 6;
  hs?: HsRevision;
  input?: string;
  loc: string;
  prod: string;
  val: string;
  time?: string;
  presence: PresenceTest;
  threshold: number;
  rpopThreshold: number;
  continuous?: boolean;
  asymmetric?: boolean;
  knn?: number;
  proximity?: boolean;
  parquet?: boolean;
  productSpace?: boolean;
  atlasFilter?: boolean;
  economy?: string;
  limit: number;
  format?: ComplexityFormat;
  out?: string;
}

const COMPLEXITY_FORMATS = ['table', 'csv', 'json', 'xlsx'] as const;
type ComplexityFormat = (typeof COMPLEXITY_FORMATS)[number];

function parseComplexityFormat(value: string): ComplexityFormat {
  if ((COMPLEXITY_FORMATS as readonly string[]).includes(value)) return value as ComplexityFormat;
  throw new ChanyeError('invalid-input', `invalid --format: ${value} (expected ${COMPLEXITY_FORMATS.join(', ')})`);
}

/** Checks --format against --economy: the summary is table, csv or json; the files csv or xlsx. */
function formatFor(options: ComplexityCliOptions): ComplexityFormat {
  if (options.parquet && options.out === undefined)
    throw new ChanyeError(
      'invalid-input',
      '--parquet writes Parquet beside the CSV files of --out DIR: give --out DIR',
    );
  if (options.economy !== undefined) {
    const format = options.format ?? 'table';
    if (format === 'xlsx') {
      throw new ChanyeError('invalid-input', '--format xlsx with --economy: the summary is table, csv or json');
    }
    return format;
  }
  if (options.out === undefined) throw new ChanyeError('invalid-input', 'give --out DIR, or --economy for one economy');
  const format = options.format ?? 'csv';
  if (format !== 'csv' && format !== 'xlsx') {
    throw new ChanyeError('invalid-input', `--format ${format} needs --economy (the files are csv or xlsx)`);
  }
  return format;
}

export function registerComplexity(program: Command): void {
  program
    .command('complexity')
    .description('economic complexity (ECI, PCI, density, COI, COG, PRODY, EXPY) as py-ecomplexity computes it')
    .option(
      '--dataset <id>',
      `snapshot trade data (${Object.keys(TRADE_DATASETS).join(', ')}) or the NAME of a dataset imported with \`chanye data import-trade\``,
    )
    .option('--years <A:B>', 'the years of --dataset to compute, each on its own (default: all)', parseYears)
    .option('--year <year>', 'one year of --dataset', parseYear)
    .option(
      '--digits <n>',
      'HS digits of an imported dataset’s products: 4 (headings, as the snapshot; default) or 6',
      parseDigits,
    )
    .option(
      '--hs <revision>',
      'convert an imported dataset’s HS codes to this revision (HS1992, HS2012, HS2017, HS2022) with the UNSD conversion tables; the run’s note says what was converted',
      hsRevision,
    )
    .option('--input <file>', 'a long table (CSV, TSV, CSV.GZ or Parquet), e.g. a BACI file')
    .option('--loc <column>', 'column of the location (exporter)', 'i')
    .option('--prod <column>', 'column of the product', 'k')
    .option('--val <column>', 'column of the value', 'v')
    .option('--time <column>', 'column of the year (default t when the file has BACI columns; omit for one period)')
    .option('--presence <test>', 'rca, rpop, both (rca or rpop), rca-and-rpop or manual', parsePresence, 'rca')
    .option('--threshold <x>', 'RCA threshold of presence', parseThreshold, 1)
    .option('--rpop-threshold <x>', 'RPOP threshold of presence', parseThreshold, 1)
    .option('--continuous', 'continuous proximity (correlation of RCA or RPOP) instead of co-occurrence')
    .option('--asymmetric', 'conditional-probability proximity instead of its symmetric minimum')
    .option('--knn <k>', 'density over each product’s k nearest neighbours only', parseCount('--knn', 100000))
    .option('--proximity', 'also write proximity.csv')
    .option('--parquet', 'also write each CSV file as Parquet beside it (for pandas, R arrow, DuckDB)')
    .option(
      '--product-space',
      'also write the product space (maximum spanning tree + links ≥ 0.55) as JSON and GraphML',
    )
    .option(
      '--convention <name>',
      'py-ecomplexity or stata: proximity diagonal and standard deviation as that tool has them',
      parseConvention,
      'py-ecomplexity' as Convention,
    )
    .option('--atlas-filter', `drop economies as the Atlas does (${ATLAS_FILTER.reference})`)
    .option(
      '--format <format>',
      'csv, or xlsx: economies and products in complexity.xlsx (with a sources sheet); economy_products and proximity stay CSV, being larger than an Excel sheet holds for big panels',
      parseComplexityFormat,
    )
    .option(
      '--economy <economy>',
      'print one economy’s summary and opportunities (distance, PCI, COG) for the latest period; --format table, csv or json',
    )
    .option('--limit <n>', 'opportunities in each list of --economy', parseCount('--limit', 1000), 10)
    .option('--out <dir>', 'directory for economies.csv, products.csv and economy_products.csv', parseOutPath)
    .action(async (options: ComplexityCliOptions, command: Command) => {
      if ((options.dataset === undefined) === (options.input === undefined)) {
        throw new ChanyeError('invalid-input', 'give exactly one of --dataset and --input');
      }
      const format = formatFor(options);
      if (options.digits !== undefined && (options.dataset === undefined || options.dataset in TRADE_DATASETS))
        throw new ChanyeError(
          'invalid-input',
          `--digits applies to a dataset imported with \`chanye data import-trade\` (the snapshot's datasets have fixed codes)`,
        );
      const source: TradeSource =
        options.dataset !== undefined
          ? {
              dataset: options.dataset,
              ...yearsFor(options),
              ...(options.digits !== undefined ? { digits: options.digits } : {}),
              ...(options.hs !== undefined ? { hs: options.hs } : {}),
            }
          : {
              file: options.input as string,
              columns: {
                location: options.loc,
                product: options.prod,
                value: options.val,
                ...(options.time !== undefined
                  ? { time: options.time }
                  : options.loc === 'i' && options.prod === 'k'
                    ? { time: 't' }
                    : {}),
              },
            };
      const dir = options.out === undefined ? undefined : resolve(options.out);
      // economy_products.csv is formatted while the next period is computed (CellFormatter).
      let cells: { writer: CsvFileWriter; formatter: CellFormatter } | undefined;
      const onYear = async (y: ComplexityYear): Promise<void> => {
        if (dir === undefined) return;
        if (cells === undefined) {
          const writer = new CsvFileWriter(join(dir, 'economy_products.csv'), ECONOMY_PRODUCT_COLUMNS);
          cells = { writer, formatter: new CellFormatter(y.m.values.length >= 100_000, (t) => writer.text(t)) };
        }
        addCellBlocks(cells.formatter, y);
        await new Promise((resolve) => setImmediate(resolve)); // let the workers' results in
      };
      try {
        const { run, names, location } = await withStore(command, async (store) => {
          // An unknown economy fails before the run, not after it.
          const wanted =
            options.economy !== undefined && options.dataset !== undefined
              ? (await store.economy(options.economy)).iso3
              : options.economy;
          const run = await runComplexity(store, {
            onYear,
            source,
            presence: options.presence,
            convention: options.convention,
            rcaThreshold: options.threshold,
            rpopThreshold: options.rpopThreshold,
            proximity: options.continuous ? 'continuous' : 'discrete',
            asymmetric: options.asymmetric === true,
            atlasFilter: options.atlasFilter === true,
            ...(options.knn !== undefined ? { knn: options.knn } : {}),
          });
          const names =
            run.classification === 'user'
              ? new Map<string, { name: string; group: string | null }>()
              : await store.productNames(run.classification);
          const location = wanted === undefined ? undefined : await locationOf(store, run, wanted);
          return { run, names, location };
        });
        if (dir !== undefined) {
          const written = await writeOutputs(dir, run, names, options, cells as NonNullable<typeof cells>);
          if (location === undefined) emit(summary(run, written), undefined);
          else process.stderr.write(summary(run, written));
        }
        if (location !== undefined) emit(economySummary(run, names, location, options.limit, format), undefined);
      } catch (error) {
        const open = cells as typeof cells | undefined; // assigned in onYear
        if (open !== undefined) {
          open.writer.abort();
          await open.formatter.close();
        }
        throw error;
      }
    });
}

/**
 * The location of the latest period that `wanted` names: as given (a user file's codes), else
 * the economy the catalogue resolves it to. `no-data` (exit 3) when the data lack it.
 */
async function locationOf(store: Store, run: ComplexityRun, wanted: string): Promise<string> {
  const last = run.years.at(-1) as ComplexityYear;
  if (last.locations.includes(wanted)) return wanted;
  let iso3: string | undefined;
  try {
    iso3 = (await store.economy(wanted)).iso3;
  } catch {
    iso3 = undefined; // a user file's location that the catalogue does not know either
  }
  if (iso3 !== undefined && last.locations.includes(iso3)) return iso3;
  const dropped = run.dropped.find((d) => d.time === last.time && d.location === (iso3 ?? wanted));
  throw new ChanyeError(
    'no-data',
    `${iso3 ?? wanted} is not among the ${last.locations.length} economies of ${run.dataset} in ${last.time}` +
      (dropped ? ` (the Atlas filter dropped it: ${dropped.reason})` : ''),
  );
}

/** `text` cut to `width` characters with an ellipsis: HS names run to 200 characters; csv and json keep them whole. */
function clip(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1).trimEnd()}…`;
}

/** `--economy`: the economy's figures and its two lists of opportunities, latest period. */
function economySummary(
  run: ComplexityRun,
  names: ProductNames,
  location: string,
  limit: number,
  format: 'table' | 'csv' | 'json' | 'xlsx',
): string {
  const f = economyFeasibility(run.years.at(-1) as ComplexityYear, location, limit);
  if (format === 'json') return `${JSON.stringify(feasibilityJson(f, names, run.dataset), null, 2)}\n`;
  const rows = feasibilityRows(f, names);
  if (format === 'csv') return toCsv(rows, FEASIBILITY_COLUMNS);
  const shown = rows.map((r) => ({
    product: r.product,
    name: clip(r.name ?? '', 56),
    distance: formatFixed(r.distance, 3),
    pci: formatFixed(r.pci, 2),
    cog: formatFixed(r.cog, 3),
    rca: r.rca === null ? '' : formatFixed(r.rca, 2),
    list: r.list,
  }));
  const columns = ['product', 'name', 'distance', 'pci', 'cog', ...(f.nearest[0]?.rca !== undefined ? ['rca'] : [])];
  const numeric = ['distance', 'pci', 'cog', 'rca'];
  const head = [
    `${location}, ${run.dataset} ${f.time} (${run.note})`,
    `  ECI ${formatFixed(f.eci, 3)} (rank ${f.eciRank} of ${f.ranked}); diversity ${f.diversity}; COI ${formatFixed(f.coi, 3)}; total exports ${formatNumber(f.totalExports / 1e9)} bn ${run.unit}`,
    `  ${f.opportunities.length} products not yet exported with presence (${run.classification}); distance = 1 − density; median distance ${formatFixed(f.medianDistance, 3)}`,
    '',
  ].join('\n');
  const list = (key: string): string =>
    toTable(
      shown.filter((r) => r.list === key),
      columns,
      numeric,
    );
  return (
    `${head}\nNearest opportunities (lowest distance):\n${list('nearest')}\n` +
    `Most complex opportunities within the median distance (distance ≤ ${formatFixed(f.medianDistance, 3)}, highest PCI):\n${list('most_complex_near')}`
  );
}

async function writeOutputs(
  dir: string,
  run: ComplexityRun,
  names: ProductNames,
  options: ComplexityCliOptions,
  cells: { writer: CsvFileWriter; formatter: CellFormatter },
): Promise<string[]> {
  const files: string[] = [];
  const open: CsvFileWriter[] = [];
  const writer = (name: string, columns: readonly string[]): CsvFileWriter => {
    const w = new CsvFileWriter(join(dir, name), columns);
    open.push(w);
    files.push(name);
    return w;
  };
  try {
    const xlsx = options.format === 'xlsx' ? { economies: [] as object[], products: [] as object[] } : null;
    const economies = xlsx ? rowCollector(xlsx.economies) : writer('economies.csv', economyComplexityColumns(run));
    const products = xlsx ? rowCollector(xlsx.products) : writer('products.csv', productComplexityColumns(run));
    open.push(cells.writer);
    files.push('economy_products.csv');
    const prox = options.proximity
      ? writer('proximity.csv', ['time', 'product_1', 'product_2', 'proximity'])
      : undefined;
    for (const y of run.years) writeYear(y, names, economies, products, prox, options.asymmetric === true);
    await cells.formatter.finish();
    if (xlsx) {
      // Written before the CSVs are committed, so a failure leaves none of them.
      await emitXlsx(
        [
          { name: 'economies', columns: economyComplexityColumns(run), rows: xlsx.economies },
          { name: 'products', columns: productComplexityColumns(run), rows: xlsx.products },
        ],
        join(dir, 'complexity.xlsx'),
        [
          `Economic complexity of ${run.dataset}: presence ${options.presence}, convention ${options.convention}; every location × product is in economy_products.csv beside this workbook.`,
        ],
      );
      files.unshift('complexity.xlsx');
    }
    for (const w of open) w.commit();
    if (options.parquet) files.push(...(await parquetCopies(dir, files)));
    if (options.productSpace) {
      const last = run.years.at(-1) as ComplexityYear;
      const nodes: GraphNode[] = last.products.map((p, j) => ({
        id: p,
        label: names.get(p)?.name ?? p,
        group: names.get(p)?.group ?? '',
        pci: last.pci[j] as number,
      }));
      const links = productSpace(last.proximity);
      emit(
        graphJson(nodes, links, { dataset: run.dataset, time: last.time, threshold: 0.55 }),
        join(dir, 'product_space.json'),
      );
      emit(graphMl(nodes, links), join(dir, 'product_space.graphml'));
      files.push('product_space.json', 'product_space.graphml');
    }
    return files;
  } catch (error) {
    for (const w of open) w.abort();
    throw error;
  }
}

/** Columns of the complexity files that are codes or names, kept as text in Parquet. */
const TEXT_COLUMNS = ['location', 'product', 'product_1', 'product_2', 'name', 'name_zh'];

/** Each CSV file written, also as Parquet (atomically, beside it); the names written. */
async function parquetCopies(dir: string, files: readonly string[]): Promise<string[]> {
  const written: string[] = [];
  for (const name of files.filter((f) => f.endsWith('.csv'))) {
    const target = join(dir, name.replace(/\.csv$/, '.parquet'));
    const tmp = tempFor(target);
    try {
      const header = readFirstLine(join(dir, name)).split(',');
      await csvToParquet(
        join(dir, name),
        tmp,
        header,
        TEXT_COLUMNS.filter((c) => header.includes(c)),
      );
      renameSync(tmp, target);
      releaseTemp(tmp);
    } catch (error) {
      discardTemp(tmp);
      throw new ChanyeError('invalid-input', `cannot write ${target}: ${(error as Error).message}`);
    }
    written.push(name.replace(/\.csv$/, '.parquet'));
  }
  return written;
}

/** The header line of a CSV file (its first line, read in one small chunk). */
function readFirstLine(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(4096);
    const n = readSync(fd, buffer, 0, buffer.length, 0);
    return (
      buffer
        .toString('utf8', 0, n)
        .split('\n')[0]
        ?.replace(/^\uFEFF/, '') ?? ''
    );
  } finally {
    closeSync(fd);
  }
}

/** Where a period's rows go: a CSV file, or rows kept for the workbook. */
type RowSink = Pick<CsvFileWriter, 'record'>;

function rowCollector(rows: object[]): RowSink {
  return { record: (row) => void rows.push(row) };
}

/** Appends one period's rows to economies.csv, products.csv and proximity.csv. */
function writeYear(
  y: ComplexityYear,
  names: ProductNames,
  economies: RowSink,
  products: RowSink,
  prox: CsvFileWriter | undefined,
  asymmetric: boolean,
): void {
  for (const row of economyComplexityRows(y)) economies.record(row);
  for (const row of productComplexityRows(y, names)) products.record(row);
  const P = y.products.length;
  if (prox) {
    // Symmetric proximity: each pair once (product_1 < product_2); asymmetric: every ordered pair.
    for (let a = 0; a < P; a++) {
      for (let b = asymmetric ? 0 : a + 1; b < P; b++) {
        const v = y.proximity.values[a * P + b] as number;
        if (a !== b && v > 0) prox.row([y.time, y.products[a], y.products[b], v]);
      }
    }
  }
}

/**
 * Queues one period of economy_products.csv, every location × product (as py-ecomplexity
 * returns it: 1.15 million rows a year for BACI HS6), in blocks of about 200,000 rows.
 */
function addCellBlocks(formatter: CellFormatter, y: ComplexityYear): void {
  const P = y.products.length;
  const productFields = y.products.map(csvField);
  const step = Math.max(1, Math.floor(200_000 / Math.max(P, 1)));
  for (let c0 = 0; c0 < y.locations.length; c0 += step) {
    const c1 = Math.min(y.locations.length, c0 + step);
    const part = (m: { values: Float64Array } | undefined): Float64Array | undefined =>
      m?.values.subarray(c0 * P, c1 * P);
    formatter.add({
      time: y.time,
      locationFields: y.locations.slice(c0, c1).map(csvField),
      productFields,
      values: part(y.values) as Float64Array,
      rca: part(y.rca),
      rpop: part(y.rpop),
      m: part(y.m) as Float64Array,
      density: part(y.density) as Float64Array,
      cog: part(y.cog) as Float64Array,
    });
  }
}

function summary(run: ComplexityRun, files: readonly string[]): string {
  const lines = [`Economic complexity of ${run.dataset} (${run.note})`];
  for (const y of run.years) {
    const order = [...y.locations.keys()].sort((a, b) => (y.eci[b] as number) - (y.eci[a] as number));
    lines.push(
      `  ${y.time}: ${y.locations.length} economies × ${y.products.length} products; highest ECI: ${order
        .slice(0, 5)
        .map((i) => `${y.locations[i]} ${(y.eci[i] as number).toFixed(2)}`)
        .join(', ')}`,
    );
  }
  if (run.dropped.length > 0)
    lines.push(`  Atlas filter dropped ${run.dropped.length} economy-years (${ATLAS_FILTER.reference})`);
  lines.push(`  population: ${run.covariates.population}; GDP per capita: ${run.covariates.gdpPerCapita}`);
  lines.push(`  wrote ${files.join(', ')}`);
  return `${lines.join('\n')}\n`;
}
