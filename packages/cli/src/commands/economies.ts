import type { Command } from 'commander';
import { ECONOMY_COLUMNS } from '@chanye/engine';
import { emitData } from '../output/write.js';
import { toTable } from '../output/format.js';
import { withOutputOptions, withStore, type OutputOptions } from '../context.js';

export function registerEconomies(program: Command): void {
  withOutputOptions(
    program
      .command('economies')
      .description('list economies with names in English and Chinese, region and current income group')
      .option('--aggregates', 'include World Bank aggregates (regions, income groups, World)')
      .option('--historical', 'include former economies (USSR, Yugoslavia, …)'),
    { xlsx: true },
  ).action(async (options: OutputOptions & { aggregates?: boolean; historical?: boolean }, command: Command) => {
    const economies = await withStore(command, (store) =>
      store.economies({
        includeAggregates: options.aggregates ?? false,
        includeHistorical: options.historical ?? false,
      }),
    );
    const rows = economies.map((e) => ({ ...e }) as Record<string, unknown>);
    await emitData(options, {
      json: () => rows,
      table: () => toTable(rows, ECONOMY_COLUMNS.slice(0, 5)),
      sheets: () => [{ name: 'economies', columns: ECONOMY_COLUMNS, rows }],
    });
  });
}
