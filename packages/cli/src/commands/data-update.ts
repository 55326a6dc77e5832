/**
 * `chanye data update` and `chanye data status`: bulk refresh of every catalogue series with
 * a live source into the user database, and what was refreshed against what is embedded.
 *
 * @module
 */
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { ChanyeError } from '@chanye/compute';
import {
  defaultCatalogPath,
  defaultSnapshotDir,
  fileResponseCache,
  LIVE_SERIES_SOURCES,
  LIVE_SOURCES,
  liveSourcesPath,
  loadLiveSources,
  readManifest,
  updateClassification,
  updateLiveSeries,
  type LiveFetchDeps,
  type LiveSeriesSource,
  type LiveSource,
  type SeriesProgress,
} from '@chanye/store';
import { DATA_STATUS_COLUMNS, dataStatus, dataStatusRows, toCsv } from '@chanye/engine';
import { parseList, userDbPath, withOutputOptions, withStore, type OutputOptions } from '../context.js';
import { toTable } from '../output/format.js';
import { emit } from '../output/write.js';

interface DataUpdateOptions {
  source?: string[];
  indicators?: string[];
  restart?: boolean;
  cacheDir?: string;
}

function parseSources(value: string): LiveSource[] {
  const sources = parseList(value);
  const bad = sources.filter((s) => !(LIVE_SOURCES as readonly string[]).includes(s));
  if (bad.length > 0) {
    throw new ChanyeError(
      'invalid-input',
      `unknown --source ${bad.join(', ')} (expected one or more of ${LIVE_SOURCES.join(', ')})`,
    );
  }
  return sources as LiveSource[];
}

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? word : many}`;
}

function progressLine(p: SeriesProgress): string {
  const head = `[${p.index}/${p.total}] ${p.key} → ${p.indicator}: `;
  if (p.outcome === 'resumed') return `${head}done in the interrupted run (${plural(p.rows, 'row')}), skipped\n`;
  if (p.outcome === 'empty') return `${head}no values; nothing imported\n`;
  return `${head}${plural(p.rows, 'row')} (${plural(p.pages, 'page')}${p.vintage === undefined ? '' : `; ${p.vintage}`})\n`;
}

/** `~/.chanye/cache/<source>`, or `<dir>/<source>` with `--cache-dir`. */
function cacheDir(base: string | undefined, source: string): string {
  return resolve(join(base ?? join(homedir(), '.chanye', 'cache'), source));
}

function registerDataUpdate(data: Command): void {
  data
    .command('update')
    .description('refresh every catalogue series with a live source into the user database (needs internet access)')
    .option('--source <names>', `comma-separated: ${LIVE_SOURCES.join(', ')} (default: all)`, parseSources)
    .option(
      '--indicators <ids>',
      'only these catalogue ids or publisher codes, e.g. mva_share_gdp,NV.IND.MANF.ZS',
      parseList,
    )
    .option('--restart', 'ignore the state of an interrupted update and start again')
    .option('--cache-dir <dir>', 'where API responses are cached (default ~/.chanye/cache/<source>)')
    .addHelpText(
      'after',
      `
