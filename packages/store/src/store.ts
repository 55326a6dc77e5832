import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  ChanyeError,
  suggest,
  type EndUse,
  type EndUseClassification,
  type HsBridge,
  type Mrio,
  type Observation,
} from '@chanye/compute';
import { loadCatalog } from './catalog/load.js';
import { loadBenchmarkGroups, loadFrameworks, type BenchmarkGroup, type Framework } from './catalog/frameworks.js';
import { loadReferenceValues, type ReferenceValue } from './catalog/reference-values.js';
import { loadWiodNames, type WiodNamesCatalog } from './catalog/wiod-names.js';
import { loadProductSectors, type ProductSectorsCatalog } from './catalog/product-sectors.js';
import { loadHsNamesZh, type HsNamesZhCatalog } from './catalog/hs-names-zh.js';
import { readProductNames, type ProductName } from './trade/product-names.js';
import { readHsBridges } from './trade/hs-revisions.js';
import { checkUserDbPath } from './user-data/user-db-path.js';
import type { Catalog, Indicator } from './catalog/schema.js';
import {
  importedExportsRelation,
  readExportsByEndUse,
  readExportsByIsic,
  readHeadingExports,
  readHs4EndUse,
  readHs4Isic,
  readRdIntensityTaxonomy,
  type HeadingExports,
} from './trade/export-readers.js';
import {
  ioPositionYears,
  ioSectorPositions,
  ioSectors,
  type IoSector,
  type IoSectorPosition,
} from './input-output/positions.js';
import { readGroupFlows, type BilateralSource, type GroupFlows } from './trade/bilateral-flows.js';
import { readProductTrade, TRADE_DATASETS, type TradePanel, type TradeSource } from './trade/product-trade.js';
import { findTradeDataset, readTradeDatasets, type TradeDataset } from './trade/trade-datasets.js';
import { loadMrio, mrioImport, mrioRegions, type MrioImportEntry, type MrioRequest } from './input-output/wiod.js';
import type { LazyConnector } from './connector/lazy-connector.js';
import { defaultCatalogPath, defaultSnapshotDir, defaultUserDbPath } from './paths.js';
import { readYearsCovered } from './queries/years-covered.js';
import { IncomeHistoryTable } from './queries/income-history.js';
import { WholePanels } from './queries/whole-panels.js';
import { readUserIndicatorIds, readUserRows } from './queries/user-rows.js';
import { requireSnapshotFiles, snapshotConnector } from './connector/snapshot-connector.js';
import { deriveObservations } from './queries/derived.js';
import { extendObservations, withinYears } from './queries/extension.js';
import { tradeObservations } from './queries/trade-indicators.js';
import { findEconomy } from './economy-lookup.js';
import { mergeUserRows, userRowToObservation, userSeamsOf, type UserSeam } from './queries/user-merge.js';
import {
  resolveSourceIndicator,
  seriesLabel,
  type SeriesLabeller,
  type SeriesMeta,
  type UserRow,
} from './queries/precedence.js';
import type { SeriesRef } from './catalog/schema.js';
import { readSeries, type SeriesFilter, type SeriesRow } from './queries/series.js';
import { SeriesTable } from './queries/series-table.js';
import { readSeriesCache, seriesCachePath } from './queries/series-cache.js';
import { readManifest, type SnapshotManifest, type SourceInfo } from './snapshot/manifest.js';

/** An economy as the snapshot knows it. */
export interface Economy {
  readonly iso3: string;
  readonly name_en: string;
  /** Chinese name (CLDR via i18n-iso-countries); null for aggregates and former economies. */
  readonly name_zh: string | null;
  readonly wb_region: string | null;
  readonly un_region: string | null;
  readonly un_sub_region: string | null;
  readonly is_aggregate: boolean;
  readonly is_historical: boolean;
  readonly income_group_fy2026: string | null;
  readonly lending_category: string | null;
}

/** World Bank income group codes (OGHIST). */
export type IncomeGroup = 'L' | 'LM' | 'UM' | 'H';

export const INCOME_GROUP_NAMES: Readonly<Record<IncomeGroup, { en: string; zh: string }>> = {
  L: { en: 'Low income', zh: '低收入' },
  LM: { en: 'Lower middle income', zh: '中等偏下收入' },
  UM: { en: 'Upper middle income', zh: '中等偏上收入' },
  H: { en: 'High income', zh: '高收入' },
};

