import {
  ARRAY_REGRESSORS,
  backtestSummary,
  CARBON_REGRESSORS,
  ChanyeError,
  FAN_QUANTILES,
  LEVER_INFO,
  SIM_ARRAYS,
  resolveLeverPath,
  resolveProportionalLeverPath,
  runSimulation,
  TFP_REGRESSORS,
  type AtlasCalibration,
  type BacktestPoint,
  type BacktestSummary,
  type LeverInputs,
  type SimulationEquations,
  type SimulationRun,
  calibrateEconomy,
  ATLAS_WINDOW,
  MAX_ARRAY_AGE,
  TREND_WINDOW,
  type EconomyCalibration,
  estimateEquations,
  type EstimatedEquations,
  panelValue,
  type SimulationPanel,
} from '@chanye/compute';
import { type Store, loadSimulationPanel } from '@chanye/store';
import { loadScenario, type Scenario } from './scenario.js';
import { forecastEconomy, type EconomyForecast } from '../forecast/forecast-economy.js';

/** A request to simulate one economy under one scenario. */
export interface SimulateRequest {
  readonly iso3: string;
  /** Last simulated year. */
  readonly to: number;
  /** A bundled scenario id, a file path, or a parsed scenario. */
  readonly scenario: string | Scenario;
  readonly draws?: number;
  readonly seed?: number;
  /** Calibrate at this year (default: the last PWT year); equations use periods ending by then. */
  readonly baseYear?: number;
  readonly onProgress?: (done: number, total: number) => void;
  /** Reuse a loaded panel and estimated equations (back-tests, benches). */
  readonly panel?: SimulationPanel;
  readonly estimated?: EstimatedEquations;
  /** Thresholds published after this data year are treated as unknown (back-tests). Default: all known. */
  readonly thresholdsKnownThrough?: number;
}

/** Crossing of the World Bank high-income threshold, year by year. */
export interface CrossingYear {
  readonly year: number;
  /** High-income threshold for this GNI data year (published, or extrapolated: see `thresholdSource`). */
  readonly threshold: number;
  readonly thresholdSource: 'published' | 'extrapolated';
  readonly gniMedian: number;
  readonly gniP10: number;
  readonly gniP90: number;
  /** Probability that Atlas GNI per capita is above the threshold in this year. */
  readonly probabilityAbove: number;
  /** Probability that it has been above the threshold in some year up to this one. */
  readonly probabilityCrossedBy: number;
}

/** Everything `chanye simulate` prints. */
export interface SimulationReport {
  readonly iso3: string;
  readonly name_en: string;
  readonly scenario: Pick<Scenario, 'id' | 'name_en' | 'name_zh' | 'strategy' | 'reference' | 'levers' | 'description'>;
  readonly baseYear: number;
  readonly years: readonly number[];
  readonly draws: number;
  readonly seed: number;
  readonly calibration: EconomyCalibration;
  readonly equations: SimulationEquations;
  readonly leverPaths: Readonly<Record<keyof Scenario['levers'], readonly number[]>>;
  readonly run: SimulationRun;
  readonly crossing: readonly CrossingYear[] | null;
  /**
   * The scenario's carbon target: `probability` = P(the scenario's CO2-intensity path is at or
   * below `value` in `year`); `atPace` = P(CO2 intensity at the historical pace is at or below
   * it) in each simulated year and P(it has been by that year).
   */
  readonly carbonTarget: {
    year: number;
    value: number;
    probability: number | null;
    atPace: readonly { year: number; probabilityBelow: number; probabilityMetBy: number }[];
  } | null;
  /** P(CO2 intensity at the historical pace ≤ the scenario's path) in each simulated year. */
  readonly carbonPaceWithinPath: readonly { year: number; probability: number }[];
  /** Every assumption, in words, with its number. */
  readonly assumptions: readonly string[];
  readonly sources: readonly string[];
  /**
   * The default forecast of GDP per capita and high income from the latest observed year, with
   * this scenario as a difference from its baseline (the headline; docs/methods/simulation.md).
   * Null in back-tests, and with the reason when the economy cannot be forecast.
   */
  readonly forecast: EconomyForecast | null;
  readonly forecastUnavailable: string | null;
}

