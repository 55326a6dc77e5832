/**
 * The growth and structural-change model of Chanye's simulations (docs/methods/simulation.md):
 * aggregate growth accounting Y = A K^α (hL)^{1−α} (methods §9), with A driven by within-sector
 * TFP growth from an estimated catch-up equation and by labour reallocation between three
 * sectors (the McMillan-Rodrik between term). Pure: every number comes in through a
 * {@link SimulationCalibration} and a {@link ParameterDraw}.
 */

/** The three sectors with employment and value-added data in the snapshot. */
export const SIM_SECTORS = ['agriculture', 'industry', 'services'] as const;
export type SimSector = (typeof SIM_SECTORS)[number];

/** A normal distribution: an estimate and its standard error (or a dispersion). */
export interface Normal {
  readonly mean: number;
  readonly sd: number;
}

/** Regressors of the within-sector TFP growth equation, in this order. */
export const TFP_REGRESSORS = ['constant', 'ln_gap', 'rd', 'rd_x_ln_gap', 'openness_x_ln_gap', 'internet'] as const;

/** An estimated linear equation: coefficients with their covariance (row-major k × k). */
export interface Equation {
  readonly names: readonly string[];
  readonly coefficients: readonly number[];
  readonly covariance: readonly number[];
  readonly standardErrors: readonly number[];
  readonly n: number;
  readonly r2: number;
  /** The sample in words (economies, periods, restrictions). */
  readonly sample: string;
}

/** The cross-country equations (estimated in the store from the snapshot panel). */
export interface SimulationEquations {
  /** Annual within-sector TFP growth on {@link TFP_REGRESSORS}. */
  readonly tfp: Equation & {
    /** Residual standard deviation of 5-year average growth. */
    readonly residualSd: number;
    /** AR(1) persistence of an economy's residual from one 5-year period to the next. */
    readonly persistence: Normal;
  };
  /** Employment-share growth (Δθ/θ a year) on [relative log productivity, agriculture, industry, services]. */
  readonly reallocation: Equation;
  /** Change of the medium/high-tech share of MVA (pp a year) on [constant, R&D, MHT level]. */
  readonly mht: Equation;
}

/** The state of one economy in the base year and its own trends (all from data). */
export interface SimulationCalibration {
  readonly iso3: string;
  readonly baseYear: number;
  /** Real GDP, million 2017 US$ at constant national prices (PWT rgdpna). */
  readonly gdp: number;
  /** Capital stock, same unit (PWT rnna). */
  readonly capital: number;
  /** Persons engaged, millions (PWT emp). */
  readonly employment: number;
  /** Human capital index (PWT hc). */
  readonly humanCapital: number;
  /** Population, millions (PWT pop). */
  readonly population: number;
  /** Capital elasticity α = 1 − labour share (trailing mean of PWT labsh). */
  readonly alpha: number;
  /** Depreciation rate (trailing mean of PWT delta). */
  readonly delta: number;
  /** Effective investment rate s = (K′ − (1 − δ)K)/Y in national prices (trailing mean and dispersion). */
  readonly savingRate: Normal;
  /** Annual log growth of employment, population and human capital (trailing mean, standard error). */
  readonly employmentGrowth: Normal;
  readonly populationGrowth: Normal;
  readonly humanCapitalGrowth: Normal;
  /** −ln(TFP relative to the USA at current PPPs, PWT ctfp). */
  readonly lnGap: number;
  /** Annual log growth of US TFP (PWT rtfpna), the frontier (trailing mean, standard error). */
  readonly frontierGrowth: Normal;
  /** The economy's last residual in the TFP equation (0 when it is not in the sample). */
  readonly tfpResidual: number;
  /** Employment shares (sum 1), productivity relative to the aggregate (Σθp = 1), trailing drift of ln relative productivity. */
  readonly sectors: {
    readonly employment: readonly number[];
    readonly productivity: readonly number[];
    readonly drift: readonly number[];
  };
  /** Manufacturing value added as a share of industry value added (held constant). */
  readonly manufacturingOfIndustry: number;
  /** Medium and high-tech share of MVA, % (the A2 proxy). */
  readonly mhtShare: number;
}

/** Resolved yearly lever values for the simulated years, plus the trend uncertainty of `trend` paths. */
export interface LeverInputs {
  readonly rd: Float64Array;
  readonly investmentRate: Float64Array;
  readonly internet: Float64Array;
  readonly openness: Float64Array;
  readonly co2Intensity: Float64Array;
  /** Base-year investment rate the lever is compared with. */
  readonly investmentRateBase: number;
  /** Standard errors of the trailing annual change for levers on a `trend` path (0 otherwise). */
  readonly trendSe: { readonly rd: number; readonly internet: number; readonly co2: number };
}