/**
 * The World Bank's classification of one economy, keyed by the GNI data year it is based on
 * (fiscal year FYxx = data year + 2: FY21, published July 2020, uses 2019 GNI).
 */
export interface IncomeClassification {
  readonly iso3: string;
  readonly dataYear: number;
  readonly fiscalYear: string;
  readonly group: IncomeGroup;
  readonly note: string | null;
}

export interface ObservationQuery {
  readonly indicator: string;
  readonly economies?: readonly string[];
  /** Inclusive range of years. */
  readonly years?: readonly [number, number];
}

export interface StoreOptions {
  readonly snapshotDir?: string;
  readonly catalogPath?: string;
  /** The user's DuckDB file; read-only here, and skipped when it does not exist. */
  readonly userDbPath?: string;
  /**
   * Queries that may run at the same time on the one DuckDB instance (a pool of connections;
   * default 4, opened as needed). A server shares one Store across requests.
   */
  readonly maxConnections?: number;
}

/**
 * Chanye's data layer: the embedded snapshot (read-only Parquet behind DuckDB views), the
 * indicator catalogue, and the user's imported series, which take precedence.
 */
export class Store {
  /** The economies table, read once; the promise is kept so concurrent first calls share one query. */
  private economyCache: Promise<Economy[]> | undefined;
  private frameworkCache: Framework[] | undefined;
  private groupCache: BenchmarkGroup[] | undefined;
  private wiodNamesCache: WiodNamesCatalog | undefined;
  private productSectorsCache: ProductSectorsCatalog | undefined;
  private hsNamesZhCache: HsNamesZhCatalog | undefined;
  private seriesTable: Promise<SeriesTable | undefined> | undefined;
  /** Trade indicators by id: every location and year, computed once per store. */
  private readonly tradeIndicators = new WholePanels();
  private seriesMetaCache: Promise<ReadonlyMap<string, SeriesMeta>> | undefined;
  private yearsCoveredCache: Promise<readonly [number, number]> | undefined;
  private incomeHistoryCache: Promise<IncomeHistoryTable> | undefined;
  private readonly worldShares = new WholePanels();

  private constructor(
    private readonly connector: LazyConnector,
    readonly catalog: Catalog,
    /** The folder of the catalogue, which also holds frameworks.yaml and benchmark-groups.yaml. */
    readonly catalogDir: string,
    readonly manifest: SnapshotManifest,
    readonly snapshotDir: string,
    readonly userDbPath: string | undefined,
    /** The user database's file as configured, whether or not it exists or holds observations. */
    readonly userDbFile: string,
  ) {}

  /**
   * Name, unit and description of every snapshot series, keyed `source:series`: read once (a
   * failed read is not kept) and shared by concurrent first calls.
   */
  seriesMetadata(): Promise<ReadonlyMap<string, SeriesMeta>> {
    this.seriesMetaCache ??= this.connector
      .query<SeriesMeta & { source: string; series: string }>(
        `select source, series, name, unit, description from series_meta`,
      )
      .then(
        (rows) => new Map(rows.map((m) => [`${m.source}:${m.series}`, m])),
        (error: unknown) => {
          this.seriesMetaCache = undefined;
          throw error;
        },
      );
    return this.seriesMetaCache;
  }

  static async open(options: StoreOptions = {}): Promise<Store> {
    const snapshotDir = options.snapshotDir ?? defaultSnapshotDir();
    const manifest = readManifest(snapshotDir);
    requireSnapshotFiles(manifest, snapshotDir);
    const catalogPath = options.catalogPath ?? defaultCatalogPath();
    const catalog = loadCatalog(catalogPath);
    const userDbPath = options.userDbPath ?? defaultUserDbPath();
    checkUserDbPath(userDbPath);
    // Whether the user has data is decided now, as it decides precedence for the store's life.
    const userDbExists = existsSync(userDbPath);
    const { connector, attached } = snapshotConnector(
      manifest,
      snapshotDir,
      userDbExists ? userDbPath : undefined,
      options,
    );
    // Whether the user database holds observations takes a query, so it opens DuckDB at once;
    // without one, DuckDB waits for the first query.
    if (userDbExists) await connector.open();
    return new Store(
      connector,
      catalog,
      dirname(catalogPath),
      manifest,
      snapshotDir,
      attached() ? userDbPath : undefined,
      userDbPath,
    );
  }

