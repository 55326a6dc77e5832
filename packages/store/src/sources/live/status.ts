/**
 * `chanye data status`: per live source, the vintage embedded in the snapshot and, from the
 * user database, what `chanye data update` brought in (vintages, last retrieval, series and
 * rows still current). Opens the user database read-only, so asking can never change it.
 *
 * @module
 */
import { existsSync } from 'node:fs';
import { LIVE_SOURCES, type LiveSource } from '../../catalog/live-sources.js';
import { DuckDBConnector } from '../../connector/duckdb-connector.js';
import type { SnapshotManifest } from '../../snapshot/manifest.js';

/** One line of the status table. */
export interface LiveSourceStatus {
  readonly source: LiveSource;
  /** The snapshot's vintage of the same publisher's data, or `undefined` when the snapshot has none. */
  readonly embedded: string | undefined;
  /** Distinct vintages of the refreshed rows still in the user database. */
  readonly refreshed: readonly string[];
  /** The latest retrieval (ISO time), or `undefined` when never refreshed. */
  readonly retrievedAt: string | undefined;
  readonly series: number;
  readonly rows: number;
}

/**
 * Which snapshot source holds each live source's data. ILOSTAT's modelled employment shares
 * reach the snapshot through Gapminder's copy of WDI; the IMF WEO is not embedded.
 */
const EMBEDDED_SOURCE: Readonly<Record<LiveSource, string | undefined>> = {
  wdi: 'wdi',
  sdg: 'sdg',
  'imf-weo': undefined,
  ilostat: 'gapminder',
  'wb-class': 'wb_class',
};

interface Refreshed {
  source: string;
  series: number;
  rows: number;
  retrieved: string;
  vintages: string;
}

async function readRefreshed(dbPath: string): Promise<{ series: Refreshed[]; classification?: Refreshed }> {
  if (!existsSync(dbPath)) return { series: [] };
  const connector = await DuckDBConnector.open(dbPath, { readOnly: true });
  try {
    const tables = new Set(
      (
        await connector.query<{ name: string }>(
          `select table_name as name from duckdb_tables() where schema_name = 'main'`,
        )
      ).map((t) => t.name),
    );
    const series =
      tables.has('imports') && tables.has('user_observations')
        ? await connector.query<Refreshed>(
            `select split_part(i.label, ':', 2) as source, count(distinct i.label)::integer as series,
                    count(*)::integer as rows, max(i.imported_at) as retrieved,
                    string_agg(distinct u.vintage, ' | ' order by u.vintage) as vintages
               from user_observations u join imports i using (import_id)
              where i.label like 'live:%'
              group by 1`,
          )
        : [];
    const classification = tables.has('wb_classification')
      ? (
          await connector.query<Refreshed>(
            `select 'wb-class' as source, 1 as series, count(*)::integer as rows, max(retrieved_at) as retrieved,
                    'World Bank API country list, retrieved ' || max(retrieved_at)[1:10] as vintages
               from wb_classification having count(*) > 0`,
          )
        )[0]
      : undefined;
    return { series, ...(classification !== undefined ? { classification } : {}) };
  } finally {
    connector.close();
  }
}

/** The status of every live source, in `LIVE_SOURCES` order. */
export async function readLiveStatus(dbPath: string, manifest: SnapshotManifest): Promise<LiveSourceStatus[]> {
  const { series, classification } = await readRefreshed(dbPath);
  return LIVE_SOURCES.map((source) => {
    const embeddedId = EMBEDDED_SOURCE[source];
    const embedded = manifest.sources.find((s) => s.id === embeddedId)?.vintage;
    const found = source === 'wb-class' ? classification : series.find((s) => s.source === source);
    return {
      source,
      embedded,
      refreshed: found === undefined ? [] : found.vintages.split(' | '),
      retrievedAt: found?.retrieved,
      series: found?.series ?? 0,
      rows: found?.rows ?? 0,
    };
  });
}