/** Simulates one economy under one scenario with Monte Carlo over parameter uncertainty. */
export async function simulateEconomy(store: Store, request: SimulateRequest): Promise<SimulationReport> {
  const economy = await store.economy(request.iso3);
  const scenario =
    typeof request.scenario === 'string' ? loadScenario(store.catalogDir, request.scenario) : request.scenario;
  const panel = request.panel ?? (await loadSimulationPanel(store));
  const baseYear = request.baseYear ?? panel.lastYear;
  if (request.to <= baseYear) {
    throw new ChanyeError('invalid-input', `--to ${request.to} must be after the base year ${baseYear}`);
  }
  if (request.to > baseYear + 60) throw new ChanyeError('invalid-input', `--to ${request.to} is too far ahead`);
  const estimated = request.estimated ?? estimateEquations(panel, baseYear);
  const residuals = estimated.residuals.get(economy.iso3);
  const lastResidual = residuals ? ([...residuals.entries()].sort((a, b) => b[0] - a[0])[0]?.[1] ?? 0) : 0;
  const cal = calibrateEconomy(panel, economy.iso3, baseYear, lastResidual);
  const years = Array.from({ length: request.to - baseYear }, (_, i) => baseYear + 1 + i);
  const L = cal.levers;
  const sl = scenario.levers;
  const trendSe = (spec: { path: string }, se: number): number => (spec.path === 'trend' ? se : 0);
  const co2Ok = L.co2_intensity.value > 0;
  const levers: LeverInputs = {
    rd: resolveLeverPath(sl.rd_share_gdp, L.rd_share_gdp.value, L.rd_share_gdp.trend.mean, baseYear, years),
    investmentRate: resolveLeverPath(
      sl.investment_rate,
      L.investment_rate.value,
      L.investment_rate.trend.mean,
      baseYear,
      years,
    ),
    internet: resolveLeverPath(sl.internet_users, L.internet_users.value, L.internet_users.trend.mean, baseYear, years),
    openness: resolveLeverPath(sl.trade_openness, L.trade_openness.value, L.trade_openness.trend.mean, baseYear, years),
    co2Intensity: co2Ok
      ? resolveProportionalLeverPath(
          sl.co2_intensity,
          L.co2_intensity.value,
          L.co2_intensity.trend.mean,
          baseYear,
          years,
        )
      : new Float64Array(years.length).fill(NaN),
    investmentRateBase: L.investment_rate.value,
    rdBase: L.rd_share_gdp.value,
    internetBase: L.internet_users.value,
    trendSe: {
      rd: trendSe(sl.rd_share_gdp, L.rd_share_gdp.trend.sd),
      internet: trendSe(sl.internet_users, L.internet_users.trend.sd),
      co2: trendSe(sl.co2_intensity, L.co2_intensity.trend.sd),
    },
  };
  // Thresholds: published where the table has them, extrapolated beyond.
  const known = request.thresholdsKnownThrough ?? Infinity;
  const table = [...panel.highIncomeThreshold.entries()].filter(([y]) => y <= known).sort((a, b) => a[0] - b[0]);
  const lastKnown = table.at(-1);
  if (!lastKnown) throw new ChanyeError('no-data', 'no income thresholds in the snapshot');
  const fromEntry = table.find(([y]) => y >= lastKnown[0] - 20) ?? table[0]!;
  const estimatedThresholdGrowth = Math.log(lastKnown[1] / fromEntry[1]) / Math.max(1, lastKnown[0] - fromEntry[0]);
  const thresholdGrowth = scenario.atlas?.threshold_growth ?? estimatedThresholdGrowth;
  const thresholdOf = (y: number): [number, 'published' | 'extrapolated'] => {
    const v = panel.highIncomeThreshold.get(y);
    if (v !== undefined && y <= known) return [v, 'published'];
    return [lastKnown[1] * Math.exp(thresholdGrowth * (y - lastKnown[0])), 'extrapolated'];
  };
  const atlas: AtlasCalibration | null = cal.atlas
    ? {
        gniPerCapita: cal.atlas.gniAtBase,
        drift:
          scenario.atlas?.drift !== undefined
            ? { mean: scenario.atlas.drift, sd: 0 }
            : { mean: cal.atlas.drift.mean, sd: cal.atlas.drift.sd },
        driftVolatility: cal.atlas.driftVolatility,
        thresholds: Float64Array.from(years.map((y) => thresholdOf(y)[0])),
      }
    : null;
  let co2Target: { year: number; value: number } | undefined;
  if (scenario.carbon_target && co2Ok) {
    const ct = scenario.carbon_target;
    const base = panelValue(panel, economy.iso3, 'co2', ct.from_year);
    if (base === undefined)
      throw new ChanyeError('no-data', `${economy.iso3}: no CO2 intensity in ${ct.from_year} for the carbon target`);
    co2Target = { year: ct.year, value: base * (1 - ct.reduction_pct / 100) };
  }
  const draws = request.draws ?? 1000;
  const seed = request.seed ?? 1;
  const run = runSimulation(
    { calibration: cal.calibration, equations: estimated.equations, levers, atlas, years },
    {
      draws,
      seed,
      ...(request.onProgress ? { onProgress: request.onProgress } : {}),
      ...(co2Target ? { co2Target } : {}),
    },
  );
  let forecast: EconomyForecast | null = null;
  let forecastUnavailable: string | null = null;
  if (request.baseYear === undefined) {
    try {
      forecast = await forecastEconomy(store, { iso3: economy.iso3, to: request.to, draws, seed, panel, scenario });
    } catch (error) {
      forecastUnavailable = (error as Error).message;
    }
  } else forecastUnavailable = 'back-test run';
  const gniFan = run.fans.gni_per_capita_atlas;
  const q = (level: number): Float64Array => gniFan.quantiles[FAN_QUANTILES.indexOf(level as never)] as Float64Array;
  const crossing =
    atlas && run.aboveThreshold && run.crossedBy
      ? years.map((year, t) => {
          const [threshold, thresholdSource] = thresholdOf(year);
          return {
            year,
            threshold,
            thresholdSource,
            gniMedian: q(0.5)[t] as number,
            gniP10: q(0.1)[t] as number,
            gniP90: q(0.9)[t] as number,
            probabilityAbove: run.aboveThreshold?.[t] as number,
            probabilityCrossedBy: run.crossedBy?.[t] as number,
          };
        })
      : null;
  const eq = estimated.equations;
  const fmt = (x: number, d = 3): string => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');
  const c = cal.calibration;
  const leverLines = (Object.keys(sl) as (keyof Scenario['levers'])[]).map((k) => {
    const spec = sl[k];
    const base = L[k];
    return `Lever ${k} (${LEVER_INFO[k].unit}): ${JSON.stringify(spec)} from ${fmt(base.value, 2)} in ${base.year} (trailing annual change ${fmt(base.trend.mean, 4)} ± ${fmt(base.trend.sd, 4)}${k === 'co2_intensity' ? ' in logs' : ''}) — scenario assumption; channel: ${LEVER_INFO[k].channel}.`;
  });
  const assumptions = [
    `Production: Y = A K^α (hL)^(1−α), α = 1 − mean PWT labsh ${baseYear - TREND_WINDOW}-${baseYear} = ${fmt(c.alpha)}; K′ = (1 − δ)K + sY with δ = ${fmt(c.delta)} (mean PWT delta) and s = ${fmt(c.savingRate.mean)} ± ${fmt(c.savingRate.sd)} (effective rate implied by PWT rnna, rgdpna and delta over the trend window, scaled by the investment-rate lever relative to ${fmt(L.investment_rate.value, 1)} % in ${L.investment_rate.year}).`,
    `Employment, population and human capital grow at their trailing ${TREND_WINDOW}-year mean log growth: ${fmt(100 * c.employmentGrowth.mean, 2)} %, ${fmt(100 * c.populationGrowth.mean, 2)} %, ${fmt(100 * c.humanCapitalGrowth.mean, 2)} % a year (standard errors drawn); no demographic projection is used.`,
    `Within-sector TFP growth = ${TFP_REGRESSORS.map((n, i) => `${fmt(eq.tfp.coefficients[i] as number, 4)}·${n}`).join(' + ')} (OLS, n = ${eq.tfp.n}, R² = ${fmt(eq.tfp.r2, 2)}; ${eq.tfp.sample}); coefficients drawn from their estimated covariance.`,
    `TFP shocks: an AR(1) over 5-year blocks with persistence ${fmt(eq.tfp.persistence.mean)} ± ${fmt(eq.tfp.persistence.sd)} and residual SD ${fmt(eq.tfp.residualSd, 4)} (estimated); starting from ${c.iso3}'s last residual ${fmt(c.tfpResidual, 4)}.`,
    `Distance to the frontier: ln gap ${fmt(c.lnGap)} (PWT ctfp), closing by TFP growth less US TFP growth ${fmt(100 * c.frontierGrowth.mean, 2)} % a year (trailing mean of PWT rtfpna).`,
    `Reallocation (McMillan-Rodrik): Δθ/θ = c_sector + λ·(ln relative productivity − employment-weighted mean), λ = ${fmt(eq.reallocation.coefficients[0] as number, 4)} ± ${fmt(eq.reallocation.standardErrors[0] as number, 4)}, c = ${eq.reallocation.coefficients
      .slice(1)
      .map((x) => fmt(x, 4))
      .join(
        ' / ',
      )} (agriculture / industry / services; OLS, n = ${eq.reallocation.n}); sector productivities keep their trailing relative drifts ${c.sectors.drift.map((d) => fmt(100 * d, 2)).join(' / ')} % a year.`,
    `Manufacturing = ${fmt(100 * c.manufacturingOfIndustry, 1)} % of industry value added (base year, held constant). Medium and high-tech share of MVA (UNIDO, reported): ${fmt(c.mhtShare, 1)} %, ΔMHT = ${eq.mht.coefficients.map((x) => fmt(x, 4)).join(' / ')} (constant / R&D / level; n = ${eq.mht.n}).`,
    ...arrayAssumptions(c, eq, fmt),
    'A3 (future industries) is not modelled: no classification or series in the snapshot identifies future industries (catalog/arrays-wiod.yaml assigns it no sector).',
    `Carbon: CO2 intensity at the historical pace follows Δln(CO2/GDP) = ${CARBON_REGRESSORS.map((n, i) => `${fmt(eq.carbon.coefficients[i] as number, 4)} (± ${fmt(eq.carbon.standardErrors[i] as number, 4)})·${n}`).join(' + ')} a year (OLS, n = ${eq.carbon.n}, R² = ${fmt(eq.carbon.r2, 2)}; ${eq.carbon.sample}), coefficients drawn from their covariance, 5-year block shocks of SD ${fmt(eq.carbon.residualSd, 4)}, starting from ${fmt(c.co2Intensity, 3)} kg/$; the scenario's CO2-intensity path is a constraint checked against it draw by draw. No growth cost of faster decarbonization is applied: the panel has no exogenous variation in decarbonization speed that would identify one, so output paths do not depend on the carbon lever.`,
    ...leverLines,
    cal.atlas
      ? `Atlas GNI per capita: ${fmt(cal.atlas.gniPerCapita, 0)} US$ in ${cal.atlas.gniYear} (WDI NY.GNP.PCAP.CD), carried to ${baseYear} and projected with real GDP per capita growth plus a drift of ${fmt(100 * (scenario.atlas?.drift ?? cal.atlas.drift.mean), 2)} % a year (${scenario.atlas?.drift !== undefined ? 'scenario assumption' : `cross-country mean over ${cal.atlas.economies} economies of ln ΔAtlas GNI − ln Δreal GDP per capita ${cal.atlas.driftYears[0]}-${cal.atlas.driftYears[1]}, cross-country SD ${fmt(100 * cal.atlas.drift.sd, 2)} pp; ${c.iso3}'s own was ${fmt(100 * cal.atlas.ownDrift, 2)} %`}) and yearly permanent shocks of SD ${fmt(100 * cal.atlas.driftVolatility, 2)} pp: US$ inflation and average real exchange-rate movements continue as over the last ${ATLAS_WINDOW} years.`
      : `No Atlas GNI per capita in the snapshot for ${c.iso3}: no threshold-crossing probabilities.`,
    `High-income threshold: World Bank published thresholds (income_thresholds, by GNI data year) up to ${lastKnown[0]}, then growing ${fmt(100 * thresholdGrowth, 2)} % a year (${scenario.atlas?.threshold_growth !== undefined ? 'scenario assumption' : `mean log growth ${fromEntry[0]}-${lastKnown[0]}`}); an economy crosses when GNI per capita is above it.`,
    ...(co2Target
      ? [
          `Carbon target: CO2 intensity at most ${fmt(co2Target.value, 3)} kg/$ in ${co2Target.year} (${scenario.carbon_target?.reduction_pct} % below ${scenario.carbon_target?.from_year}); reported as the probability that the scenario path meets it and, year by year, that CO2 intensity at the historical pace does; no output cost is modelled.`,
        ]
      : []),
    ...cal.notes.map((n) => `Data: ${n}.`),
    `Data end in ${panel.lastYear} (PWT 10.01): the COVID-19 years and later are simulated, not observed.`,
  ];
  const leverPaths = {
    rd_share_gdp: [...levers.rd],
    investment_rate: [...levers.investmentRate],
    internet_users: [...levers.internet],
    trade_openness: [...levers.openness],
    co2_intensity: [...levers.co2Intensity],
  };
  return {
    iso3: economy.iso3,
    name_en: economy.name_en,
    scenario: {
      id: scenario.id,
      name_en: scenario.name_en,
      name_zh: scenario.name_zh,
      description: scenario.description,
      strategy: scenario.strategy,
      reference: scenario.reference,
      levers: scenario.levers,
    },
    baseYear,
    years,
    draws,
    seed,
    calibration: cal,
    equations: eq,
    leverPaths,
    run,
    crossing,
    carbonTarget: co2Target
      ? {
          ...co2Target,
          probability: run.co2TargetProbability,
          atPace: years.map((year, t) => ({
            year,
            probabilityBelow: run.carbon.paceBelowTarget?.[t] as number,
            probabilityMetBy: run.carbon.paceMetBy?.[t] as number,
          })),
        }
      : null,
    carbonPaceWithinPath: years.map((year, t) => ({ year, probability: run.carbon.paceWithinPath[t] as number })),
    assumptions,
    forecast,
    forecastUnavailable,
    sources: [
      'Penn World Table 10.01 (Feenstra, Inklaar and Timmer 2015): rgdpna, rnna, emp, hc, labsh, delta, csh_i, pop, ctfp, rtfpna',
      'Gapminder Systema Globalis (WDI and ILOSTAT series): sector value-added and employment shares, trade, internet users, CO2 intensity',
      'World Input-Output Database, 2013 release (Timmer et al. 2015): value added by sector 1995-2011, grouped into arrays by catalog/arrays-wiod.yaml',
      'UN SDG Global Database: R&D expenditure (9.5.1), manufacturing share (9.2.1), MHT share (9.b.1); WDI: MHT share, Atlas GNI per capita',
      'World Bank income classification thresholds (OGHIST)',
    ],
  };
}

