/**
 * The trajectories view: one indicator over time for the economy and the named peer groups
 * (graduates, stalled) it is compared with (GET /api/observations).
 *
 * @module
 */
import { chartTable, type ChartSpec } from '@chanye/charts';
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

export function trajectoryView(
  observations: readonly Observation[],
  iso3: string,
  indicator: Indicator,
  lang: Lang,
  request: string,
  peers: PeerGroups,
  nameOf: (iso3: string) => string = (c) => c,
): View {
  const order = [iso3, ...peers.graduates, ...peers.stalled].filter((c, i, all) => all.indexOf(c) === i);
  const group = (c: string): string =>
    c === iso3 ? '' : peers.graduates.includes(c) ? t(lang, 'graduates') : t(lang, 'stalled');
  const series = order
    .map((c) => ({
      name: nameOf(c),
      // The economy in the focal colour, drawn on top; each comparator in its own fixed colour.
      emphasis: c === iso3 ? ('focal' as const) : ('peer' as const),
      colourKey: c,
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
    description: `${name}: ${series.map((s) => `${s.name}${group(s.colourKey) ? ` (${group(s.colourKey)})` : ''}`).join(', ')}.`,
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
  const [indicator, observations] = await Promise.all([
    loadIndicator(ctx, ctx.indicator),
    ctx.ask<ObservationsAnswer>(request).catch((e: unknown) => {
      // No value in the range is 404 no-data: the view says so instead of failing.
      if (e instanceof ApiError && e.status === 404) return [];
      throw e;
    }),
  ]);
  return trajectoryView(observations, iso3, indicator, ctx.lang, request, peers, ctx.nameOf);
}