  close(): void {
    this.connector.close();
  }

  /** Whether DuckDB has been opened: only when a read needed a query (tests, diagnostics). */
  get databaseOpened(): boolean {
    return this.connector.isOpen;
  }

  /** Scoring frameworks (catalog/frameworks.yaml), members resolved against the catalogue. */
  frameworks(): Framework[] {
    this.frameworkCache ??= loadFrameworks(join(this.catalogDir, 'frameworks.yaml'), this.catalog);
    return this.frameworkCache;
  }

  /** One framework by id; unknown ids fail with the list of known ones. */
  framework(id: string): Framework {
    const found = this.frameworks().find((f) => f.id === id);
    if (found) return found;
    const known = this.frameworks().map((f) => f.id);
    throw new ChanyeError('invalid-input', `invalid --framework: ${id} (expected one of ${known.join(', ')})`);
  }

  /** A published constant from catalog/reference-values.yaml, with its source. */
  referenceValue(id: string): ReferenceValue {
    const found = loadReferenceValues(join(this.catalogDir, 'reference-values.yaml')).find((v) => v.id === id);
    if (!found) throw new Error(`reference value ${id} is not in catalog/reference-values.yaml`);
    return found;
  }

  /** Named peer groups (catalog/benchmark-groups.yaml). */
  benchmarkGroups(): BenchmarkGroup[] {
    this.groupCache ??= loadBenchmarkGroups(join(this.catalogDir, 'benchmark-groups.yaml'));
    return this.groupCache;
  }

  /** The source record (publisher, licence, vintage) for a snapshot source id. */
  source(id: string): SourceInfo {
    const found = this.manifest.sources.find((s) => s.id === id);
    if (!found) throw new Error(`source ${id} is not described in the snapshot manifest`);
    return found;
  }

  async economies(options: { includeAggregates?: boolean; includeHistorical?: boolean } = {}): Promise<Economy[]> {
    // The M49 code is for the connectors (`m49Codes`); the economy record stays as it was.
    this.economyCache ??= this.connector.query<Economy>(`select * exclude (m49) from economies order by iso3`);
    return (await this.economyCache).filter(
      (e) => (options.includeAggregates || !e.is_aggregate) && (options.includeHistorical || !e.is_historical),
    );
  }

  /**
   * UN M49 code → ISO3 code of every economy that has one, for APIs that key economies by M49
   * (the UN SDG API). Codes of regions and groupings are absent, so a lookup that fails marks an
   * aggregate.
   */
  async m49Codes(): Promise<ReadonlyMap<number, string>> {
    const rows = await this.connector.query<{ m49: number; iso3: string }>(
      `select m49, iso3 from economies where m49 is not null order by m49`,
    );
    return new Map(rows.map((r) => [r.m49, r.iso3]));
  }

  /**
   * One economy by ISO3 code (any case) or by its exact English name (any case) or Chinese
   * name, so users may type `China`, `中国` or `CHN`. Surrounding spaces are ignored. A code
   * wins over a name; a name that matches several economies, and anything unknown, fail
   * with suggestions.
   */
  async economy(code: string): Promise<Economy> {
    return findEconomy(await this.economies({ includeAggregates: true, includeHistorical: true }), code);
  }

  /** The income group history of an economy from the World Bank OGHIST table, by data year. */
  async incomeHistory(iso3: string): Promise<IncomeClassification[]> {
    const economy = await this.economy(iso3);
    return (await this.incomeTable()).of(economy.iso3);
  }

  /** Every economy's World Bank income group for one GNI data year. */
  async incomeGroupsIn(dataYear: number): Promise<Map<string, IncomeGroup>> {
    return (await this.incomeTable()).groupsIn(dataYear);
  }

  /** The OGHIST table in memory, read once (a failed read is not kept). */
  private incomeTable(): Promise<IncomeHistoryTable> {
    this.incomeHistoryCache ??= IncomeHistoryTable.load(this.connector).catch((error: unknown) => {
      this.incomeHistoryCache = undefined;
      throw error;
    });
    return this.incomeHistoryCache;
  }