/** The assumption lines of the arrays block (WIOD economies) or why it is absent. */
function arrayAssumptions(
  c: SimulationReport['calibration']['calibration'],
  eq: SimulationEquations,
  fmt: (x: number, d?: number) => string,
): string[] {
  const lines = SIM_ARRAYS.map((a) => {
    const e = eq.arrays[a];
    const terms = ARRAY_REGRESSORS[a].map(
      (n, i) => `${fmt(e.coefficients[i] as number, 4)} (± ${fmt(e.standardErrors[i] as number, 4)})·${n}`,
    );
    return `Array ${a}: relative productivity growth = ${terms.join(' + ')} a year (OLS, n = ${e.n}, R² = ${fmt(e.r2, 2)}; ${e.sample}); coefficients drawn from their covariance; no residual shocks.`;
  });
  const common =
    "Arrays inside industry (A1 conventional, A2 strategic emerging, F digital foundation; catalog/arrays-wiod.yaml): WIOD 2013 has value added but no employment or prices by sector in the snapshot, so an array's productivity growth is measured as the growth of its nominal value-added share of GDP less that of industry's employment share (it is assumed to keep its share of industry employment, and relative prices are not separated). Each array's growth is centred at the base year (its VA-weighted mean is 0 at base-year levers and shares, so industry keeps its own trailing drift); changes of internet use then move A1 and F, and of R&D move A2, and industry productivity grows by Σ ω exp(δ) over its arrays.";
  if (!c.arrays) {
    return [
      common,
      `${c.iso3} is not a WIOD 2013 economy with value added by sector within ${MAX_ARRAY_AGE} years of the base year: industry is not split into arrays and the internet lever has no channel.`,
      ...lines,
    ];
  }
  return [
    common,
    `${c.iso3} in ${c.arrays.year} (WIOD 2013): A1 ${fmt(100 * (c.arrays.industryShares[0] as number), 1)} %, A2 ${fmt(100 * (c.arrays.industryShares[1] as number), 1)} %, F ${fmt(100 * (c.arrays.industryShares[2] as number), 1)} % of industry value added; F (c27) is ${fmt(100 * c.arrays.fOfServices, 1)} % of services value added (held constant).`,
    ...lines,
  ];
}

