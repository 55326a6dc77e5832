import {
  ranksWithin,
  scorecard,
  scorecardSensitivity,
  DEFAULT_SENSITIVITY_SPACE,
  type MonteCarloRanks,
  type Observation,
  type Polarity,
  type ScorecardPolicy,
  type ScorecardResult,
  type ScorecardSpec,
} from '@chanye/compute';
import { type Framework, type Store, nearestWithin } from '@chanye/store';
import { resolvePeers } from './peers.js';
import { POPULATION_INDICATOR, rankingLists, type RankingList, type SmallEconomies } from './small-economies.js';

/**
 * The default half-width of the window a scorecard reads its values in: the observation
 * nearest the scored year within ±2 years (issue-level rule of the scorecards; the methods
 * note, "Which value").
 */
export const DEFAULT_SCORE_WINDOW = 2;

export interface ScoreRequest {
  readonly framework: string;
  readonly years: readonly number[];
  /** Economies to report; they are always among the scored units. Absent: every unit. */
  readonly economies?: readonly string[];
  readonly peers: string;
  readonly policy: ScorecardPolicy;
  /**
   * Half-width of the window: the observation nearest the scored year within ±`window` years
   * stands in for a missing one (ties: the earlier year). Default {@link DEFAULT_SCORE_WINDOW}.
   */
  readonly window: number;
  /** Small economies ranked in a list of their own (`separate`, the default) or with everyone. */
  readonly small?: SmallEconomies;
  readonly sensitivity?: { readonly draws: number; readonly seed: number };
}

/** The value behind one scored cell, with the year it really belongs to. */
export interface ScoredInput {
  readonly iso3: string;
  readonly indicator: string;
  readonly value: number;
  readonly year: number;
  readonly source: string;
  readonly status: Observation['status'];
}

export interface ScoreYear {
  readonly year: number;
  readonly framework: Framework;
  readonly result: ScorecardResult;
  readonly sensitivity?: MonteCarloRanks<'normalization' | 'weighting' | 'aggregation' | 'imputation'>;
  /** Inputs actually used, including those taken from another year of the window. */
  readonly inputs: readonly ScoredInput[];
  /** The economies the caller asked about (all units when none were named). */
  readonly focus: readonly string[];
  /** Units without a population value within the window: ranked in the main list. */
  readonly unknownPopulation: readonly string[];
  /** The window's half-width the values were read with. */
  readonly window: number;
}

/** A year's scorecard input: the spec the compute package scores, and where each value came from. */
export interface ScorecardInput {
  readonly year: number;
  readonly framework: Framework;
  readonly spec: ScorecardSpec;
  readonly inputs: readonly ScoredInput[];
  readonly focus: readonly string[];
  readonly unknownPopulation: readonly string[];
}

/**
 * Gathers, for each requested year, each indicator's observation nearest the year within
 * ±`window` years (ties: the earlier; each input keeps its own year), over the peer units and
 * the focus economies, and each unit's ranking list (`small-economies.ts`): the scorecard's
 * data, before any method is applied.
 */
export async function scorecardInputs(
  store: Store,
  request: Pick<ScoreRequest, 'framework' | 'years' | 'economies' | 'peers' | 'window' | 'small'>,
): Promise<ScorecardInput[]> {
  const framework = store.framework(request.framework);
  const ids = [...new Set(framework.subsystems.flatMap((s) => s.indicators))];
  const focusEconomies = request.economies
    ? await Promise.all(request.economies.map(async (e) => (await store.economy(e)).iso3))
    : undefined;
  const first = Math.min(...request.years) - request.window;
  const last = Math.max(...request.years) + request.window;
  const series = new Map<string, Map<string, Observation[]>>();
  for (const id of [...ids, POPULATION_INDICATOR]) {
    if (series.has(id)) continue;
    const byEconomy = new Map<string, Observation[]>();
    for (const o of await store.observations({ indicator: id, years: [first, last] })) {
      const list = byEconomy.get(o.iso3) ?? [];
      list.push(o);
      byEconomy.set(o.iso3, list);
    }
    series.set(id, byEconomy);
  }
  const polarity = ids.map((id) => (store.indicator(id).polarity === 'negative' ? -1 : 1) as Polarity);

  const out: ScorecardInput[] = [];
  for (const year of request.years) {
    const peers = await resolvePeers(store, request.peers, year);
    const units = [...new Set([...peers, ...(focusEconomies ?? [])])].sort();
    const inputs: ScoredInput[] = [];
    const values = new Float64Array(units.length * ids.length).fill(NaN);
    units.forEach((iso3, i) => {
      ids.forEach((id, j) => {
        const found = nearestWithin(series.get(id)?.get(iso3) ?? [], year, request.window);
        if (!found) return;
        values[i * ids.length + j] = found.value;
        inputs.push({
          iso3,
          indicator: id,
          value: found.value,
          year: found.year,
          source: found.source,
          status: found.status,
        });
      });
    });
    const { lists, unknownPopulation } = rankingLists(
      units,
      series.get(POPULATION_INDICATOR) as Map<string, Observation[]>,
      year,
      request.window,
      request.small ?? 'separate',
    );
    const spec: ScorecardSpec = {
      units,
      indicators: ids.map((id, j) => ({ id, polarity: polarity[j] as Polarity })),
      subsystems: framework.subsystems.map((s) => ({ id: s.id, indicators: s.indicators })),
      values: { rows: units.length, columns: ids.length, values },
      lists,
    };
    out.push({ year, framework, spec, inputs, focus: focusEconomies ?? units, unknownPopulation });
  }
  return out;
}

