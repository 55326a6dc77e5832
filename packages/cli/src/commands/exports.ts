import type { Command } from 'commander';
import {
  exportArrays,
  exportArraysTable,
  exportStructure,
  exportStructureTable,
  newThreeRows,
  parseBreakdown,
  type ExportBreakdown,
} from '@chanye/engine';
import { emitData } from '../output/write.js';
import { formatNumber, toTable } from '../output/format.js';
import {
  ECONOMY_ARGUMENT_HELP,
  parseLang,
  parseYear,
  withOutputOptions,
  withStore,
  type Lang,
  type OutputOptions,
} from '../context.js';

const DATASET_HELP =
  'a trade dataset imported with `chanye data import-trade` (default: the snapshot’s HS 2007 exports, 1980 and 2017)';

/** The "new three" sheet of `arrays --format xlsx` (the rows of `newThreeRows`). */
const NEW_THREE_COLUMNS = ['iso3', 'year', 'product', 'heading', 'value', 'share_of_exports', 'world_share', 'caveat'];

interface ExportsOptions extends OutputOptions {
  by: ExportBreakdown;
  year?: number;
  dataset?: string;
  lang: Lang;
}

export function registerExports(program: Command): void {
  withOutputOptions(
    program
      .command('exports')
      .description('an economy’s exports by end use (BEC), stage of processing, 3+1 array or R&D intensity')
      .argument('<economy>', ECONOMY_ARGUMENT_HELP)
      .option('--by <breakdown>', 'bec, sop, array or tech', parseBreakdown, 'bec' as ExportBreakdown)
      .option('--year <year>', 'a year of the product data (1980 or 2017; default the latest)', parseYear)
      .option('--dataset <name>', DATASET_HELP)
      .option('--lang <lang>', 'en or zh', parseLang, 'en' as Lang),
    { xlsx: true },
  ).action(async (iso3: string, options: ExportsOptions, command: Command) => {
    const s = await withStore(command, async (store) =>
      exportStructure(store, (await store.economy(iso3)).iso3, options.by, options.year, options.dataset),
    );
    const table = exportStructureTable(s, options.lang);
    await emitData(options, {
      json: () => s,
      table: () =>
        `${s.iso3} exports ${s.year} by ${s.by}: total ${formatNumber(s.total / 1e9)} bn ${s.unit}\n` +
        `method: ${s.method}\nsource: ${s.source}\n\n` +
        toTable(table.rows, ['class', 'name', 'share', 'value']),
      sheets: () => [{ name: `exports by ${s.by}`, columns: table.columns, rows: table.rows }],
      notes: [
        `${s.iso3} exports ${s.year} by ${s.by}: total ${s.total} ${s.unit}.`,
        `Method: ${s.method}`,
        `Source: ${s.source}`,
      ],
    });
  });

  withOutputOptions(
    program
      .command('arrays')
      .description('exports by 3+1 array, 1980 against the latest year, and the “new three”')
      .argument('<economy>', ECONOMY_ARGUMENT_HELP)
      .option('--year <year>', 'the later year (default the latest in the product data)', parseYear)
      .option('--dataset <name>', DATASET_HELP)
      .option('--lang <lang>', 'en or zh', parseLang, 'en' as Lang),
    { xlsx: true },
  ).action(async (iso3: string, options: Omit<ExportsOptions, 'by'>, command: Command) => {
    const arrays = await withStore(command, async (store) =>
      exportArrays(store, (await store.economy(iso3)).iso3, options.year, options.dataset),
    );
    const { late } = arrays;
    const table = exportArraysTable(arrays, options.lang);
    const threeRows = newThreeRows(late.iso3, late.year, arrays.newThree, options.lang);
    await emitData(options, {
      json: () => arrays,
      table: () =>
        (options.lang === 'zh'
          ? `${late.iso3}：按“3+1”阵列划分的出口结构（占出口总额%）\n方法：${late.method}\n\n`
          : `${late.iso3}: exports by 3+1 array (% of total exports)\nmethod: ${late.method}\n\n`) +
        toTable(
          table.rows,
          table.columns.filter((k) => k !== 'iso3'),
        ) +
        (options.lang === 'zh'
          ? `\n“新三样”所在品目，${late.year}年\n\n`
          : `\n“New three” headings, ${late.year}\n\n`) +
        toTable(threeRows, ['product', 'heading', 'value', 'share_of_exports', 'world_share']) +
        `\n${threeRows.map((r) => `  ${r.heading}: ${r.caveat}`).join('\n')}\n`,
      sheets: () => [
        { name: 'arrays', columns: table.columns, rows: table.rows },
        { name: 'new three', columns: NEW_THREE_COLUMNS, rows: threeRows },
      ],
      notes: [`Exports by 3+1 array (% of total exports). Method: ${late.method}`],
    });
  });
}
