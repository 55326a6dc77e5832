import type { Command } from 'commander';
import { ChanyeError } from '@chanye/compute';
import {
  defaultWdiCacheDir,
  fetchWdi,
  fileResponseCache,
  importUserObservations,
  parseEconomyCodes,
  parseIndicatorCodes,
  wdiImportRecord,
  type ImportRecord,
  type UserObservationRow,
  type WdiIndicatorFetch,
} from '@chanye/store';
import { parseYears, userDbPath } from '../context.js';

/** Live data providers `chanye data fetch` knows. */
export const FETCH_PROVIDERS = ['wdi'] as const;

interface DataFetchOptions {
  indicator: string[];
  economies?: string[];
  years?: [number, number];
  as?: string;
  refresh?: boolean;
  cacheDir?: string;
}

type ImportRows = (dbPath: string, rows: readonly UserObservationRow[], record: ImportRecord) => Promise<unknown>;

const importRows: ImportRows = (dbPath, rows, record) => importUserObservations(dbPath, rows, record);

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function originText(fetched: WdiIndicatorFetch): string {
  const from = (origin: string): number => fetched.origins.filter((o) => o === origin).length;
  const parts = [
    from('network') > 0 ? `${plural(from('network'), 'page')} from api.worldbank.org` : '',
    from('cache') > 0 ? `${plural(from('cache'), 'page')} from the cache (< 24 h old)` : '',
    from('stale-cache') > 0 ? `${plural(from('stale-cache'), 'page')} from an older cached copy` : '',
  ];
  return parts.filter((p) => p !== '').join(', ');
}

function summary(fetched: WdiIndicatorFetch): string {
  const head = `${fetched.code} → ${fetched.indicator}: ${plural(fetched.rows.length, 'row')} imported`;
  const about = [fetched.name, fetched.vintage, originText(fetched)].filter((s) => s !== undefined && s !== '');
  const { nullValues, noIso3, notAnnual } = fetched.skipped;
  const skipped = [
    nullValues > 0 ? `${nullValues} without a value (no data, not 0)` : '',
    noIso3 > 0 ? `${noIso3} without an ISO3 code` : '',
    notAnnual > 0 ? `${notAnnual} not annual` : '',
  ].filter((s) => s !== '');
  return `${head} (${about.join('; ')})${skipped.length > 0 ? `\n  skipped: ${skipped.join(', ')}` : ''}\n`;
}

/**
 * Registers `chanye data fetch <provider>` on the `data` command: fetches indicators from a
 * live API (only the World Bank's for now), then imports them into the user database, where
 * they sit beside the embedded snapshot (or override it, with `--as <catalogue id>`).
 */
export function registerDataFetch(dataCommand: Command): void {
  dataCommand
    .command('fetch')
    .description('fetch indicators from a live API into the user database (needs internet access)')
    .argument('<provider>', `data provider: ${FETCH_PROVIDERS.join(', ')} (World Bank Indicators API v2)`)
    .requiredOption(
      '--indicator <codes>',
      'World Bank indicator code(s), comma-separated, e.g. NY.GDP.PCAP.CD',
      parseIndicatorCodes,
    )
    .option(
      '--economies <codes>',
      'comma-separated ISO3 codes (default: every economy and World Bank aggregate)',
      parseEconomyCodes,
    )
    .option('--years <A:B>', 'inclusive year range, e.g. 1990:2019', parseYears)
    .option('--as <id>', 'store under this indicator id, e.g. a catalogue id (one indicator only; default wdi_<code>)')
    .option('--refresh', 'ask the API even when a cached response is less than 24 h old')
    .option('--cache-dir <dir>', 'where responses are cached (default ~/.chanye/cache/wdi)')
    .addHelpText(
      'after',
      `
Rows are stored as indicator wdi_<code> (e.g. NY.GDP.PCAP.CD → wdi_ny_gdp_pcap_cd) unless --as
names another id; a catalogue id makes the fetched rows override the snapshot's. Values the
World Bank reports as missing are skipped, never stored as 0. Without internet access the
command fails with exit code 4, unless cached responses exist, which it then uses and says so.`,
    )
    .action(async (provider: string, options: DataFetchOptions, command: Command) => {
      if (!(FETCH_PROVIDERS as readonly string[]).includes(provider)) {
        throw new ChanyeError(
          'invalid-input',
          `unknown data provider: ${provider} (supported: ${FETCH_PROVIDERS.join(', ')})`,
        );
      }
      const result = await fetchWdi(
        {
          indicators: options.indicator,
          ...(options.economies !== undefined ? { economies: options.economies } : {}),
          ...(options.years !== undefined ? { years: options.years } : {}),
          ...(options.as !== undefined ? { as: options.as } : {}),
          refresh: options.refresh === true,
        },
        {
          fetch: (url, init) => globalThis.fetch(url, init),
          now: Date.now,
          cache: fileResponseCache(options.cacheDir ?? defaultWdiCacheDir()),
        },
      );
      for (const notice of result.notices) process.stderr.write(`chanye: note: ${notice}\n`);

      const withRows = result.indicators.filter((f) => f.rows.length > 0);
      const empty = result.indicators.filter((f) => f.rows.length === 0);
      if (withRows.length === 0) {
        const economies = options.economies === undefined ? '' : ` for ${options.economies.join(',')}`;
        const years = options.years === undefined ? '' : ` in ${options.years[0]}:${options.years[1]}`;
        throw new ChanyeError(
          'no-data',
          `the World Bank has no values for ${options.indicator.join(',')}${economies}${years}`,
        );
      }
      const dbPath = userDbPath(command);
      const importedAt = new Date(Date.now()).toISOString();
      for (const fetched of withRows) {
        await importRows(dbPath, fetched.rows, wdiImportRecord(fetched, importedAt));
        process.stdout.write(summary(fetched));
      }
      for (const fetched of empty) {
        process.stderr.write(
          `chanye: note: ${fetched.code}: the World Bank has no values for this request; nothing imported\n`,
        );
      }
    });
}