  /**
   * Years with product export data for an economy (HS 2007 4-digit; 1980 and 2017 in the
   * snapshot), or in the imported trade dataset `dataset`.
   */
  async tradeYears(iso3: string, dataset?: string): Promise<number[]> {
    const rows = await this.connector.query<{ year: number }>(
      `select distinct year from ${await this.exportsFrom(dataset)} where iso3 = $1 order by year`,
      [iso3],
    );
    return rows.map((r) => r.year);
  }

  /**
   * The relation of product exports (year, iso3, hs07_4d, value in US$) that the export readers
   * take: the snapshot's, or an imported dataset's summed over importers at 4 digits.
   */
  private async exportsFrom(dataset: string | undefined): Promise<string> {
    if (dataset === undefined) return 'trade_exports';
    const found = await this.tradeDataset(dataset);
    return importedExportsRelation(found.years.map((y) => y.parquet));
  }

  /**
   * An economy's exports in one year summed by end use (SNA classes or UNCTAD stages of
   * processing, from BEC Rev.4), each HS heading split across classes by the share of its
   * subheadings in each.
   */
  async exportsByEndUse(
    iso3: string,
    year: number,
    classification: EndUseClassification,
    dataset?: string,
  ): Promise<Record<EndUse, number>> {
    const rows = await readExportsByEndUse(this.connector, iso3, year, classification, await this.exportsFrom(dataset));
    return Object.fromEntries(rows.map((r) => [r.end_use, r.value])) as Record<EndUse, number>;
  }

  /**
   * An economy's exports in one year by ISIC Rev.4 class, each HS heading split equally over
   * the classes of its subheadings; headings without a correlation come as `isic4: null`.
   */
  async exportsByIsic(
    iso3: string,
    year: number,
    dataset?: string,
  ): Promise<{ isic4: string | null; value: number }[]> {
    return readExportsByIsic(this.connector, iso3, year, await this.exportsFrom(dataset));
  }

  /** The OECD R&D-intensity taxonomy (Galindo-Rueda and Verger 2016): an entry per ISIC Rev.4 code. */
  rdIntensityTaxonomy(): Promise<{ code: string; rdClass: string }[]> {
    return readRdIntensityTaxonomy(this.connector);
  }

  /** Exports of some HS 4-digit headings by an economy and by the world in one year. */
  async headingExports(
    iso3: string,
    year: number,
    headings: readonly string[],
    dataset?: string,
  ): Promise<HeadingExports[]> {
    return readHeadingExports(this.connector, iso3, year, headings, await this.exportsFrom(dataset));
  }

  /**
   * Product exports as one location × product matrix per period, from a snapshot dataset
   * (`trade-1980`, `trade-2017`, `sitc2-1998-2000`) or a user file in BACI's layout or with
   * named columns. See `trade/product-trade.ts`.
   */
  productTrade(source: TradeSource): Promise<TradePanel> {
    return readProductTrade(this.connector, source, (name) => this.tradeDataset(name, Object.keys(TRADE_DATASETS)));
  }

  /**
   * A trade dataset imported with `chanye data import-trade` into the user database; an unknown
   * name fails (`invalid-input`) listing `builtIn` (the snapshot's datasets the caller also
   * takes) and the imported ones.
   */
  tradeDataset(name: string, builtIn: readonly string[] = []): Promise<TradeDataset> {
    return findTradeDataset(this.userDbFile, name, builtIn);
  }

  /** The trade datasets imported into the user database, by name. */
  tradeDatasets(): Promise<TradeDataset[]> {
    return readTradeDatasets(this.userDbFile);
  }

  /** The snapshot's HS revision bridges (UNSD conversion tables), for `convertTradePanel`. */
  hsBridges(): Promise<HsBridge[]> {
    return readHsBridges(this.connector);
  }

  /** One year of a snapshot MRIO (`wiod2013`, 1995-2011) or an import as a dense model; see `input-output/wiod.ts`. */
  mrio(request: MrioRequest): Promise<Mrio> {
    return loadMrio(this.connector, request, this.snapshotDir, this.userDbPath !== undefined);
  }

  /** The regions of one year of a snapshot MRIO or an import, in the table's order, without loading it. */
  mrioRegions(request: MrioRequest): Promise<string[]> {
    return mrioRegions(this.connector, request, this.userDbPath !== undefined);
  }

  /** A table imported with `chanye data import-mrio`, by name; exit 2 naming the datasets, 3 for another year. */
  mrioImport(name: string, year?: number): Promise<MrioImportEntry> {
    return mrioImport(this.connector, this.userDbPath !== undefined, name, year);
  }