/** Atlas-method conversion: see docs/methods/simulation.md §Income threshold. */
export interface AtlasCalibration {
  /** Atlas GNI per capita (current US$) carried to the base year. */
  readonly gniPerCapita: number;
  /** Annual log drift of Atlas GNI per capita beyond real GDP per capita growth (inflation in US$ and real appreciation). */
  readonly drift: Normal;
  /** Year-to-year standard deviation of that drift (a random walk around the mean). */
  readonly driftVolatility: number;
  /** The high-income threshold (GNI per capita above which, current US$) for each simulated year. */
  readonly thresholds: Float64Array;
}

/** One Monte Carlo draw of every uncertain parameter. */
export interface ParameterDraw {
  readonly tfp: ArrayLike<number>;
  readonly persistence: number;
  /** Within-TFP shock of each 5-year block (annual growth units). */
  readonly blockShocks: ArrayLike<number>;
  readonly reallocation: ArrayLike<number>;
  readonly mht: ArrayLike<number>;
  readonly savingRate: number;
  readonly employmentGrowth: number;
  readonly populationGrowth: number;
  readonly humanCapitalGrowth: number;
  readonly frontierGrowth: number;
  /** Trend deviations of levers on a `trend` path (per year). */
  readonly leverTrend: { readonly rd: number; readonly internet: number; readonly co2: number };
  readonly atlasDrift: number;
  /** Yearly Atlas drift innovations. */
  readonly atlasShocks: ArrayLike<number>;
}

/** One simulated path, year by year (index 0 = first simulated year). */
export interface SimulatedPath {
  readonly gdp: Float64Array;
  readonly gdpPerCapita: Float64Array;
  readonly tfp: Float64Array;
  readonly capital: Float64Array;
  readonly employment: Float64Array;
  readonly humanCapital: Float64Array;
  readonly vaShares: readonly Float64Array[];
  readonly employmentShares: readonly Float64Array[];
  readonly manufacturingShare: Float64Array;
  readonly mhtShare: Float64Array;
  readonly rd: Float64Array;
  readonly co2Intensity: Float64Array;
  readonly gniAtlas: Float64Array;
  /** Growth accounting (annual log changes): ΔlnY = ΔlnA + αΔlnK + (1−α)(Δlnh + ΔlnL) exactly. */
  readonly accounting: {
    readonly output: Float64Array;
    readonly tfp: Float64Array;
    readonly capital: Float64Array;
    readonly humanCapital: Float64Array;
    readonly labour: Float64Array;
    /** McMillan-Rodrik terms of the structural productivity index (level changes relative to P). */
    readonly within: Float64Array;
    readonly between: Float64Array;
  };
}

/** Allocates a path of `years` years. */
export function allocatePath(years: number): SimulatedPath {
  const f = (): Float64Array => new Float64Array(years);
  return {
    gdp: f(),
    gdpPerCapita: f(),
    tfp: f(),
    capital: f(),
    employment: f(),
    humanCapital: f(),
    vaShares: SIM_SECTORS.map(f),
    employmentShares: SIM_SECTORS.map(f),
    manufacturingShare: f(),
    mhtShare: f(),
    rd: f(),
    co2Intensity: f(),
    gniAtlas: f(),
    accounting: { output: f(), tfp: f(), capital: f(), humanCapital: f(), labour: f(), within: f(), between: f() },
  };
}

const MIN_SHARE = 1e-4;

/**
 * Simulates one path for `years` years after the base year, writing into `out`.
 * Each year: levers set R&D, openness and internet; within-sector TFP growth is
 * xβ + the block shock; employment shares move by Δθ_i/θ_i = c_i + λ(ln p_i − Σθ ln p);
 * sector productivities grow at the within rate plus their drift; the structural
 * productivity index P = Σθp moves A; K, L, h, population accumulate.
 */
