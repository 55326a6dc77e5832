/**
 * The scorecard resource (`chanye score`, `GET /api/scores`): the named methods both accept,
 * the default year, the tidy score rows' columns, and the JSON document both print. Methods:
 * docs/methods/composite-indices.md.
 *
 * @module
 */
import type { ScorecardPolicy } from '@chanye/compute';
import { scoreRows, type ScoreYear } from '../composite/score.js';
import type { SmallEconomies } from '../composite/small-economies.js';

/** Named methods: a weighting and an aggregation (normalization is chosen separately). */
export const SCORE_METHODS = {
  'entropy-topsis': { weighting: 'entropy', aggregation: 'topsis' },
  'entropy-arithmetic': { weighting: 'entropy', aggregation: 'arithmetic' },
  'equal-arithmetic': { weighting: 'equal', aggregation: 'arithmetic' },
  'equal-geometric': { weighting: 'equal', aggregation: 'geometric' },
  'equal-topsis': { weighting: 'equal', aggregation: 'topsis' },
  'pca-arithmetic': { weighting: 'pca', aggregation: 'arithmetic' },
} as const satisfies Record<string, Pick<ScorecardPolicy, 'weighting' | 'aggregation'>>;

/** The name of one of {@link SCORE_METHODS}. */
export type ScoreMethod = keyof typeof SCORE_METHODS;

/** The columns of a scorecard's tidy rows (`scoreRows`), in order. */
export const SCORE_COLUMNS = [
  'iso3',
  'year',
  'framework',
  'subsystem',
  'score',
  'rank',
  'rank_median',
  'rank_p05',
  'rank_p95',
  'units',
  'ranked_among',
  'imputed',
  'note',
] as const;

/**
 * Each focus economy's indicators inside each subsystem: the normalized value (higher is
 * better), the weight, and their product, which is the indicator's share of the subsystem
 * score under arithmetic aggregation.
 */
export function scoreContributions(y: ScoreYear): Record<string, unknown>[] {
  const index = new Map(y.result.units.map((u, i) => [u, i]));
  return y.focus.flatMap((iso3) => {
    const i = index.get(iso3) as number;
    return y.result.subsystems.flatMap((s) => {
      const k = s.indicators.length;
      if (Number.isNaN(s.scores[i] as number)) return [];
      return s.indicators.map((indicator, c) => {
        const normalized = s.normalized[i * k + c] as number;
        return {
          iso3,
          subsystem: s.id,
          indicator: indicator.id,
          normalized,
          weight: indicator.weight,
          contribution: normalized * indicator.weight,
        };
      });
    });
  });
}

/** How a scorecard was asked for: echoed at the head of its JSON document. */
export interface ScoreSettings {
  /** The method's name (one of {@link SCORE_METHODS}). */
  readonly method: string;
  readonly policy: ScorecardPolicy;
  readonly peers: string;
  readonly window: number;
  /** Small economies ranked apart (`separate`) or with everyone (`together`). */
  readonly small: SmallEconomies;
  /** Monte Carlo draws and seed, when rank intervals were asked for. */
  readonly sensitivity?: { readonly draws: number; readonly seed: number } | undefined;
}

/**
 * The scorecard as one JSON document: the framework, the settings, the tidy rows, and per year
 * the weights, each focus economy's contributions, the indicators left out, the imputed cells
 * and inputs of the focus economies, and the first-order sensitivity indices when computed.
 */
export function scoreJson(scored: readonly ScoreYear[], settings: ScoreSettings) {
  return {
    framework: scored[0]?.framework,
    method: { name: settings.method, ...settings.policy },
    peers: settings.peers,
    window: settings.window,
    small: settings.small,
    ...(settings.sensitivity ? { sensitivity: settings.sensitivity } : {}),
    rows: scoreRows(scored),
    years: scored.map((y) => ({
      year: y.year,
      weights: y.result.subsystems.map((s) => ({ subsystem: s.id, indicators: s.indicators })),
      contributions: scoreContributions(y),
      droppedIndicators: y.result.droppedIndicators,
      imputed: y.result.imputed.filter((cell) => y.focus.includes(cell.unit)),
      inputs: y.inputs.filter((input) => y.focus.includes(input.iso3)),
      ...(y.sensitivity ? { firstOrder: y.sensitivity.firstOrder } : {}),
    })),
  };
}
