import { quantileSorted } from '../numeric/quantile.js';
import { pick, seededRandom } from '../random/seeded.js';
import type { AggregationName } from './aggregate.js';
import { compositeIndex, type CompositeMethod, type WeightingChoice } from './composite-index.js';
import type { Matrix } from '../numeric/matrix.js';
import type { Polarity } from './polarity.js';
import type { NormalizationName } from './normalize.js';
import { ranks } from './rank.js';

/** The choices an uncertainty analysis draws from (OECD/JRC Handbook 2008, ch. 7). */
export interface SensitivityOptions {
  readonly draws: number;
  readonly seed: number;
  readonly normalizations: readonly NormalizationName[];
  readonly weightings: readonly WeightingChoice[];
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

/** One Monte Carlo draw: the choice made for each factor. */
export type Draw<F extends string> = Readonly<Record<F, string>>;

export interface MonteCarloRanks<F extends string> {
  readonly medianRank: Float64Array;
  readonly rankP05: Float64Array;
  readonly rankP95: Float64Array;
  /** First-order sensitivity index of each factor (see {@link SensitivityResult}). */
  readonly firstOrder: Readonly<Record<F, number>>;
  readonly draws: number;
}

/**
 * The engine of every uncertainty analysis: `draws` times, choose one level of each factor
 * uniformly with a seeded generator, score the units with `score`, rank them (within their
 * lists when `options.rank` says so); then
 * summarize each unit's ranks and each factor's first-order index.
 */
export function monteCarloRanks<F extends string>(
  units: number,
  factors: Readonly<Record<F, readonly string[]>>,
  options: {
    readonly draws: number;
    readonly seed: number;
    /** How one draw's scores become ranks (default {@link ranks}: one list of every unit). */
    readonly rank?: (scores: Float64Array) => Float64Array;
  },
  score: (draw: Draw<F>, random: () => number) => Float64Array,
): MonteCarloRanks<F> {
  if (!(Number.isInteger(options.draws) && options.draws >= 1)) throw new Error(`invalid draws: ${options.draws}`);
  const names = Object.keys(factors) as F[];
  for (const name of names) if (factors[name].length === 0) throw new Error(`factor ${name} has no levels`);
  const random = seededRandom(options.seed);
  const rankDraws: Float64Array[] = [];
  const choices: Draw<F>[] = [];
  // A scorer that returns the same scores object for the same choices gets its ranks reused.
  const rankOf = new WeakMap<Float64Array, Float64Array>();
  for (let d = 0; d < options.draws; d++) {
    const draw = Object.fromEntries(names.map((name) => [name, pick(factors[name], random)])) as Draw<F>;
    const scores = score(draw, random);
    let r = rankOf.get(scores);
    if (!r) {
      r = (options.rank ?? ranks)(scores);
      rankOf.set(scores, r);
    }
    rankDraws.push(r);
    choices.push(draw);
  }
  const medianRank = new Float64Array(units);
  const rankP05 = new Float64Array(units);
  const rankP95 = new Float64Array(units);
  for (let i = 0; i < units; i++) {
    const sorted = rankDraws
      .map((r) => r[i] as number)
      .filter((x) => !Number.isNaN(x))
      .sort((a, b) => a - b);
    medianRank[i] = quantileSorted(sorted, 0.5);
    rankP05[i] = quantileSorted(sorted, 0.05);
    rankP95[i] = quantileSorted(sorted, 0.95);
  }
  const firstOrder = Object.fromEntries(
    names.map((name) => [
      name,
      firstOrderIndex(
        rankDraws,
        choices.map((c) => c[name]),
        units,
      ),
    ]),
  ) as Record<F, number>;
  return { medianRank, rankP05, rankP95, firstOrder, draws: options.draws };
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
  return monteCarloRanks(
    m.rows,
    { normalization: options.normalizations, weighting: options.weightings, aggregation: options.aggregations },
    options,
    (draw, random) => {
      const method = {
        normalization: draw.normalization as NormalizationName,
        weighting: draw.weighting as WeightingChoice,
        aggregation: draw.aggregation as AggregationName,
        ...withRef(options),
      };
      const base = compositeIndex(m, polarity, method);
      if (!(options.weightPerturbation > 0)) return base.scores;
      const p = options.weightPerturbation;
      const weights = Array.from(base.weights, (w) => w * (1 - p + 2 * p * random()));
      return compositeIndex(m, polarity, { ...method, weighting: 'user', weights }).scores;
    },
  );
}

function withRef(options: SensitivityOptions): Pick<CompositeMethod, 'reference' | 'goalposts'> {
  return {
    ...(options.reference ? { reference: options.reference } : {}),
    ...(options.goalposts ? { goalposts: options.goalposts } : {}),
  };
}

/** Var(E[rank | factor]) / Var(rank), pooled over units in proportion to their rank variance. */
function firstOrderIndex(rankDraws: readonly Float64Array[], factor: readonly string[], units: number): number {
  const levels = [...new Set(factor)];
  const level = factor.map((f) => levels.indexOf(f));
  const L = levels.length;
  let explained = 0;
  let total = 0;
  const groupSum = new Float64Array(L);
  const groupCount = new Float64Array(L);
  for (let i = 0; i < units; i++) {
    groupSum.fill(0);
    groupCount.fill(0);
    let sum = 0;
    let count = 0;
    for (let d = 0; d < rankDraws.length; d++) {
      const x = (rankDraws[d] as Float64Array)[i] as number;
      if (Number.isNaN(x)) continue;
      const g = level[d] as number;
      groupSum[g] = (groupSum[g] as number) + x;
      groupCount[g] = (groupCount[g] as number) + 1;
      sum += x;
      count++;
    }
    if (count < 2) continue;
    const mean = sum / count;
    let squares = 0;
    for (let d = 0; d < rankDraws.length; d++) {
      const x = (rankDraws[d] as Float64Array)[i] as number;
      if (!Number.isNaN(x)) squares += (x - mean) ** 2;
    }
    total += squares / count;
    for (let g = 0; g < L; g++) {
      const c = groupCount[g] as number;
      if (c > 0) explained += (c / count) * ((groupSum[g] as number) / c - mean) ** 2;
    }
  }
  return total > 0 ? explained / total : 0;
}