/** Economies of the default back-test, by group. */
export const BACKTEST_ECONOMIES: Readonly<Record<'graduate' | 'stalled', readonly string[]>> = {
  // IIE-CASS (2024) Table 1 graduates, and economies the World Bank moved to high income after 2005 (OGHIST).
  graduate: ['JPN', 'KOR', 'ESP', 'CHL', 'POL', 'CZE', 'URY'],
  // IIE-CASS (2024) stalled economies, and other long-standing upper-middle-income economies.
  stalled: ['BRA', 'ARG', 'MYS', 'THA', 'ZAF', 'MEX', 'TUR', 'COL'],
};

/** A request for a back-test. */
export interface BacktestRequest {
  readonly cutoff?: number;
  readonly economies?: readonly string[];
  readonly draws?: number;
  readonly seed?: number;
  readonly onProgress?: (done: number, total: number) => void;
}

/** One economy's back-test. */
export interface BacktestEconomy {
  readonly iso3: string;
  readonly group: 'graduate' | 'stalled' | 'other';
  readonly summary: BacktestSummary | null;
  /** Why the economy was skipped, if it was. */
  readonly skipped: string | null;
}

/** Back-test results: out-of-sample errors of log GDP per capita and interval coverage. */
export interface BacktestReport {
  readonly cutoff: number;
  readonly lastYear: number;
  readonly draws: number;
  readonly seed: number;
  readonly equations: SimulationEquations;
  readonly economies: readonly BacktestEconomy[];
  readonly pooled: BacktestSummary;
  readonly byGroup: Readonly<Record<string, BacktestSummary>>;
  readonly byHorizon: readonly { readonly horizons: string; readonly summary: BacktestSummary }[];
  /** Errors and coverage at each horizon (years after the cut-off), pooled over economies. */
  readonly byYearAhead: readonly { readonly horizon: number; readonly summary: BacktestSummary }[];
  readonly points: readonly BacktestPoint[];
  readonly scenario: string;
}

