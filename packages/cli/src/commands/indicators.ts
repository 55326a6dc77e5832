import type { Command } from 'commander';
import { ChanyeError } from '@chanye/compute';
import { PILLARS } from '@chanye/store';
import { filterIndicators, indicatorTable } from '@chanye/engine';
import { emitData } from '../output/write.js';
import { toTable } from '../output/format.js';
import { withOutputOptions, withStore, type OutputOptions } from '../context.js';

function parsePillar(value: string): string {
  if ((PILLARS as readonly string[]).includes(value)) return value;
  throw new ChanyeError('invalid-input', `invalid --pillar: ${value} (expected one of ${PILLARS.join(', ')})`);
}

export function registerIndicators(program: Command): void {
  withOutputOptions(
    program
      .command('indicators')
      .description('list the indicator catalogue')
      .option('--pillar <pillar>', `only one of the six characteristics: ${PILLARS.join(', ')}`, parsePillar)
      .option('--search <text>', 'only indicators whose id, English or Chinese name contains TEXT'),
    { xlsx: true },
  ).action(async (options: OutputOptions & { pillar?: string; search?: string }, command: Command) => {
    const catalog = await withStore(command, async (store) => store.catalog);
    const indicators = filterIndicators(catalog.indicators, options.pillar, options.search);
    const table = indicatorTable(indicators);
    await emitData(options, {
      json: () => indicators,
      table: () => toTable(table.rows, ['id', 'name_en', 'unit', 'pillars', 'source']),
      sheets: () => [{ name: 'indicators', columns: table.columns, rows: table.rows }],
    });
  });
}
