/**
 * @chanye/engine — Chanye's analyses over the store's data: the economy profile, the
 * diagnostics, scorecards and coupling, economic complexity, export structure and strategic
 * dependencies, input-output analysis, the simulation and its back-test, and the rows and
 * payloads every front end (CLI, API, report, dashboard) prints. The arithmetic is in
 * `@chanye/compute`; every read of data goes through `@chanye/store`.
 *
 * @module
 */
export {
  economyProfile,
  incomeSpells,
  PROFILE_SECTIONS,
  requireProfileData,
  type EconomyProfile,
  type IncomeSpell,
  type ProfileItem,
} from './profile.js';
export { isStale, newestYear, STALE_AFTER_YEARS } from './freshness.js';
export { requireYearsInData, yearOutsideData } from './data-years.js';
export { resolvePeers } from './composite/peers.js';
export { adequateScoreYear, defaultScoreYear, type AdequateYear } from './composite/adequate-year.js';
export {
  DEFAULT_SCORE_WINDOW,
  scoreEconomies,
  scoreRows,
  scorecardInputs,
  type ScorecardInput,
  type ScoredInput,
  type ScoreRequest,
  type ScoreRow,
  type ScoreYear,
} from './composite/score.js';
export {
  rankingLists,
  SMALL_ECONOMIES,
  SMALL_POPULATION_MILLIONS,
  type RankingList,
  type RankingLists,
  type SmallEconomies,
} from './composite/small-economies.js';
export {
  ECI_DATASETS,
  eciYardstick,
  INDICATOR_YARDSTICKS,
  scoreValidity,
  TOP_CHECKED,
  type TopEciCheck,
  type ValidityCorrelation,
  type ValidityReport,
  type ValidityRequest,
  type Yardstick,
  type YardstickValues,
} from './composite/validity.js';
export {
  computeValidityRecord,
  loadValidityRecords,
  RECORDED_VALIDITY,
  recordedValiditySettings,
  VALIDITY_MARKERS,
  validityMarkdown,
  validityRecord,
  validityRecordPath,
  withValidityTables,
  type RecordedSetting,
  type ValidityRecord,
} from './composite/validity-record.js';
export {
  AUDIT_MARKERS,
  auditMarkdown,
  auditRecord,
  auditRecordPath,
  computeAuditRecord,
  loadAuditRecords,
  RECORDED_AUDIT,
  recordedAuditSettings,
  withAuditTables,
  type AuditRecord,
} from './composite/audit-record.js';
export { generatedText, type Markers } from './composite/records.js';
export {
  CONTRIBUTION_MEANINGS,
  explainRank,
  type ExplainedIndicator,
  type ExplainedSubsystem,
  type ExplainRequest,
  type RankExplanation,
  type RankNeighbour,
} from './composite/explain.js';
export { EXPLAIN_COLUMNS, explainRows } from './output/score-explain.js';
export { VALIDITY_COLUMNS, validityRows } from './output/score-validity.js';
export { couplingPolicy, couplingSeries, type CouplingRequest, type CouplingYear } from './composite/coupling.js';
export { requireCoupling, requireScores } from './composite/require-scores.js';
export { auditScorecard, type AuditRequest, type AuditYear } from './composite/audit.js';
export { diagnoseIncome } from './diagnostics/income.js';
export { diagnoseSlowdowns, SLOWDOWN_REFERENCE } from './diagnostics/slowdowns.js';
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
export { reachedNote } from './diagnostics/messages/same-income.js';
export {
  DEPENDENCY_REFERENCE,
  screenGroupDependencies,
  MIN_EXPORTERS_FOR_FINDINGS,
  type DependencyCoverage,
  type DependencyRequest,
  type DependencyScreen,
} from './trade/dependency.js';
export {
  EXPORT_BREAKDOWNS,
  exportArrays,
  exportStructure,
  newThreeExports,
  parseBreakdown,
  type ExportArrays,
  type ExportBreakdown,
  type ExportClass,
  type ExportStructure,
  type NewThreeExport,
} from './trade/export-structure.js';
export {
  ATLAS_FILTER,
  PRESENCE_NAMES,
  runComplexity,
  type ComplexityRequest,
  type ComplexityRun,
  type DroppedLocation,
} from './complexity/run-complexity.js';
export {
  backtest,
  BACKTEST_ECONOMIES,
  listScenarios,
  loadScenario,
  outlook,
  scenarioDir,
  scenarioJsonSchema,
  ScenarioSchema,
  simulateEconomy,
  type BacktestEconomy,
  type BacktestReport,
  type BacktestRequest,
  type CrossingYear,
  type Outlook,
  type Scenario,
  type SimulateRequest,
  type SimulationReport,
} from './simulation/index.js';
export {
  checkIoRequest,
  ioEconomy,
  ioTableEconomies,
  loadIoModel,
  NON_MARKET_SECTORS,
  type IoMeta,
  type IoModel,
  type IoRequest,
} from './input-output/model.js';
export { ioMultipliers, type IoMultiplierRow } from './input-output/multipliers.js';
export { ioLinkages, NO_OUTPUT_REASON, type IoLinkageRow, type IoLinkages } from './input-output/linkages.js';
export { ioExtraction, type IoExtractionRow } from './input-output/extraction.js';
export { ioGvc, type IoGvc, type IoGvcEconomy, type IoGvcSector } from './input-output/gvc.js';
export { compareUpstreamness, type UpstreamnessComparison } from './input-output/upstreamness.js';
export {
  CHOKEPOINT_UNITS,
  ioSecurity,
  type IoChokepoint,
  type IoSecurity,
  type IoSecuritySector,
} from './input-output/security.js';
export { ioNames, type BilingualName, type IoNames, type RegionSectorNames } from './input-output/names.js';
export { ioShock, SHOCK_UNITS, type IoShock, type IoShockRow } from './input-output/shock.js';
export {
  ioIntegration,
  WIOD_ICT,
  WIOD_SERVICES,
  type ArrayComposition,
  type IctSector,
  type IctUser,
  type IoIntegration,
  type ServitizationSector,
} from './input-output/integration.js';
export { ioPositions, type IoPositions } from './input-output/positions.js';
export { columnsOf, csvField, neutralizeFormula, toCsv, type TidyTable } from './output/csv.js';
export {
  dataCell,
  toXlsx,
  uniqueSheetNames,
  type DataSheet,
  type WorkbookNotes,
  type WorkbookSource,
} from './output/xlsx.js';
export {
  findObservations,
  OBSERVATION_COLUMNS,
  profileObservations,
  wideObservations,
  type ObservationsRequest,
} from './output/observations.js';
export {
  SCORE_COLUMNS,
  SCORE_METHODS,
  scoreContributions,
  scoreJson,
  type ScoreMethod,
  type ScoreSettings,
} from './output/score.js';
export {
  AUDIT_COLUMNS,
  auditJson,
  auditRows,
  RANK_SHIFT_FACTORS,
  type AuditDocument,
  type AuditRow,
  type AuditSettings,
} from './output/audit.js';
export { couplingRows, couplingTable } from './output/coupling.js';
export {
  diagnosisEntries,
  FINDING_COLUMNS,
  findingRows,
  requireFindings,
  type DiagnosisEntry,
} from './output/diagnosis.js';
export { filterIndicators, indicatorSource, indicatorTable } from './output/indicators.js';
export { ECONOMY_COLUMNS } from './output/economies.js';
export { DATA_STATUS_COLUMNS, dataStatus, dataStatusRows, type DataStatus } from './output/data-status.js';
export { exportArraysTable, exportStructureTable, newThreeRows } from './output/exports.js';
export { DEPENDENCY_COLUMNS, dependencyRows } from './output/dependencies.js';
export {
  COMPLEXITY_TABLES,
  complexityTable,
  ECONOMY_PRODUCT_COLUMNS,
  economyComplexityColumns,
  economyComplexityRows,
  productComplexityColumns,
  productComplexityRows,
  type ComplexityCell,
  type ComplexityRow,
  type ComplexityTable,
  type ComplexityTableName,
  type ProductNames,
} from './output/complexity.js';
export {
  FEASIBILITY_COLUMNS,
  FEASIBILITY_LISTS,
  feasibilityJson,
  feasibilityRows,
  type FeasibilityList,
  type FeasibilityRow,
} from './output/feasibility.js';
export {
  CHOKEPOINT_COLUMNS,
  chokepointRows,
  extractionTidyRows,
  gvcFocus,
  gvcTidyRows,
  integrationTidyRows,
  IO_POSITION_COLUMNS,
  IO_SECTOR_COLUMNS,
  IO_TIDY_COLUMNS,
  ioPositionRows,
  ioTidyTable,
  linkageTidyRows,
  multiplierTidyRows,
  securityTidyRows,
  shockTidyRows,
  type IoTidyRow,
} from './output/io.js';
export {
  accountingRows,
  crossingRows,
  forecastCrossingRows,
  forecastFanRows,
  FAN_COLUMNS,
  fanRows,
  fanStatistic,
  outlookJson,
  simulationJson,
  type OutlookJson,
  type SimulationJson,
} from './output/simulation-rows.js';
// The default growth forecast's back-test against its benchmarks.
export * from './forecast/index.js';
export { FORECAST_BACKTEST_COLUMNS, forecastBacktestRows } from './output/forecast-backtest.js';
export {
  backtestRecord,
  backtestRecordPath,
  loadBacktestRecord,
  RECORDED_BACKTEST,
  RECORDED_BACKTESTS,
  type BacktestRecord,
} from './simulation/backtest-record.js';
export {
  aggregates,
  aggregateYears,
  type Aggregates,
  type EconomyShare,
  type GroupAggregate,
} from './aggregates/aggregate.js';
export { AGGREGATE_MEASURES, MEASURE_NAMES, parseMeasure, type AggregateMeasure } from './aggregates/measures.js';
export { AGGREGATE_GROUPS, type AggregateGroup } from './aggregates/groups.js';
export {
  AGGREGATE_GROUP_COLUMNS,
  AGGREGATE_SHARE_COLUMNS,
  aggregateGroupRows,
  aggregateShareRows,
  type AggregateGroupRow,
  type AggregateShareRow,
} from './output/aggregates.js';
export { agrees, benchmarkPapers, printedDecimals, type ClaimResult, type ClaimStatus } from './benchmark/papers.js';
export { PAPER_CLAIM_COLUMNS, paperClaimRows, type PaperClaimRow } from './output/paper-claims.js';