/**
 * Back-test: estimates the equations on periods ending by `cutoff`, calibrates each economy at
 * `cutoff`, simulates the held-out years under the baseline (trend) scenario, and compares log
 * GDP per capita (PWT rgdpna / pop) with the median and the 80 % and 95 % intervals. The
 * naive benchmark extrapolates the trailing 10-year growth of GDP per capita.
 */
export async function backtest(store: Store, request: BacktestRequest = {}): Promise<BacktestReport> {
  const cutoff = request.cutoff ?? 2005;
  const panel = await loadSimulationPanel(store);
  if (cutoff >= panel.lastYear - 1 || cutoff < 2000) {
    throw new ChanyeError('invalid-input', `--cutoff ${cutoff} must be between 2000 and ${panel.lastYear - 2}`);
  }
  const estimated = estimateEquations(panel, cutoff);
  const scenario = loadScenario(store.catalogDir, 'baseline');
  const codes = request.economies ?? [...BACKTEST_ECONOMIES.graduate, ...BACKTEST_ECONOMIES.stalled];
  const draws = request.draws ?? 500;
  const seed = request.seed ?? 1;
  const economies: BacktestEconomy[] = [];
  const points: BacktestPoint[] = [];
  const groupOf = (iso3: string): BacktestEconomy['group'] =>
    BACKTEST_ECONOMIES.graduate.includes(iso3)
      ? 'graduate'
      : BACKTEST_ECONOMIES.stalled.includes(iso3)
        ? 'stalled'
        : 'other';
  const index = (level: number): number => FAN_QUANTILES.indexOf(level as never);
  for (const [i, code] of codes.entries()) {
    const iso3 = (await store.economy(code)).iso3;
    try {
      const report = await simulateEconomy(store, {
        iso3,
        to: panel.lastYear,
        scenario,
        draws,
        seed,
        baseYear: cutoff,
        panel,
        estimated,
        thresholdsKnownThrough: cutoff,
      });
      const fan = report.run.fans.gdp_per_capita;
      const pc = (y: number): number | undefined => {
        const g = panelValue(panel, iso3, 'rgdpna', y);
        const p = panelValue(panel, iso3, 'pop', y);
        return g !== undefined && p !== undefined ? g / p : undefined;
      };
      const y0 = pc(cutoff);
      const yPast = pc(cutoff - 10);
      const naiveGrowth = y0 !== undefined && yPast !== undefined ? Math.log(y0 / yPast) / 10 : NaN;
      const mine: BacktestPoint[] = [];
      report.years.forEach((year, t) => {
        const actual = pc(year);
        if (actual === undefined) return;
        const at = (level: number): number => Math.log((fan.quantiles[index(level)] as Float64Array)[t] as number);
        mine.push({
          iso3,
          year,
          horizon: t + 1,
          actual: Math.log(actual),
          median: at(0.5),
          lower80: at(0.1),
          upper80: at(0.9),
          lower95: at(0.025),
          upper95: at(0.975),
          naive: y0 !== undefined ? Math.log(y0) + naiveGrowth * (t + 1) : NaN,
        });
      });
      points.push(...mine);
      economies.push({ iso3, group: groupOf(iso3), summary: backtestSummary(mine), skipped: null });
    } catch (error) {
      economies.push({ iso3, group: groupOf(iso3), summary: null, skipped: (error as Error).message });
    }
    request.onProgress?.(i + 1, codes.length);
  }
  const byGroup: Record<string, BacktestSummary> = {};
  for (const g of ['graduate', 'stalled', 'other'] as const) {
    const members = new Set(economies.filter((e) => e.group === g).map((e) => e.iso3));
    if (members.size > 0) byGroup[g] = backtestSummary(points.filter((p) => members.has(p.iso3)));
  }
  // Horizon buckets, labelled by the horizons they hold (e.g. 11-14 for a 2005 cut-off).
  const buckets: [string, number, number][] = [
    ['1-5', 1, 5],
    ['6-10', 6, 10],
    ['11+', 11, Infinity],
  ];
  return {
    cutoff,
    lastYear: panel.lastYear,
    draws,
    seed,
    equations: estimated.equations,
    economies,
    pooled: backtestSummary(points),
    byGroup,
    byHorizon: buckets
      .map(([, lo, hi]) => {
        const inside = points.filter((p) => p.horizon >= lo && p.horizon <= hi);
        const last = Math.max(...inside.map((p) => p.horizon));
        return { horizons: `${lo}-${last}`, summary: backtestSummary(inside) };
      })
      .filter((h) => h.summary.points > 0),
    byYearAhead: Array.from({ length: panel.lastYear - cutoff }, (_, i) => i + 1).map((horizon) => ({
      horizon,
      summary: backtestSummary(points.filter((p) => p.horizon === horizon)),
    })),
    points,
    scenario: scenario.id,
  };
}
