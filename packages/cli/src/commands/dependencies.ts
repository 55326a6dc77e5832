import type { Command } from 'commander';
import { ChanyeError } from '@chanye/compute';
import { BACI_BILATERAL_COLUMNS, type BilateralSource, type Store } from '@chanye/store';
import { DEPENDENCY_COLUMNS, dependencyRows, screenGroupDependencies } from '@chanye/engine';
import { emitData } from '../output/write.js';
import { toTable } from '../output/format.js';
import { parseList, parseYear, withOutputOptions, withStore, type OutputOptions } from '../context.js';

interface DependencyOptions extends OutputOptions {
  importers: string[];
  input?: string;
  dataset?: string;
  year?: number;
  time: string;
  exporter: string;
  importer: string;
  prod: string;
  val: string;
  all?: boolean;
}

/**
 * An importer as the flows write it: a code is passed on upper-cased (a file may use codes of
 * its own, e.g. for a group); a longer text is resolved as an economy's name to its ISO3 code.
 */
async function importerCode(store: Store, value: string): Promise<string> {
  if (/^[A-Za-z0-9]{1,4}$/.test(value.trim())) return value.trim().toUpperCase();
  return (await store.economy(value)).iso3;
}

export function registerDependencies(program: Command): void {
  withOutputOptions(
    program
      .command('dependencies')
      .description('strategic-dependency screen (European Commission 2021) of an importing economy or group')
      .requiredOption(
        '--importers <codes>',
        'the importing economy or group: comma-separated codes as in the data, or economy names without commas',
        parseList,
      )
      .option(
        '--input <file>',
        'bilateral flows (CSV, TSV, CSV.GZ or Parquet) in BACI’s layout t,i,j,k,v unless mapped',
      )
      .option(
        '--dataset <id>',
        'when no --input: baci-sample (the snapshot’s, two exporters; tests the method only) or the NAME of a dataset imported with `chanye data import-trade`',
      )
      .option('--year <year>', 'the year screened (default: the latest in the data)', parseYear)
      .option('--time <column>', 'column holding the year', BACI_BILATERAL_COLUMNS.time)
      .option('--exporter <column>', 'column holding the exporter', BACI_BILATERAL_COLUMNS.exporter)
      .option('--importer <column>', 'column holding the importer', BACI_BILATERAL_COLUMNS.importer)
      .option('--prod <column>', 'column holding the product code', BACI_BILATERAL_COLUMNS.product)
      .option('--val <column>', 'column holding the value', BACI_BILATERAL_COLUMNS.value)
      .option('--all', 'list every imported product, not only the dependencies'),
    { xlsx: true },
  ).action(async (options: DependencyOptions, command: Command) => {
    if (options.input !== undefined && options.dataset !== undefined) {
      throw new ChanyeError('invalid-input', 'give --input or --dataset, not both');
    }
    const source: BilateralSource =
      options.input !== undefined
        ? {
            file: options.input,
            columns: {
              time: options.time,
              exporter: options.exporter,
              importer: options.importer,
              product: options.prod,
              value: options.val,
            },
          }
        : { dataset: options.dataset ?? 'baci-sample' };
    const screen = await withStore(command, async (store) =>
      screenGroupDependencies(store, {
        source,
        importers: await Promise.all(options.importers.map((c) => importerCode(store, c))),
        ...(options.year !== undefined ? { year: options.year } : {}),
      }),
    );
    const table = dependencyRows(screen, options.all === true);
    const dependent = screen.results.filter((r) => r.dependent).length;
    const rule = `HHI of extra-group imports > ${screen.thresholds.concentration}, extra-group share of imports > ${screen.thresholds.extraShare}, imports / exports > ${screen.thresholds.importExportRatio}`;
    const title = `Strategic dependencies of ${screen.importers.join(', ')}, ${screen.coverage.year}: ${dependent} of ${screen.results.length} imported products`;
    await emitData(options, {
      json: () => screen,
      table: () =>
        `${[title, `rule: ${rule}`, `coverage: ${screen.coverage.caveat}`, `reference: ${screen.reference}`, ''].join('\n')}\n${toTable(table, DEPENDENCY_COLUMNS)}`,
      sheets: () => [{ name: 'dependencies', columns: DEPENDENCY_COLUMNS, rows: table }],
      notes: [`${title}.`, `Rule: ${rule}.`, `Coverage: ${screen.coverage.caveat}`, `Reference: ${screen.reference}`],
    });
  });
}
