/**
 * View models: API answers in, chart specs, the data table and the citation out. Pure (no DOM,
 * no fetch), so the numbers a view draws, lists in its table and writes to its CSV are one
 * array, and the tests check them without a browser.
 */
import {
  chartTable,
  fanChart,
  FAN_BANDS,
  formatNumber,
  type ChartSpec,
  type ChartTable,
  type NetworkChartSpec,
} from '@chanye/charts';
import { fanSeriesName, hasMessage, t, type Lang } from './i18n.js';

export const VIEW_IDS = [
  'overview',
  'scores',
  'trajectories',
  'arrays',
  'income',
  'productSpace',
  'io',
  'scenario',
] as const;
export type ViewId = (typeof VIEW_IDS)[number];

/** The named peer groups the trajectories compare with (GET /api/benchmark-groups). */
export interface PeerGroups {
  readonly graduates: readonly string[];
  readonly stalled: readonly string[];
}

/** A group of GET /api/benchmark-groups (catalog/benchmark-groups.yaml). */
export interface BenchmarkGroup {
  readonly id: string;
  readonly members: readonly string[];
}

/** The graduates and stalled groups out of the API's list (empty when one is missing). */
export function peerGroups(groups: readonly BenchmarkGroup[]): PeerGroups {
  const members = (id: string): readonly string[] => groups.find((g) => g.id === id)?.members ?? [];
  return { graduates: members('graduates'), stalled: members('stalled') };
}

/** Indicators offered on the trajectory view. */
export const TRAJECTORY_INDICATORS = [
  'mva_share_gdp',
  'gdp_per_capita_ppp',
  'mht_share_mva',
  'industry_share_gdp',
  'hightech_exports_share',
] as const;

export const CITATION =
  'Chanye contributors (2026). Chanye: a toolkit for measuring the modern industrial system, version 0.1.0.';

/** What the page shows for one view. */
export interface View {
  readonly id: ViewId;
  readonly charts: readonly ChartSpec[];
  /** The table under the charts; the CSV download is this table. */
  readonly table: ChartTable;
  /** Decimal places of each numeric column as displayed, -1 for years (the CSV keeps full precision). */
  readonly digits: readonly number[];
  readonly note?: string;
  readonly cite: string;
}

// --- API payloads (the parts the views read) ---

export interface Economy {
  readonly iso3: string;
  readonly name_en: string | null;
  readonly name_zh: string | null;
}
export interface Observation {
  readonly iso3: string;
  readonly year: number;
  readonly indicator: string;
  readonly value: number;
  readonly unit: string;
  readonly source: string;
  readonly vintage?: string;
  readonly status: string;
}
export interface Profile {
  readonly economy: Economy;
  readonly income: {
    readonly spells: readonly { readonly group: string; readonly from: number; readonly to: number }[];
    readonly source: string;
  };
  readonly sections: readonly {
    readonly id: string;
    readonly en: string;
    readonly zh: string;
    readonly items: readonly {
      readonly indicator: string;
      readonly name_en: string;
      readonly name_zh: string;
      readonly observation: Observation | null;
    }[];
  }[];
}
export interface ScoreRow {
  readonly iso3: string;
  readonly year: number;
  readonly subsystem: string;
  readonly score: number | null;
  readonly rank: number | null;
  readonly rank_p05: number | null;
  readonly rank_p95: number | null;
  readonly units: number;
}
export interface Scores {
  readonly method: { readonly name: string };
  readonly sensitivity?: { readonly draws: number; readonly seed: number };
  readonly rows: readonly ScoreRow[];
  readonly years: readonly { readonly inputs: readonly { readonly source: string }[] }[];
}
export interface Indicator {
  readonly id: string;
  readonly name_en: string;
  readonly name_zh: string;
  readonly unit: string;
}
export interface ExportStructure {
  readonly year: number;
  readonly source: string;
  readonly classes: readonly {
    readonly id: string;
    readonly name_en: string;
    readonly name_zh: string;
    readonly share: number;
    readonly measurable: boolean;
  }[];
}
export interface Arrays {
  readonly early?: ExportStructure;
  readonly late: ExportStructure;
}
export interface ComplexityTable<R> {
  readonly dataset: string;
  readonly note: string;
  readonly rows: readonly R[];
}
export interface EconomyProduct {
  readonly product: string;
  readonly mcp: number | null;
  readonly density: number | null;
  readonly cog: number | null;
}
export interface Product {
  readonly product: string;
  readonly name: string | null;
  readonly pci: number | null;
}
/** `/api/complexity/product-space`: the network with its layout, as the report draws it. */
export interface ProductSpace {
  readonly dataset: string;
  readonly time: number;
  readonly note: string;
  readonly nodes: readonly {
    readonly product: string;
    readonly name: string | null;
    readonly group: string | null;
    readonly exports: number;
    readonly x: number;
    readonly y: number;
  }[];
  readonly links: readonly { readonly source: string; readonly target: string; readonly spanning_tree: boolean }[];
}
export interface IoSecurity {
  readonly dataset: string;
  readonly year: number;
  readonly source: string;
  readonly economy: string;
  readonly method: string;
  readonly chokepoints: readonly {
    readonly region: string;
    readonly sector: string;
    readonly requirement: number;
    readonly worldExportShare: number;
    readonly score: number;
  }[];
}

