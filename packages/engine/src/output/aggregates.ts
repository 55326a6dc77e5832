/**
 * The aggregates resource (`chanye aggregates`, `GET /api/aggregates/{measure}`): its two
 * tidy tables — one row per group, one row per economy's share of the world — and their
 * columns, shared by the CLI and the API.
 *
 * @module
 */
import type { Aggregates } from '../aggregates/aggregate.js';

export const AGGREGATE_GROUP_COLUMNS = [
  'group',
  'name',
  'year',
  'measure',
  'total',
  'unit',
  'ratio',
  'ratio_unit',
  'ratio_economies',
  'economies',
  'members',
  'population_coverage',
  'classification',
  'source',
  'vintage',
] as const;

export const AGGREGATE_SHARE_COLUMNS = [
  'iso3',
  'name',
  'year',
  'measure',
  'value',
  'unit',
  'share_of_world',
  'rank',
  'source',
  'vintage',
] as const;

export type AggregateGroupRow = Record<(typeof AGGREGATE_GROUP_COLUMNS)[number], string | number | null>;
export type AggregateShareRow = Record<(typeof AGGREGATE_SHARE_COLUMNS)[number], string | number | null>;

/** One row per group (world, then the income groups of the year). */
export function aggregateGroupRows(a: Aggregates, lang: 'en' | 'zh' = 'en'): AggregateGroupRow[] {
  return a.groups.map((g) => ({
    group: g.group,
    name: lang === 'zh' ? g.name_zh : g.name_en,
    year: g.year,
    measure: a.measure,
    total: g.total,
    unit: g.unit,
    ratio: g.ratio,
    ratio_unit: g.ratio_unit,
    ratio_economies: g.ratio_economies,
    economies: g.economies,
    members: g.members,
    population_coverage: g.population_coverage,
    classification: g.classification,
    source: a.source,
    vintage: a.vintage,
  }));
}

/** One row per economy with a level: its share of the world total and rank. */
export function aggregateShareRows(a: Aggregates, lang: 'en' | 'zh' = 'en'): AggregateShareRow[] {
  return a.shares.map((s) => ({
    iso3: s.iso3,
    name: lang === 'zh' ? (s.name_zh ?? s.name_en) : s.name_en,
    year: s.year,
    measure: a.measure,
    value: s.value,
    unit: s.unit,
    share_of_world: s.share_of_world,
    rank: s.rank,
    source: a.source,
    vintage: a.vintage,
  }));
}
