/**
 * Everything the engine answers for one report, asked for before any text is written: the
 * profile, diagnostics, scorecards, benchmark, coupling, export structure, complexity,
 * input-output analyses and scenario of one economy.
 *
 * @module
 */
import { ChanyeError, scorecardPolicy, type Finding, type Observation } from '@chanye/compute';
import type { ProductName, Store } from '@chanye/store';
import {
  compareAtSameIncome,
  couplingPolicy,
  couplingSeries,
  diagnose,
  economyProfile,
  exportStructure,
  highTechShareSeries,
  newThreeExports,
  runComplexity,
  scoreEconomies,
  loadScenario,
  outlook,
  type ComplexityRun,
  type CouplingYear,
  type Diagnostic,
  type EconomyProfile,
  type ExportStructure,
  type NewThreeExport,
  type SameIncomeComparison,
  type ScoreYear,
  type Outlook,
  type Scenario,
} from '@chanye/engine';
import { gatherIoStep } from './gather-io.js';
import type { GatheredIo } from './io.js';
import type { ReportSettings } from './model.js';
import type { BuildReportOptions } from './options.js';
import { productSpaceGraph } from './product-space.js';
import { storedProductSpaceLayout } from './product-space-layout.js';
import { progressSteps } from './progress.js';

/** Everything the engine answers for one report, gathered before any text is written. */
export interface Gathered {
  readonly profile: EconomyProfile;
  readonly diagnoses: readonly { diagnostic: Diagnostic; findings: Finding[] }[];
  readonly characteristics: readonly ScoreYear[];
  readonly fourSystems: readonly ScoreYear[];
  readonly sameIncome: SameIncomeComparison | undefined;
  readonly coupling: readonly CouplingYear[];
  readonly gdp: readonly Observation[];
  readonly sectors: readonly { id: string; observations: readonly Observation[] }[];
  readonly hightech: Awaited<ReturnType<typeof highTechShareSeries>>;
  readonly arrays: readonly ExportStructure[];
  readonly tech: ExportStructure | undefined;
  readonly bec: ExportStructure | undefined;
  readonly newThree: readonly NewThreeExport[];
  readonly complexity: ComplexityRun;
  readonly productNames: ReadonlyMap<string, ProductName>;
  readonly io: GatheredIo;
  readonly simulation: { readonly outlook: Outlook } | { readonly error: string };
}

/**
 * Promise.all that lets every step finish before it rejects with the first failure (in step
 * order): a failed step must not let the caller close the store while the others still query it
 * (DuckDB does not survive a query on a closed connection).
 */
async function allSettledOrThrow<T extends readonly unknown[]>(promises: {
  [K in keyof T]: Promise<T[K]>;
}): Promise<T> {
  const results = await Promise.allSettled(promises as readonly Promise<unknown>[]);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
  return results.map((r) => (r as PromiseFulfilledResult<unknown>).value) as unknown as T;
}

/** The sector shares of value added, in the order the structure section stacks them. */
export const SECTOR_INDICATORS = ['agriculture_share_gdp', 'industry_share_gdp', 'services_share_gdp'] as const;

/**
 * Asks the engine for everything the report shows. The steps are independent, so they run
 * concurrently: the store's DuckDB connector answers several queries at once from its pool,
 * and one step's queries overlap another's computation. Each step calls the same functions
 * with the same arguments as when run alone, so the numbers do not depend on the order.
 */
