import { aggregator, type AggregationName } from './aggregate.js';
import { matrixLike, type Matrix } from '../numeric/matrix.js';
import type { Polarity } from './polarity.js';
import { normalize, type NormalizationName, type NormalizationOptions } from './normalize.js';
import { pcaWeights } from './pca-weights.js';
import { entropyWeights, equalWeights, userWeights } from './weights.js';

/** Weighting schemes by name (see weights.ts and pca-weights.ts). */
export type WeightingChoice = 'equal' | 'entropy' | 'pca' | 'user';

/** The escape hatch: weights computed by the caller from the raw matrix (rescaled to sum to 1). */
export type WeightingFunction = (m: Matrix, polarity: readonly Polarity[]) => ArrayLike<number>;

/** How a composite index is built: one normalization, one weighting, one aggregation. */
export interface CompositeMethod {
  readonly normalization: NormalizationName;
  /** A named scheme, or a function of the raw matrix and polarities returning one weight per indicator. */
  readonly weighting: WeightingChoice | WeightingFunction;
  readonly aggregation: AggregationName;
  /** For `user` weighting. */
  readonly weights?: readonly number[];
  /** Reference values for `distance-to-reference`, goalposts for `goalposts`. */
  readonly reference?: NormalizationOptions['reference'];
  readonly goalposts?: NormalizationOptions['goalposts'];
}

export interface CompositeResult {
  readonly scores: Float64Array;
  readonly weights: Float64Array;
  /** The normalized matrix the scores were aggregated from (higher is better). */
  readonly normalized: Matrix;
}

/**
 * A composite index over the units of `m` (OECD/JRC Handbook 2008, ch. 5-6).
 * Weights: `entropy` is computed on the min-max normalized data whatever the chosen
 * normalization (docs/methods/composite-indices.md), `pca` on the raw data (correlations do not depend on scale).
 * Geometric aggregation needs positive values: normalized columns are first rescaled
 * affinely to [1, 100], so that logarithms exist and the lowest unit on one indicator is not
 * zeroed out whatever its other values (our decision; docs/methods/composite-indices.md).
 */
export function compositeIndex(
  m: Matrix,
  polarity: readonly Polarity[],
  method: CompositeMethod,
  memo?: CompositeMemo,
): CompositeResult {
  const options: NormalizationOptions = {
    polarity,
    ...(method.reference ? { reference: method.reference } : {}),
    ...(method.goalposts ? { goalposts: method.goalposts } : {}),
  };
  // Only what depends on the matrix, the polarities and a method name alone is shared.
  const shareable = memo && !method.reference && !method.goalposts;
  const sides = polarity.join(',');
  let normalized = shareable
    ? memo.get(m, `normalized:${method.normalization}:${sides}`, () => normalize(m, method.normalization, options))
    : normalize(m, method.normalization, options);
  const weights =
    shareable && (method.weighting === 'equal' || method.weighting === 'entropy' || method.weighting === 'pca')
      ? memo.get(m, `weights:${method.weighting}:${sides}`, () => weightsFor(m, polarity, method))
      : weightsFor(m, polarity, method);
  if (method.aggregation === 'geometric') normalized = rescaleColumns(normalized, 1, 100);
  return { scores: aggregator(method.aggregation)(normalized, weights), weights, normalized };
}

/**
 * Normalized matrices and weights shared by composite indices over the same matrix: a caller
 * that scores one matrix under many methods (an uncertainty analysis) passes one memo, and each
 * normalization and weighting is computed once instead of once per method. The results are the
 * same objects the functions would compute, so they must not be modified.
 */
export class CompositeMemo {
  private readonly byMatrix = new WeakMap<Matrix, Map<string, unknown>>();

  get<T>(m: Matrix, key: string, make: () => T): T {
    let entries = this.byMatrix.get(m);
    if (!entries) this.byMatrix.set(m, (entries = new Map()));
    if (!entries.has(key)) entries.set(key, make());
    return entries.get(key) as T;
  }
}

function weightsFor(m: Matrix, polarity: readonly Polarity[], method: CompositeMethod): Float64Array {
  if (typeof method.weighting === 'function') return userWeights(Array.from(method.weighting(m, polarity)));
  switch (method.weighting) {
    case 'equal':
      return equalWeights(m.columns);
    case 'entropy':
      return entropyWeights(normalize(m, 'min-max', { polarity }));
    case 'pca':
      return pcaWeights(m).weights;
    case 'user':
      if (!method.weights) throw new Error('user weighting needs weights');
      if (method.weights.length !== m.columns)
        throw new Error(`expected ${m.columns} weights, got ${method.weights.length}`);
      return userWeights(method.weights);
    default:
      throw new Error(`invalid weighting: ${String(method.weighting)}`);
  }
}

/** Rescales each column affinely to [lo, hi]; a constant column maps to the midpoint. */
function rescaleColumns(m: Matrix, lo: number, hi: number): Matrix {
  const out = matrixLike(m);
  for (let j = 0; j < m.columns; j++) {
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < m.rows; i++) {
      const v = m.values[i * m.columns + j] as number;
      if (Number.isNaN(v)) continue;
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    for (let i = 0; i < m.rows; i++) {
      const v = m.values[i * m.columns + j] as number;
      out.values[i * m.columns + j] = Number.isNaN(v)
        ? NaN
        : max > min
          ? lo + ((v - min) / (max - min)) * (hi - lo)
          : (lo + hi) / 2;
    }
  }
  return out;
}
