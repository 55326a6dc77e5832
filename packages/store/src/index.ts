/**
 * @chanye/store — data access, and the only package that talks to DuckDB: the embedded
 * snapshot and its caches, the catalogue, the user's own data, the live sources (World Bank
 * API) and the loaders of trade and input-output tables. The analyses over these data are in
 * `@chanye/engine`.
 *
 * @module
 */
export { Store, INCOME_GROUP_NAMES } from './store.js';
export type { Economy, IncomeClassification, IncomeGroup, ObservationQuery, StoreOptions } from './store.js';
export type { ProductName } from './trade/product-names.js';
export { seamNote, type UserSeam } from './queries/user-merge.js';
export { loadCatalog } from './catalog/load.js';
export {
  CatalogSchema,
  DERIVATION_METHODS,
  IndicatorSchema,
  PILLARS,
  SYSTEMS,
  type Catalog,
  type Derivation,
  type DerivationMethod,
  type Indicator,
  type Pillar,
  type SeriesRef,
  type SystemGroup,
} from './catalog/schema.js';
export type { Connector, SqlParam } from './connector/connector.js';
export { DEFAULT_MAX_CONNECTIONS, DuckDBConnector, type DuckDBConnectorOptions } from './connector/duckdb-connector.js';
export type { IoSector, IoSectorPosition } from './input-output/positions.js';
export { readManifest, type SnapshotManifest, type SourceInfo } from './snapshot/manifest.js';
export {
  provenanceRecord,
  snapshotHash,
  snapshotRecord,
  type ProvenanceRecord,
  type SnapshotFileRecord,
  type UserImportRecord,
} from './snapshot/provenance-record.js';
export { defaultCatalogPath, defaultSnapshotDir, defaultUserDbPath } from './paths.js';
export { quotedIdentifier, quotedString } from './sql/quote.js';
export { csvToParquet, parquetColumnType, writeParquet, type ParquetTable } from './output/write-parquet.js';
export type { ImportRecord, UserObservationRow } from './user-data/types.js';
export { USER_DB_SCHEMA } from './user-data/schema.js';
export { fetchWdi, wdiImportRecord } from './sources/wdi/fetch-wdi.js';
export type {
  FetchWdiDeps,
  FetchWdiOptions,
  WdiFetchResult,
  WdiIndicatorFetch,
  WdiResponseOrigin,
} from './sources/wdi/fetch-wdi.js';
export { defaultWdiCacheDir, fileResponseCache, WDI_CACHE_MAX_AGE_MS, wdiCacheKey } from './sources/wdi/cache.js';
export type { CachedResponse, ResponseCache } from './sources/wdi/cache.js';
export type { FetchLike, ResponseLike, RetryPolicy } from './sources/wdi/http.js';
export { parseEconomyCodes, parseIndicatorCodes, wdiChanyeId, wdiIndicatorUrl } from './sources/wdi/url.js';
export { importUserFile, type FileImportSummary, type ImportUserFileOptions } from './user-data/import-user-file.js';
export { importUserObservations, type ImportOptions, type ImportSummary } from './user-data/import-observations.js';
export { readImports, type ImportEntry } from './user-data/read-imports.js';
export {
  readUserFile,
  USER_FILE_EXTENSIONS,
  userFileFormat,
  type ReadUserFileOptions,
  type UserFile,
  type UserFileFormat,
} from './user-data/read-user-file.js';
export { OPTIONAL_COLUMNS, REQUIRED_COLUMNS, validateUserRows, type ValidateOptions } from './user-data/validate.js';
export { fileImportRecord, importLabel, importVintage } from './user-data/provenance.js';
export type { RawCell, UserTable } from './user-data/user-table.js';
export { loadBenchmarkGroups, loadFrameworks, type BenchmarkGroup, type Framework } from './catalog/frameworks.js';
export {
  findTradeDataset,
  readTradeDatasets,
  TRADE_DATASET_NAME,
  tradeFolder,
  type TradeDataset,
  type TradeDatasetYear,
} from './trade/trade-datasets.js';
export {
  BACI_HEADER,
  importBaci,
  type ImportTradeOptions,
  type TradeImportSummary,
  type TradeImportYear,
} from './trade/import-baci.js';
export {
  BACI_COLUMNS,
  TRADE_DATASETS,
  tradeDataset,
  type TradeColumns,
  type TradeDatasetId,
  type TradeMatrix,
  type TradePanel,
  type TradeSource,
} from './trade/product-trade.js';
export {
  loadMrio,
  MRIO_DATASETS,
  mrioDataset,
  mrioRegions,
  type MrioDatasetId,
  type MrioRequest,
} from './input-output/wiod.js';
export {
  naturalCodeOrder,
  readLongMrio,
  type LongMrioOrder,
  type LongMrioRelations,
} from './input-output/long-mrio.js';
export {
  readExiobase,
  readLongMrioFiles,
  readOecdIcio,
  readWiod2016Xlsx,
  type LongMrioColumns,
} from './input-output/importers.js';
export {
  importMrio,
  MRIO_IMPORTS_SCHEMA,
  type MrioImportEntry,
  type MrioImportSummary,
} from './input-output/mrio-import.js';
export {
  checkRowSums,
  MRIO_LAYOUTS,
  mrioLayout,
  readMrioLayout,
  ROW_SUM_TOLERANCE,
  type MrioLayout,
  type MrioRead,
  type RowSumCheck,
} from './input-output/mrio-layouts.js';
export { readWiod2013Xlsx } from './input-output/wiod2013-xlsx.js';
export { startKernelThreads, type KernelThreadPool } from './parallel/kernel-threads.js';
export { readValidatedYaml } from './catalog/read-yaml.js';
export { latestWithin } from './queries/latest-within.js';
export { nearestWithin } from './queries/nearest-within.js';
export { loadArrays, type ArraysCatalog } from './catalog/arrays.js';
export { arrayOfWiodSector, loadArraysWiod, type ArraysWiodCatalog } from './catalog/arrays-wiod.js';
export { loadWiodNames, type WiodNamesCatalog } from './catalog/wiod-names.js';
export {
  loadProductSectors,
  productSector,
  type ProductSector,
  type ProductSectorsCatalog,
} from './catalog/product-sectors.js';
export type { HeadingExports } from './trade/export-readers.js';
export { convertTradePanel, readHsBridges, tradePanelWeights, type ConvertedTradePanel } from './trade/hs-revisions.js';
export {
  BACI_BILATERAL_COLUMNS,
  type BilateralColumns,
  type BilateralSource,
  type GroupFlowRow,
  type GroupFlows,
} from './trade/bilateral-flows.js';
export { loadSimulationPanel, SIMULATION_SERIES } from './queries/simulation-panel.js';
export { loadReferenceValues, type ReferenceValue } from './catalog/reference-values.js';
export {
  ClaimComputationSchema,
  loadPaperClaims,
  PaperClaimsSchema,
  type ClaimComputation,
  type Paper,
  type PaperClaim,
  type PaperClaims,
} from './catalog/paper-claims.js';
export {
  LIVE_SERIES_SOURCES,
  LIVE_SOURCES,
  liveSeriesKey,
  liveSourcesPath,
  loadLiveSources,
  type LiveSeries,
  type LiveSeriesSource,
  type LiveSource,
} from './catalog/live-sources.js';
export {
  selectLiveSeries,
  updateLiveSeries,
  type SeriesProgress,
  type UpdateDeps,
  type UpdateOptions,
  type UpdateResult,
} from './sources/live/update.js';
export { updatePending, updateStatePath } from './sources/live/state.js';
export { readLiveStatus, type LiveSourceStatus } from './sources/live/status.js';
export type { LiveFetchDeps } from './sources/live/series-fetch.js';
export { updateClassification, type ClassificationUpdate } from './sources/wb-class/update-class.js';