  /**
   * Every reporter's total product exports in one year (current US$), for world totals and
   * export shares; reporters are as the trade data name them, aggregates and historical
   * entities included, so the caller decides which to count.
   */
  exportTotals(year: number): Promise<{ iso3: string; value: number }[]> {
    return this.connector.query(
      `select iso3, sum(value)::double as value from trade_exports
        where year = $1 and value is not null group by iso3 order by iso3`,
      [year],
    );
  }

  /** Years with product export data for any reporter, in order. */
  async exportYears(): Promise<number[]> {
    const rows = await this.connector.query<{ year: number }>(`select distinct year from trade_exports order by year`);
    return rows.map((r) => r.year);
  }

  /** The latest year with product export data for an economy; `no-data` when it has none. */
  async latestTradeYear(iso3: string, dataset?: string): Promise<number> {
    const years = await this.tradeYears(iso3, dataset);
    const last = years.at(-1);
    if (last === undefined)
      throw new ChanyeError('no-data', `no product exports for ${iso3} in ${dataset ?? 'the snapshot'}`);
    return last;
  }

  /** The 35 sectors of the WIOD 2013 input-output tables. */
  ioSectors(): Promise<IoSector[]> {
    return ioSectors(this.connector, this.wiodNames());
  }

  /** The ten sectors of HS products that colour the product space (catalog/product-sectors.yaml). */
  productSectors(): ProductSectorsCatalog {
    this.productSectorsCache ??= loadProductSectors(this.catalogDir);
    return this.productSectorsCache;
  }

  /** Chanye's Chinese names of the HS 2007 headings (catalog/hs-names-zh.yaml). */
  hsNamesZh(): HsNamesZhCatalog {
    this.hsNamesZhCache ??= loadHsNamesZh(this.catalogDir);
    return this.hsNamesZhCache;
  }

  /** The English and Chinese names of the WIOD 2013 sectors, with their sources (catalog/wiod-names.yaml). */
  wiodNames(): WiodNamesCatalog {
    this.wiodNamesCache ??= loadWiodNames(this.catalogDir);
    return this.wiodNamesCache;
  }

  /** Years of the WIOD 2013 tables with upstreamness for an economy, in order. */
  ioPositionYears(iso3: string): Promise<number[]> {
    return ioPositionYears(this.connector, iso3);
  }

  /**
   * Upstreamness and downstreamness (Antràs and Chor 2018, computed on WIOD 2013) and gross
   * output of each of an economy's 35 sectors in one year.
   */
  ioSectorPositions(iso3: string, year: number): Promise<IoSectorPosition[]> {
    return ioSectorPositions(this.connector, this.wiodNames(), iso3, year);
  }

  /** Bilateral flows summed for an importing group in one year (default the latest), with the data's coverage. */
  groupFlows(source: BilateralSource, group: readonly string[], year?: number): Promise<GroupFlows> {
    return readGroupFlows(this.connector, source, group, year, (name) => this.tradeDataset(name, ['baci-sample']));
  }

  /**
   * GDP per capita and population of the economies of a snapshot trade dataset (World Bank
   * via the same package as the trade data), for RPOP presence, PRODY and EXPY.
   */
  async tradeContext(
    dataset: 'hs07-2017' | 'sitc2-1998-2000',
  ): Promise<{ iso3: string; gdp_per_capita: number; gdp_per_capita_unit: string; population: number | null }[]> {
    return this.connector.query(
      `select iso3, gdp_per_capita, gdp_per_capita_unit, population from trade_context where dataset = $1 order by iso3`,
      [dataset],
    );
  }

  /**
   * Names of HS 2007 or SITC Rev.2 4-digit products, by code: the snapshot's English name and,
   * for HS 2007, Chanye's Chinese name (null where there is none, and for SITC).
   */
  productNames(classification: 'hs07' | 'sitc2'): Promise<Map<string, ProductName>> {
    return readProductNames(this.connector, classification, classification === 'hs07' ? this.hsNamesZh() : undefined);
  }

