import { ChanyeError } from '../errors.js';
import type { Convention } from './convention.js';
import type { Matrix } from '../numeric/matrix.js';
import { diversity, ubiquity } from './degree.js';
import { density } from './density.js';
import { complexityIndices } from './eci-pci.js';
import { yearSlices, type LongTable, type YearSlice } from './long-table.js';
import { complexityOutlook } from './outlook.js';
import { combinePresence, manualPresence, presence } from './presence.js';
import { expy, prody } from './prody.js';
import { continuousProximity, proximity } from './proximity.js';
import { rca, rpop } from './rca.js';
import { discreteDensityAndOutlook } from './ubiquity-sweep.js';

/**
 * How presence M_cp is decided:
 * - `'rca'` — RCA ≥ `rcaThreshold` (default);
 * - `'rpop'` — RPOP ≥ `rpopThreshold` (needs `population`);
 * - `'rca-or-rpop'` — either test passes (Stata `ecomplexity` given both `rca()` and `rpop()`;
 *   py-ecomplexity's `"both"` adds the two 0/1 indicators, which gives 2 where both pass);
 * - `'rca-and-rpop'` — both tests pass;
 * - `'manual'` — the table's values are M itself (0 or 1).
 */
export type PresenceTest = 'rca' | 'rpop' | 'rca-or-rpop' | 'rca-and-rpop' | 'manual';

/** The presence tests, for option parsing and help texts. */
export const PRESENCE_TESTS: readonly PresenceTest[] = ['rca', 'rpop', 'rca-or-rpop', 'rca-and-rpop', 'manual'];

/** A value per location and period (population, GDP per capita). */
export interface LocationValue {
  readonly time: number;
  readonly location: string;
  readonly value: number;
}

/** Options of {@link economicComplexity}; defaults are py-ecomplexity's. */
export interface ComplexityOptions {
  /** Default `'rca'`. */
  readonly presence?: PresenceTest;
  /** Default 1. */
  readonly rcaThreshold?: number;
  /** Default 1. */
  readonly rpopThreshold?: number;
  /** Population by location and period; required by the RPOP tests. */
  readonly population?: readonly LocationValue[];
  /**
   * `'discrete'` (default): co-occurrence proximity of M. `'continuous'`: (1 + correlation)/2
   * of RPOP columns (presence `'rpop'`) or RCA columns (other tests), with density weighted by
   * that measure instead of M.
   */
  readonly proximity?: 'discrete' | 'continuous';
  /** Discrete proximity only: conditional probabilities instead of their minimum. Default false. */
  readonly asymmetric?: boolean;
  /** Density over each product's k nearest neighbours only (ties at the k-th proximity kept). */
  readonly knn?: number;
  /** Whose conventions to follow where py-ecomplexity and Stata differ; default `'py-ecomplexity'`. */
  readonly convention?: Convention;
  /** GDP per capita by location and period; when given, PRODY and EXPY are computed. */
  readonly gdpPerCapita?: readonly LocationValue[];
}

/** Per-location covariates of one period, aligned with the slice's locations. */
export interface YearCovariates {
  readonly population?: ArrayLike<number>;
  readonly gdpPerCapita?: ArrayLike<number>;
}

/** Everything computed for one period. Rows are `locations`, columns `products`. */
export interface ComplexityYear {
  readonly time: number;
  readonly locations: readonly string[];
  readonly products: readonly string[];
  /** The input values (M itself for presence `'manual'`). */
  readonly values: Matrix;
  /** Balassa RCA (undefined for presence `'manual'`). */
  readonly rca: Matrix | undefined;
  /** RPOP (only for the RPOP presence tests). */
  readonly rpop: Matrix | undefined;
  /** Binary presence M. */
  readonly m: Matrix;
  readonly diversity: Float64Array;
  readonly ubiquity: Float64Array;
  readonly eci: Float64Array;
  readonly pci: Float64Array;
  /** Second-largest eigenvalue of M̃. */
  readonly eigenvalue: number;
  /**
   * Products × products, in the order of `products`. With the default discrete symmetric
   * proximity it is computed on first access (density and COG do not need it, and it is the
   * one large matrix: 200 MB for 5,000 products), then kept.
   */
  readonly proximity: Matrix;
  readonly density: Matrix;
  readonly coi: Float64Array;
  readonly cog: Matrix;
  /** PRODY per product (only with `gdpPerCapita`). */
  readonly prody: Float64Array | undefined;
  /** EXPY per location (only with `gdpPerCapita`). */
  readonly expy: Float64Array | undefined;
}

/**
 * The Growth Lab's economic-complexity pipeline (py-ecomplexity's `ecomplexity`, Stata
 * `ecomplexity`) on a long table, period by period: RCA (and RPOP), presence, diversity and
 * ubiquity, ECI and PCI, proximity, density, COI and COG, and optionally PRODY and EXPY.
 * Normalisations follow py-ecomplexity: ECI standardised; PCI and COG scaled by the
 * unstandardised ECI's mean and sd; COI standardised. See docs/methods/economic-complexity.md.
 *
 * @example economicComplexity(table)[0]?.eci // ECI of the first period's locations
 */
export function economicComplexity(table: LongTable, options: ComplexityOptions = {}): ComplexityYear[] {
  parseOptions(options);
  const population = options.population === undefined ? undefined : indexByTime(options.population, 'population');
  const gdp = options.gdpPerCapita === undefined ? undefined : indexByTime(options.gdpPerCapita, 'gdpPerCapita');
  return yearSlices(table).map((slice) => {
    const covariates: { population?: Float64Array; gdpPerCapita?: Float64Array } = {};
    if (population !== undefined) covariates.population = aligned(population, slice);
    if (gdp !== undefined) covariates.gdpPerCapita = aligned(gdp, slice);
    return complexityOfYear(slice, options, covariates);
  });
}