Which series each source refreshes, and why each maps onto a catalogue indicator, is in the
live-source catalogue (catalog/live-sources.yaml). Rows are stored under the catalogue id,
so they take precedence over the embedded snapshot per economy and year; each carries its
API, the publisher's vintage when the API gives one, and the retrieval date. A series is
imported in one transaction. An interrupted update (no network, Ctrl-C) resumes where it
stopped on the next run (--restart starts again). wb-class stores the World Bank's current
income classification. Offline, the command fails with exit code 4.`,
    )
    .action(async (options: DataUpdateOptions, command: Command) => {
      const dbPath = userDbPath(command);
      const sources = options.source ?? [...LIVE_SOURCES];
      const seriesSources = sources.filter((s): s is LiveSeriesSource =>
        (LIVE_SERIES_SOURCES as readonly string[]).includes(s),
      );
      const catalogue = loadLiveSources(liveSourcesPath(dirname(defaultCatalogPath())));
      // The UN SDG API keys economies by M49 code; the snapshot's economies table maps them.
      const m49 = seriesSources.includes('sdg') ? await withStore(command, (store) => store.m49Codes()) : undefined;
      const base: LiveFetchDeps = { fetch: (url, init) => globalThis.fetch(url, init), now: Date.now };
      const tty = process.stderr.isTTY === true;
      const explicit = options.source !== undefined;
      let rows = 0;
      if (seriesSources.length > 0) {
        const result = await updateLiveSeries(
          {
            catalogue,
            userDbPath: dbPath,
            // Without --source, every source that has a connector.
            ...(explicit ? { sources: seriesSources } : {}),
            ...(options.indicators !== undefined ? { indicators: options.indicators } : {}),
            ...(options.restart === true ? { restart: true } : {}),
          },
          {
            ...base,
            ...(m49 !== undefined ? { m49 } : {}),
            cacheFor: (source) => fileResponseCache(cacheDir(options.cacheDir, source)),
            onSeries: (p) => {
              if (tty) process.stderr.write('\r\u001b[K');
              process.stderr.write(progressLine(p));
              for (const notice of p.notices) process.stderr.write(`chanye: note: ${notice}\n`);
            },
            ...(tty
              ? { onPage: (key, page, pages) => process.stderr.write(`\r\u001b[K${key}: page ${page}/${pages}`) }
              : {}),
          },
        );
        rows = result.rows;
        const imported = result.series.filter((s) => s.outcome !== 'empty').length;
        process.stdout.write(
          `updated ${plural(imported, 'series', 'series')} (${plural(result.rows, 'row')}) in ${dbPath}\n`,
        );
      }
      if (sources.includes('wb-class') && options.indicators === undefined) {
        const cls = await updateClassification(dbPath, {
          ...base,
          cache: fileResponseCache(cacheDir(options.cacheDir, 'wb-class')),
        });
        rows += cls.economies;
        process.stdout.write(
          `World Bank classification: ${plural(cls.economies, 'economy', 'economies')} classified (retrieved ${cls.retrievedAt.slice(0, 10)}; ${cls.skipped} aggregates or unclassified skipped)\n`,
        );
      }
      if (rows === 0) throw new ChanyeError('no-data', 'the live sources returned no values for this request');
    });
}

function registerDataStatus(data: Command): void {
  withOutputOptions(
    data
      .command('status')
      .description(
        'per live source: the vintage embedded in the snapshot and the vintage refreshed into the user database',
      ),
  ).action(async (options: OutputOptions, command: Command) => {
    const dbPath = userDbPath(command);
    const status = await dataStatus(dbPath, readManifest(defaultSnapshotDir()));
    if (options.format === 'json') return emit(`${JSON.stringify(status, null, 2)}\n`, options.out);
    const rows = dataStatusRows(status);
    if (options.format === 'csv') return emit(toCsv(rows, DATA_STATUS_COLUMNS), options.out);
    const shown = rows.map((r) => ({
      ...r,
      embedded: r.embedded === '' ? '(not embedded)' : r.embedded,
      refreshed: r.refreshed === '' ? '-' : r.refreshed,
      retrieved: r.retrieved === '' ? '-' : String(r.retrieved).slice(0, 19).replace('T', ' '),
    }));
    const pending = status.updatePending ? 'an interrupted update is pending: `chanye data update` resumes it\n' : '';
    emit(`${toTable(shown, DATA_STATUS_COLUMNS)}user database: ${dbPath}\n${pending}`, options.out);
  });
}

/** Registers `data update` and `data status` on the `data` command. */
export function registerDataUpdateCommands(data: Command): void {
  registerDataUpdate(data);
  registerDataStatus(data);
}