  /** A catalogue indicator by id; unknown ids fail with a suggestion. */
  indicator(id: string): Indicator {
    const found = this.catalog.indicators.find((i) => i.id === id);
    if (found) return found;
    const hints = suggest(
      id,
      this.catalog.indicators.map((i) => i.id),
      3,
      Math.max(3, Math.floor(id.length / 3)),
    );
    throw new ChanyeError(
      'not-found',
      `unknown indicator '${id}'${hints.length > 0 ? ` — did you mean ${hints.join(' or ')}?` : ''} (see \`chanye indicators\`)`,
    );
  }

  /**
   * One snapshot series by source and code, labelled as the catalogue labels its values, for
   * computations that need a level no catalogue indicator reports (total GDP in constant 2015
   * US$ for world aggregates). Imported user data do not apply: they are keyed by indicator id.
   */
  async snapshotSeries(ref: Pick<SeriesRef, 'source' | 'series'>, filter: SeriesFilter = {}): Promise<Observation[]> {
    const meta = (await this.seriesMetadata()).get(`${ref.source}:${ref.series}`);
    if (!meta) throw new ChanyeError('not-found', `no series ${ref.source}:${ref.series} in the snapshot`);
    const full: SeriesRef = { ...ref, source_unit: meta.unit ?? '' };
    const source = seriesLabel(full, this.source(ref.source), meta);
    const vintage = this.source(ref.source).vintage;
    const rows = await this.readSeriesRows(full, filter);
    return rows.map((r) => ({
      iso3: r.iso3,
      year: r.year,
      indicator: `${ref.source}:${ref.series}`,
      value: r.value,
      unit: meta.unit ?? '',
      source,
      vintage,
      status: r.status,
      ...(r.note ? { note: r.note } : {}),
    }));
  }

  /** The first and last year with any value, in the snapshot's series or the user's imports (read once). */
  yearsCovered(): Promise<readonly [number, number]> {
    this.yearsCoveredCache ??= readYearsCovered(this.connector, this.userDbPath !== undefined).catch(
      (error: unknown) => {
        this.yearsCoveredCache = undefined;
        throw error;
      },
    );
    return this.yearsCoveredCache;
  }

  /** Ids of indicators that exist only in the user database (imported under a new id). */
  async userIndicatorIds(): Promise<string[]> {
    return this.userDbPath ? readUserIndicatorIds(this.connector) : [];
  }

  /**
   * Values of one indicator, one per economy and year, each with its source, vintage and
   * status. User rows win over the snapshot; among snapshot series the catalogue's
   * precedence decides per economy-year (see docs/methods/data-precedence.md).
   */
  async observations(query: ObservationQuery): Promise<Observation[]> {
    const economies = query.economies ? await Promise.all(query.economies.map((e) => this.economy(e))) : undefined;
    const iso3s = economies?.map((e) => e.iso3);
    const catalogued = this.catalog.indicators.find((i) => i.id === query.indicator);
    const userRows = await this.userRows(query.indicator, iso3s, query.years);
    if (!catalogued) {
      if (userRows.length > 0) return userRows.map(userRowToObservation(query.indicator));
      this.indicator(query.indicator); // throws with a suggestion
    }
    const indicator = catalogued as Indicator;
    const snapshot = await this.snapshotObservations(indicator, iso3s, query.years);
    if (userRows.length === 0) return snapshot;
    return mergeUserRows(snapshot, userRows, indicator.id, await this.userSeams(indicator.id, iso3s));
  }

  /**
   * Where the user's rows of a catalogue indicator take over from the snapshot's, economy by
   * economy, with the level break at the seam (compute's `findSeam`). Every year is compared,
   * whatever years a query asks for, so a value's note does not depend on the query. Empty for
   * indicators the catalogue does not define or the user has not imported.
   */
  async userSeams(indicatorId: string, economies?: readonly string[]): Promise<UserSeam[]> {
    const indicator = this.catalog.indicators.find((i) => i.id === indicatorId);
    if (!indicator) return [];
    const iso3s = economies ? await Promise.all(economies.map(async (e) => (await this.economy(e)).iso3)) : undefined;
    const user = await this.userRows(indicator.id, iso3s, undefined);
    if (user.length === 0) return [];
    const snapshot = await this.snapshotObservations(indicator, [...new Set(user.map((r) => r.iso3))], undefined);
    return userSeamsOf(snapshot, user);
  }

