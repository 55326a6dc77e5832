/**
 * `chanye data import-mrio FILE|DIR --layout icio|exiobase|wiod2016|wiod2013 --name NAME`: a
 * publisher's multi-regional input-output table into the user data folder, for
 * `chanye io … --dataset NAME`.
 *
 * @module
 */
import type { Command } from 'commander';
import { importMrio, MRIO_LAYOUTS, mrioLayout, type MrioImportSummary } from '@chanye/store';
import { parseYear, userDbPath } from '../context.js';

/** At most this many failing rows are listed; the rest are counted. */
const FAILURES_SHOWN = 10;

function summaryText(s: MrioImportSummary): string {
  const lines = [
    `imported ${s.source} (${s.layout}, ${s.year}) as ${s.name}`,
    `  regions:  ${s.regions.length} (${s.regions.join(', ')})`,
    `  sectors:  ${s.sectors.length}`,
    `  sha256:   ${s.sha256}`,
    `  folder:   ${s.folder}`,
  ];
  if (s.check === undefined) lines.push('  row sums: not checked (the file publishes no output vector)');
  else
    lines.push(
      `  row sums: ${s.check.checked - s.check.failures.length} of ${s.check.checked} rows match the published output (${s.check.tolerance})`,
    );
  lines.push(`use it with: chanye io multipliers --dataset ${s.name}`, '');
  return lines.join('\n');
}

function failureWarnings(s: MrioImportSummary): string[] {
  if (s.check === undefined || s.check.failures.length === 0) return [];
  const f = s.check.failures;
  const shown = [...f]
    .sort((a, b) => Math.abs(b.rowSum - b.published) - Math.abs(a.rowSum - a.published))
    .slice(0, FAILURES_SHOWN)
    .map(
      (r) =>
        `  ${r.region} ${r.sector}: Z·1 + Y·1 = ${r.rowSum.toPrecision(8)}, published output ${r.published.toPrecision(8)}`,
    );
  return [
    `${f.length} of ${s.check.checked} rows of ${s.source} do not add up to the published output beyond the tolerance;` +
      ' the published output is kept as x (an excerpt cut to a few regions fails by construction: its rows lose the sales to the regions left out). Largest gaps:',
    ...shown,
    ...(f.length > FAILURES_SHOWN ? [`  … and ${f.length - FAILURES_SHOWN} more`] : []),
  ];
}

/** Registers `data import-mrio` on the `data` group. */
export function registerDataImportMrio(data: Command): void {
  data
    .command('import-mrio')
    .description("import a publisher's multi-regional input-output table for chanye io --dataset NAME")
    .argument('<path>', 'the file (ICIO .csv, WIOD .xlsx) or folder (EXIOBASE IOT_YYYY_pxp) as published')
    .requiredOption('--layout <layout>', `the publisher's layout: ${Object.keys(MRIO_LAYOUTS).join(', ')}`, mrioLayout)
    .requiredOption('--name <name>', 'the name chanye io --dataset will use (lower case: letters, digits, - and _)')
    .option('--year <year>', 'the year of the table (default: from the file name)', parseYear)
    .addHelpText(
      'after',
      `
Layouts:
${Object.entries(MRIO_LAYOUTS)
  .map(([k, v]) => `  ${k.padEnd(9)} ${v}`)
  .join('\n')}

The table is written as Parquet under mrio/NAME/ beside the user database (--db) and
registered there with its layout, year, regions, sectors and the SHA-256 of the source. Where
the file publishes an output vector, every row's sales Z·1 + Y·1 are checked against it and the
rows that miss are listed; the published output is kept as x. Importing a NAME again replaces it.`,
    )
    .action(
      async (
        path: string,
        options: { layout: ReturnType<typeof mrioLayout>; name: string; year?: number },
        command: Command,
      ) => {
        const summary = await importMrio({
          path,
          layout: options.layout,
          name: options.name,
          dbPath: userDbPath(command),
          ...(options.year === undefined ? {} : { year: options.year }),
          importedAt: new Date().toISOString(),
        });
        process.stdout.write(summaryText(summary));
        for (const w of failureWarnings(summary)) process.stderr.write(`chanye: warning: ${w}\n`);
      },
    );
}
