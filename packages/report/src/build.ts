import { chartTable, fanChart, type ChartSpec } from '@chanye/charts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ChanyeError, FAN_QUANTILES, scorecardPolicy, type Finding, type Observation } from '@chanye/compute';
import { INCOME_GROUP_NAMES, MRIO_DATASETS, type Store, type StoreOptions } from '@chanye/store';
import {
  ATLAS_FILTER,
  compareAtSameIncome,
  couplingSeries,
  diagnose,
  economyProfile,
  highTechShareSeries,
  runComplexity,
  SAME_INCOME_INDICATORS,
  scoreEconomies,
  scoreRows,
  loadBacktestRecord,
  RECORDED_BACKTESTS,
  simulateEconomy,
  type BacktestRecord,
  type ComplexityRun,
  type CouplingYear,
  type Diagnostic,
  type EconomyProfile,
  type ExportStructure,
  type IoMeta,
  type NewThreeExport,
  type SameIncomeComparison,
  type ScoreRow,
  type ScoreYear,
  type SimulationReport,
  exportStructure,
  newThreeExports,
} from '@chanye/engine';
import { cliNumber } from './format.js';
import { gatherIo, type GatheredIo, type IoAsk } from './io.js';
import type { IoWorkerMessage } from './io-worker.js';
import { withObservationMemo } from './memo.js';
import { productSpaceGraph } from './product-space.js';
import {
  SECTION_IDS,
  type Cell,
  type Lang,
  type Report,
  type ReportEvidence,
  type ReportFigure,
  type ReportFinding,
  type ReportProgress,
  type ReportSection,
  type ReportSettings,
  type ReportTable,
  type SectionId,
  type TableColumn,
} from './model.js';
import { LABELS, SECTION_TITLES, type BacktestLine, type Labels } from './text.js';

/**
 * Defaults of `buildReport`, the same as the CLI commands' own: the scorecard year of `chanye
 * score` (2017, the last year most SDG and UNIDO series cover), its entropy-TOPSIS method with
 * min-max normalization, peers `all` and a window of 3 years; the input-output table of `chanye
 * io` (WIOD 2013, 2011) and `chanye simulate`'s baseline to 2035, with 500 draws (the command's
 * default is 1,000) and seed 1.
 */
export const REPORT_DEFAULTS = {
  year: 2017,
  peers: 'all',
  method: 'entropy-topsis',
  normalization: 'min-max',
  window: 3,
  sensitivity: { draws: 200, seed: 1 },
  complexityDataset: 'trade-2017',
  io: { dataset: 'wiod2013', year: 2011 },
  simulation: { scenario: 'baseline', to: 2035, draws: 500, seed: 1 },
  /** Chokepoints `chanye io security` lists by default, and how many of them the report shows. */
  chokepoints: { limit: 20, shown: 10 },
} as const;

export interface BuildReportOptions {
  /** Economy code (ISO 3166 alpha-3, any case). */
  readonly iso3: string;
  /** Year of the scorecards, and of the diagnostics when given (default: 2017 and latest data). */
  readonly year?: number;
  readonly lang: Lang;
  /** Units ranked together, as `chanye score --peers`: all, L, LM, UM, H, region:NAME, graduates, stalled, ISO3,… */
  readonly peers?: string;
  /** Monte Carlo draws and seed of the rank intervals (default 200 draws, seed 1). */
  readonly sensitivity?: { readonly draws: number; readonly seed: number };
  /** Date printed as the generation date (the library reads no clock). */
  readonly date?: string;
  /**
   * Called as the build advances, for a progress indicator: the steps run concurrently, so
   * `step` counts those finished and `label` names one still running (the first in order).
   */
  readonly onProgress?: (progress: ReportProgress) => void;
  /** Run the input-output analyses in a worker thread (default true; false: in this thread). */
  readonly ioInWorker?: boolean;
}

const CHANYE_VERSION = '0.1.0';

/** Numbers sources and references in order of first use, and keeps table ids unique. */
class Citations {
  readonly series: string[] = [];
  readonly references: string[] = [];
  private readonly seriesIndex = new Map<string, number>();
  private readonly referenceIndex = new Map<string, number>();

  source(text: string): number {
    let n = this.seriesIndex.get(text);
    if (n === undefined) {
      this.series.push(text);
      n = this.series.length;
      this.seriesIndex.set(text, n);
    }
    return n;
  }

  reference(text: string): string {
    if (!this.referenceIndex.has(text)) {
      this.references.push(text);
      this.referenceIndex.set(text, this.references.length);
    }
    return text;
  }
}

/** Everything the engine answers for one report, gathered before any text is written. */
interface Gathered {
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
  readonly productNames: ReadonlyMap<string, { name: string; group: string | null }>;
  readonly io: GatheredIo;
  readonly simulation: { readonly report: SimulationReport } | { readonly error: string };
}

const SECTOR_INDICATORS = ['agriculture_share_gdp', 'industry_share_gdp', 'services_share_gdp'] as const;

/** Scorecard years: 2000, 2005, … before `year`, then `year` itself. */
export function trajectoryYears(year: number): number[] {
  const years: number[] = [];
  for (let y = 2000; y < year; y += 5) years.push(y);
  return [...years, year];
}

/**
 * Builds the country report of one economy: runs the engine's diagnostics, scorecards,
 * coupling, export structure and economic complexity (the functions behind `chanye diagnose`,
 * `score`, `coupling`, `exports`/`arrays` and `complexity`), then arranges their values into
 * sections with findings, tables and chart specs, in English or Chinese. Nothing is computed
 * here that the engine does not compute; numbers are only selected, sorted and labelled.
 *
 * @example (await buildReport(store, { iso3: 'CHN', lang: 'en' })).sections.map((s) => s.id)
 * // returns ['summary', 'income', 'structure', …, 'methods']
 */
