/**
 * The growth and structural-change model of Chanye's simulations (docs/methods/simulation.md):
 * aggregate growth accounting Y = A K^α (hL)^{1−α} (methods §9), with A driven by within-sector
 * TFP growth from an estimated catch-up equation, by labour reallocation between three
 * sectors (the McMillan-Rodrik between term) and by the relative productivity growth of the
 * arrays inside industry (A1, A2, F; the digital channel to A1); CO2 intensity at the historical
 * pace is simulated as a constraint. Pure: every number comes in through a
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

/**
 * Regressors of the within-sector TFP growth equation, in this order. Internet use is not one
 * of them: the digital foundation acts through the A1 array's productivity ({@link ARRAY_REGRESSORS}).
 */
export const TFP_REGRESSORS = ['constant', 'ln_gap', 'rd', 'rd_x_ln_gap', 'openness_x_ln_gap'] as const;

/** The arrays that split industry value added (WIOD 2013 sectors, catalog/arrays-wiod.yaml), in this order. */
export const SIM_ARRAYS = ['A1', 'A2', 'F'] as const;
export type SimArray = (typeof SIM_ARRAYS)[number];

/**
 * Regressors of each array's relative productivity growth equation: a constant, the lever of its
 * channel (internet users / 100 for A1, the digital-foundation channel, and for F itself; R&D
 * intensity, % of GDP, for A2) and the log of the array's share of industry value added.
 */
export const ARRAY_REGRESSORS = {
  A1: ['constant', 'internet', 'ln_share_of_industry'],
  A2: ['constant', 'rd', 'ln_share_of_industry'],
  F: ['constant', 'internet', 'ln_share_of_industry'],
} as const satisfies Record<SimArray, readonly string[]>;

/** Regressors of the CO2-intensity equation (annual log change of kg CO2 per PPP $ of GDP), in this order. */
export const CARBON_REGRESSORS = ['constant', 'gdp_pc_growth', 'ln_co2_intensity', 'ln_gdp_pc'] as const;

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
  /**
   * Relative productivity growth of each industry array (annual log change of its value-added
   * share of GDP less that of industry's employment share) on {@link ARRAY_REGRESSORS}.
   */
  readonly arrays: Readonly<Record<SimArray, Equation>>;
  /** Annual log change of CO2 intensity on {@link CARBON_REGRESSORS}, with the residual SD of 5-year means. */
  readonly carbon: Equation & { readonly residualSd: number };
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
  /** Medium and high-tech share of MVA, % (UNIDO; reported, no longer the A2 proxy). */
  readonly mhtShare: number;
  /**
   * Shares of industry value added of {@link SIM_ARRAYS} (sum 1) and F's share of services value
   * added (held constant), from WIOD 2013 in `year`; null for an economy outside WIOD.
   */
  readonly arrays: {
    readonly year: number;
    readonly industryShares: readonly number[];
    readonly fOfServices: number;
  } | null;
  /** CO2 intensity in the base year (kg CO2 per 2021 PPP $), the start of the historical-pace path. */
  readonly co2Intensity: number;
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
  /** Base-year R&D intensity and internet use: array growth is centred on them. */
  readonly rdBase: number;
  readonly internetBase: number;
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
  /** Coefficients of each array equation, in {@link SIM_ARRAYS} order. */
  readonly arrays: readonly ArrayLike<number>[];
  readonly carbon: ArrayLike<number>;
  /** Shock to the CO2-intensity change of each 5-year block (annual log units). */
  readonly carbonShocks: ArrayLike<number>;
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
  /** Shares of GDP (%) of A1, A2 and F (F: its industry part plus its services part); NaN outside WIOD. */
  readonly arrayShares: readonly Float64Array[];
  readonly rd: Float64Array;
  /** The scenario's CO2-intensity path (a lever: an assumption). */
  readonly co2Intensity: Float64Array;
  /** CO2 intensity at the historical pace: the estimated equation given the simulated growth. */
  readonly co2Pace: Float64Array;
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
    arrayShares: SIM_ARRAYS.map(f),
    rd: f(),
    co2Intensity: f(),
    co2Pace: f(),
    gniAtlas: f(),
    accounting: { output: f(), tfp: f(), capital: f(), humanCapital: f(), labour: f(), within: f(), between: f() },
  };
}

