import type { Command } from 'commander';
import { ChanyeError } from '@chanye/compute';
import { reproducePublishedTables, type ReproducedCell } from '@chanye/engine';
import { emitData } from '../output/write.js';
import { formatNumber, toTable } from '../output/format.js';
import { withOutputOptions, withStore, type OutputOptions } from '../context.js';
import { printPaperBenchmark } from './benchmark-papers.js';
import { refreshableCellsNote } from './benchmark-refresh.js';

const COLUMNS = [
  'table',
  'column',
  'iso3',
  'paper_year',
  'paper_value',
  'our_year',
  'our_value',
  'difference',
  'status',
  'reason',
  'source',
] as const;

function renderTables(cells: readonly ReproducedCell[]): string {
  const lines: string[] = [
    'IIE-CASS (2024), China Economist 2024(09), Tables 1-2, reproduced from the Chanye snapshot',
    '(paper = the published value; ours = the snapshot value for the same economy and year, or the latest earlier year)',
  ];
  for (const table of [...new Set(cells.map((c) => c.table))]) {
    for (const column of [...new Set(cells.filter((c) => c.table === table).map((c) => c.column))]) {
      const rows = cells.filter((c) => c.table === table && c.column === column);
      lines.push('', `${table}: ${rows[0]?.column_title ?? column}`);
      lines.push(
        toTable(
          rows.map((c) => ({
            iso3: c.iso3,
            'paper (year)':
              c.paper_value === null ? `- (${c.paper_year})` : `${formatNumber(c.paper_value)} (${c.paper_year})`,
            'ours (year)': c.our_value === null ? '-' : `${formatNumber(c.our_value)} (${c.our_year})`,
            status: c.status,
          })),
          ['iso3', 'paper (year)', 'ours (year)', 'status'],
        ).trimEnd(),
      );
      const reasons = [...new Set(rows.filter((c) => c.status !== 'match').map((c) => c.reason))];
      for (const reason of reasons) lines.push(`  note: ${reason}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export function registerBenchmark(program: Command): void {
  withOutputOptions(
    program
      .command('benchmark')
      .description(
        "reproduce published benchmark tables: `graduates` = IIE-CASS (2024) Tables 1-2; `papers` = the five papers' numeric claims",
      )
      .argument('<set>', 'graduates or papers'),
    { xlsx: true },
  ).action(async (set: string, options: OutputOptions, command: Command) => {
    if (set === 'papers') return withStore(command, (store) => printPaperBenchmark(store, options));
    if (set !== 'graduates')
      throw new ChanyeError('invalid-input', `unknown benchmark '${set}' (expected graduates or papers)`);
    const cells = await withStore(command, (store) => reproducePublishedTables(store));
    await emitData(options, {
      json: () => cells,
      table: () => renderTables(cells) + refreshableCellsNote(cells),
      sheets: () => [{ name: 'graduates', columns: COLUMNS, rows: cells }],
      notes: [
        'IIE-CASS (2024), China Economist 2024(09), Tables 1-2, reproduced from the Chanye snapshot: paper = the published value; ours = the snapshot value for the same economy and year, or the latest earlier year.',
      ],
    });
  });
}
