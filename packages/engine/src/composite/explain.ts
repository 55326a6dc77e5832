/**
 * "Why is X ranked here?": one economy's scorecard taken apart — each subsystem's score and
 * rank, each indicator's raw value (year, source, status, imputed or not), normalized value,
 * weight and contribution, and the economies just above and below it overall. Methods:
 * docs/methods/composite-indices.md, "Explaining a rank".
 *
 * @module
 */
import { ChanyeError, unitContributions, type ScorecardPolicy } from '@chanye/compute';
import type { Store } from '@chanye/store';
import { scoreContributions } from '../output/score.js';
import { scoreEconomies, scoreRows, type ScoreYear } from './score.js';
import type { RankingList, SmallEconomies } from './small-economies.js';

export interface ExplainRequest {
  readonly framework: string;
  readonly year: number;
  readonly iso3: string;
  readonly peers: string;
  readonly policy: ScorecardPolicy;
  readonly window: number;
  /** Small economies ranked apart (default) or with everyone. */
  readonly small?: SmallEconomies;
  /** Economies shown on each side of it in the overall ranking (default 3). */
  readonly neighbours?: number;
}

/** What `contribution` (and `shortfall`) mean under each aggregation, and the identity they satisfy. */
export const CONTRIBUTION_MEANINGS = {
  arithmetic: 'contribution = weight × normalized; the contributions add up to the subsystem score',
  geometric:
    'contribution = weight × ln(normalized, rescaled to [1, 100]); the contributions add up to ln(subsystem score)',
  topsis:
    'TOPSIS (Hwang and Yoon 1981, Multiple Attribute Decision Making): score = D⁻/(D⁺ + D⁻); contribution = the indicator’s share of D⁻², the squared distance from the anti-ideal (what lifts the economy), shortfall = its share of D⁺², the squared distance to the ideal (what holds it back); each adds up to 1',
} as const;

export interface ExplainedIndicator {
  readonly subsystem: string;
  readonly indicator: string;
  readonly name: string;
  readonly unit: string;
  /** The raw value scored: observed (or carried, spliced) or imputed. */
  readonly value: number;
  /** The year the value belongs to; null when imputed. */
  readonly valueYear: number | null;
  readonly source: string;
  readonly status: string;
  readonly imputed: boolean;
  readonly normalized: number;
  readonly weight: number;
  readonly contribution: number;
  /** TOPSIS only (see {@link CONTRIBUTION_MEANINGS}). */
  readonly shortfall: number | null;
}

export interface ExplainedSubsystem {
  readonly subsystem: string;
  readonly name: string;
  readonly score: number;
  readonly rank: number;
  /** Economies scored on this subsystem. */
  readonly of: number;
  /** TOPSIS only: the distances to the ideal (D⁺) and the anti-ideal (D⁻). */
  readonly toIdeal: number | null;
  readonly toAntiIdeal: number | null;
}

export interface RankNeighbour {
  readonly iso3: string;
  readonly name: string;
  readonly rank: number;
  readonly score: number;
  /** Places above (negative) or below (positive) the economy explained; 0 for itself. */
  readonly offset: number;
}

export interface RankExplanation {
  readonly iso3: string;
  readonly name: string;
  readonly year: number;
  readonly framework: string;
  readonly aggregation: ScorecardPolicy['aggregation'];
  readonly contributionMeaning: string;
  /** The overall score and rank, and the list the rank is within (`main`, `small` or `all`). */
  readonly overall: {
    readonly score: number;
    readonly rank: number;
    readonly of: number;
    readonly among: RankingList;
  };
  readonly subsystems: readonly ExplainedSubsystem[];
  readonly indicators: readonly ExplainedIndicator[];
  /** The economy and those just above and below it overall, best first. */
  readonly neighbours: readonly RankNeighbour[];
  /** Indicators of the framework left out that year, with the reason. */
  readonly droppedIndicators: readonly { readonly id: string; readonly reason: string }[];
}

/**
 * Explains one economy's rank. Throws `no-data` (exit 3) with the reason when the economy has
 * no overall score that year.
 */
