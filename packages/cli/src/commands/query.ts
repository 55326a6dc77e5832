import type { Command } from 'commander';
import { ChanyeError } from '@chanye/compute';
import type { Store } from '@chanye/store';
import { emit } from '../output/write.js';
import { renderObservations } from '../output/observations.js';
import { parseList, parseYears, withOutputOptions, withStore, type OutputOptions } from '../context.js';

interface QueryOptions extends OutputOptions {
  indicator: string;
  economies?: string[];
  years?: [number, number];
}

/** When a request finds nothing, say which years do have data rather than invent any. */
async function explainNoData(store: Store, options: QueryOptions): Promise<ChanyeError> {
  const all = await store.observations({
    indicator: options.indicator,
    ...(options.economies ? { economies: options.economies } : {}),
  });
  const range = options.years ? `${options.years[0]}:${options.years[1]}` : 'any year';
  if (all.length === 0) {
    return new ChanyeError(
      'no-data',
      `no data for ${options.indicator}${options.economies ? ` in ${options.economies.join(',')}` : ''}`,
    );
  }
  const latest = new Map<string, number>();
  for (const o of all) latest.set(o.iso3, Math.max(latest.get(o.iso3) ?? -Infinity, o.year));
  const details = [...latest].map(([iso3, year]) => `${iso3}: latest year with data is ${year}`);
  return new ChanyeError('no-data', `no data for ${options.indicator} in ${range}`, details.slice(0, 20));
}

export function registerQuery(program: Command): void {
  withOutputOptions(
    program
      .command('query')
      .description('values of one indicator, with year, unit, source and status for each')
      .requiredOption('--indicator <id>', 'catalogue indicator id (see `chanye indicators`)')
      .option('--economies <codes>', 'comma-separated ISO3 codes (default: all economies)', parseList)
      .option('--years <A:B>', 'inclusive year range, e.g. 1990:2019', parseYears),
  ).action(async (options: QueryOptions, command: Command) => {
    await withStore(command, async (store) => {
      const observations = await store.observations({
        indicator: options.indicator,
        ...(options.economies ? { economies: options.economies } : {}),
        ...(options.years ? { years: options.years } : {}),
      });
      if (observations.length === 0) throw await explainNoData(store, options);
      emit(renderObservations(observations, options.format), options.out);
    });
  });
}