  /** A trade indicator, computed once for every economy (it needs all exporters) and cut. */
  private tradeIndicatorObservations(
    indicator: Indicator,
    iso3s: readonly string[] | undefined,
    years: readonly [number, number] | undefined,
  ): Promise<Observation[]> {
    const trade = this.source('trade');
    const gdpPerCapita = async (year: number) =>
      new Map(
        (await this.observations({ indicator: 'gdp_per_capita_ppp', years: [year, year] })).map((o) => [
          o.iso3,
          o.value,
        ]),
      );
    const computeAll = () =>
      tradeObservations(indicator, {
        productTrade: (dataset) => this.productTrade({ dataset }),
        hs4Isic: () => readHs4Isic(this.connector),
        hs4EndUse: () => readHs4EndUse(this.connector),
        gdpPerCapita,
        source: { name: trade.name, vintage: trade.vintage },
      });
    return this.tradeIndicators.cut(indicator.id, computeAll, iso3s, years);
  }

  /** An indicator's values from the snapshot alone: precedence, derivation and extension. */
  private async snapshotObservations(
    indicator: Indicator,
    iso3s: readonly string[] | undefined,
    queryYears: readonly [number, number] | undefined,
  ): Promise<Observation[]> {
    if (indicator.trade) return this.tradeIndicatorObservations(indicator, iso3s, queryYears);
    const seriesMeta = await this.seriesMetadata();
    const labeller: SeriesLabeller = {
      label: (ref: SeriesRef) =>
        seriesLabel(ref, this.source(ref.source), seriesMeta.get(`${ref.source}:${ref.series}`)),
      vintage: (ref: SeriesRef) => this.source(ref.source).vintage,
    };
    // An extended indicator is resolved over all years: its splice starts from each economy's
    // last benchmark year, which may lie outside the years asked for.
    const years = indicator.extension ? undefined : queryYears;
    const derive = async (only: typeof iso3s, within: typeof years) =>
      deriveObservations(indicator, {
        read: (ref, filter) => this.readSeriesRows(ref, filter),
        economies: await this.economies({ includeAggregates: true, includeHistorical: true }),
        ...labeller,
        iso3s: only,
        years: within,
      });
    const benchmark = indicator.derived
      ? indicator.derived.method === 'world_share' && this.seriesTable
        ? await this.worldShares.cut(indicator.id, () => derive(undefined, undefined), iso3s, years)
        : await derive(iso3s, years)
      : await resolveSourceIndicator(indicator, {
          read: (ref) => this.readSeriesRows(ref, { iso3s, years }),
          ...labeller,
        });
    const snapshot = indicator.extension
      ? withinYears(
          await extendObservations(indicator, benchmark, {
            read: (ref, filter) => this.readSeriesRows(ref, filter),
            ...labeller,
            iso3s,
          }),
          queryYears,
        )
      : benchmark;
    return snapshot;
  }

  /**
   * Loads the whole snapshot series table into memory (some 30 ms from the build's cache,
   * series-cache.ts; about 0.6 s from the Parquet file without it), after which observations
   * are read from it instead of by a query per series. Worth it for callers that read most
   * series for most economies — the country report, the API server — and not for one profile.
   * The values are the same either way. Resolves to whether the table was loaded.
   */
  async preloadSeries(): Promise<boolean> {
    // A load that fails leaves reads on the per-series queries, and a later call may try again.
    this.seriesTable ??= Promise.resolve()
      .then(() => readSeriesCache(join(this.snapshotDir, 'series.parquet'), seriesCachePath(this.snapshotDir)))
      .then((cached) => cached ?? SeriesTable.load(this.connector))
      .catch(() => {
        this.seriesTable = undefined;
        return undefined;
      });
    return (await this.seriesTable) !== undefined;
  }

  /** The in-memory series table ({@link preloadSeries}), loading it if need be; undefined if it cannot be. */
  async seriesTableLoaded(): Promise<SeriesTable | undefined> {
    await this.preloadSeries();
    return this.seriesTable;
  }

  private async readSeriesRows(ref: SeriesRef, filter: SeriesFilter): Promise<SeriesRow[]> {
    const table = this.seriesTable ? await this.seriesTable : undefined;
    return table ? table.read(ref, filter) : readSeries(this.connector, ref, filter);
  }

  private async userRows(
    indicator: string,
    iso3s: readonly string[] | undefined,
    years: readonly [number, number] | undefined,
  ): Promise<UserRow[]> {
    return this.userDbPath ? readUserRows(this.connector, indicator, iso3s, years) : [];
  }
}
