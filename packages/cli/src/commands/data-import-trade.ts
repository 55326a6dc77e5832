import type { Command } from 'commander';
import { ChanyeError } from '@chanye/compute';
import { importBaci, readTradeDatasets, type TradeImportSummary } from '@chanye/store';
import { userDbPath } from '../context.js';
import { toTable } from '../output/format.js';
import { registerTemp, releaseTemp } from '../output/temp-files.js';
import { testHoldBeforeCommit } from './data.js';

interface ImportTradeCliOptions {
  layout: 'baci';
  name: string;
  countryCodes?: string;
  productCodes?: string;
  nomenclature?: string;
}

function parseLayout(value: string): 'baci' {
  if (value === 'baci') return value;
  throw new ChanyeError('invalid-input', `invalid --layout: ${value} (expected baci)`);
}

function summaryText(s: TradeImportSummary, seconds: number): string {
  const rows = s.imported.map((y) => ({
    year: y.year,
    rows: y.rows.toLocaleString('en-US'),
    value_kusd: Math.round(y.valueKusd).toLocaleString('en-US'),
    exporters: y.exporters,
    importers: y.importers,
    source: y.sourceFile,
    replaced: y.replaced ? 'yes' : '',
  }));
  return [
    `imported ${s.imported.length} year${s.imported.length === 1 ? '' : 's'} of BACI ${s.nomenclature} as ${s.name} in ${seconds.toFixed(1)} s`,
    toTable(
      rows,
      ['year', 'rows', 'value_kusd', 'exporters', 'importers', 'source', 'replaced'],
      ['rows', 'value_kusd', 'exporters', 'importers'],
    ).trimEnd(),
    `  years now:  ${s.years.join(', ')}`,
    `  countries:  ${s.countryCodes}`,
    `  products:   ${s.productCodes ?? '(no product list; codes checked as 6 digits)'}`,
    `  files:      ${s.folder}`,
    `  registered: ${s.dbPath} (tables trade_datasets, trade_dataset_years)`,
    `  use:        chanye complexity --dataset ${s.name} --years ${s.years[0]}:${s.years.at(-1)} --economy CHN`,
    '',
  ].join('\n');
}

/** `chanye data import-trade FILE --layout baci --name NAME` and `chanye data trade-list`. */
export function registerDataImportTrade(data: Command): void {
  data
    .command('import-trade')
    .description('import bilateral trade as distributed (BACI) into Parquet beside the user database')
    .argument('<file>', 'a BACI CSV file (BACI_HS92_Y2022_V202501.csv) or a folder of them')
    .requiredOption('--layout <layout>', 'the layout of the file: baci (columns t,i,j,k,v,q)', parseLayout)
    .requiredOption('--name <name>', 'the dataset’s name, for --dataset NAME of complexity and dependencies')
    .option('--country-codes <file>', 'BACI’s country_codes_V*.csv (default: the one beside FILE)')
    .option('--product-codes <file>', 'BACI’s product_codes_HS92_V*.csv (default: the one beside FILE, if any)')
    .option('--nomenclature <hs>', 'HS92, HS96, … (default: from the file name)')
    .addHelpText(
      'after',
      `
BACI (Gaulier & Zignago 2010, "BACI: International Trade Database at the Product-Level. The
1994-2007 Version", CEPII Working Paper 2010-23) comes as one CSV per year with the
columns t (year), i and j (exporter and importer, CEPII numeric codes), k (HS 6-digit product),
v (value, thousand current US$) and q (quantity, tonnes), and the list country_codes_V*.csv
that maps the codes to ISO3. Each year is stored as <db dir>/trade/NAME/year=YYYY/*.parquet and
registered in the user database. Importing a year again replaces it; other years are kept.
Nothing is written unless every row is valid.`,
    )
    .action(async (file: string, options: ImportTradeCliOptions, command: Command) => {
      const started = performance.now();
      const summary = await importBaci(file, {
        dbPath: userDbPath(command),
        name: options.name,
        importedAt: new Date().toISOString(),
        workFolder: { made: registerTemp, removed: releaseTemp },
        ...testHoldBeforeCommit(),
        ...(options.countryCodes !== undefined ? { countryCodes: options.countryCodes } : {}),
        ...(options.productCodes !== undefined ? { productCodes: options.productCodes } : {}),
        ...(options.nomenclature !== undefined ? { nomenclature: options.nomenclature } : {}),
      });
      process.stdout.write(summaryText(summary, (performance.now() - started) / 1000));
    });

  data
    .command('trade-list')
    .description('list the trade datasets imported with data import-trade')
    .action(async (_options: unknown, command: Command) => {
      const dbPath = userDbPath(command);
      const sets = await readTradeDatasets(dbPath);
      if (sets.length === 0) {
        process.stdout.write(`no trade datasets in ${dbPath}\n`);
        return;
      }
      const rows = sets.flatMap((d) =>
        d.years.map((y) => ({
          name: d.name,
          nomenclature: d.nomenclature,
          year: y.year,
          rows: y.rows,
          source: y.sourceFile,
          sha256: y.sourceSha256.slice(0, 12),
          imported: y.importedAt.slice(0, 19).replace('T', ' '),
        })),
      );
      process.stdout.write(
        `${toTable(rows, ['name', 'nomenclature', 'year', 'rows', 'source', 'sha256', 'imported'], ['rows']).trimEnd()}\n`,
      );
    });
}
