import { compensatedSum } from '../numeric/sum.js';
import { pick, seededRandom } from '../random/seeded.js';
import type { AggregationName } from './aggregate.js';
import { compositeIndex, type CompositeMethod } from './composite-index.js';
import type { Matrix, Polarity } from './matrix.js';
import type { NormalizationName } from './normalize.js';
import { ranks } from './rank.js';

/** The choices an uncertainty analysis draws from (OECD/JRC Handbook 2008, ch. 7). */
export interface SensitivityOptions {
  readonly draws: number;
  readonly seed: number;
  readonly normalizations: readonly NormalizationName[];
  readonly weightings: readonly CompositeMethod['weighting'][];
  readonly aggregations: readonly AggregationName[];
  /** Each weight is multiplied by a uniform draw in [1 − w, 1 + w] and the set rescaled (0 = none). */
  readonly weightPerturbation: number;
  readonly reference?: CompositeMethod['reference'];
  readonly goalposts?: CompositeMethod['goalposts'];
}

export interface SensitivityResult {
  /** Per unit: median rank and the 5th and 95th percentiles of its rank over the draws. */
  readonly medianRank: Float64Array;
  readonly rankP05: Float64Array;
  readonly rankP95: Float64Array;
  /**
   * First-order sensitivity index of each choice: Var(E[rank | choice]) / Var(rank),
   * averaged over units weighted by their rank variance (Saltelli et al. 2008).
   */
  readonly firstOrder: Readonly<Record<'normalization' | 'weighting' | 'aggregation', number>>;
  readonly draws: number;
}

/** The p-quantile of sorted values by linear interpolation (type 7, as R and NumPy default). */
function quantileSorted(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  return (
    (sorted[lo] as number) +
    (h - lo) * ((sorted[Math.min(lo + 1, sorted.length - 1)] as number) - (sorted[lo] as number))
  );
}

/**
 * Monte Carlo uncertainty and sensitivity analysis of a composite index: each draw picks a
 * normalization, a weighting and an aggregation uniformly, perturbs the weights, and ranks
 * the units. Every draw comes from one seeded generator, so a seed reproduces the result.
 */
export function rankSensitivity(
  m: Matrix,
  polarity: readonly Polarity[],
  options: SensitivityOptions,
): SensitivityResult {
  if (!(options.draws >= 1)) throw new Error(`invalid draws: ${options.draws}`);
  const random = seededRandom(options.seed);
  const rankDraws: Float64Array[] = [];
  const choices: { normalization: string; weighting: string; aggregation: string }[] = [];
  for (let d = 0; d < options.draws; d++) {
    const normalization = pick(options.normalizations, random);
    const weighting = pick(options.weightings, random);
    const aggregation = pick(options.aggregations, random);
    const base = compositeIndex(m, polarity, {
      normalization,
      weighting,
      aggregation,
      ...(options.reference ? { reference: options.reference } : {}),
      ...(options.goalposts ? { goalposts: options.goalposts } : {}),
    });
    let scores = base.scores;
    if (options.weightPerturbation > 0) {
      const w = Array.from(
        base.weights,
        (x) => x * (1 - options.weightPerturbation + 2 * options.weightPerturbation * random()),
      );
      scores = compositeIndex(m, polarity, {
        normalization,
        weighting: 'user',
        aggregation,
        weights: w,
        ...withRef(options),
      }).scores;
    }
    rankDraws.push(ranks(scores));
    choices.push({ normalization, weighting, aggregation });
  }
  const medianRank = new Float64Array(m.rows);
  const rankP05 = new Float64Array(m.rows);
  const rankP95 = new Float64Array(m.rows);
  for (let i = 0; i < m.rows; i++) {
    const sorted = rankDraws
      .map((r) => r[i] as number)
      .filter((x) => !Number.isNaN(x))
      .sort((a, b) => a - b);
    medianRank[i] = quantileSorted(sorted, 0.5);
    rankP05[i] = quantileSorted(sorted, 0.05);
    rankP95[i] = quantileSorted(sorted, 0.95);
  }
  const firstOrder = {
    normalization: firstOrderIndex(
      rankDraws,
      choices.map((c) => c.normalization),
      m.rows,
    ),
    weighting: firstOrderIndex(
      rankDraws,
      choices.map((c) => c.weighting),
      m.rows,
    ),
    aggregation: firstOrderIndex(
      rankDraws,
      choices.map((c) => c.aggregation),
      m.rows,
    ),
  };
  return { medianRank, rankP05, rankP95, firstOrder, draws: options.draws };
}

function withRef(options: SensitivityOptions): Pick<CompositeMethod, 'reference' | 'goalposts'> {
  return {
    ...(options.reference ? { reference: options.reference } : {}),
    ...(options.goalposts ? { goalposts: options.goalposts } : {}),
  };
}

/** Var(E[rank | factor]) / Var(rank), pooled over units in proportion to their rank variance. */
function firstOrderIndex(rankDraws: readonly Float64Array[], factor: readonly string[], units: number): number {
  let explained = 0;
  let total = 0;
  for (let i = 0; i < units; i++) {
    const values: number[] = [];
    const groups = new Map<string, number[]>();
    rankDraws.forEach((r, d) => {
      const x = r[i] as number;
      if (Number.isNaN(x)) return;
      values.push(x);
      const key = factor[d] as string;
      const group = groups.get(key) ?? [];
      group.push(x);
      groups.set(key, group);
    });
    if (values.length < 2) continue;
    const mean = compensatedSum(values) / values.length;
    total += compensatedSum(values.map((x) => (x - mean) ** 2)) / values.length;
    for (const group of groups.values()) {
      const groupMean = compensatedSum(group) / group.length;
      explained += (group.length / values.length) * (groupMean - mean) ** 2;
    }
  }
  return total > 0 ? explained / total : 0;
}
