/**
 * @chanye/store — the only package that talks to DuckDB: the embedded snapshot, the
 * indicator catalogue and the user's own data.
 *
 * @module
 */
export { Store, INCOME_GROUP_NAMES } from './store.js';
export type { Economy, IncomeClassification, IncomeGroup, ObservationQuery, StoreOptions } from './store.js';
export {
  economyProfile,
  incomeSpells,
  PROFILE_SECTIONS,
  type EconomyProfile,
  type IncomeSpell,
  type ProfileItem,
} from './profile.js';
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
export type { IoPositions, IoSector, IoSectorPosition } from './input-output/positions.js';
export { readManifest, type SnapshotManifest, type SourceInfo } from './snapshot/manifest.js';
export { defaultCatalogPath, defaultSnapshotDir, defaultUserDbPath } from './paths.js';
export { quotedIdentifier, quotedString } from './sql/quote.js';
export type { ImportRecord, UserObservationRow } from './user-data/types.js';
export { USER_DB_SCHEMA } from './user-data/schema.js';
export { fetchWdi, wdiImportRecord } from './connectors/wdi/fetch-wdi.js';
export type {
  FetchWdiDeps,
  FetchWdiOptions,
  WdiFetchResult,
  WdiIndicatorFetch,
  WdiResponseOrigin,
} from './connectors/wdi/fetch-wdi.js';
export { defaultWdiCacheDir, fileResponseCache, WDI_CACHE_MAX_AGE_MS, wdiCacheKey } from './connectors/wdi/cache.js';
export type { CachedResponse, ResponseCache } from './connectors/wdi/cache.js';
export type { FetchLike, ResponseLike, RetryPolicy } from './connectors/wdi/http.js';
export { parseEconomyCodes, parseIndicatorCodes, wdiChanyeId, wdiIndicatorUrl } from './connectors/wdi/url.js';
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
export { resolvePeers } from './scoring/peers.js';
export {
  scoreEconomies,
  scoreRows,
  type ScoredInput,
  type ScoreRequest,
  type ScoreRow,
  type ScoreYear,
} from './scoring/score.js';
export { couplingSeries, type CouplingRequest, type CouplingYear } from './scoring/coupling.js';
export { loadReferenceValues, type ReferenceValue } from './catalog/reference-values.js';
export { diagnoseIncome } from './diagnostics/income.js';
export { diagnose, DIAGNOSTICS, type Diagnostic, type DiagnosticOptions } from './diagnostics/registry.js';
export {
  DEINDUSTRIALIZATION_MEASURES,
  diagnoseDeindustrialization,
  estimateRodrikCurve,
  type DeindustrializationMeasure,
  type EstimatedRodrikCurve,
} from './diagnostics/deindustrialization.js';
export { diagnoseDualStructure, highTechShareSeries, type HighTechShareYear } from './diagnostics/dual-structure.js';
export { diagnoseTurningPoints, PETTY_CLARK_PAIRS } from './diagnostics/turning-points.js';
export {
  assessIndustrialization,
  diagnoseIndustrializationStage,
  INDUSTRIALIZATION_INDICATORS,
  INDUSTRIALIZATION_STAGE_REFERENCE,
  loadIndustrializationStageSettings,
  priceBaseConversion,
  STAGE_NAMES,
  stageText,
  type IndustrializationAssessment,
  type IndustrializationStageSettings,
  type PriceBaseConversion,
  type PublishedStageCase,
} from './diagnostics/industrialization-stage.js';
export { diagnoseRostow, ROSTOW_REFERENCE, ROSTOW_STAGE_NAMES } from './diagnostics/rostow.js';
export {
  diagnoseStructuralChange,
  STRUCTURAL_CHANGE_DEFAULT_SPAN,
  STRUCTURAL_CHANGE_REFERENCE,
  STRUCTURAL_CHANGE_SECTORS,
} from './diagnostics/structural-change.js';
export {
  DEMAND_COMPONENT_NAMES,
  DEMAND_DEFAULT_SPAN,
  DEMAND_INDICATORS,
  DEMAND_REFERENCE,
  demandSeries,
  diagnoseDemand,
  graduatesAtSameIncome,
  type DemandYear,
  type GraduateAtSameIncome,
} from './diagnostics/demand.js';
export { reproducePublishedTables, type ReproducedCell } from './diagnostics/published-tables.js';
export {
  compareAtSameIncome,
  diagnoseSameIncome,
  SAME_INCOME_INDICATORS,
  type ComparatorRow,
  type SameIncomeComparison,
} from './diagnostics/same-income.js';
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
  BACI_BILATERAL_COLUMNS,
  DEPENDENCY_REFERENCE,
  MIN_EXPORTERS_FOR_FINDINGS,
  type BilateralColumns,
  type BilateralSource,
  type DependencyCoverage,
  type DependencyRequest,
  type DependencyScreen,
} from './trade/dependency.js';
export {
  EXPORT_BREAKDOWNS,
  loadArrays,
  parseBreakdown,
  type ArraysCatalog,
  type ExportBreakdown,
  type ExportClass,
  type ExportStructure,
  type NewThreeExport,
} from './trade/export-structure.js';
export {
  ATLAS_FILTER,
  runComplexity,
  type ComplexityRequest,
  type ComplexityRun,
  type DroppedLocation,
} from './trade/complexity.js';
export {
  arrayIndustryShares,
  arrayObservations,
  ATLAS_WINDOW,
  backtest,
  BACKTEST_ECONOMIES,
  calibrateEconomy,
  carbonObservations,
  estimateArrayEquations,
  estimateCarbonEquation,
  estimateEquations,
  INDUSTRY_ARRAYS,
  listScenarios,
  loadScenario,
  loadSimulationPanel,
  PERIOD_YEARS,
  periodEnds,
  scenarioDir,
  scenarioJsonSchema,
  ScenarioSchema,
  SIMULATION_SERIES,
  simulateEconomy,
  TREND_WINDOW,
  wiodPeriodEnds,
  type ArrayObservation,
  type ArrayValueAdded,
  type BacktestEconomy,
  type BacktestReport,
  type BacktestRequest,
  type CrossingYear,
  type EconomyCalibration,
  type EstimatedEquations,
  type LeverBase,
  type Scenario,
  type SimulateRequest,
  type SimulationPanel,
  type SimulationReport,
} from './simulation/index.js';
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
  checkIoRequest,
  compareUpstreamness,
  ioEconomy,
  ioExtraction,
  ioGvc,
  ioLinkages,
  ioMultipliers,
  ioSecurity,
  ioShock,
  ioTableEconomies,
  loadIoModel,
  NON_MARKET_SECTORS,
  type IoExtractionRow,
  type IoGvc,
  type IoGvcEconomy,
  type IoGvcSector,
  type IoLinkageRow,
  type IoMeta,
  type IoModel,
  type IoMultiplierRow,
  type IoRequest,
  type IoSecurity,
  type IoSecuritySector,
  type IoShock,
  type IoShockRow,
  type UpstreamnessComparison,
} from './input-output/analysis.js';
export {
  arrayOfWiodSector,
  ioIntegration,
  loadArraysWiod,
  WIOD_ICT,
  WIOD_SERVICES,
  type ArrayComposition,
  type ArraysWiodCatalog,
  type IctSector,
  type IctUser,
  type IoIntegration,
  type ServitizationSector,
} from './input-output/integration.js';
export { couplingRows, FINDING_COLUMNS, findingRows, SCORE_COLUMNS, scoreContributions } from './output/tidy-rows.js';
export {
  accountingRows,
  crossingRows,
  FAN_COLUMNS,
  fanRows,
  fanStatistic,
  simulationJson,
} from './output/simulation-rows.js';
export {
  backtestRecord,
  backtestRecordPath,
  loadBacktestRecord,
  RECORDED_BACKTEST,
  RECORDED_BACKTESTS,
  type BacktestRecord,
} from './simulation/backtest-record.js';
export { disableKernelThreads, enableKernelThreads, kernelThreadJobs } from './parallel/kernel-threads.js';
