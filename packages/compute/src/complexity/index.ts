/**
 * Economic complexity (py-ecomplexity / Stata `ecomplexity` conventions): RCA and RPOP,
 * presence, diversity and ubiquity, ECI and PCI, proximity, density, COI and COG, PRODY and
 * EXPY. See docs/methods/economic-complexity.md.
 *
 * @module
 */
export type { Convention } from './convention.js';
export { diversity, ubiquity } from './degree.js';
export { density, type DensityOptions } from './density.js';
export { complexityIndices, stataSd, type ComplexityIndices } from './eci-pci.js';
export {
  complexityOfYear,
  economicComplexity,
  PRESENCE_TESTS,
  type ComplexityOptions,
  type ComplexityYear,
  type LocationValue,
  type PresenceTest,
  type YearCovariates,
} from './economic-complexity.js';
export { economyFeasibility, type EconomyFeasibility, type Opportunity } from './feasibility.js';
export { yearSlices, type LongTable, type YearSlice } from './long-table.js';
export { complexityOutlook, type ComplexityOutlook } from './outlook.js';
export { combinePresence, manualPresence, presence } from './presence.js';
export { expy, prody } from './prody.js';
export { continuousProximity, proximity, type ProximityOptions } from './proximity.js';
export { rca, rpop } from './rca.js';
export { discreteDensityAndOutlook, type DensityAndOutlook } from './ubiquity-sweep.js';