export async function buildReport(store: Store, options: BuildReportOptions): Promise<Report> {
  const lang = options.lang;
  if (lang !== 'en' && lang !== 'zh') throw new ChanyeError('invalid-input', `invalid language: ${String(lang)}`);
  // The report reads nearly every series for every economy (ranks, peers, estimation panels):
  // one load of the whole table beats some 200 queries. Reads wait for it; other work does not.
  void store.preloadSeries();
  const engine = withObservationMemo(store);
  const economy = await engine.economy(options.iso3);
  const iso3 = economy.iso3;
  const year = options.year ?? REPORT_DEFAULTS.year;
  const peers = options.peers ?? REPORT_DEFAULTS.peers;
  const sensitivity = options.sensitivity ?? REPORT_DEFAULTS.sensitivity;
  const lastCouplingYear = Math.min(year, 2019);
  const settings: ReportSettings = {
    year,
    yearGiven: options.year !== undefined,
    peers,
    method: REPORT_DEFAULTS.method,
    normalization: REPORT_DEFAULTS.normalization,
    window: REPORT_DEFAULTS.window,
    sensitivity: { draws: sensitivity.draws, seed: sensitivity.seed },
    trajectoryYears: trajectoryYears(year),
    couplingYears: [Math.min(2000, lastCouplingYear), lastCouplingYear],
    complexityDataset: REPORT_DEFAULTS.complexityDataset,
    io: { ...REPORT_DEFAULTS.io },
    simulation: { ...REPORT_DEFAULTS.simulation },
  };
  const gathered = await gather(engine, iso3, settings, options);
  options.onProgress?.({ step: STEPS.length, total: STEPS.length + 1, label: 'writing the report' });
  const t = LABELS[lang];
  const name = lang === 'zh' ? (economy.name_zh ?? economy.name_en) : economy.name_en;
  const citations = new Citations();
  const context: Context = { store: engine, lang, t, iso3, name, settings, citations, data: gathered };
  const built = new Map<SectionId, ReportSection>();
  // Sections are written in display order (so sources are numbered as a reader meets them),
  // except the summary, which needs the others' numbers and cites nothing new.
  built.set('income', incomeSection(context));
  built.set('structure', structureSection(context));
  built.set('characteristics', scorecardSection(context, 'characteristics', gathered.characteristics));
  built.set('four-systems', scorecardSection(context, 'four-systems', gathered.fourSystems));
  built.set('graduates', graduatesSection(context));
  built.set('stage', stageSection(context));
  built.set('complexity', complexitySection(context));
  built.set('input-output', inputOutputSection(context));
  built.set('scenario', scenarioSection(context));
  built.set('summary', summarySection(context));
  built.set('sources', sourcesSection(context));
  built.set('methods', methodsSection(context));
  return {
    lang,
    iso3,
    economyName: name,
    title: t.reportTitle(name, iso3),
    subtitle: t.subtitle,
    settings,
    generated: {
      chanye: CHANYE_VERSION,
      snapshot: store.manifest.built_from.shared_manifest_generated_at.slice(0, 10),
      ...(options.date !== undefined ? { date: options.date } : {}),
    },
    sections: SECTION_IDS.map((id) => built.get(id) as ReportSection),
    sources: {
      series: citations.series,
      snapshot: store.manifest.sources.map((s) => ({
        id: s.id,
        name: s.name,
        publisher: s.publisher,
        vintage: s.vintage,
        licence: s.licence,
        citation: s.citation,
      })),
    },
    references: citations.references,
  };
}

const STEPS = [
  'profile and income history',
  'diagnostics',
  'six characteristics',
  'four systems',
  'same-income benchmark',
  'New Four coordination',
  'export structure',
  'economic complexity',
  'input-output linkages',
  'scenario simulation',
] as const;
type Step = (typeof STEPS)[number];

/**
 * Runs the steps' work and reports progress as each finishes: `step` steps done, `label` the
 * first step (in order) still running.
 */
function progressSteps(
  onProgress: BuildReportOptions['onProgress'],
): <T>(label: Step, work: () => Promise<T>) => Promise<T> {
  const running = new Set<Step>(STEPS);
  let done = 0;
  const tell = (): void => {
    const next = STEPS.find((s) => running.has(s));
    if (next !== undefined) onProgress?.({ step: done, total: STEPS.length + 1, label: next });
  };
  tell();
  return async (label, work) => {
    const value = await work();
    running.delete(label);
    done += 1;
    tell();
    return value;
  };
}

/**
 * Asks the engine for everything the report shows. The steps are independent, so they run
 * concurrently: the store's DuckDB connector answers several queries at once from its pool,
 * and one step's queries overlap another's computation. Each step calls the same functions
 * with the same arguments as when run alone, so the numbers do not depend on the order.
 */
async function gather(
  store: Store,
  iso3: string,
  settings: ReportSettings,
  options: BuildReportOptions,
): Promise<Gathered> {
  const step = progressSteps(options.onProgress);
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
    await Promise.all([
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
          policy: scorecardPolicy({ normalization: 'min-max', weighting: 'equal', aggregation: 'arithmetic' }),
        }),
      ),
      step('export structure', () => gatherTrade(store, iso3)),
      step('economic complexity', async () => {
        const [run, productNames] = await Promise.all([
          runComplexity(store, { source: { dataset: settings.complexityDataset }, atlasFilter: true }),
          store.productNames('hs07'),
        ]);
        // The product space's graph and layout (memoised), while other steps wait on DuckDB.
        if (run.years[0]) productSpaceGraph(run.years[0]);
        return { complexity: run, productNames };
      }),
      step('input-output linkages', () => gatherIoStep(store, iso3, settings, options.ioInWorker ?? true)),
      step('scenario simulation', () => gatherSimulation(store, iso3, settings)),
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

/**
 * The input-output step. Its work is nearly all computation on one thread (two LU
 * factorizations of a 1,435-sector matrix), so by default it runs in a worker thread, with a
 * store of its own over the same snapshot, beside the rest of the report. The worker calls the
 * same functions on the same tables (user data never enters them), so the numbers are the
 * same. The step runs here instead when asked to (`ioInWorker: false`), when the module runs
 * from its TypeScript source (tests, tsx: there is no compiled worker file beside it), or when
 * the worker's store cannot be opened.
 */
