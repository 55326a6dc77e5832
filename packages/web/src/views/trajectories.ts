/**
 * The trajectories view: one indicator over time for the economy and the named peer groups
 * (graduates, stalled) it is compared with (GET /api/observations).
 *
 * @module
 */
import { chartTable, type ChartSpec, type LineChartSpec } from '@chanye/charts';
import { ApiError, apiPath } from '../api.js';
import type { BenchmarkGroupsAnswer, IndicatorAnswer, ObservationsAnswer } from '../api-types.js';
import { t, type Lang } from '../i18n.js';
import type { Reads } from '../reads.js';
import { citeText, unique } from './cite.js';
import type { LoadContext } from './load.js';
import { digitsOf } from './table.js';
import type { View } from './view.js';

/** Indicators offered on the trajectory view. */
export const TRAJECTORY_INDICATORS = [
  'mva_share_gdp',
  'gdp_per_capita_ppp',
  'mht_share_mva',
  'industry_share_gdp',
  'hightech_exports_share',
] as const;

/** The named peer groups the trajectories compare with (GET /api/benchmark-groups). */
export interface PeerGroups {
  readonly graduates: readonly string[];
  readonly stalled: readonly string[];
}

/** A group of GET /api/benchmark-groups (catalog/benchmark-groups.yaml). */
export type BenchmarkGroup = Reads<BenchmarkGroupsAnswer[number], { id: true; members: true }>;

/** The indicator as the view names and labels it (GET /api/indicators/:id). */
export type Indicator = Reads<IndicatorAnswer, { id: true; name_en: true; name_zh: true; unit: true }>;

type ObservationAnswer = ObservationsAnswer[number];
/** A value the view draws; its source's edition (`vintage`) is cited when there is one. */
export type Observation = Reads<ObservationAnswer, { iso3: true; year: true; value: true; source: true }> &
  Partial<Reads<ObservationAnswer, { vintage: true }>>;

/** The graduates and stalled groups out of the API's list (empty when one is missing). */
export function peerGroups(groups: readonly BenchmarkGroup[]): PeerGroups {
  const members = (id: string): readonly string[] => groups.find((g) => g.id === id)?.members ?? [];
  return { graduates: members('graduates'), stalled: members('stalled') };
}

/** The economy first, then the graduates and the stalled economies, each once. */
const economyOrder = (iso3: string, peers: PeerGroups): string[] =>
  [iso3, ...peers.graduates, ...peers.stalled].filter((c, i, all) => all.indexOf(c) === i);

/**
 * One economy's line: by name, the economy in the focal colour drawn on top, each comparator
 * in its own fixed colour; x is the year less `shift` (0, or the year it reached an income).
 */
function economySeries(
  observations: readonly Observation[],
  code: string,
  iso3: string,
  nameOf: (iso3: string) => string,
  shift = 0,
): LineChartSpec['series'][number] {
  return {
    name: nameOf(code),
    emphasis: code === iso3 ? 'focal' : 'peer',
    colourKey: code,
    points: observations
      .filter((o) => o.iso3 === code)
      .sort((a, b) => a.year - b.year)
      .map((o) => ({ x: o.year - shift, y: o.value })),
  };
}

/**
 * The same series on an income-aligned axis, for comparisons at the same income (the
 * IIE-CASS Research Group (2024) compares economies when they had the same income, not in
 * the same calendar year): x is the number of years since each economy's GDP per capita first
 * reached the focal economy's latest level (0 = that year). Economies that never reached it
 * are left out and named. Undefined without the focal economy's income.
 */
