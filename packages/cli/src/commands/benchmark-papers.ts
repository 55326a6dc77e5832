/**
 * `chanye benchmark papers`: every numeric claim of the five papers beside Chanye's value,
 * its source and the reason for any difference (catalog/published/paper-claims.yaml;
 * `benchmarkPapers` in @chanye/engine).
 *
 * @module
 */
import { benchmarkPapers, PAPER_CLAIM_COLUMNS, paperClaimRows, type ClaimResult } from '@chanye/engine';
import type { Store } from '@chanye/store';
import { emitData } from '../output/write.js';
import { formatNumber, toTable } from '../output/format.js';
import type { OutputOptions } from '../context.js';

const QUALIFIER: Readonly<Record<ClaimResult['qualifier'], string>> = { exact: '', about: '~', over: '>', under: '<' };

function value(v: number | null, year: number | null, unit: string): string {
  if (v === null) return '-';
  const text = unit === 'year' ? String(v) : formatNumber(v, 2);
  return year === null || unit === 'year' ? text : `${text} (${year})`;
}

/** What the columns mean: the table's heading and the workbook's notes. */
const LEGEND = [
  "The papers' numbers beside Chanye's (paper = as printed; Chanye = the embedded data for the paper's year, or the latest year before it)",
  'status: match = same year, equal at the printed precision or on the stated side; other-year = Chanye’s value is for another year; differs; no-data; not-addressable',
] as const;

function renderPapers(results: readonly ClaimResult[]): string {
  const lines: string[] = [...LEGEND];
  for (const paper of [...new Set(results.map((r) => r.paper))]) {
    const rows = results.filter((r) => r.paper === paper);
    lines.push('', `${paper}, "${rows[0]?.paper_title ?? ''}"`);
    lines.push(
      toTable(
        rows.map((r) => ({
          claim: r.id,
          where: r.where,
          paper: `${QUALIFIER[r.qualifier]}${r.paper_value_text}${r.paper_year === null ? '' : ` (${r.paper_year})`}`,
          chanye: value(r.chanye_value, r.chanye_year, r.unit),
          unit: r.unit,
          status: r.status,
        })),
        ['claim', 'where', 'paper', 'chanye', 'unit', 'status'],
      ).trimEnd(),
    );
    for (const r of rows) {
      lines.push(`  ${r.id}: ${r.concept}.`);
      if (r.source) lines.push(`    source: ${r.source}${r.note ? `; ${r.note}` : ''}`);
      if (r.reason) lines.push(`    reason: ${r.reason}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Prints the papers benchmark in the chosen format. */
export async function printPaperBenchmark(store: Store, options: OutputOptions): Promise<void> {
  const results = await benchmarkPapers(store);
  await emitData(options, {
    json: () => results,
    table: () => renderPapers(results),
    sheets: () => [{ name: 'papers', columns: PAPER_CLAIM_COLUMNS, rows: paperClaimRows(results) }],
    notes: LEGEND,
  });
}
