import type { Command } from 'commander';
import { emit } from '../output/write.js';
import { toCsv, toTable } from '../output/format.js';
import { withOutputOptions, withStore, type OutputOptions } from '../context.js';

const COLUMNS = ['iso3', 'name_en', 'name_zh', 'wb_region', 'income_group_fy2026', 'is_aggregate', 'is_historical'];

export function registerEconomies(program: Command): void {
  withOutputOptions(
    program
      .command('economies')
      .description('list economies with names in English and Chinese, region and current income group')
      .option('--aggregates', 'include World Bank aggregates (regions, income groups, World)')
      .option('--historical', 'include former economies (USSR, Yugoslavia, …)'),
  ).action(async (options: OutputOptions & { aggregates?: boolean; historical?: boolean }, command: Command) => {
    const economies = await withStore(command, (store) =>
      store.economies({
        includeAggregates: options.aggregates ?? false,
        includeHistorical: options.historical ?? false,
      }),
    );
    const rows = economies.map((e) => ({ ...e }) as Record<string, unknown>);
    const text =
      options.format === 'json'
        ? `${JSON.stringify(rows, null, 2)}\n`
        : options.format === 'csv'
          ? toCsv(rows, COLUMNS)
          : toTable(rows, COLUMNS.slice(0, 5));
    emit(text, options.out);
  });
}