/** A scenario of the catalogue (`/api/scenarios`). */
export interface ScenarioInfo {
  readonly id: string;
  readonly name_en: string;
  readonly name_zh: string;
}
/** The parts of `/api/economies/{iso3}/simulation` the scenario view reads. */
export interface Simulation {
  readonly iso3: string;
  readonly scenario: ScenarioInfo;
  readonly baseYear: number;
  readonly years: readonly number[];
  readonly draws: number;
  readonly seed: number;
  /** Fan charts by series: `quantiles[level][t]` (levels as the API writes them, e.g. "0.025"). */
  readonly fans: Readonly<
    Record<string, { readonly unit: string; readonly quantiles: Readonly<Record<string, readonly (number | null)[]>> }>
  >;
  readonly crossing:
    | readonly {
        readonly year: number;
        readonly probabilityAbove: number;
        readonly probabilityCrossedBy: number;
      }[]
    | null;
  readonly sources: readonly string[];
}

/** Draws, seed and horizon of the dashboard's simulations: those of the country report's scenario section. */
export const SIMULATION_SETTINGS = { to: 2035, draws: 500, seed: 1 } as const;

// --- helpers ---

/** The economy's name in `lang`, else in English, else its code. */
export const economyName = (e: Economy, lang: Lang): string =>
  (lang === 'zh' ? e.name_zh : null) ?? e.name_en ?? e.iso3;

const unique = (items: readonly string[]): string[] => [...new Set(items.filter((s) => s.length > 0))];

/** The citation of a view: the toolkit, what was shown, the API request and the data sources. */
export function citeText(what: string, request: string, sources: readonly string[]): string {
  const data = unique(sources);
  return `${CITATION} ${what}. API: ${request}.${data.length > 0 ? ` Data: ${data.join('; ')}.` : ''}`;
}