export function incomeAlignedChart(
  observations: readonly Observation[],
  income: readonly Observation[],
  iso3: string,
  indicator: Indicator,
  lang: Lang,
  peers: PeerGroups,
  nameOf: (iso3: string) => string = (c) => c,
): { spec: LineChartSpec; note: string } | undefined {
  const own = income.filter((o) => o.iso3 === iso3).sort((a, b) => a.year - b.year);
  const latest = own.at(-1);
  if (latest === undefined) return undefined;
  const order = economyOrder(iso3, peers);
  const reached = new Map<string, number>();
  for (const c of order) {
    const first = income
      .filter((o) => o.iso3 === c && o.value >= latest.value)
      .reduce<number | undefined>((y, o) => (y === undefined || o.year < y ? o.year : y), undefined);
    if (first !== undefined) reached.set(c, first);
  }
  const series = order
    .filter((c) => reached.has(c))
    .map((c) => economySeries(observations, c, iso3, nameOf, reached.get(c) as number))
    .filter((s) => s.points.length > 0);
  const name = lang === 'zh' ? indicator.name_zh : indicator.name_en;
  const level = Math.round(latest.value).toLocaleString('en-US');
  const missing = order.filter((c) => !reached.has(c)).map(nameOf);
  const values = { name: nameOf(iso3), level, year: latest.year, missing: missing.join(lang === 'zh' ? '、' : ', ') };
  return {
    spec: {
      kind: 'line',
      id: 'trajectory-aligned',
      title: t(lang, 'alignedTitle', { indicator: name }),
      description: `${name}: ${series.map((s) => s.name).join(', ')}; ${t(lang, 'alignedAxis', { level })}.`,
      source: unique([...observations, ...income].map((o) => o.source)).join('; '),
      // The x axis is labelled by the key: years since reaching the level.
      key: t(lang, 'alignedAxis', { level }),
      y: { label: indicator.unit },
      series,
    },
    note: missing.length > 0 ? t(lang, 'alignedNote', values) : t(lang, 'alignedNoteAll', values),
  };
}

export function trajectoryView(
  observations: readonly Observation[],
  iso3: string,
  indicator: Indicator,
  lang: Lang,
  request: string,
  peers: PeerGroups,
  nameOf: (iso3: string) => string = (c) => c,
): View {
  const order = economyOrder(iso3, peers);
  const group = (c: string): string =>
    c === iso3 ? '' : peers.graduates.includes(c) ? t(lang, 'graduates') : t(lang, 'stalled');
  const series = order.map((c) => economySeries(observations, c, iso3, nameOf)).filter((s) => s.points.length > 0);
  const name = lang === 'zh' ? indicator.name_zh : indicator.name_en;
  const spec: ChartSpec = {
    kind: 'line',
    id: 'trajectory',
    title: name,
    description: `${name}: ${series.map((s) => `${s.name}${group(s.colourKey ?? '') ? ` (${group(s.colourKey ?? '')})` : ''}`).join(', ')}.`,
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

/** The indicator's catalogue entry (names and unit). */
export const loadIndicator = (ctx: Pick<LoadContext, 'ask'>, id: string): Promise<IndicatorAnswer> =>
  ctx.ask<IndicatorAnswer>(apiPath(`/api/indicators/${id}`));

export async function loadTrajectories(ctx: LoadContext): Promise<View> {
  const { iso3 } = ctx;
  const peers = peerGroups(await ctx.ask<BenchmarkGroupsAnswer>('/api/benchmark-groups'));
  const codes = [iso3, ...peers.graduates, ...peers.stalled].filter((c, i, all) => all.indexOf(c) === i);
  const request = apiPath('/api/observations', {
    indicator: ctx.indicator,
    economies: codes.join(','),
    years: '1960:2019',
  });
  // GDP per capita of the same economies, for the income-aligned chart.
  const incomeRequest = apiPath('/api/observations', {
    indicator: 'gdp_per_capita_ppp',
    economies: codes.join(','),
    years: '1960:2019',
  });
  // No value in the range is 404 no-data: the view says so instead of failing.
  const orNone = (e: unknown): [] => {
    if (e instanceof ApiError && e.status === 404) return [];
    throw e;
  };
  const [indicator, observations, income] = await Promise.all([
    loadIndicator(ctx, ctx.indicator),
    ctx.ask<ObservationsAnswer>(request).catch(orNone),
    ctx.ask<ObservationsAnswer>(incomeRequest).catch(orNone),
  ]);
  const view = trajectoryView(observations, iso3, indicator, ctx.lang, request, peers, ctx.nameOf);
  const aligned =
    observations.length > 0
      ? incomeAlignedChart(observations, income, iso3, indicator, ctx.lang, peers, ctx.nameOf)
      : undefined;
  return aligned ? { ...view, charts: [...view.charts, aligned.spec], note: aligned.note } : view;
}