async function gatherIoStep(
  store: Store,
  iso3: string,
  settings: ReportSettings,
  inWorker: boolean,
): Promise<GatheredIo> {
  const ask: IoAsk = { iso3, ...settings.io, limit: REPORT_DEFAULTS.chokepoints.limit };
  const script = new URL('./io-worker.js', import.meta.url);
  if (!inWorker || !existsSync(fileURLToPath(script))) return gatherIo(store, ask);
  const options: StoreOptions = {
    snapshotDir: store.snapshotDir,
    catalogPath: join(store.catalogDir, 'indicators.yaml'),
    // A path that does not exist: the worker's store opens no user database.
    userDbPath: join(store.snapshotDir, 'no-user-database.duckdb'),
  };
  const worker = new Worker(script, { workerData: { options, ask } });
  const message = await new Promise<IoWorkerMessage>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the input-output worker stopped (exit code ${code})`)));
  }).finally(() => void worker.terminate());
  if ('ok' in message) return message.ok;
  const { kind, message: text, opening } = message.error;
  if (opening) return gatherIo(store, ask);
  throw kind ? new ChanyeError(kind, text) : new Error(text);
}

/** `chanye simulate ISO3 --to --scenario --draws --seed`; an economy the model cannot calibrate gets the reason. */
async function gatherSimulation(store: Store, iso3: string, settings: ReportSettings): Promise<Gathered['simulation']> {
  const { scenario, to, draws, seed } = settings.simulation;
  try {
    return { report: await simulateEconomy(store, { iso3, to, scenario, draws, seed }) };
  } catch (error) {
    if (error instanceof ChanyeError && (error.kind === 'no-data' || error.kind === 'not-found'))
      return { error: error.message };
    throw error;
  }
}

interface Context {
  readonly store: Store;
  readonly lang: Lang;
  readonly t: Labels;
  readonly iso3: string;
  readonly name: string;
  readonly settings: ReportSettings;
  readonly citations: Citations;
  readonly data: Gathered;
}

// ---------------------------------------------------------------------------------------------
// Building blocks

function section(context: Context, id: SectionId, parts: Partial<Omit<ReportSection, 'id' | 'title'>>): ReportSection {
  return {
    id,
    title: SECTION_TITLES[id][context.lang],
    paragraphs: parts.paragraphs ?? [],
    findings: parts.findings ?? [],
    figures: parts.figures ?? [],
    tables: parts.tables ?? [],
  };
}

function findingOf(context: Context, f: Finding): ReportFinding {
  const zh = context.lang === 'zh';
  const evidence: ReportEvidence[] = f.evidence.map((e) => ({
    label: zh ? e.label_zh : e.label_en,
    iso3: e.iso3,
    year: e.year,
    value: e.value,
    unit: e.unit,
    source: context.citations.source(e.source),
    status: e.status,
    ...(e.note !== undefined ? { note: e.note } : {}),
  }));
  return {
    diagnostic: f.diagnostic,
    id: f.id,
    severity: f.severity,
    statement: zh ? f.statement_zh : f.statement_en,
    evidence,
    ...(f.threshold ? { rule: zh ? f.threshold.description_zh : f.threshold.description_en } : {}),
    reference: context.citations.reference(f.reference),
  };
}

function findingsOf(context: Context, ...diagnostics: string[]): ReportFinding[] {
  return context.data.diagnoses
    .filter((d) => diagnostics.includes(d.diagnostic.id))
    .sort((a, b) => diagnostics.indexOf(a.diagnostic.id) - diagnostics.indexOf(b.diagnostic.id))
    .flatMap((d) => d.findings.map((f) => findingOf(context, f)));
}

/** The short name of the snapshot source(s) a series label names, e.g. "Penn World Table 10.01". */
function shortSource(context: Context, sources: readonly string[]): string {
  const names = new Set<string>();
  for (const s of sources) {
    const known = context.store.manifest.sources.filter((m) => s.includes(m.name));
    if (known.length === 0) names.add(s);
    for (const m of known) names.add(m.name);
  }
  return [...names].join('; ');
}

/**
 * A source line: short names for the chart, the numbered full series for the table. `short`
 * replaces the short names where they must say more (the WIOD table's release and year).
 */
function sourceLines(context: Context, sources: readonly string[], short?: string): { chart: string; table: string } {
  const distinct = [...new Set(sources)];
  const numbers = distinct.map((s) => `[${context.citations.source(s)}]`).join(' ');
  const name = short ?? shortSource(context, distinct);
  return {
    chart: `${context.t.sourcePrefix}${name}`,
    table: `${context.t.sourcePrefix}${name} ${numbers}`.trim(),
  };
}

interface FigureOptions {
  /** A note under the data table. */
  readonly note?: string;
  /** The short source line (default: the snapshot names of `sources`). */
  readonly short?: string;
  /** Leaves out data-table columns with no value (a series drawn only as a band). */
  readonly compact?: boolean;
}

function figure(
  context: Context,
  spec: ChartSpec,
  sources: readonly string[],
  options: FigureOptions = {},
): ReportFigure {
  const lines = sourceLines(context, sources, options.short);
  const withSource = { ...spec, source: lines.chart } as ChartSpec;
  const data = chartTable(withSource);
  const digits = withSource.digits ?? 2;
  const keep = data.columns.map(
    (_, i) => i === 0 || !options.compact || data.rows.some((row) => row[i] !== null && row[i] !== undefined),
  );
  const table: ReportTable = {
    id: `${spec.id}-data`,
    caption: `${context.t.dataTable}: ${spec.title}`,
    columns: data.columns
      .map((label, i) => (i > 0 && data.rows.some((row) => typeof row[i] === 'number') ? { label, digits } : { label }))
      .filter((_, i) => keep[i]),
    rows: data.rows.map((row) =>
      row.map((cell, i) => (i === 0 && typeof cell === 'number' ? String(cell) : cell)).filter((_, i) => keep[i]),
    ),
    source: lines.table,
    ...(options.note !== undefined ? { note: options.note } : {}),
  };
  return { spec: withSource, table };
}

function table(
  context: Context,
  id: string,
  caption: string,
  columns: readonly TableColumn[],
  rows: readonly (readonly Cell[])[],
  sources: readonly string[],
  note?: string,
  short?: string,
): ReportTable {
  return {
    id,
    caption,
    columns,
    rows,
    source: sourceLines(context, sources, short).table,
    ...(note !== undefined ? { note } : {}),
  };
}

const col = (label: string, digits?: number): TableColumn => (digits === undefined ? { label } : { label, digits });

// ---------------------------------------------------------------------------------------------
// Sections

function incomeSection(context: Context): ReportSection {
  const { t, lang, data, iso3 } = context;
  const wb = context.store.source('wb_class');
  const wbSource = `${wb.name}; ${wb.vintage}`;
  const spells = data.profile.income.spells;
  const current = data.profile.income.current;
  const paragraphs: string[] = [];
  if (current) {
    const group = INCOME_GROUP_NAMES[current.group][lang];
    paragraphs.push(
      lang === 'zh'
        ? `${t.incomeGroup}：${group}（${current.fiscalYear}，依据${current.dataYear}年国民总收入）。`
        : `${t.incomeGroup}: ${group} (${current.fiscalYear}, on ${current.dataYear} GNI).`,
    );
  }
  const atYear = data.profile.income.atRequestedYear;
  if (atYear && atYear.dataYear !== current?.dataYear) {
    const group = INCOME_GROUP_NAMES[atYear.group][lang];
    paragraphs.push(
      lang === 'zh'
        ? `${atYear.dataYear}年：${group}（${atYear.fiscalYear}）。`
        : `In ${atYear.dataYear}: ${group} (${atYear.fiscalYear}).`,
    );
  }
  const spellTable = table(
    context,
    'income-spells',
    t.spells,
    [col(t.incomeGroup), col(t.from), col(t.to), col(t.years, 0)],
    spells.map((s) => [INCOME_GROUP_NAMES[s.group][lang], String(s.from), String(s.to), s.to - s.from + 1]),
    [wbSource],
  );
  const gdpFigure = figure(
    context,
    {
      kind: 'line',
      id: 'income-gdp',
      title: t.gdpChart,
      description: t.gdpDesc(context.name),
      source: '',
      key: t.year,
      digits: 0,
      y: { label: t.usd, min: 0 },
      series: [{ name: iso3, points: data.gdp.map((o) => ({ x: o.year, y: o.value })) }],
    },
    data.gdp.map((o) => o.source),
  );
  return section(context, 'income', {
    paragraphs,
    findings: findingsOf(context, 'income-trap'),
    figures: [gdpFigure],
    tables: [spellTable],
  });
}

/** Years shown in the sector-share chart: each decade year with data, and the latest year. */
function sectorYears(sectors: Gathered['sectors']): number[] {
  const years = new Set(sectors.flatMap((s) => s.observations.map((o) => o.year)));
  const all = [...years].sort((a, b) => a - b);
  const latest = all.at(-1);
  const chosen = all.filter((y) => y % 10 === 0);
  if (latest !== undefined && !chosen.includes(latest)) chosen.push(latest);
  return chosen;
}

function structureSection(context: Context): ReportSection {
  const { t, lang, data, iso3 } = context;
  const zh = lang === 'zh';
  const figures: ReportFigure[] = [];
  const years = sectorYears(data.sectors);
  const names: Record<(typeof SECTOR_INDICATORS)[number], string> = {
    agriculture_share_gdp: t.agriculture,
    industry_share_gdp: t.industry,
    services_share_gdp: t.services,
  };
  const sectorSources = data.sectors.flatMap((s) =>
    s.observations.filter((o) => years.includes(o.year)).map((o) => o.source),
  );
  figures.push(
    figure(
      context,
      {
        kind: 'bar',
        id: 'structure-sectors',
        title: t.sectorChart,
        description: t.sectorDesc,
        source: '',
        key: t.year,
        stacked: true,
        digits: 1,
        y: { label: t.pctGdp, min: 0, max: 100 },
        categories: years.map(String),
        series: data.sectors.map((s) => ({
          name: names[s.id as (typeof SECTOR_INDICATORS)[number]],
          values: years.map((y) => s.observations.find((o) => o.year === y)?.value ?? null),
        })),
      },
      sectorSources,
    ),
  );
  const tables: ReportTable[] = [];
  if (data.arrays.length > 0) {
    const first = data.arrays[0] as ExportStructure;
    figures.push(
      figure(
        context,
        {
          kind: 'bar',
          id: 'structure-arrays',
          title: t.arraysChart,
          description: t.arraysDesc,
          source: '',
          key: t.array,
          digits: 2,
          y: { label: t.pctExports, min: 0 },
          categories: first.classes.map((c) => (zh ? c.name_zh : c.name_en)),
          series: data.arrays.map((s) => ({
            name: String(s.year),
            values: first.classes.map((c) => {
              const found = s.classes.find((k) => k.id === c.id);
              return found && found.measurable ? found.share : null;
            }),
          })),
        },
        data.arrays.map((s) => s.source),
        { note: `${zh ? '方法' : 'Method'}: ${first.method}` },
      ),
    );
  }
  if (data.hightech.length > 0) {
    figures.push(
      figure(
        context,
        {
          kind: 'line',
          id: 'structure-hightech',
          title: t.hightechChart,
          description: t.hightechDesc,
          source: '',
          key: t.year,
          digits: 2,
          y: { label: t.pctGdp, min: 0 },
          rules: [{ value: 20, label: t.line20 }],
          series: [{ name: iso3, points: data.hightech.map((h) => ({ x: h.year, y: h.value })) }],
        },
        data.hightech.flatMap((h) => [h.mva.source, h.mht.source]),
      ),
    );
  }
  for (const [s, id, caption] of [
    [data.tech, 'structure-tech', t.techTable],
    [data.bec, 'structure-bec', zh ? '按最终用途划分的出口（BEC）' : 'Exports by end use (BEC)'],
  ] as const) {
    if (!s) continue;
    tables.push(
      table(
        context,
        id,
        `${caption}, ${s.year}`,
        [col(t.techClass), col(t.shareOfExports, 2), col(t.exportsUsd, 0)],
        s.classes.map((c) => [
          zh ? c.name_zh : c.name_en,
          c.measurable ? c.share : null,
          c.measurable ? c.value : null,
        ]),
        [s.source],
        `${zh ? '方法' : 'Method'}: ${s.method}`,
      ),
    );
  }
  if (data.newThree.length > 0) {
    const year = data.tech?.year ?? data.arrays.at(-1)?.year ?? 0;
    tables.push(
      table(
        context,
        'structure-new-three',
        `${t.newThree}, ${year}`,
        [col(t.product), col(t.heading), col(t.exportsUsd, 0), col(t.shareOfExports, 2), col(t.worldShare, 2)],
        data.newThree.map((n) => [zh ? n.name_zh : n.name_en, n.heading, n.value, n.shareOfExports, n.worldShare]),
        [data.tech?.source ?? data.arrays.at(-1)?.source ?? ''],
        data.newThree.map((n) => `${n.heading}: ${zh ? n.caveat_zh : n.caveat_en}`).join(' '),
      ),
    );
  }
  return section(context, 'structure', {
    findings: findingsOf(
      context,
      'dual-structure',
      'deindustrialization',
      'petty-clark',
      'structural-change',
      'demand',
    ),
    figures,
    tables,
  });
}

function overallRow(rows: readonly ScoreRow[], iso3: string, year: number): ScoreRow | undefined {
  return rows.find((r) => r.iso3 === iso3 && r.year === year && r.subsystem === 'overall');
}

function scorecardSection(
  context: Context,
  id: 'characteristics' | 'four-systems',
  scored: readonly ScoreYear[],
): ReportSection {
  const { t, lang, iso3, settings } = context;
  const zh = lang === 'zh';
  const rows = scoreRows(scored);
  const current = scored.find((y) => y.year === settings.year);
  const framework = current?.framework ?? context.store.framework(id);
  const fwName = zh ? framework.name_zh : framework.name_en;
  const subsystemName = (sid: string): string => {
    const s = framework.subsystems.find((k) => k.id === sid);
    return s ? (zh ? s.name_zh : s.name_en) : sid;
  };
  const yearRows = rows.filter((r) => r.year === settings.year && r.iso3 === iso3);
  const overall = overallRow(rows, iso3, settings.year);
  const pillarRows = yearRows.filter((r) => r.subsystem !== 'overall');
  const inputSources = (current?.inputs ?? []).filter((c) => c.iso3 === iso3).map((c) => c.source);
  const paragraphs = [
    t.scoreMethod(
      settings.method,
      settings.normalization,
      settings.peers,
      settings.window,
      settings.sensitivity.draws,
      settings.sensitivity.seed,
    ),
  ];
  if (overall?.note) paragraphs.push(`${zh ? '说明' : 'Note'}: ${overall.note}.`);
  const dropped = current?.result.droppedIndicators.map((d) => d.id) ?? [];
  if (dropped.length > 0) paragraphs.push(t.dropped(dropped.join(', ')));
  context.citations.reference(framework.reference);
  const figures: ReportFigure[] = [];
  figures.push(
    figure(
      context,
      {
        kind: 'radar',
        id: `${id}-radar`,
        title: zh ? `${settings.year}年${fwName}` : `${fwName}, ${settings.year}`,
        description: t.radarDesc(context.name, fwName, settings.year),
        source: '',
        key: t.subsystem,
        digits: 3,
        max: 1,
        axes: pillarRows.map((r) => subsystemName(r.subsystem)),
        series: [{ name: iso3, values: pillarRows.map((r) => r.score) }],
      },
      inputSources,
    ),
  );
  if (scored.length > 1) {
    const trajectory = scored.map((y) => overallRow(rows, iso3, y.year));
    figures.push(
      figure(
        context,
        {
          kind: 'line',
          id: `${id}-trajectory`,
          title: t.trajectory(fwName),
          description: t.trajectoryDesc,
          source: '',
          key: t.year,
          digits: 0,
          y: { label: t.rank, reverse: true, min: 1 },
          bandLabels: [t.rank05, t.rank95],
          series: [
            {
              name: iso3,
              points: scored.map((y, k) => ({
                x: y.year,
                y: trajectory[k]?.rank ?? null,
                low: trajectory[k]?.rank_p05 ?? null,
                high: trajectory[k]?.rank_p95 ?? null,
              })),
            },
          ],
        },
        scored.flatMap((y) => y.inputs.filter((c) => c.iso3 === iso3).map((c) => c.source)),
      ),
    );
  }
  const scoreTable = table(
    context,
    `${id}-scores`,
    t.scoreTable(fwName, settings.year),
    [
      col(t.subsystem),
      col(t.score, 3),
      col(t.rank, 0),
      col(t.of, 0),
      col(t.rankMedian, 1),
      col(t.rank05, 0),
      col(t.rank95, 0),
    ],
    [
      ...pillarRows.map((r) => [subsystemName(r.subsystem), r.score, r.rank, r.units, null, null, null]),
      ...(overall
        ? [
            [
              t.overall,
              overall.score,
              overall.rank,
              overall.units,
              overall.rank_median,
              overall.rank_p05,
              overall.rank_p95,
            ],
          ]
        : []),
    ],
    inputSources,
  );
  return section(context, id, { paragraphs, figures, tables: [scoreTable] });
}

function graduatesSection(context: Context): ReportSection {
  const { t, lang, iso3, data } = context;
  const zh = lang === 'zh';
  const comparison = data.sameIncome;
  const figures: ReportFigure[] = [];
  const tables: ReportTable[] = [];
  if (comparison) {
    const groupLabel = (g: 'graduates' | 'stalled'): string => (g === 'graduates' ? t.graduatesLabel : t.stalledLabel);
    const rows = SAME_INCOME_INDICATORS.map((indicator) => {
      const meta = context.store.indicator(indicator);
      const own = comparison.focus[indicator] ?? null;
      return {
        label: zh ? meta.name_zh : meta.name_en,
        points: [
          { series: iso3, value: own?.value ?? null, ...(own ? { label: `${iso3} ${own.year}` } : {}) },
          ...comparison.comparators.flatMap((c) => {
            const o = c.values[indicator];
            return o ? [{ series: groupLabel(c.group), value: o.value, label: `${c.iso3} ${o.year}` }] : [];
          }),
        ],
      };
    });
    const sources = [
      ...Object.values(comparison.focus).flatMap((o) => (o ? [o.source] : [])),
      ...comparison.comparators.flatMap((c) => Object.values(c.values).flatMap((o) => (o ? [o.source] : []))),
    ];
    figures.push(
      figure(
        context,
        {
          kind: 'dot',
          id: 'graduates-same-income',
          title: t.sameIncomeChart,
          description: t.sameIncomeDesc,
          source: '',
          key: t.indicator,
          digits: 2,
          width: 720,
          x: { label: '%' },
          rows,
        },
        sources,
      ),
    );
    tables.push(
      table(
        context,
        'graduates-comparators',
        t.comparators,
        [col(t.economy), col(t.group), col(t.reached), col(t.gdpThen, 0), col(t.note)],
        comparison.comparators.map((c) => [
          c.iso3,
          groupLabel(c.group),
          c.year === null ? t.never : String(c.year),
          c.gdpPerCapita,
          c.note,
        ]),
        [comparison.gdpPerCapita.source],
      ),
    );
  }
  return section(context, 'graduates', { findings: findingsOf(context, 'graduates-vs-stalled'), figures, tables });
}

function stageSection(context: Context): ReportSection {
  const { t, lang, data } = context;
  const zh = lang === 'zh';
  const framework = context.store.framework('new-four');
  context.citations.reference(framework.reference);
  const scored = data.coupling.filter((c) => c.result !== null);
  const figures: ReportFigure[] = [];
  const tables: ReportTable[] = [];
  const couplingSource = [
    zh
      ? `Chanye耦合协调度计算（chanye coupling ${context.iso3} --framework new-four），指标见catalog/frameworks.yaml`
      : `Chanye coupling coordination (chanye coupling ${context.iso3} --framework new-four) over the indicators of catalog/frameworks.yaml`,
  ];
  if (scored.length > 0) {
    figures.push(
      figure(
        context,
        {
          kind: 'line',
          id: 'stage-coupling',
          title: t.couplingChart,
          description: t.couplingDesc,
          source: '',
          key: t.year,
          digits: 3,
          y: { label: 'C, T, D', min: 0, max: 1 },
          series: [
            { name: 'D', points: data.coupling.map((c) => ({ x: c.year, y: c.result?.coordination ?? null })) },
            { name: 'C', points: data.coupling.map((c) => ({ x: c.year, y: c.result?.coupling ?? null })) },
            { name: 'T', points: data.coupling.map((c) => ({ x: c.year, y: c.result?.development ?? null })) },
          ],
        },
        couplingSource,
      ),
    );
    const subsystems = framework.subsystems;
    tables.push(
      table(
        context,
        'stage-coupling-bands',
        t.couplingTable,
        [
          col(t.year),
          ...subsystems.map((s) => col(`U ${zh ? s.name_zh : s.name_en}`, 3)),
          col('D', 3),
          col(t.band),
          col(t.note),
        ],
        data.coupling.map((c) => [
          String(c.year),
          ...subsystems.map((s) => c.subsystems[s.id] ?? null),
          c.result?.coordination ?? null,
          c.result ? (zh ? c.result.band.zh : c.result.band.en) : null,
          c.note,
        ]),
        couplingSource,
      ),
    );
  }
  return section(context, 'stage', {
    findings: findingsOf(context, 'industrialization-stage', 'rostow'),
    figures,
    tables,
  });
}

function complexitySection(context: Context): ReportSection {
  const { t, lang, iso3, data } = context;
  const zh = lang === 'zh';
  const run = data.complexity;
  const y = run.years[0];
  context.citations.reference(ATLAS_FILTER.reference);
  const source = [`${run.note} (${run.dataset})`];
  const paragraphs: string[] = [];
  const figures: ReportFigure[] = [];
  const tables: ReportTable[] = [];
  const i = y ? y.locations.indexOf(iso3) : -1;
  if (!y || i < 0) {
    const dropped = run.dropped.find((d) => d.location === iso3);
    paragraphs.push(
      zh
        ? `${iso3}不在经济复杂度计算范围内${dropped ? `（${dropped.reason}）` : ''}。`
        : `${iso3} is not among the economies of the complexity computation${dropped ? ` (${dropped.reason})` : ''}.`,
    );
    return section(context, 'complexity', { paragraphs });
  }
  const eci = y.eci[i] as number;
  const order = y.locations.map((_, k) => k).sort((a, b) => (y.eci[b] as number) - (y.eci[a] as number));
  const rank = order.indexOf(i) + 1;
  tables.push(
    table(
      context,
      'complexity-summary',
      t.eciTable,
      [col(t.measure), col(t.value)],
      [
        [t.eci, eci],
        [t.eciRank, `${rank} / ${y.locations.length}`],
        [t.diversity, y.diversity[i] as number],
        [t.coi, y.coi[i] as number],
        ...(y.expy ? [[t.expy, y.expy[i] as number] as Cell[]] : []),
      ],
      source,
      `${zh ? '方法' : 'Method'}: ${ATLAS_FILTER.reference}; ${run.covariates.population}; ${run.covariates.gdpPerCapita}`,
    ),
  );
  const groups = context.store.benchmarkGroups();
  const members = new Map<string, string>();
  members.set(iso3, iso3);
  for (const g of groups.filter((g) => g.id === 'graduates' || g.id === 'stalled'))
    for (const m of g.members)
      if (!members.has(m)) members.set(m, g.id === 'graduates' ? t.graduatesLabel : t.stalledLabel);
  const dotRows = [...members.entries()]
    .map(([code, group]) => ({ code, group, k: y.locations.indexOf(code) }))
    .filter((r) => r.k >= 0)
    .sort((a, b) => (y.eci[b.k] as number) - (y.eci[a.k] as number))
    .map((r) => ({ label: r.code, points: [{ series: r.group, value: y.eci[r.k] as number }] }));
  figures.push(
    figure(
      context,
      {
        kind: 'dot',
        id: 'complexity-eci',
        title: t.eciChart,
        description: t.eciDesc,
        source: '',
        key: t.economy,
        digits: 3,
        x: { label: 'ECI' },
        rules: [{ value: 0, label: '0' }],
        rows: dotRows,
      },
      source,
    ),
  );
  const p = y.products.length;
  const productName = (code: string): string => data.productNames.get(code)?.name ?? code;
  const space = productSpaceGraph(y);
  const nodes = space.products.map((code, j) => ({
    id: code,
    label: productName(code),
    group: data.productNames.get(code)?.group ?? t.unclassified,
    x: space.positions[2 * j] as number,
    y: space.positions[2 * j + 1] as number,
    size: (space.exports[j] as number) / 1e6,
    highlight: (y.m.values[i * p + j] as number) === 1,
  }));
  figures.push(
    figure(
      context,
      {
        kind: 'network',
        id: 'complexity-product-space',
        title: t.productSpaceChart,
        description: t.productSpaceDesc(nodes.length, space.links.length, nodes.filter((n) => n.highlight).length),
        source: '',
        key: t.hsSection,
        digits: 0,
        nodes,
        links: space.links.map((l) => ({ source: l.source, target: l.target, backbone: l.spanningTree })),
        labels: { highlight: t.rcaOne, other: t.otherProducts, nodes: t.productsCount, size: t.worldExportsMn },
      },
      source,
    ),
  );
  // The ten products with the highest `rank` among those the economy does (m = 1) or does not
  // (m = 0) export with comparative advantage.
  const topTen = (m: 0 | 1, rank: (j: number) => number): { code: string; j: number }[] =>
    y.products
      .map((code, j) => ({ code, j }))
      .filter(({ j }) => (y.m.values[i * p + j] as number) === m)
      .sort((a, b) => rank(b.j) - rank(a.j))
      .slice(0, 10);
  const exported = topTen(1, (j) => y.pci[j] as number);
  tables.push(
    table(
      context,
      'complexity-top-products',
      t.topComplex,
      [col(t.heading), col(t.product), col(t.pci, 3), col(t.rca, 2), col(t.exportsUsd, 0)],
      exported.map(({ code, j }) => [
        code,
        productName(code),
        y.pci[j] as number,
        y.rca ? (y.rca.values[i * p + j] as number) : null,
        y.values.values[i * p + j] as number,
      ]),
      source,
    ),
  );
  const opportunities = topTen(0, (j) => y.cog.values[i * p + j] as number);
  tables.push(
    table(
      context,
      'complexity-opportunities',
      t.opportunities,
      [col(t.heading), col(t.product), col(t.pci, 3), col(t.density, 3), col(t.cog, 3)],
      opportunities.map(({ code, j }) => [
        code,
        productName(code),
        y.pci[j] as number,
        y.density.values[i * p + j] as number,
        y.cog.values[i * p + j] as number,
      ]),
      source,
      zh ? '产品名称为英文（HS 2007，Open Trade Statistics）。' : undefined,
    ),
  );
  paragraphs.push(t.productSpaceNote);
  return section(context, 'complexity', { paragraphs, figures, tables });
}

const pct = (share: number): number => share * 100;

function inputOutputSection(context: Context): ReportSection {
  const { t, lang, iso3, data, settings } = context;
  const zh = lang === 'zh';
  const io = data.io;
  if (!io.available)
    return section(context, 'input-output', { paragraphs: t.ioMissing(iso3, io.economies.join(', ')) });
  const { year } = settings.io;
  const short = t.ioSource(year);
  // "Timmer, Dietzenbacher, Los, Stehrer and de Vries (2015), Review of International Economics 23: 575-605"
  const wiodCitation = MRIO_DATASETS.wiod2013.citation.replace(/; via .*$/, '');
  context.citations.reference(
    'Timmer, Dietzenbacher, Los, Stehrer and de Vries (2015), "An illustrated user guide to the World Input-Output Database: the case of global automotive production", Review of International Economics 23: 575-605',
  );
  context.citations.reference(
    'Miller and Blair (2009), Input-Output Analysis: Foundations and Extensions, 2nd ed., Cambridge University Press (Rasmussen linkages, §12.2)',
  );
  context.citations.reference(
    'Borin and Mancini (2019), "Measuring what matters in global value chains and value-added trade", World Bank Policy Research Working Paper 8804',
  );
  const source = (command: string, meta: IoMeta): string[] => [
    `${meta.source}; ${wiodCitation}; table of ${meta.year}; chanye io ${command} --year ${meta.year} --economy ${iso3}`,
  ];
  const description = new Map(io.sectors.map((s) => [s.sector, s.description]));
  const describe = (sector: string): string => description.get(sector) ?? '';
  const englishNote = zh ? '部门名称为英文（WIOD 2013，ISIC第3版）。' : undefined;
  const figures: ReportFigure[] = [];
  const tables: ReportTable[] = [];
  // Linkages and key sectors.
  const links = io.linkages;
  figures.push(
    figure(
      context,
      {
        kind: 'dot',
        id: 'io-linkages',
        title: t.linkagesChart,
        description: t.linkagesDesc,
        source: '',
        key: t.sector,
        digits: 3,
        width: 720,
        x: { label: zh ? '拉斯穆森指数' : 'Rasmussen index' },
        rules: [{ value: 1, label: '1' }],
        rows: links.rows.map((r) => ({
          label: `${r.sector} ${describe(r.sector)}`,
          points: [
            { series: t.backward, value: r.backward },
            { series: t.forward, value: r.forward },
          ],
        })),
      },
      source('linkages', links),
      { short },
    ),
  );
  const key = links.rows.filter((r) => r.class === 'key');
  tables.push(
    table(
      context,
      'io-key-sectors',
      t.keySectors(key.length),
      [col(t.sector), col(t.description), col(t.backward, 3), col(t.forward, 3)],
      key.map((r) => [r.sector, describe(r.sector), r.backward, r.forward]),
      source('linkages', links),
      englishNote,
      short,
    ),
  );
  // GVC participation.
  const gvc = io.gvc;
  const total = gvc.economies[0];
  if (total) {
    tables.push(
      table(
        context,
        'io-gvc',
        t.gvcTable,
        [col(t.measure), col(t.value)],
        [
          [t.grossExports, total.exports],
          [t.dvaShare, pct(total.dva / total.exports)],
          [t.fvaShare, pct(total.fva / total.exports)],
          [t.backwardShare, pct(total.backward)],
          [t.forwardShare, pct(total.forward)],
          [t.participation, pct(total.participation)],
          [t.gvcTrade, pct(total.gvcTrade)],
        ],
        source('gvc', gvc),
        `${zh ? '方法' : 'Method'}: ${gvc.method}`,
        short,
      ),
    );
  }
  const largest = [...(gvc.sectors ?? [])].sort((a, b) => b.exports - a.exports).slice(0, 10);
  figures.push(
    figure(
      context,
      {
        kind: 'dot',
        id: 'io-gvc-sectors',
        title: t.gvcChart,
        description: t.gvcDesc,
        source: '',
        key: t.sector,
        digits: 1,
        width: 720,
        x: { label: '%', min: 0 },
        rows: largest.map((g) => ({
          label: `${g.sector} ${g.description}`,
          points: [
            { series: t.backward, value: pct(g.backward) },
            { series: t.forward, value: pct(g.forward) },
          ],
        })),
      },
      source('gvc', gvc),
      { short },
    ),
  );
  // Chokepoints.
  const security = io.security;
  const shown = security.chokepoints.slice(0, REPORT_DEFAULTS.chokepoints.shown);
  tables.push(
    table(
      context,
      'io-chokepoints',
      t.chokepointsTable(shown.length, security.chokepoints.length),
      [
        col(t.rank, 0),
        col(t.supplier),
        col(t.sector),
        col(t.description),
        col(t.requirement, 4),
        col(t.worldExportShare, 1),
        col(t.importShare, 1),
        col(t.chokepointScore, 5),
      ],
      shown.map((c, k) => [
        k + 1,
        c.region,
        c.sector,
        describe(c.sector),
        c.requirement,
        pct(c.worldExportShare),
        pct(c.importShare),
        c.score,
      ]),
      source('security', security),
      `${zh ? '方法' : 'Method'}: ${security.method}`,
      short,
    ),
  );
  // Servitization.
  const sv = io.integration.servitization;
  tables.push(
    table(
      context,
      'io-servitization',
      t.servitizationTable(sv.servicesShare),
      [
        col(t.sector),
        col(t.description),
        col(t.servicesShare, 1),
        col(t.domesticServices, 1),
        col(t.foreignServices, 1),
        col(t.servicesContent, 3),
      ],
      [
        [
          'c3-c16',
          t.manufacturing,
          pct(sv.servicesShare),
          pct(sv.domesticServicesShare),
          pct(sv.foreignServicesShare),
          null,
        ],
        ...sv.sectors.map((x) => [
          x.sector,
          x.description,
          pct(x.servicesShare),
          pct(x.domesticServicesShare),
          pct(x.foreignServicesShare),
          x.servicesValueAddedContent,
        ]),
      ],
      source('integration', io.integration),
      `${zh ? '定义' : 'Definitions'}: ${io.integration.definitions.services}`,
      short,
    ),
  );
  // The 3+1 arrays by sector.
  const arrays = io.integration.arrays;
  const share = (v: number | null): number | null => (v === null ? null : pct(v));
  figures.push(
    figure(
      context,
      {
        kind: 'bar',
        id: 'io-arrays',
        title: t.ioArraysChart,
        description: t.ioArraysDesc,
        source: '',
        key: t.array,
        digits: 1,
        y: { label: '%', min: 0 },
        categories: arrays.map((a) => `${a.array} ${zh ? a.name_zh : a.name_en}`),
        series: [
          { name: t.output, values: arrays.map((a) => share(a.outputShare)) },
          { name: t.valueAdded, values: arrays.map((a) => share(a.valueAddedShare)) },
          { name: t.exportsLabel, values: arrays.map((a) => share(a.exportsShare)) },
        ],
      },
      source('integration', io.integration),
      { short, note: `${zh ? '定义' : 'Definitions'}: ${io.integration.definitions.arrays}` },
    ),
  );
  return section(context, 'input-output', { paragraphs: [t.ioIntro(iso3, year)], figures, tables });
}

function scenarioSection(context: Context): ReportSection {
  const { t, lang, iso3, settings } = context;
  const zh = lang === 'zh';
  const simulation = context.data.simulation;
  const { to, draws, seed } = settings.simulation;
  // The longest hold-out in full, the other recorded cut-offs in one sentence each.
  const backtest = RECORDED_BACKTESTS.map(({ cutoff }, i) => {
    const line = backtestLine(loadBacktestRecord(context.store.catalogDir, cutoff));
    return i === 0 ? t.backtest(line) : t.backtestAlso(line);
  }).join(' ');
  if ('error' in simulation)
    return section(context, 'scenario', { paragraphs: [t.noSimulation(iso3, simulation.error), backtest] });
  const r = simulation.report;
  if (r.scenario.reference) context.citations.reference(r.scenario.reference);
  const sources = [...r.sources];
  const short = zh
    ? `Chanye情景模拟（chanye simulate），基于${shortSource(context, sources)}`
    : `Chanye simulation (chanye simulate) on ${shortSource(context, sources)}`;
  const paragraphs = [t.scenarioIntro(iso3, zh ? r.scenario.name_zh : r.scenario.name_en, r.baseYear, to, draws, seed)];
  const fan = r.run.fans.gdp_per_capita;
  const at = (level: number, k: number): number | null => {
    const v = fan.quantiles[FAN_QUANTILES.indexOf(level as (typeof FAN_QUANTILES)[number])]?.[k];
    return v === undefined ? null : v;
  };
  const figures = [
    figure(
      context,
      fanChart({
        id: 'scenario-fan',
        title: t.fanChart(to),
        description: t.fanDesc(t.gdpUnit),
        source: '',
        key: t.year,
        digits: 0,
        y: { label: t.gdpUnit, min: 0 },
        names: { outer: t.interval95, inner: t.interval80, median: t.median },
        bandLabels: [t.lower, t.upper],
        years: r.years,
        quantile: at,
      }),
      sources,
      { short, compact: true },
    ),
  ];
  const tables: ReportTable[] = [];
  const crossing = r.crossing;
  if (crossing) {
    const shown = crossing.filter((c) => c.year % 5 === 0 || c.year === to);
    const marks = crossing.filter((c) => c.year === 2030 || c.year === to);
    paragraphs.push(
      t.crossingSentence(
        iso3,
        marks.map((c) => ({ year: c.year, p: c.probabilityCrossedBy })),
      ),
    );
    tables.push(
      table(
        context,
        'scenario-crossing',
        t.crossingTable,
        [
          col(t.year),
          col(t.threshold, 0),
          col(t.thresholdSource),
          col(t.gniMedian, 0),
          col(t.gniP10, 0),
          col(t.gniP90, 0),
          col(t.pAbove, 3),
          col(t.pCrossed, 3),
        ],
        shown.map((c) => [
          String(c.year),
          c.threshold,
          c.thresholdSource === 'published' ? t.published : t.extrapolated,
          c.gniMedian,
          c.gniP10,
          c.gniP90,
          c.probabilityAbove,
          c.probabilityCrossedBy,
        ]),
        sources,
        undefined,
        short,
      ),
    );
  } else paragraphs.push(t.noCrossing(iso3));
  tables.push(
    table(
      context,
      'scenario-assumptions',
      t.assumptionsTable,
      [col('[n]'), col(t.assumption)],
      r.assumptions.map((a, k) => [`${k + 1}.`, a]),
      sources,
      undefined,
      short,
    ),
  );
  paragraphs.push(backtest);
  return section(context, 'scenario', { paragraphs, figures, tables });
}

function summarySection(context: Context): ReportSection {
  const { t, lang, iso3, data, settings } = context;
  const zh = lang === 'zh';
  const rows: Cell[][] = [];
  const current = data.profile.income.current;
  const wb = context.store.source('wb_class');
  const atYear = data.profile.income.atRequestedYear ?? current;
  if (atYear) rows.push([t.incomeGroup, INCOME_GROUP_NAMES[atYear.group][lang], String(atYear.dataYear), wb.name]);
  for (const s of data.profile.sections)
    for (const item of s.items) {
      if (
        !item.observation ||
        !['gdp_per_capita_ppp', 'mva_share_gdp', 'mht_share_mva', 'rd_share_gdp'].includes(item.indicator)
      )
        continue;
      rows.push([
        `${zh ? item.name_zh : item.name_en} (${item.unit})`,
        item.observation.value,
        String(item.observation.year),
        shortSource(context, [item.observation.source]),
      ]);
    }
  for (const [id, scored] of [
    ['characteristics', data.characteristics],
    ['four-systems', data.fourSystems],
  ] as const) {
    const overall = overallRow(scoreRows(scored), iso3, settings.year);
    const framework = context.store.framework(id);
    if (!overall || overall.rank === null) continue;
    const interval =
      overall.rank_p05 !== null && overall.rank_p95 !== null
        ? `; ${t.rankInterval} ${overall.rank_p05}-${overall.rank_p95}`
        : '';
    rows.push([
      `${zh ? framework.name_zh : framework.name_en}: ${t.rank}`,
      `${overall.rank} / ${overall.units}${interval}`,
      String(settings.year),
      'Chanye (chanye score)',
    ]);
  }
  const y = data.complexity.years[0];
  const i = y ? y.locations.indexOf(iso3) : -1;
  if (y && i >= 0) rows.push([t.eci, y.eci[i] as number, String(y.time), 'Chanye (chanye complexity)']);
  const lastCoupling = [...data.coupling].reverse().find((c) => c.result !== null);
  if (lastCoupling?.result)
    rows.push([
      `${zh ? '“新四化”耦合协调度D' : 'New Four coordination D'}`,
      `${cliNumber(lastCoupling.result.coordination, 3)} (${zh ? lastCoupling.result.band.zh : lastCoupling.result.band.en})`,
      String(lastCoupling.year),
      'Chanye (chanye coupling)',
    ]);
  if (data.io.available) {
    const gvc = data.io.gvc.economies[0];
    if (gvc)
      rows.push([
        zh ? '全球价值链参与度（后向+前向，占总出口%）' : 'GVC participation (backward + forward, % of gross exports)',
        pct(gvc.participation),
        String(data.io.gvc.year),
        'WIOD 2013 (chanye io gvc)',
      ]);
  }
  if ('report' in data.simulation) {
    const last = data.simulation.report.crossing?.find((c) => c.year === settings.simulation.to);
    if (last)
      rows.push([
        zh
          ? `${settings.simulation.to}年前跨越高收入门槛的概率（基准情景）`
          : `Probability of crossing the high-income threshold by ${settings.simulation.to} (baseline)`,
        last.probabilityCrossedBy,
        String(last.year),
        'Chanye (chanye simulate)',
      ]);
  }
  const flagged = data.diagnoses.flatMap((d) =>
    d.findings.filter((f) => f.severity === 'risk' || f.severity === 'warning' || f.severity === 'positive'),
  );
  const stage = data.diagnoses
    .filter((d) => d.diagnostic.id === 'industrialization-stage' || d.diagnostic.id === 'income-trap')
    .flatMap((d) => d.findings.filter((f) => f.severity === 'info').slice(0, 2));
  const findings = [...flagged, ...stage]
    .sort((a, b) => severityOrder(a.severity) - severityOrder(b.severity))
    .map((f) => {
      const { rule: _rule, ...rest } = findingOf(context, f);
      return { ...rest, evidence: [] };
    });
  const paragraphs = [t.findingsList + (flagged.length === 0 ? ` ${t.noneToFlag}` : '')];
  const keyTable: ReportTable = {
    id: 'summary-key-numbers',
    caption: t.keyNumbers,
    columns: [col(t.measure), col(t.value), col(t.year), col(t.source)],
    rows,
    source: zh ? '数据来源：见各节' : 'Source: see each section',
  };
  return section(context, 'summary', { paragraphs, findings, tables: [keyTable] });
}

function severityOrder(s: Finding['severity']): number {
  return ['risk', 'warning', 'positive', 'info', 'no-data'].indexOf(s);
}

function sourcesSection(context: Context): ReportSection {
  const { t, store } = context;
  const series: ReportTable = {
    id: 'sources-series',
    caption: t.seriesSources,
    columns: [col('[n]'), col(t.source)],
    rows: context.citations.series.map((s, k) => [`[${k + 1}]`, s]),
    source: `${t.sourcePrefix}data/snapshot/manifest.json`,
  };
  const snapshot: ReportTable = {
    id: 'sources-snapshot',
    caption: `${t.snapshotSources} (${store.manifest.built_from.shared_manifest_generated_at.slice(0, 10)})`,
    columns: [col(t.name), col(t.publisher), col(t.vintage), col(t.licence)],
    rows: store.manifest.sources.map((s) => [s.name, s.publisher, s.vintage, s.licence]),
    source: `${t.sourcePrefix}data/snapshot/manifest.json`,
  };
  return section(context, 'sources', { tables: [series, snapshot] });
}

function methodsSection(context: Context): ReportSection {
  const { t, settings, lang } = context;
  const zh = lang === 'zh';
  const handbook =
    'OECD and JRC (2008), Handbook on Constructing Composite Indicators: Methodology and User Guide, OECD Publishing, doi:10.1787/9789264043466-en';
  const ecomplexity =
    'Growth Lab at Harvard University, py-ecomplexity (economic complexity in Python), with Hausmann, Hidalgo et al. (2014), The Atlas of Economic Complexity';
  context.citations.reference(handbook);
  context.citations.reference(ecomplexity);
  const settingsTable: ReportTable = {
    id: 'methods-settings',
    caption: t.settings,
    columns: [col(t.setting), col(t.value)],
    rows: [
      [
        zh ? '评分年份' : 'Scorecard year',
        `${settings.year}${settings.yearGiven ? '' : zh ? '（默认）' : ' (default)'}`,
      ],
      [
        zh ? '诊断年份' : 'Diagnostics as of',
        settings.yearGiven ? String(settings.year) : zh ? '最新数据' : 'latest data',
      ],
      [zh ? '参照组' : 'Peers', settings.peers],
      [zh ? '方法' : 'Method', `${settings.method}, ${settings.normalization}`],
      [zh ? '时间窗口（年）' : 'Window (years)', String(settings.window)],
      [
        zh ? '蒙特卡洛抽样' : 'Monte Carlo draws',
        `${settings.sensitivity.draws} (${zh ? '种子' : 'seed'} ${settings.sensitivity.seed})`,
      ],
      [zh ? '排名轨迹年份' : 'Trajectory years', settings.trajectoryYears.join(', ')],
      [zh ? '耦合协调年份' : 'Coupling years', `${settings.couplingYears[0]}-${settings.couplingYears[1]}`],
      [zh ? '经济复杂度数据' : 'Complexity data', `${settings.complexityDataset}, Atlas filter`],
      [zh ? '投入产出表' : 'Input-output table', `${settings.io.dataset}, ${settings.io.year}`],
      [
        zh ? '情景模拟' : 'Scenario simulation',
        `${settings.simulation.scenario}, ${zh ? '至' : 'to'} ${settings.simulation.to}, ${settings.simulation.draws} ${zh ? '次抽样，种子' : 'draws, seed'} ${settings.simulation.seed}`,
      ],
    ],
    source: 'Chanye',
  };
  const references: ReportTable = {
    id: 'methods-references',
    caption: t.references,
    columns: [col('[n]'), col(t.reference)],
    rows: context.citations.references.map((r, k) => [`${k + 1}.`, r]),
    source: t.methodNotes,
  };
  return section(context, 'methods', {
    paragraphs: [...t.reportMethods, t.methodNotes],
    tables: [settingsTable, references],
  });
}

/** The recorded back-test as the scenario section prints it (RMSE to two decimals, coverage in whole %). */
function backtestLine(record: BacktestRecord): BacktestLine {
  const percent = (share: number): string => `${Math.round(share * 100)} %`;
  return {
    cutoff: record.cutoff,
    heldOut: `${record.cutoff + 1}-${record.lastYear}`,
    economies: record.economies,
    rmse: record.pooled.rmse.toFixed(2),
    naiveRmse: record.pooled.naiveRmse.toFixed(2),
    coverage80: percent(record.pooled.coverage80),
    coverage95: percent(record.pooled.coverage95),
    beatsNaive: record.pooled.rmse < record.pooled.naiveRmse,
    intervalsCover: record.pooled.coverage80 >= 0.8 && record.pooled.coverage95 >= 0.95,
  };
}
