/**
 * @chanye/compute — Chanye's pure computations. No I/O, no clock, no DuckDB.
 *
 * @module
 */
export type { Observation, ObservationStatus, SeriesPoint } from './types.js';
export { ChanyeError, EXIT_CODES, isChanyeError, type ChanyeErrorKind } from './errors.js';
export { CHANYE_VERSION } from './version.js';
export { editDistance, suggest } from './suggest.js';
export { compensatedSum } from './numeric/sum.js';
export { aggregateLevels, type ByEconomy, type LevelAggregate } from './aggregate/levels.js';
export { sampleStandardDeviation } from './numeric/sample-sd.js';
export { spearman, type RankCorrelation } from './numeric/spearman.js';
export { median, quantileSorted } from './numeric/quantile.js';
export { normalCdf } from './numeric/normal-cdf.js';
export { emptyPanel, panelLike, sameShape, STATUS_CODES, type Panel } from './panel/panel.js';
export { growth, product, ratio, rollingStandardDeviation, scale, sum, worldShare } from './series/derive.js';
export { extendByGrowth, ratioLink, type SplicedValue, type YearValue } from './series/splice.js';
export { findSeam, type Seam } from './series/seam.js';
export {
  exportConcentration,
  groupProducts,
  presenceCount,
  rcaPresence,
  ubiquityAdjustedDiversity,
  type ExportMatrix,
} from './trade/capabilities.js';
export {
  EU_2021_THRESHOLDS,
  screenDependencies,
  type DependencyResult,
  type DependencyThresholds,
  type ProductFlows,
} from './trade/dependency.js';
export {
  arrayOfIsic,
  classShares,
  rdIntensityOfIsic,
  type ClassShares,
  type IsicClassRule,
  type RdIntensityEntry,
} from './trade/classify.js';
export {
  HS_REVISIONS,
  hsConversionPath,
  hsRevision,
  planHsConversion,
  type HsBridge,
  type HsConversionPlan,
  type HsPathStep,
  type HsRelationship,
  type HsRelationshipCounts,
  type HsRevision,
  type HsShare,
  type HsStep,
  type HsWeightBasis,
  type HsWeights,
} from './trade/hs-revisions.js';
export {
  convertHs,
  convertHsMatrix,
  describeHsConversion,
  type HsConversionReport,
  type HsConvertedMatrix,
  type HsConvertOptions,
  type HsValues,
} from './trade/hs-convert.js';
export { productSpace, type ProductSpaceLink, type ProductSpaceOptions } from './network/product-space.js';
export { columnValues, matrixFromRows, matrixLike, type Matrix } from './numeric/matrix.js';
export type { Polarity } from './composite/polarity.js';
export {
  normalize,
  normalizer,
  NORMALIZATIONS,
  type ColumnNormalizer,
  type NormalizationName,
  type NormalizationOptions,
} from './composite/normalize.js';
export {
  ADEQUATE_SHARE_OF_BEST,
  latestAdequateYear,
  yearCoverage,
  type YearCoverage,
  type YearsWithData,
} from './composite/adequate-year.js';
export { entropyWeights, equalWeights, userWeights, WEIGHTINGS, type WeightingName } from './composite/weights.js';
export {
  aggregator,
  AGGREGATIONS,
  arithmeticMean,
  geometricMean,
  topsisCloseness,
  type AggregationName,
} from './composite/aggregate.js';
export { unitContributions, type UnitContributions } from './composite/contributions.js';
export {
  coordinationBand,
  COORDINATION_BANDS,
  couplingCoordination,
  type CoordinationBand,
  type CouplingResult,
} from './composite/coupling.js';
export { pcaWeights, type PcaWeights } from './composite/pca-weights.js';
export { symmetricEigen } from './numeric/symmetric-eigen.js';
export { pick, seededRandom } from './random/seeded.js';
export { ranks } from './composite/rank.js';
export { ranksWithin } from './composite/rank-lists.js';
export {
  compositeIndex,
  CompositeMemo,
  type CompositeMethod,
  type CompositeResult,
  type WeightingChoice,
  type WeightingFunction,
} from './composite/composite-index.js';
export { rankSensitivity, type SensitivityOptions, type SensitivityResult } from './composite/sensitivity.js';
export {
  DEFAULT_SCORECARD_POLICY,
  IMPUTATIONS,
  scorecard,
  scorecardPolicy,
  OUTLIER_TREATMENTS,
  type ImputationName,
  type OutlierTreatmentName,
  type TreatedIndicator,
  type ScorecardPolicy,
  type ScorecardResult,
  type ScorecardSpec,
  type SubsystemScore,
} from './composite/scorecard.js';
export { monteCarloRanks, type Draw, type MonteCarloRanks } from './composite/sensitivity.js';
export {
  DEFAULT_SENSITIVITY_SPACE,
  scorecardSensitivity,
  type ScorecardSensitivityOptions,
} from './composite/scorecard-sensitivity.js';
export { correlationMatrix } from './numeric/correlation-matrix.js';
export { kurtosis, skewness } from './composite/audit/moments.js';
export { pearsonCorrelation, spearmanCorrelation } from './composite/audit/correlation.js';
export { ACCEPTABLE_ALPHA, cronbachAlpha, type CronbachAlpha } from './composite/audit/cronbach.js';
export { firstComponent, type FirstComponent } from './composite/audit/first-component.js';
export {
  indicatorCorrelations,
  WEAK_CORRELATION,
  type Correlation,
  type CorrelationFlag,
  type IndicatorCorrelations,
} from './composite/audit/indicator-correlations.js';
export {
  hasOutliers,
  logTransform,
  OUTLIER_RULE,
  treatOutliers,
  winsorise,
  type OutlierReport,
  type OutlierRule,
  type WinsorisedPoint,
} from './composite/audit/outlier-treatment.js';
export { rankShifts, type RankShift, type RankShiftFactor } from './composite/audit/rank-shifts.js';
export {
  auditScorecard,
  type DistributionAudit,
  type IndicatorAudit,
  type PillarAudit,
  type PillarFlag,
  type ScorecardAudit,
} from './composite/audit/audit-scorecard.js';
export { observedEvidence, type Evidence, type Finding, type Threshold } from './diagnostics/finding.js';
export {
  conversionTo1990,
  FAK_BANDS,
  FAK_TRAP_YEARS,
  fakBand,
  fakTrapVerdict,
  type FakBand,
  type Graduation,
  type TrapVerdict,
} from './diagnostics/income-trap.js';
export { endUseShares, type EndUse, type EndUseClassification, type EndUseShares } from './diagnostics/end-use.js';
export { ols, type OlsOptions, type OlsResult } from './numeric/ols.js';
export {
  curvePeriod,
  curveShare,
  peakShare,
  REKHA_SURESH,
  rekhaSureshTest,
  rodrikCurve,
  type CurvePoint,
  type RekhaSureshTest,
  type RodrikCurve,
  type RodrikOptions,
  type RodrikPanel,
  type SharePeak,
} from './diagnostics/deindustrialization.js';
export {
  DUAL_STRUCTURE_LINE,
  dualStructure,
  highTechShareOfGdp,
  type DualStructure,
} from './diagnostics/dual-structure.js';
export { pettyClarkTurningPoint, type TurningPoint, type TurningPointStatus } from './diagnostics/turning-points.js';
export {
  averageGrowth,
  EPS_SLOWDOWN,
  epsSlowdownRule,
  findSlowdowns,
  rebaseDollars,
  slowdownOccurs,
  type LogGdpPath,
  type SlowdownEpisode,
  type SlowdownIncomeFloor,
  type SlowdownOutcome,
  type SlowdownRule,
  type SlowdownScan,
  type SlowdownYear,
} from './diagnostics/slowdowns.js';
export {
  annualiseShiftShare,
  sectorsFromShares,
  shiftShare,
  type AnnualisedShiftShare,
  type SectorsFromShares,
  type ShiftShare,
} from './diagnostics/shift-share.js';
export {
  averageContributions,
  DEMAND_COMPONENTS,
  demandShares,
  growthContributions,
  type AverageContribution,
  type DemandComponent,
  type DemandShares,
  type ExpenditureShares,
  type GrowthContribution,
} from './diagnostics/demand.js';
export {
  bandScore,
  INDUSTRIALIZATION_COMPONENTS,
  INDUSTRIALIZATION_STAGES,
  industrializationIndex,
  manufacturingShareOfCommodities,
  priceBaseFactor,
  sectorStructureScore,
  stageOfIndex,
  type ComponentScore,
  type IndustrializationComponent,
  type IndustrializationIndex,
  type IndustrializationInputs,
  type IndustrializationParameters,
  type IndustrializationStage,
  type StageBand,
  type StageHalf,
} from './diagnostics/industrialization-stage.js';
export {
  ROSTOW_STAGES,
  rostowStage,
  type RostowInputs,
  type RostowResult,
  type RostowRules,
  type RostowStage,
  type RostowTest,
} from './diagnostics/rostow.js';
export {
  combinePresence,
  complexityIndices,
  complexityOfYear,
  complexityOutlook,
  continuousProximity,
  density,
  discreteDensityAndOutlook,
  diversity,
  economicComplexity,
  economyFeasibility,
  expy,
  manualPresence,
  presence,
  PRESENCE_TESTS,
  prody,
  proximity,
  rca,
  rpop,
  stataSd,
  ubiquity,
  yearSlices,
  type ComplexityIndices,
  type ComplexityOptions,
  type ComplexityOutlook,
  type ComplexityYear,
  type Convention,
  type DensityAndOutlook,
  type DensityOptions,
  type EconomyFeasibility,
  type LocationValue,
  type LongTable,
  type Opportunity,
  type PresenceTest,
  type ProximityOptions,
  type YearCovariates,
  type YearSlice,
} from './complexity/index.js';
export {
  aggregateMrio,
  allMultipliers,
  allocationCoefficients,
  byRegionMultipliers,
  createMrio,
  EXTRACTION_MODES,
  extractBlock,
  finalDemandByRegion,
  finalDemandTotal,
  ghoshInverse,
  ghoshInverseDirect,
  ghoshOutput,
  hypotheticalExtraction,
  identityMinus,
  importCoefficients,
  importMultipliers,
  inputCoefficients,
  inputMultipliers,
  isFactor,
  leontiefAnalysis,
  leontiefFactor,
  leontiefInverse,
  leontiefOutput,
  matVec,
  mrioIndex,
  mrioLabels,
  mrioSize,
  outputMultipliers,
  rasmussenLinkages,
  reciprocalOutput,
  regionOfIndex,
  rowTimesLeontief,
  rowsTimesLeontief,
  technicalCoefficients,
  valueAddedMultipliers,
  valueAddedOrigin,
  vecMat,
  type AggregationOptions,
  type Concordance,
  type Extraction,
  type ExtractionMode,
  type ForwardLinkageBasis,
  type Leontief,
  type LeontiefAnalysis,
  type LinkageClass,
  type Linkages,
  type Mrio,
  type MrioInput,
  type Multipliers,
} from './input-output/index.js';
export {
  luFactor,
  luInverse,
  luSolve,
  luSolveMatrix,
  luSolveRows,
  luSolveTransposed,
  THREADS_MIN_ORDER,
  WASM_MIN_ORDER,
  type BlockedOptions,
  type Kernel,
  type KernelOptions,
  type KernelThreads,
  type LuFactorization,
  type LuOptions,
} from './linalg/index.js';
// The worker side of a thread pool, for the Node implementation in @chanye/store (not for general use).
export { arenaOverMemory, gemmColumns, type GemmJob, type KernelArena } from './linalg/index.js';
export {
  allocatePath,
  ARRAY_REGRESSORS,
  backtestSummary,
  CARBON_REGRESSORS,
  choleskyLower,
  deterministicPath,
  drawMultivariateNormal,
  drawSampler,
  expectedDraw,
  FAN_QUANTILES,
  FAN_SERIES,
  LEVER_INFO,
  LEVERS,
  normalSampler,
  resolveLeverPath,
  resolveProportionalLeverPath,
  runSimulation,
  SIM_ARRAYS,
  SIM_SECTORS,
  simulatePath,
  TFP_REGRESSORS,
  type AtlasCalibration,
  type BacktestPoint,
  type BacktestSummary,
  type CarbonConstraint,
  type Equation,
  type Fan,
  type FanSeries,
  type Lever,
  type LeverInputs,
  type LeverPath,
  type Normal,
  type ParameterDraw,
  type RunOptions,
  type SimArray,
  type SimSector,
  type SimulatedPath,
  type SimulationCalibration,
  type SimulationEquations,
  type SimulationInput,
  type SimulationRun,
} from './simulation/index.js';
// The estimation and calibration of the simulation on its panel of raw series.
export * from './simulation/panel.js';
export * from './simulation/estimate.js';
export * from './simulation/calibrate.js';
// The default growth forecast, its benchmarks and their scores.
export * from './forecast/index.js';
export {
  chokepoints,
  decomposeExports,
  gvcParticipation,
  inputSecurity,
  SHOCK_ASSUMPTIONS,
  supplyShock,
  upstreamness,
  type Chokepoint,
  type DecomposeExportsOptions,
  type ExportDecomposition,
  type ExportDecompositionTotal,
  type GvcParticipation,
  type InventoryTreatment,
  type SectorInputSecurity,
  type ShockModel,
  type SupplyShock,
  type Upstreamness,
  type UpstreamnessOptions,
} from './input-output/index.js';