export async function explainRank(store: Store, request: ExplainRequest): Promise<RankExplanation> {
  const economy = await store.economy(request.iso3);
  const [scored] = await scoreEconomies(store, {
    framework: request.framework,
    years: [request.year],
    economies: [economy.iso3],
    peers: request.peers,
    policy: request.policy,
    window: request.window,
    ...(request.small ? { small: request.small } : {}),
  });
  const y = scored as ScoreYear;
  const rows = scoreRows([y]);
  const overall = rows.find((r) => r.subsystem === 'overall');
  if (!overall || overall.rank === null || overall.score === null) {
    const reason = y.result.notScored.find((n) => n.unit === economy.iso3)?.reason ?? 'no overall score';
    throw new ChanyeError(
      'no-data',
      `${economy.iso3} is not scored on ${y.framework.id} in ${request.year}: ${reason}`,
    );
  }
  const i = y.result.units.indexOf(economy.iso3);
  const contributions = scoreContributions(y);
  const inputs = new Map(y.inputs.filter((c) => c.iso3 === economy.iso3).map((c) => [c.indicator, c]));
  const imputed = new Map(y.result.imputed.filter((c) => c.unit === economy.iso3).map((c) => [c.indicator, c.value]));
  const subsystems: ExplainedSubsystem[] = [];
  const indicators: ExplainedIndicator[] = [];
  y.result.subsystems.forEach((s) => {
    const row = rows.find((r) => r.subsystem === s.id);
    const k = s.indicators.length;
    const parts = unitContributions(
      { rows: y.result.units.length, columns: k, values: s.normalized },
      s.indicators.map((x) => x.weight),
      request.policy.aggregation,
      i,
    );
    subsystems.push({
      subsystem: s.id,
      name: y.framework.subsystems.find((f) => f.id === s.id)?.name_en ?? s.id,
      score: row?.score as number,
      rank: row?.rank as number,
      of: row?.units as number,
      toIdeal: parts.distances?.toIdeal ?? null,
      toAntiIdeal: parts.distances?.toAntiIdeal ?? null,
    });
    // scoreContributions lists them in the subsystem's indicator order, as `parts` does.
    contributions
      .filter((c) => c['subsystem'] === s.id)
      .forEach((c, j) => {
        const id = c['indicator'] as string;
        const meta = store.indicator(id);
        const input = inputs.get(id);
        const fill = imputed.get(id);
        indicators.push({
          subsystem: s.id,
          indicator: id,
          name: meta.name_en,
          unit: meta.unit,
          value: input ? input.value : (fill as number),
          valueYear: input ? input.year : null,
          source: input ? input.source : `${request.policy.imputation} of the economies scored on ${s.id}`,
          status: input ? input.status : 'imputed',
          imputed: !input,
          normalized: c['normalized'] as number,
          weight: c['weight'] as number,
          contribution: parts.contribution[j] as number,
          shortfall: parts.shortfall ? (parts.shortfall[j] as number) : null,
        });
      });
  });
  return {
    iso3: economy.iso3,
    name: economy.name_en,
    year: request.year,
    framework: y.framework.id,
    aggregation: request.policy.aggregation,
    contributionMeaning: CONTRIBUTION_MEANINGS[request.policy.aggregation],
    overall: { score: overall.score, rank: overall.rank, of: overall.units, among: overall.ranked_among },
    subsystems,
    indicators,
    neighbours: await neighbours(store, y, i, request.neighbours ?? 3),
    droppedIndicators: y.result.droppedIndicators,
  };
}

/** The economies of unit `i`'s ranking list within `count` places of it overall (ties share a rank). */
async function neighbours(store: Store, y: ScoreYear, i: number, count: number): Promise<RankNeighbour[]> {
  const { units, overall, rank, lists } = y.result;
  const order = units
    .map((_, u) => u)
    .filter((u) => !Number.isNaN(rank[u] as number) && lists[u] === lists[i])
    .sort(
      (a, b) => (rank[a] as number) - (rank[b] as number) || (units[a] as string).localeCompare(units[b] as string),
    );
  const at = order.indexOf(i);
  const window = order.slice(Math.max(0, at - count), at + count + 1);
  return Promise.all(
    window.map(async (u) => ({
      iso3: units[u] as string,
      name: (await store.economy(units[u] as string)).name_en,
      rank: rank[u] as number,
      score: overall[u] as number,
      offset: order.indexOf(u) - at,
    })),
  );
}