/** A table as CSV (RFC 4180): header, then one line per row; numbers at full precision, no value empty. */
export function tableCsv(table: ChartTable): string {
  const field = (v: string | number | null): string => {
    if (v === null) return '';
    const s = String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [table.columns, ...table.rows].map((row) => row.map(field).join(',')).join('\n') + '\n';
}

/** A table cell as the page displays it: numbers with the column's decimals (`-1`: a year, as is). */
export function displayCell(value: string | number | null, digits: number): string {
  if (value === null) return '–';
  if (typeof value !== 'number') return value;
  return digits < 0 ? String(value) : formatNumber(value, digits);
}

const digitsOf = (table: ChartTable, digits: number, firstKeyIsYear = false): number[] =>
  table.columns.map((_, i) => (i === 0 && firstKeyIsYear ? -1 : digits));

// --- views ---

export function overviewView(profile: Profile, lang: Lang, request: string): View {
  const rows = profile.sections.flatMap((s) =>
    s.items.flatMap((i) =>
      i.observation
        ? [
            [
              lang === 'zh' ? s.zh : s.en,
              lang === 'zh' ? i.name_zh : i.name_en,
              i.observation.year,
              i.observation.value,
              i.observation.unit,
              i.observation.status,
            ],
          ]
        : [],
    ),
  );
  const obs = profile.sections.flatMap((s) => s.items.flatMap((i) => (i.observation ? [i.observation] : [])));
  return {
    id: 'overview',
    charts: [],
    table: {
      columns: [
        t(lang, 'section'),
        t(lang, 'indicator'),
        t(lang, 'year'),
        t(lang, 'value'),
        t(lang, 'unit'),
        t(lang, 'status'),
      ],
      rows,
    },
    digits: [0, 0, -1, 2, 0, 0],
    cite: citeText(
      `${t(lang, 'overview')}, ${economyName(profile.economy, lang)}`,
      request,
      obs.map((o) => (o.vintage ? `${o.source} (${o.vintage})` : o.source)),
    ),
  };
}

const subsystemName = (id: string, lang: Lang): string => (hasMessage(id) ? t(lang, id) : id);

export function scoresView(
  scores: Scores,
  iso3: string,
  name: string,
  year: number,
  lang: Lang,
  request: string,
): View {
  const rows = scores.rows.filter((r) => r.iso3 === iso3 && r.year === year);
  const parts = rows.filter((r) => r.subsystem !== 'overall');
  const label = (r: ScoreRow): string => subsystemName(r.subsystem, lang);
  const radar: ChartSpec = {
    kind: 'radar',
    id: 'scores-radar',
    title: `${t(lang, 'scores')}: ${name}, ${year}`,
    description: `${name}, ${year}: ${parts.map((r) => `${label(r)} ${formatNumber(r.score, 2)}`).join('; ')}.`,
    source: `Chanye scoreEconomies (${scores.method.name})`,
    key: t(lang, 'subsystem'),
    axes: parts.map(label),
    series: [{ name: iso3, values: parts.map((r) => r.score) }],
    max: 1,
  };
  const ranks: ChartSpec = {
    kind: 'dot',
    id: 'scores-ranks',
    title: `${t(lang, 'rank')}: ${name}, ${year}`,
    description: `${name}, ${year}: ${rows
      .map((r) => `${label(r)} ${t(lang, 'rank')} ${r.rank ?? '–'} / ${r.units}`)
      .join('; ')}.`,
    source: `Chanye scoreEconomies (${scores.method.name})${
      scores.sensitivity ? `, ${scores.sensitivity.draws} draws, seed ${scores.sensitivity.seed}` : ''
    }`,
    key: t(lang, 'subsystem'),
    x: { label: t(lang, 'rankAxis'), min: 1 },
    rows: rows.map((r) => ({
      label: label(r),
      points: [{ series: t(lang, 'rank'), value: r.rank }],
      low: r.rank_p05,
      high: r.rank_p95,
    })),
    rangeLabels: [t(lang, 'rank05'), t(lang, 'rank95')],
    digits: 0,
  };
  return {
    id: 'scores',
    charts: [radar, ranks],
    table: {
      columns: [
        t(lang, 'subsystem'),
        t(lang, 'score'),
        t(lang, 'rank'),
        t(lang, 'rank05'),
        t(lang, 'rank95'),
        t(lang, 'ranked'),
      ],
      rows: rows.map((r) => [label(r), r.score, r.rank, r.rank_p05, r.rank_p95, r.units]),
    },
    digits: [0, 3, 0, 0, 0, 0],
    cite: citeText(
      `${t(lang, 'scores')}, ${name}, ${year}`,
      request,
      (scores.years[0]?.inputs ?? []).map((i) => i.source),
    ),
  };
}

export function trajectoryView(
  observations: readonly Observation[],
  iso3: string,
  indicator: Indicator,
  lang: Lang,
  request: string,
  peers: PeerGroups,
): View {
  const order = [iso3, ...peers.graduates, ...peers.stalled].filter((c, i, all) => all.indexOf(c) === i);
  const group = (c: string): string =>
    c === iso3 ? '' : peers.graduates.includes(c) ? t(lang, 'graduates') : t(lang, 'stalled');
  const series = order
    .map((c) => ({
      name: c,
      points: observations
        .filter((o) => o.iso3 === c)
        .sort((a, b) => a.year - b.year)
        .map((o) => ({ x: o.year, y: o.value })),
    }))
    .filter((s) => s.points.length > 0);
  const name = lang === 'zh' ? indicator.name_zh : indicator.name_en;
  const spec: ChartSpec = {
    kind: 'line',
    id: 'trajectory',
    title: name,
    description: `${name}: ${series.map((s) => `${s.name}${group(s.name) ? ` (${group(s.name)})` : ''}`).join(', ')}.`,
    source: unique(observations.map((o) => o.source)).join('; '),
    key: t(lang, 'year'),
    y: { label: indicator.unit },
    series,
  };
  const table = chartTable(spec);
  return {
    id: 'trajectories',
    charts: [spec],
    table,
    digits: digitsOf(table, 2, true),
    ...(series.length === 0 ? { note: t(lang, 'noData') } : {}),
    cite: citeText(
      `${t(lang, 'trajectories')}: ${name}`,
      request,
      observations.map((o) => (o.vintage ? `${o.source} (${o.vintage})` : o.source)),
    ),
  };
}

export function arraysView(arrays: Arrays, name: string, lang: Lang, request: string): View {
  const { early, late } = arrays;
  const classes = late.classes.filter(
    (c) => c.measurable || (early?.classes.find((e) => e.id === c.id)?.measurable ?? false),
  );
  const share = (s: ExportStructure | undefined, id: string): number | null => {
    const c = s?.classes.find((k) => k.id === id);
    return c && c.measurable ? c.share : null;
  };
  const structures = early ? [early, late] : [late];
  const spec: ChartSpec = {
    kind: 'bar',
    id: 'arrays',
    title: `${t(lang, 'arrays')}: ${name}`,
    description: `${name}: ${t(lang, 'shareAxis')}, ${structures.map((s) => s.year).join(' / ')}.`,
    source: late.source,
    key: t(lang, 'array'),
    categories: classes.map((c) => `${c.id} ${lang === 'zh' ? c.name_zh : c.name_en}`),
    series: structures.map((s) => ({ name: String(s.year), values: classes.map((c) => share(s, c.id)) })),
    y: { label: t(lang, 'shareAxis'), min: 0 },
    digits: 1,
  };
  const table = chartTable(spec);
  return {
    id: 'arrays',
    charts: [spec],
    table,
    digits: digitsOf(table, 2),
    cite: citeText(`${t(lang, 'arrays')}, ${name}`, request, [late.source]),
  };
}

const LEVEL: Readonly<Record<string, number>> = { L: 1, LM: 2, UM: 3, H: 4 };

export function incomeView(profile: Profile, lang: Lang, request: string): View {
  const name = economyName(profile.economy, lang);
  const years = profile.income.spells.flatMap((s) =>
    Array.from({ length: s.to - s.from + 1 }, (_, i) => ({ year: s.from + i, group: s.group })),
  );
  const spec: ChartSpec = {
    kind: 'line',
    id: 'income',
    title: `${t(lang, 'income')}: ${name}`,
    description: `${name}: ${profile.income.spells
      .map((s) => `${hasMessage(s.group) ? t(lang, s.group) : s.group} ${s.from}-${s.to}`)
      .join('; ')}.`,
    source: profile.income.source,
    key: t(lang, 'year'),
    y: { label: t(lang, 'level'), min: 1, max: 4 },
    series: [{ name: t(lang, 'group'), points: years.map((y) => ({ x: y.year, y: LEVEL[y.group] ?? null })) }],
    digits: 0,
  };
  return {
    id: 'income',
    charts: [spec],
    table: {
      columns: [t(lang, 'year'), t(lang, 'group'), t(lang, 'level')],
      rows: years.map((y) => [y.year, hasMessage(y.group) ? t(lang, y.group) : y.group, LEVEL[y.group] ?? null]),
    },
    digits: [-1, 0, 0],
    ...(years.length === 0 ? { note: t(lang, 'noData') } : {}),
    cite: citeText(`${t(lang, 'income')}, ${name}`, request, [profile.income.source]),
  };
}

/**
 * The product space as a network chart: the API's nodes at their layout positions, sized by
 * world exports (US$ million), the economy's products with RCA ≥ 1 (`mcp = 1`) highlighted.
 */
export function productSpaceNetwork(
  space: ProductSpace,
  cells: ComplexityTable<EconomyProduct>,
  name: string,
  lang: Lang,
): NetworkChartSpec {
  const exported = new Set(cells.rows.filter((c) => c.mcp === 1).map((c) => c.product));
  const index = new Map(space.nodes.map((n, j) => [n.product, j]));
  const links = space.links.flatMap((l) => {
    const source = index.get(l.source);
    const target = index.get(l.target);
    return source === undefined || target === undefined ? [] : [{ source, target, backbone: l.spanning_tree }];
  });
  const nodes = space.nodes.map((n) => ({
    id: n.product,
    label: n.name ?? n.product,
    group: n.group ?? '–',
    x: n.x,
    y: n.y,
    size: n.exports / 1e6,
    highlight: exported.has(n.product),
  }));
  return {
    kind: 'network',
    id: 'product-space-network',
    title: t(lang, 'networkTitle', { name }),
    description: t(lang, 'networkDescription', {
      name,
      nodes: nodes.length,
      links: links.length,
      exported: nodes.filter((n) => n.highlight).length,
    }),
    source: `${space.note} (${space.dataset})`,
    key: t(lang, 'hsSection'),
    digits: 0,
    nodes,
    links,
    labels: {
      highlight: t(lang, 'rcaOne'),
      other: t(lang, 'otherProducts'),
      nodes: t(lang, 'products'),
      size: t(lang, 'worldExports'),
    },
  };
}

export function productSpaceView(
  cells: ComplexityTable<EconomyProduct>,
  products: ComplexityTable<Product>,
  name: string,
  lang: Lang,
  request: string,
  space?: ProductSpace,
): View {
  const info = new Map(products.rows.map((p) => [p.product, p]));
  const exported = cells.rows.filter((c) => c.mcp === 1).length;
  const top = cells.rows
    .filter((c) => c.mcp === 0 && c.cog !== null)
    .sort((a, b) => (b.cog as number) - (a.cog as number) || a.product.localeCompare(b.product))
    .slice(0, 15);
  const label = (code: string): string => {
    const n = info.get(code)?.name ?? '';
    return `${code} ${n.length > 34 ? `${n.slice(0, 33)}…` : n}`.trim();
  };
  const spec: ChartSpec = {
    kind: 'dot',
    id: 'product-space',
    title: `${t(lang, 'productSpace')}: ${name}`,
    description: `${name}: ${top.map((c) => `${label(c.product)} PCI ${formatNumber(info.get(c.product)?.pci, 2)}`).join('; ')}.`,
    source: cells.note,
    key: t(lang, 'product'),
    x: { label: t(lang, 'pci') },
    rows: top.map((c) => ({
      label: label(c.product),
      points: [{ series: t(lang, 'pci'), value: info.get(c.product)?.pci ?? null }],
    })),
    height: 420,
  };
  return {
    id: 'productSpace',
    charts: space ? [productSpaceNetwork(space, cells, name, lang), spec] : [spec],
    table: {
      columns: [t(lang, 'product'), t(lang, 'productName'), t(lang, 'pci'), t(lang, 'density'), t(lang, 'cog')],
      rows: top.map((c) => [
        c.product,
        info.get(c.product)?.name ?? null,
        info.get(c.product)?.pci ?? null,
        c.density,
        c.cog,
      ]),
    },
    digits: [0, 0, 3, 3, 3],
    note: t(lang, 'exportedCount', { n: exported, total: cells.rows.length }),
    cite: citeText(`${t(lang, 'productSpace')}, ${name}`, request, [`${cells.note} (${cells.dataset})`]),
  };
}

export function ioView(security: IoSecurity, name: string, lang: Lang, request: string, asked: number): View {
  const top = security.chokepoints.slice(0, 12);
  const spec: ChartSpec = {
    kind: 'dot',
    id: 'io-chokepoints',
    title: `${t(lang, 'io')}: ${name}, ${security.year}`,
    description: `${name}, ${security.year}: ${top.map((k) => `${k.region} ${k.sector} ${formatNumber(k.score, 4)}`).join('; ')}.`,
    source: security.source,
    key: t(lang, 'supplier'),
    x: { label: t(lang, 'chokepointScore'), min: 0 },
    rows: top.map((k) => ({
      label: `${k.region} ${k.sector}`,
      points: [{ series: t(lang, 'chokepointScore'), value: k.score }],
    })),
    digits: 4,
    height: 360,
  };
  return {
    id: 'io',
    charts: [spec],
    table: {
      columns: [
        t(lang, 'rank'),
        t(lang, 'supplier'),
        t(lang, 'sector'),
        t(lang, 'requirement'),
        t(lang, 'worldShare'),
        t(lang, 'chokepointScore'),
      ],
      rows: top.map((k, i) => [i + 1, k.region, k.sector, k.requirement, k.worldExportShare, k.score]),
    },
    digits: [0, 0, 0, 4, 4, 4],
    ...(asked !== security.year ? { note: t(lang, 'ioYearNote', { year: security.year }) } : {}),
    cite: citeText(`${t(lang, 'io')}, ${name}, ${security.year}`, request, [security.source]),
  };
}

/** The fan series the scenario view offers besides GDP per capita: every series of the run, in its order. */
export function otherFanSeries(simulation: Simulation): string[] {
  return Object.keys(simulation.fans).filter((k) => k !== 'gdp_per_capita');
}

/** Digits shown for a fan series: whole US dollars, three decimals for CO2 intensity, else two. */
const fanDigits = (unit: string): number => (/US\$/.test(unit) ? 0 : /CO2/.test(unit) ? 3 : 2);

/**
 * The scenario view: fan charts (median, 80 % and 95 % bands) of GDP per capita and of one
 * other series, and the probability of being above, and of having crossed, the World Bank
 * high-income threshold by year. The fans are drawn by `fanChart`, as in the country report.
 */
export function scenarioView(simulation: Simulation, series: string, name: string, lang: Lang, request: string): View {
  const scenarioName = lang === 'zh' ? simulation.scenario.name_zh : simulation.scenario.name_en;
  const years = simulation.years;
  const to = years.at(-1) ?? simulation.baseYear;
  const source = `Chanye simulateEconomy (${simulation.scenario.id}, ${simulation.draws} draws, seed ${simulation.seed})`;
  const at = (key: string) => (level: number, k: number) => {
    const v = simulation.fans[key]?.quantiles[String(level)]?.[k];
    return v === undefined || v === null || !Number.isFinite(v) ? null : v;
  };
  const shown = ['gdp_per_capita', ...(series !== 'gdp_per_capita' && simulation.fans[series] ? [series] : [])];
  const fans = shown.map((key, i) => {
    const label = fanSeriesName(key, lang);
    const unit = simulation.fans[key]?.unit ?? '';
    return fanChart({
      id: i === 0 ? 'scenario-fan' : 'scenario-fan-series',
      title: t(lang, 'fanTitle', { series: label, to, scenario: scenarioName }),
      description: t(lang, 'fanDescription', { series: label, unit, name, draws: simulation.draws }),
      source,
      key: t(lang, 'year'),
      digits: fanDigits(unit),
      y: { label: unit, ...(key === 'gdp_per_capita' ? { min: 0 } : {}) },
      names: { outer: t(lang, 'interval95'), inner: t(lang, 'interval80'), median: t(lang, 'median') },
      bandLabels: [t(lang, 'lower'), t(lang, 'upper')],
      years,
      quantile: at(key),
    });
  });
  const crossing = simulation.crossing ?? [];
  const charts: ChartSpec[] = [...fans];
  if (crossing.length > 0) {
    charts.push({
      kind: 'line',
      id: 'scenario-crossing',
      title: t(lang, 'crossingTitle', { name, scenario: scenarioName }),
      description: t(lang, 'crossingDescription', {
        name,
        p: formatNumber(crossing.at(-1)?.probabilityCrossedBy, 2),
        to,
      }),
      source,
      key: t(lang, 'year'),
      digits: 3,
      y: { label: t(lang, 'probability'), min: 0, max: 1 },
      series: [
        { name: t(lang, 'pCrossed'), points: crossing.map((c) => ({ x: c.year, y: c.probabilityCrossedBy })) },
        { name: t(lang, 'pAbove'), points: crossing.map((c) => ({ x: c.year, y: c.probabilityAbove })) },
      ],
    });
  }
  const columns = [t(lang, 'year')];
  const digits = [-1];
  for (const key of shown) {
    const label = fanSeriesName(key, lang);
    const d = fanDigits(simulation.fans[key]?.unit ?? '');
    columns.push(
      `${label}: ${t(lang, 'median')}`,
      `${label}: ${t(lang, 'interval80')} ${t(lang, 'lower')}`,
      `${label}: ${t(lang, 'interval80')} ${t(lang, 'upper')}`,
      `${label}: ${t(lang, 'interval95')} ${t(lang, 'lower')}`,
      `${label}: ${t(lang, 'interval95')} ${t(lang, 'upper')}`,
    );
    digits.push(d, d, d, d, d);
  }
  if (crossing.length > 0) {
    columns.push(t(lang, 'pAbove'), t(lang, 'pCrossed'));
    digits.push(3, 3);
  }
  const rows = years.map((year, k) => {
    const row: (string | number | null)[] = [year];
    for (const key of shown) {
      const q = at(key);
      const [o0, o1] = FAN_BANDS.outer;
      const [i0, i1] = FAN_BANDS.inner;
      row.push(q(FAN_BANDS.median, k), q(i0, k), q(i1, k), q(o0, k), q(o1, k));
    }
    if (crossing.length > 0) {
      const c = crossing.find((x) => x.year === year);
      row.push(c?.probabilityAbove ?? null, c?.probabilityCrossedBy ?? null);
    }
    return row;
  });
  return {
    id: 'scenario',
    charts,
    table: { columns, rows },
    digits,
    ...(crossing.length === 0 ? { note: t(lang, 'noCrossing') } : {}),
    cite: citeText(`${t(lang, 'scenario')}: ${name}, ${scenarioName}`, request, simulation.sources),
  };
}
