import type { Command } from 'commander';
import { ChanyeError } from '@chanye/compute';
import { PILLARS, type Indicator } from '@chanye/store';
import { emit } from '../output/write.js';
import { toCsv, toTable } from '../output/format.js';
import { withOutputOptions, withStore, type OutputOptions } from '../context.js';

function parsePillar(value: string): string {
  if ((PILLARS as readonly string[]).includes(value)) return value;
  throw new ChanyeError('invalid-input', `invalid --pillar: ${value} (expected one of ${PILLARS.join(', ')})`);
}

function sourceOf(indicator: Indicator): string {
  if (indicator.derived) {
    return `derived: ${indicator.derived.method}(${indicator.derived.inputs.map((r) => `${r.source}:${r.series}`).join(', ')})`;
  }
  return (indicator.sources ?? []).map((r) => `${r.source}:${r.series}`).join(' > ');
}

export function registerIndicators(program: Command): void {
  withOutputOptions(
    program
      .command('indicators')
      .description('list the indicator catalogue')
      .option('--pillar <pillar>', `only one of the six characteristics: ${PILLARS.join(', ')}`, parsePillar)
      .option('--search <text>', 'only indicators whose id, English or Chinese name contains TEXT'),
  ).action(async (options: OutputOptions & { pillar?: string; search?: string }, command: Command) => {
    const catalog = await withStore(command, async (store) => store.catalog);
    const needle = options.search?.toLowerCase();
    const rows = catalog.indicators
      .filter((i) => !options.pillar || (i.pillars as string[]).includes(options.pillar))
      .filter(
        (i) =>
          !needle ||
          i.id.includes(needle) ||
          i.name_en.toLowerCase().includes(needle) ||
          i.name_zh.includes(options.search ?? ''),
      )
      .map((i) => ({
        id: i.id,
        name_en: i.name_en,
        name_zh: i.name_zh,
        unit: i.unit,
        polarity: i.polarity,
        pillars: i.pillars.join(' '),
        system: i.system ?? '',
        source: sourceOf(i),
      }));
    const text =
      options.format === 'json'
        ? `${JSON.stringify(
            catalog.indicators.filter((i) => rows.some((r) => r.id === i.id)),
            null,
            2,
          )}\n`
        : options.format === 'csv'
          ? toCsv(rows, Object.keys(rows[0] ?? { id: '' }))
          : toTable(rows, ['id', 'name_en', 'unit', 'pillars', 'source']);
    emit(text, options.out);
  });
}
