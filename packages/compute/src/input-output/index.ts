export {
  createMrio,
  finalDemandByRegion,
  finalDemandTotal,
  mrioIndex,
  mrioLabels,
  mrioSize,
  regionOfIndex,
  type Mrio,
  type MrioInput,
} from './mrio.js';
export {
  allocationCoefficients,
  importCoefficients,
  inputCoefficients,
  reciprocalOutput,
  technicalCoefficients,
} from './coefficients.js';
export {
  identityMinus,
  isFactor,
  leontiefFactor,
  leontiefInverse,
  leontiefOutput,
  matVec,
  rowTimesLeontief,
  rowsTimesLeontief,
  vecMat,
  type Leontief,
} from './leontief.js';
export { ghoshInverse, ghoshInverseDirect, ghoshOutput } from './ghosh.js';
export {
  allMultipliers,
  byRegionMultipliers,
  importMultipliers,
  inputMultipliers,
  outputMultipliers,
  valueAddedMultipliers,
  valueAddedOrigin,
  type Multipliers,
} from './multipliers.js';
export { rasmussenLinkages, type ForwardLinkageBasis, type LinkageClass, type Linkages } from './linkages.js';
export {
  EXTRACTION_MODES,
  extractBlock,
  hypotheticalExtraction,
  type Extraction,
  type ExtractionMode,
} from './extraction.js';
export { aggregateMrio, type AggregationOptions, type Concordance } from './aggregate.js';
export { leontiefAnalysis, type LeontiefAnalysis } from './analysis.js';
export {
  decomposeExports,
  gvcParticipation,
  type DecomposeExportsOptions,
  type ExportDecomposition,
  type ExportDecompositionTotal,
  type GvcParticipation,
} from './gvc.js';
export { upstreamness, type InventoryTreatment, type Upstreamness, type UpstreamnessOptions } from './upstreamness.js';
export { chokepoints, inputSecurity, type Chokepoint, type SectorInputSecurity } from './security.js';
export { SHOCK_ASSUMPTIONS, supplyShock, type ShockModel, type SupplyShock } from './shock.js';