/**
 * Scores economies on a framework for each requested year (`scorecardInputs`), applying the
 * scorecard policy over the peer units, and optionally runs the Monte Carlo rank analysis.
 * Methods: docs/methods/composite-indices.md.
 */
export async function scoreEconomies(store: Store, request: ScoreRequest): Promise<ScoreYear[]> {
  return (await scorecardInputs(store, request)).map(({ year, framework, spec, inputs, focus, unknownPopulation }) => {
    const result = scorecard(spec, request.policy);
    const sensitivity = request.sensitivity
      ? scorecardSensitivity(spec, request.policy, { ...DEFAULT_SENSITIVITY_SPACE, ...request.sensitivity })
      : undefined;
    const window = request.window;
    return {
      year,
      framework,
      result,
      ...(sensitivity ? { sensitivity } : {}),
      inputs,
      focus,
      unknownPopulation,
      window,
    };
  });
}

/** One tidy row of scorecard output. */
export interface ScoreRow {
  readonly iso3: string;
  readonly year: number;
  readonly framework: string;
  /** A subsystem id, or `overall`. */
  readonly subsystem: string;
  readonly score: number | null;
  readonly rank: number | null;
  readonly rank_median: number | null;
  readonly rank_p05: number | null;
  readonly rank_p95: number | null;
  /** The number of units ranked in the row's list (`ranked_among`). */
  readonly units: number;
  /** The list the rank is within: `main`, `small` (population below 1 million) or `all`. */
  readonly ranked_among: RankingList;
  /** Cells imputed from peers for this economy: all its imputed indicators, or the subsystem's. */
  readonly imputed: number;
  readonly note: string;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

const finiteOrNull = (x: number | undefined): number | null => (x !== undefined && Number.isFinite(x) ? x : null);

/**
 * Flattens scored years into tidy rows for the focus economies: one per subsystem and overall.
 * Ranks and unit counts are within the economy's ranking list.
 */
export function scoreRows(years: readonly ScoreYear[]): ScoreRow[] {
  const rows: ScoreRow[] = [];
  for (const y of years) {
    const { result } = y;
    const index = new Map(result.units.map((u, i) => [u, i]));
    const reasons = new Map(result.notScored.map((r) => [r.unit, r.reason]));
    const lists = result.lists as readonly RankingList[];
    const scoredIn = (scores: Float64Array, list: string): number =>
      lists.filter((l, i) => l === list && !Number.isNaN(scores[i] as number)).length;
    const subsystemRanks = result.subsystems.map((s) => ranksWithin(s.scores, lists));
    const imputedBy = groupBy(result.imputed, (c) => c.unit);
    const otherYearBy = groupBy(
      y.inputs.filter((c) => c.year !== y.year),
      (c) => c.iso3,
    );
    const unknownPopulation = new Set(y.unknownPopulation);
    for (const iso3 of y.focus) {
      const i = index.get(iso3) as number;
      const list = lists[i] as RankingList;
      const imputed = (imputedBy.get(iso3) ?? []).map((c) => c.indicator);
      const otherYear = (otherYearBy.get(iso3) ?? []).map((c) => `${c.indicator} (${c.year})`);
      const notes = [
        reasons.has(iso3) ? `not scored: ${reasons.get(iso3)}` : '',
        imputed.length > 0 ? `imputed from peers: ${imputed.join(' ')}` : '',
        otherYear.length > 0 ? `other-year values: ${otherYear.join(' ')}` : '',
        // Only where a rank exists: an unscored territory needs no list.
        unknownPopulation.has(iso3) && result.subsystems.some((s) => !Number.isNaN(s.scores[i] as number))
          ? `population unknown within ±${y.window} years: ranked in the main list`
          : '',
      ].filter((n) => n.length > 0);
      rows.push({
        iso3,
        year: y.year,
        framework: y.framework.id,
        subsystem: 'overall',
        score: finiteOrNull(result.overall[i]),
        rank: finiteOrNull(result.rank[i]),
        rank_median: finiteOrNull(y.sensitivity?.medianRank[i]),
        rank_p05: finiteOrNull(y.sensitivity?.rankP05[i]),
        rank_p95: finiteOrNull(y.sensitivity?.rankP95[i]),
        units: scoredIn(result.overall, list),
        ranked_among: list,
        imputed: imputed.length,
        note: notes.join('; '),
      });
      result.subsystems.forEach((s, k) => {
        const members = new Set(s.indicators.map((c) => c.id));
        rows.push({
          iso3,
          year: y.year,
          framework: y.framework.id,
          subsystem: s.id,
          score: finiteOrNull(s.scores[i]),
          rank: finiteOrNull(subsystemRanks[k]?.[i]),
          rank_median: null,
          rank_p05: null,
          rank_p95: null,
          units: scoredIn(s.scores, list),
          ranked_among: list,
          imputed: Number.isNaN(s.scores[i] as number) ? 0 : imputed.filter((id) => members.has(id)).length,
          note: '',
        });
      });
    }
  }
  return rows;
}
