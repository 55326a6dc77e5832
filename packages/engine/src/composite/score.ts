import {
  ranks,
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
import { type Framework, type Store, latestWithin } from '@chanye/store';
import { resolvePeers } from './peers.js';

export interface ScoreRequest {
  readonly framework: string;
  readonly years: readonly number[];
  /** Economies to report; they are always among the scored units. Absent: every unit. */
  readonly economies?: readonly string[];
  readonly peers: string;
  readonly policy: ScorecardPolicy;
  /** A value up to this many years older than the scored year may stand in for it (default 3). */
  readonly window: number;
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
  /** Inputs actually used, including those taken from an earlier year of the window. */
  readonly inputs: readonly ScoredInput[];
  /** The economies the caller asked about (all units when none were named). */
  readonly focus: readonly string[];
}

/** A year's scorecard input: the spec the compute package scores, and where each value came from. */
export interface ScorecardInput {
  readonly year: number;
  readonly framework: Framework;
  readonly spec: ScorecardSpec;
  readonly inputs: readonly ScoredInput[];
  readonly focus: readonly string[];
}

/**
 * Gathers, for each requested year, each indicator's value in the year or, failing that, the
 * latest within `window` earlier years (each input keeps its own year), over the peer units
 * and the focus economies: the scorecard's data, before any method is applied.
 */
export async function scorecardInputs(
  store: Store,
  request: Pick<ScoreRequest, 'framework' | 'years' | 'economies' | 'peers' | 'window'>,
): Promise<ScorecardInput[]> {
  const framework = store.framework(request.framework);
  const ids = [...new Set(framework.subsystems.flatMap((s) => s.indicators))];
  const focusEconomies = request.economies
    ? await Promise.all(request.economies.map(async (e) => (await store.economy(e)).iso3))
    : undefined;
  const first = Math.min(...request.years) - request.window;
  const last = Math.max(...request.years);
  const series = new Map<string, Map<string, Observation[]>>();
  for (const id of ids) {
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
        const found = latestWithin(series.get(id)?.get(iso3) ?? [], year, request.window);
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
    const spec: ScorecardSpec = {
      units,
      indicators: ids.map((id, j) => ({ id, polarity: polarity[j] as Polarity })),
      subsystems: framework.subsystems.map((s) => ({ id: s.id, indicators: s.indicators })),
      values: { rows: units.length, columns: ids.length, values },
    };
    out.push({ year, framework, spec, inputs, focus: focusEconomies ?? units });
  }
  return out;
}

/**
 * Scores economies on a framework for each requested year (`scorecardInputs`), applying the
 * scorecard policy over the peer units, and optionally runs the Monte Carlo rank analysis.
 * Methods: docs/methods/composite-indices.md.
 */
export async function scoreEconomies(store: Store, request: ScoreRequest): Promise<ScoreYear[]> {
  return (await scorecardInputs(store, request)).map(({ year, framework, spec, inputs, focus }) => {
    const result = scorecard(spec, request.policy);
    const sensitivity = request.sensitivity
      ? scorecardSensitivity(spec, request.policy, { ...DEFAULT_SENSITIVITY_SPACE, ...request.sensitivity })
      : undefined;
    return { year, framework, result, ...(sensitivity ? { sensitivity } : {}), inputs, focus };
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
  readonly units: number;
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

/** Flattens scored years into tidy rows for the focus economies: one per subsystem and overall. */
export function scoreRows(years: readonly ScoreYear[]): ScoreRow[] {
  const rows: ScoreRow[] = [];
  for (const y of years) {
    const { result } = y;
    const index = new Map(result.units.map((u, i) => [u, i]));
    const reasons = new Map(result.notScored.map((r) => [r.unit, r.reason]));
    const scoredCount = [...result.overall].filter((x) => !Number.isNaN(x)).length;
    const subsystemRanks = result.subsystems.map((s) => ranks(s.scores));
    const imputedBy = groupBy(result.imputed, (c) => c.unit);
    const earlierBy = groupBy(
      y.inputs.filter((c) => c.year < y.year),
      (c) => c.iso3,
    );
    for (const iso3 of y.focus) {
      const i = index.get(iso3) as number;
      const imputed = (imputedBy.get(iso3) ?? []).map((c) => c.indicator);
      const earlier = (earlierBy.get(iso3) ?? []).map((c) => `${c.indicator} (${c.year})`);
      const notes = [
        reasons.has(iso3) ? `not scored: ${reasons.get(iso3)}` : '',
        imputed.length > 0 ? `imputed from peers: ${imputed.join(' ')}` : '',
        earlier.length > 0 ? `earlier-year values: ${earlier.join(' ')}` : '',
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
        units: scoredCount,
        note: notes.join('; '),
      });
      result.subsystems.forEach((s, k) => {
        const scored = [...s.scores].filter((x) => !Number.isNaN(x));
        const score = s.scores[i] as number;
        rows.push({
          iso3,
          year: y.year,
          framework: y.framework.id,
          subsystem: s.id,
          score: finiteOrNull(score),
          rank: finiteOrNull(subsystemRanks[k]?.[i]),
          rank_median: null,
          rank_p05: null,
          rank_p95: null,
          units: scored.length,
          note: '',
        });
      });
    }
  }
  return rows;
}