export async function gather(
  store: Store,
  iso3: string,
  settings: ReportSettings,
  options: BuildReportOptions,
): Promise<Gathered> {
  const step = progressSteps(options.onProgress);
  // An unknown scenario or a bad scenario file is the caller's error: it fails the report
  // before any step starts.
  const scenario = loadScenario(store.catalogDir, settings.simulation.scenario);
  const yearOption = options.year !== undefined ? { year: options.year } : {};
  const policy = scorecardPolicy({ weighting: 'entropy', aggregation: 'topsis', normalization: 'min-max' });
  const scoreRequest = {
    economies: [iso3],
    peers: settings.peers,
    policy,
    window: settings.window,
    sensitivity: settings.sensitivity,
  };
  const [from, to] = settings.couplingYears;
  const [income, diagnoses, characteristics, fourSystems, benchmark, coupling, trade, complexity, io, simulation] =
    await allSettledOrThrow([
      step('profile and income history', async () => {
        const [profile, gdp, sectors] = await Promise.all([
          economyProfile(store, iso3, options.year),
          store.observations({ indicator: 'gdp_per_capita_ppp', economies: [iso3] }),
          Promise.all(
            SECTOR_INDICATORS.map(async (id) => ({
              id,
              observations: await store.observations({ indicator: id, economies: [iso3] }),
            })),
          ),
        ]);
        return { profile, gdp, sectors };
      }),
      step('diagnostics', () => diagnose(store, iso3, yearOption)),
      step('six characteristics', () =>
        scoreEconomies(store, { ...scoreRequest, framework: 'characteristics', years: settings.trajectoryYears }),
      ),
      step('four systems', () =>
        scoreEconomies(store, { ...scoreRequest, framework: 'four-systems', years: [settings.year] }),
      ),
      step('same-income benchmark', async () => {
        const [sameIncome, hightech] = await Promise.all([
          compareAtSameIncome(store, iso3, yearOption),
          highTechShareSeries(store, iso3, options.year),
        ]);
        return { sameIncome, hightech };
      }),
      step('New Four coordination', () =>
        couplingSeries(store, {
          iso3,
          framework: 'new-four',
          years: Array.from({ length: to - from + 1 }, (_, i) => from + i),
          peers: settings.peers,
          window: settings.window,
          policy: couplingPolicy(),
        }),
      ),
      step('export structure', () => gatherTrade(store, iso3)),
      step('economic complexity', async () => {
        const [run, productNames] = await Promise.all([
          runComplexity(store, { source: { dataset: settings.complexityDataset }, atlasFilter: true }),
          store.productNames('hs07'),
        ]);
        // The product space's graph and layout (memoised), while other steps wait on DuckDB.
        if (run.years[0]) productSpaceGraph(run.years[0], storedProductSpaceLayout(store.catalogDir));
        return { complexity: run, productNames };
      }),
      step('input-output linkages', () => gatherIoStep(store, iso3, settings, options.ioInWorker ?? true)),
      step('scenario simulation', () => gatherSimulation(store, iso3, settings, scenario)),
    ]);
  return {
    ...income,
    diagnoses,
    characteristics,
    fourSystems,
    ...benchmark,
    coupling,
    ...trade,
    ...complexity,
    io,
    simulation,
  };
}

/** Export structure by array (every year of the product data), R&D intensity and end use, and the "new three". */
async function gatherTrade(
  store: Store,
  iso3: string,
): Promise<Pick<Gathered, 'arrays' | 'tech' | 'bec' | 'newThree'>> {
  const tradeYears = await store.tradeYears(iso3);
  const latest = tradeYears.at(-1);
  const [arrays, tech, bec, newThree] = await Promise.all([
    Promise.all(tradeYears.map((y) => exportStructure(store, iso3, 'array', y))),
    latest === undefined ? undefined : exportStructure(store, iso3, 'tech', latest),
    latest === undefined ? undefined : exportStructure(store, iso3, 'bec', latest),
    latest === undefined ? [] : newThreeExports(store, iso3, latest),
  ]);
  return { arrays, tech, bec, newThree };
}

/** `chanye simulate ISO3 --to --scenario --draws --seed`; an economy the model cannot calibrate gets the reason. */
async function gatherSimulation(
  store: Store,
  iso3: string,
  settings: ReportSettings,
  scenario: Scenario,
): Promise<Gathered['simulation']> {
  const { to, draws, seed } = settings.simulation;
  try {
    return { outlook: await outlook(store, { iso3, to, scenario, draws, seed }) };
  } catch (error) {
    if (error instanceof ChanyeError && (error.kind === 'no-data' || error.kind === 'not-found'))
      return { error: error.message };
    throw error;
  }
}
