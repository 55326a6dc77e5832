import type { Command } from 'commander';
import { findObservations } from '@chanye/engine';
import { emitObservations } from '../output/observations.js';
import {
  ECONOMY_LIST_HELP,
  parseList,
  parseYears,
  resolveEconomies,
  withOutputOptions,
  withStore,
  type OutputOptions,
} from '../context.js';

interface QueryOptions extends OutputOptions {
  indicator: string;
  economies?: string[];
  years?: [number, number];
  wide?: boolean;
}

export function registerQuery(program: Command): void {
  withOutputOptions(
    program
      .command('query')
      .description('values of one indicator, with year, unit, source and status for each')
      .requiredOption('--indicator <id>', 'catalogue indicator id (see `chanye indicators`)')
      .option('--economies <list>', `${ECONOMY_LIST_HELP} (default: all economies)`, parseList)
      .option('--years <A:B>', 'inclusive year range, e.g. 1990:2019', parseYears)
      .option(
        '--wide',
        'one row per economy with a column per year (table, csv, xlsx; each value’s status is in the long form)',
      ),
    { xlsx: true },
  ).action(async (options: QueryOptions, command: Command) => {
    // No value in the range is a no-data error that names each economy's latest year with data.
    const observations = await withStore(command, async (store) =>
      findObservations(store, {
        ...options,
        ...(options.economies ? { economies: await resolveEconomies(store, options.economies) } : {}),
      }),
    );
    await emitObservations(observations, options);
  });
}