/**
 * {@link economicComplexity} for one period already in matrix form (for example from
 * {@link yearSlices}); `covariates` are aligned with `slice.locations` (NaN = unknown).
 */
export function complexityOfYear(
  slice: YearSlice,
  options: ComplexityOptions = {},
  covariates: YearCovariates = {},
): ComplexityYear {
  const test = parseOptions(options);
  const x = slice.values;
  let rcaMatrix: Matrix | undefined;
  let rpopMatrix: Matrix | undefined;
  let m: Matrix;
  if (test === 'manual') {
    m = manualPresence(x);
  } else {
    rcaMatrix = rca(x);
    const rcaPresence = presence(rcaMatrix, options.rcaThreshold ?? 1);
    if (test === 'rca') {
      m = rcaPresence;
    } else {
      if (covariates.population === undefined) {
        throw new ChanyeError('invalid-input', `presence '${test}' needs population`);
      }
      rpopMatrix = rpop(x, covariates.population);
      const rpopPresence = presence(rpopMatrix, options.rpopThreshold ?? 1);
      m =
        test === 'rpop'
          ? rpopPresence
          : combinePresence(rcaPresence, rpopPresence, test === 'rca-or-rpop' ? 'or' : 'and');
    }
  }
  const convention = options.convention ?? 'py-ecomplexity';
  const indices = complexityIndices(m, { convention });
  const discrete = (options.proximity ?? 'discrete') === 'discrete';
  let phi: Matrix | undefined;
  let d: Matrix;
  let outlook: { coi: Float64Array; cog: Matrix };
  if (discrete && options.asymmetric !== true && options.knn === undefined) {
    // The default: density and COG without forming the products × products φ (ubiquity-sweep.ts).
    const fast = discreteDensityAndOutlook(m, indices.pciUncentered, { convention });
    d = fast.density;
    outlook = fast;
  } else {
    let densityWeights: Matrix;
    if (discrete) {
      phi = proximity(m, { asymmetric: options.asymmetric ?? false });
      densityWeights = m;
    } else {
      const measure = test === 'rpop' ? rpopMatrix : rcaMatrix;
      if (measure === undefined)
        throw new ChanyeError('invalid-input', 'continuous proximity needs RCA or RPOP, not a manual M');
      phi = continuousProximity(measure);
      densityWeights = measure;
    }
    const densityOptions = options.knn === undefined ? {} : { knn: options.knn };
    if (convention === 'stata') zeroDiagonal(phi);
    d = density(densityWeights, phi, densityOptions);
    outlook = complexityOutlook(m, d, indices.pciUncentered, phi, { convention });
  }
  const lazyProximity = (): Matrix => {
    if (phi === undefined) {
      phi = proximity(m);
      if (convention === 'stata') zeroDiagonal(phi);
    }
    return phi;
  };
  let prodyValues: Float64Array | undefined;
  let expyValues: Float64Array | undefined;
  if (covariates.gdpPerCapita !== undefined) {
    if (test === 'manual') throw new ChanyeError('invalid-input', 'PRODY and EXPY need values, not a manual M');
    prodyValues = prody(x, covariates.gdpPerCapita);
    expyValues = expy(x, prodyValues);
  }
  return {
    time: slice.time,
    locations: slice.locations,
    products: slice.products,
    values: x,
    rca: rcaMatrix,
    rpop: rpopMatrix,
    m,
    diversity: diversity(m),
    ubiquity: ubiquity(m),
    eci: indices.eci,
    pci: indices.pci,
    eigenvalue: indices.eigenvalue,
    get proximity() {
      return lazyProximity();
    },
    density: d,
    coi: outlook.coi,
    cog: outlook.cog,
    prody: prodyValues,
    expy: expyValues,
  };
}

function zeroDiagonal(m: Matrix): void {
  for (let p = 0; p < m.rows; p++) m.values[p * m.columns + p] = 0;
}

function parseOptions(options: ComplexityOptions): PresenceTest {
  const test = options.presence ?? 'rca';
  if (!PRESENCE_TESTS.includes(test)) throw new ChanyeError('invalid-input', `invalid presence: ${String(test)}`);
  const kind = options.proximity ?? 'discrete';
  if (kind !== 'discrete' && kind !== 'continuous') {
    throw new ChanyeError('invalid-input', `invalid proximity: ${String(kind)}`);
  }
  if (kind === 'continuous' && options.asymmetric === true) {
    throw new ChanyeError('invalid-input', 'asymmetric applies to discrete proximity only');
  }
  const convention = options.convention ?? 'py-ecomplexity';
  if (convention !== 'py-ecomplexity' && convention !== 'stata') {
    throw new ChanyeError('invalid-input', `invalid convention: ${String(convention)}`);
  }
  return test;
}

function indexByTime(rows: readonly LocationValue[], name: string): Map<number, Map<string, number>> {
  const out = new Map<number, Map<string, number>>();
  for (const { time, location, value } of rows) {
    let year = out.get(time);
    if (year === undefined) out.set(time, (year = new Map()));
    if (year.has(location)) throw new ChanyeError('invalid-input', `${name}: duplicate row for ${location} in ${time}`);
    year.set(location, value);
  }
  return out;
}

function aligned(values: Map<number, Map<string, number>>, slice: YearSlice): Float64Array {
  const year = values.get(slice.time);
  return Float64Array.from(slice.locations, (loc) => year?.get(loc) ?? NaN);
}
