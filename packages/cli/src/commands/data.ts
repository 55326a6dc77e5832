import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { importUserFile, readImports, seamNote, Store, type FileImportSummary } from '@chanye/store';
import { userDbPath, withStore } from '../context.js';
import { toTable } from '../output/format.js';
import { registerDataFetch } from './data-fetch.js';
import { registerDataImportMrio } from './data-import-mrio.js';
import { registerDataImportTrade } from './data-import-trade.js';
import { registerDataUpdateCommands } from './data-update.js';

/**
 * Test hook, not a user setting: when `CHANYE_TEST_HOLD_IMPORT_MS` is set, an import says
 * "holding import transaction" on stderr and sleeps that long inside its transaction, after
 * writing every row and before COMMIT, so a test can kill the process at the worst moment
 * and check that the database holds no partial series.
 */
export function testHoldBeforeCommit(): { beforeCommit?: () => Promise<void> } {
  const raw = process.env['CHANYE_TEST_HOLD_IMPORT_MS'];
  if (raw === undefined || raw === '') return {};
  const ms = Number(raw);
  return {
    beforeCommit: async () => {
      process.stderr.write('holding import transaction\n');
      await new Promise((done) => setTimeout(done, Number.isFinite(ms) ? ms : 0));
    },
  };
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}

function importSummaryText(summary: FileImportSummary): string {
  const [first, last] = summary.years;
  const shown = summary.indicators.slice(0, 10).join(', ');
  const more = summary.indicators.length > 10 ? `, … (${summary.indicators.length} in all)` : '';
  return [
    `imported ${plural(summary.rows, 'row')} from ${summary.file} as ${summary.label}`,
    `  indicators: ${shown}${more}`,
    `  economies:  ${summary.economies}`,
    `  years:      ${first === last ? first : `${first}–${last}`}`,
    `  replaced:   ${plural(summary.replaced, 'earlier row')}`,
    `  database:   ${summary.dbPath}`,
    '',
  ].join('\n');
}

function registerDataImport(data: Command): void {
  data
    .command('import')
    .description('import your own data (long format) into the user database, checking every row first')
    .argument('<file>', 'a .csv (or .tsv), .parquet or .xlsx file')
    .option('--sheet <name>', 'worksheet of an .xlsx file (default: the first)')
    .addHelpText(
      'after',
      `
The file has one row per value and these columns (header names in any case):
  iso3, year, indicator, value, unit, source     required
  vintage, status, note                          optional
iso3 is a three-letter code (lower case is upper-cased), year a whole number in 1000..2200,
indicator a lower-case id such as gdp_usd (a catalogue id overrides the snapshot's values),
value a plain number (1234.5 or 1.2e6; no thousands separators), status observed, spliced,
carried or imputed (default observed). A CSV may use , ; or tab, with or without a UTF-8 BOM.

Nothing is written unless every row is valid; problems are listed by row and column. Rows
replace earlier imported rows with the same indicator, iso3 and year, in one transaction.`,
    )
    .action(async (file: string, options: { sheet?: string }, command: Command) => {
      const dbPath = userDbPath(command);
      // The economies queries can find, from the snapshot alone (the user database may be absent).
      const snapshot = await Store.open({ userDbPath: join(tmpdir(), `chanye-no-user-db-${process.pid}.duckdb`) });
      const known = await snapshot
        .economies({ includeAggregates: true, includeHistorical: true })
        .finally(() => snapshot.close());
      const summary = await importUserFile(file, {
        dbPath,
        knownEconomies: new Set(known.map((e) => e.iso3)),
        catalogUnit: (id) => snapshot.catalog.indicators.find((i) => i.id === id)?.unit,
        importedAt: new Date().toISOString(),
        ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
        ...testHoldBeforeCommit(),
      });
      process.stdout.write(importSummaryText(summary));
      for (const w of summary.warnings) process.stderr.write(`chanye: warning: implausible value kept: ${w}\n`);
      const warnings = await withStore(command, (store) => seamWarnings(store, summary.indicators));
      for (const w of warnings) process.stderr.write(`chanye: warning: ${w}\n`);
    });
}

/** A level break at a seam smaller than this share of the snapshot's value is not warned about. */
const SEAM_TOLERANCE = 0.02;
/** At most this many seams are listed; the rest are counted. */
const SEAMS_SHOWN = 10;

/**
 * Warnings for imported catalogue indicators whose series now pass from a snapshot source to the
 * imported one with a level break above {@link SEAM_TOLERANCE}, or with no common year to
 * measure it: the user should know that the series changes definition or vintage there.
 */
async function seamWarnings(store: Store, indicators: readonly string[]): Promise<string[]> {
  const warnings: string[] = [];
  let more = 0;
  for (const indicator of indicators) {
    for (const seam of await store.userSeams(indicator)) {
      const r = seam.seam.relativeDifference;
      if (r !== null && Math.abs(r) < SEAM_TOLERANCE) continue;
      if (warnings.length < SEAMS_SHOWN)
        warnings.push(`${indicator} ${seam.iso3}: the imported series ${seamNote(seam)}`);
      else more++;
    }
  }
  if (more > 0) warnings.push(`… and ${more} more seams (see the note of each value in \`chanye query\`)`);
  return warnings;
}

function registerDataList(data: Command): void {
  data
    .command('list')
    .description('list the imports recorded in the user database')
    .action(async (_options: unknown, command: Command) => {
      const dbPath = userDbPath(command);
      const imports = await readImports(dbPath);
      if (imports.length === 0) {
        process.stdout.write(`no imports in ${dbPath}\n`);
        return;
      }
      const rows = imports.map((i) => ({
        id: i.importId,
        label: i.label,
        rows: i.rows,
        current: i.currentRows,
        imported: i.importedAt.slice(0, 19).replace('T', ' '),
        sha256: i.sha256.slice(0, 12),
      }));
      process.stdout.write(toTable(rows, ['id', 'label', 'rows', 'current', 'imported', 'sha256']));
    });
}

/**
 * Registers the `data` command group: `import` and `list` here, `import-trade` and `trade-list`
 * in data-import-trade.ts, `fetch` in data-fetch.ts,
 * `update` and `status` in data-update.ts.
 * Returns the group so further subcommands can be added.
 */
export function registerDataCommands(program: Command): Command {
  const data = program.command('data').description('manage your own data in the user database');
  registerDataImport(data);
  registerDataImportMrio(data);
  registerDataImportTrade(data);
  registerDataList(data);
  registerDataFetch(data);
  registerDataUpdateCommands(data);
  return data;
}