export function simulatePath(
  cal: SimulationCalibration,
  levers: LeverInputs,
  atlas: AtlasCalibration | null,
  draw: ParameterDraw,
  out: SimulatedPath,
): void {
  const n = out.gdp.length;
  const a = cal.alpha;
  let K = cal.capital;
  let L = cal.employment;
  let h = cal.humanCapital;
  let pop = cal.population;
  let A = cal.gdp / (K ** a * (h * L) ** (1 - a));
  let Y = cal.gdp;
  let lnGap = cal.lnGap;
  let mht = cal.mhtShare;
  let gni = atlas?.gniPerCapita ?? NaN;
  const theta = Float64Array.from(cal.sectors.employment);
  const p = Float64Array.from(cal.sectors.productivity);
  const nextTheta = new Float64Array(3);
  const nextP = new Float64Array(3);
  const b = draw.tfp;
  const [lambda, cAgr, cInd, cSrv] = [0, 1, 2, 3].map((i) => draw.reallocation[i] as number) as [
    number,
    number,
    number,
    number,
  ];
  const consts = [cAgr, cInd, cSrv];
  const [mA, mRd, mLevel] = [0, 1, 2].map((i) => draw.mht[i] as number) as [number, number, number];
  for (let t = 0; t < n; t++) {
    const rd = Math.max(0, (levers.rd[t] as number) + draw.leverTrend.rd * (t + 1));
    const internet = Math.min(100, Math.max(0, (levers.internet[t] as number) + draw.leverTrend.internet * (t + 1)));
    const openness = (levers.openness[t] as number) / 100;
    const shock = draw.blockShocks[Math.floor(t / 5)] as number;
    const gWithin =
      (b[0] as number) +
      (b[1] as number) * lnGap +
      (b[2] as number) * rd +
      (b[3] as number) * rd * lnGap +
      (b[4] as number) * openness * lnGap +
      (b[5] as number) * (internet / 100) +
      shock;
    // Reallocation toward relatively productive sectors, with frictions (λ) and sector drifts.
    let P = 0;
    for (let i = 0; i < 3; i++) P += (theta[i] as number) * (p[i] as number);
    let meanLn = 0;
    for (let i = 0; i < 3; i++) meanLn += (theta[i] as number) * Math.log((p[i] as number) / P);
    let sum = 0;
    for (let i = 0; i < 3; i++) {
      const x = Math.log((p[i] as number) / P) - meanLn;
      const v = Math.max(MIN_SHARE, (theta[i] as number) * (1 + (consts[i] as number) + lambda * x));
      nextTheta[i] = v;
      sum += v;
    }
    let within = 0;
    let between = 0;
    let nextPAgg = 0;
    for (let i = 0; i < 3; i++) {
      nextTheta[i] = (nextTheta[i] as number) / sum;
      nextP[i] = (p[i] as number) * Math.exp(gWithin + (cal.sectors.drift[i] as number));
      within += ((theta[i] as number) * ((nextP[i] as number) - (p[i] as number))) / P;
      between += ((nextP[i] as number) * ((nextTheta[i] as number) - (theta[i] as number))) / P;
      nextPAgg += (nextTheta[i] as number) * (nextP[i] as number);
    }
    const dlnA = Math.log(nextPAgg / P);
    const s = Math.max(0, draw.savingRate * ((levers.investmentRate[t] as number) / levers.investmentRateBase));
    const Knext = (1 - cal.delta) * K + s * Y;
    const Lnext = L * Math.exp(draw.employmentGrowth);
    const hnext = h * Math.exp(draw.humanCapitalGrowth);
    const popNext = pop * Math.exp(draw.populationGrowth);
    const Anext = A * Math.exp(dlnA);
    const Ynext = Anext * Knext ** a * (hnext * Lnext) ** (1 - a);
    const acc = out.accounting;
    acc.output[t] = Math.log(Ynext / Y);
    acc.tfp[t] = dlnA;
    acc.capital[t] = a * Math.log(Knext / K);
    acc.humanCapital[t] = (1 - a) * Math.log(hnext / h);
    acc.labour[t] = (1 - a) * Math.log(Lnext / L);
    acc.within[t] = within;
    acc.between[t] = between;
    const gPc = Math.log(Ynext / popNext) - Math.log(Y / pop);
    lnGap -= dlnA - draw.frontierGrowth;
    mht = Math.min(100, Math.max(0, mht + mA + mRd * rd + mLevel * mht));
    K = Knext;
    L = Lnext;
    h = hnext;
    pop = popNext;
    A = Anext;
    Y = Ynext;
    let va = 0;
    for (let i = 0; i < 3; i++) {
      theta[i] = nextTheta[i] as number;
      p[i] = nextP[i] as number;
      va += (theta[i] as number) * (p[i] as number);
    }
    for (let i = 0; i < 3; i++) {
      (out.employmentShares[i] as Float64Array)[t] = 100 * (theta[i] as number);
      (out.vaShares[i] as Float64Array)[t] = (100 * (theta[i] as number) * (p[i] as number)) / va;
    }
    out.gdp[t] = Y;
    out.gdpPerCapita[t] = Y / pop;
    out.tfp[t] = A;
    out.capital[t] = K;
    out.employment[t] = L;
    out.humanCapital[t] = h;
    out.manufacturingShare[t] = ((out.vaShares[1] as Float64Array)[t] as number) * cal.manufacturingOfIndustry;
    out.mhtShare[t] = mht;
    out.rd[t] = rd;
    out.co2Intensity[t] = (levers.co2Intensity[t] as number) * Math.exp(draw.leverTrend.co2 * (t + 1));
    if (atlas) {
      // ln GNI(Atlas) follows real GDP per capita plus a drift with permanent yearly shocks.
      gni *= Math.exp(gPc + draw.atlasDrift + (draw.atlasShocks[t] as number));
      out.gniAtlas[t] = gni;
    } else out.gniAtlas[t] = NaN;
  }
}