const MIN_SHARE = 1e-4;

/**
 * Simulates one path for `years` years after the base year, writing into `out`.
 * Each year: levers set R&D, openness and internet; within-sector TFP growth is
 * xβ + the block shock; employment shares move by Δθ_i/θ_i = c_i + λ(ln p_i − Σθ ln p);
 * sector productivities grow at the within rate plus their drift, and industry's also by
 * Σ_j ω_j exp(δ_j), the VA-weighted growth of its arrays (A1, A2, F) with δ_j from the array
 * equations centred at the base year (so internet use moves A1 and F, R&D moves A2); array
 * shares of industry move to ω_j exp(δ_j) / Σ ω exp(δ); the structural productivity index
 * P = Σθp moves A; K, L, h, population accumulate; CO2 intensity at the historical pace follows
 * the estimated carbon equation given the simulated growth.
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
  // Arrays inside industry: relative productivity growth δ_j = x_j β_j − c̄, centred so that at the
  // base-year levers and shares the VA-weighted mean is 0 and industry keeps its own drift.
  const omega = cal.arrays ? Float64Array.from(cal.arrays.industryShares) : null;
  const delta = new Float64Array(SIM_ARRAYS.length);
  const arrayGrowth = (j: number, rd: number, internet: number, w: number): number => {
    const c = draw.arrays[j] as ArrayLike<number>;
    const lever = j === 1 ? rd : internet / 100;
    return (c[0] as number) + (c[1] as number) * lever + (c[2] as number) * Math.log(w);
  };
  let centre = 0;
  if (omega) {
    for (let j = 0; j < omega.length; j++) {
      centre += (omega[j] as number) * arrayGrowth(j, levers.rdBase, levers.internetBase, omega[j] as number);
    }
  }
  let ci = cal.co2Intensity;
  const k = draw.carbon;
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
      shock;
    // Industry productivity: the VA-weighted growth factor of its arrays (1 without WIOD data).
    let industryFactor = 1;
    if (omega) {
      industryFactor = 0;
      for (let j = 0; j < omega.length; j++) {
        delta[j] = arrayGrowth(j, rd, internet, omega[j] as number) - centre;
        industryFactor += (omega[j] as number) * Math.exp(delta[j] as number);
      }
    }
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
      nextP[i] =
        (p[i] as number) * Math.exp(gWithin + (cal.sectors.drift[i] as number)) * (i === 1 ? industryFactor : 1);
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
    // CO2 intensity at the historical pace: the estimated equation, given this year's growth.
    ci *= Math.exp(
      (k[0] as number) +
        (k[1] as number) * gPc +
        (k[2] as number) * Math.log(ci) +
        (k[3] as number) * Math.log(Y / pop) +
        (draw.carbonShocks[Math.floor(t / 5)] as number),
    );
    out.co2Pace[t] = ci;
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
    if (omega && cal.arrays) {
      let sum = 0;
      for (let j = 0; j < omega.length; j++) sum += (omega[j] as number) * Math.exp(delta[j] as number);
      const industry = (out.vaShares[1] as Float64Array)[t] as number;
      for (let j = 0; j < omega.length; j++) {
        omega[j] = ((omega[j] as number) * Math.exp(delta[j] as number)) / sum;
        (out.arrayShares[j] as Float64Array)[t] = industry * (omega[j] as number);
      }
      (out.arrayShares[2] as Float64Array)[t] =
        ((out.arrayShares[2] as Float64Array)[t] as number) +
        ((out.vaShares[2] as Float64Array)[t] as number) * cal.arrays.fOfServices;
    } else for (const a of out.arrayShares) a[t] = NaN;
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
