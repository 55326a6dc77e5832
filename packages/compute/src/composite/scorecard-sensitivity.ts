import { CompositeMemo, type WeightingChoice } from './composite-index.js';
import type { AggregationName } from './aggregate.js';
import type { NormalizationName } from './normalize.js';
import {
  prepareScorecard,
  scorePrepared,
  type ImputationName,
  type PreparedScorecard,
  type ScorecardPolicy,
  type ScorecardSpec,
} from './scorecard.js';
import { ranksWithin } from './rank-lists.js';
import { monteCarloRanks, type MonteCarloRanks } from './sensitivity.js';

/** The choices a scorecard uncertainty analysis varies (OECD/JRC Handbook 2008, ch. 7). */
export interface ScorecardSensitivityOptions {
  readonly draws: number;
  readonly seed: number;
  readonly normalizations: readonly NormalizationName[];
  readonly weightings: readonly WeightingChoice[];
  readonly aggregations: readonly AggregationName[];
  readonly imputations: readonly ImputationName[];
}

/**
 * The default space of choices: three normalizations, two weightings, three aggregations and
 * two imputations, each drawn uniformly. PCA weights are left out by default because they
 * need more complete units than indicators in every subsystem, which small peer sets lack.
 */
export const DEFAULT_SENSITIVITY_SPACE: Omit<ScorecardSensitivityOptions, 'draws' | 'seed'> = {
  normalizations: ['min-max', 'z-score', 'distance-to-frontier'],
  weightings: ['equal', 'entropy'],
  aggregations: ['arithmetic', 'geometric', 'topsis'],
  imputations: ['mean', 'median'],
};

/**
 * Rank uncertainty of the overall scorecard: each draw rebuilds the whole two-level index
 * under one combination of choices (coverage thresholds held at `base`), and ranks the units
 * within their lists (`spec.lists`), as the scorecard itself ranks them.
 * The choice space is discrete (no continuous weight perturbation here), so each distinct
 * combination is computed once and reused by every draw that picks it: 1,000 draws over the
 * default 36 combinations cost 36 scorecards, with exactly the same result.
 */
export function scorecardSensitivity(
  spec: ScorecardSpec,
  base: ScorecardPolicy,
  options: ScorecardSensitivityOptions,
): MonteCarloRanks<'normalization' | 'weighting' | 'aggregation' | 'imputation'> {
  const prepared = new Map<string, PreparedScorecard>();
  const cache = new Map<string, Float64Array>();
  // Combinations share normalizations and weights: three normalizations and two weightings per
  // imputation, instead of one of each per combination.
  const memo = new CompositeMemo();
  return monteCarloRanks(
    spec.units.length,
    {
      normalization: options.normalizations,
      weighting: options.weightings,
      aggregation: options.aggregations,
      imputation: options.imputations,
    },
    // Ranked within the spec's lists, so an interval is one of the ranks the unit can take in its list.
    { draws: options.draws, seed: options.seed, rank: (scores) => ranksWithin(scores, spec.lists) },
    (draw) => {
      const key = `${draw.normalization}|${draw.weighting}|${draw.aggregation}|${draw.imputation}`;
      let overall = cache.get(key);
      if (!overall) {
        let data = prepared.get(draw.imputation);
        if (!data) {
          data = prepareScorecard(spec, { ...base, imputation: draw.imputation as ImputationName });
          prepared.set(draw.imputation, data);
        }
        overall = scorePrepared(
          data,
          {
            normalization: draw.normalization as NormalizationName,
            weighting: draw.weighting as WeightingChoice,
            aggregation: draw.aggregation as AggregationName,
          },
          memo,
        ).overall;
        cache.set(key, overall);
      }
      return overall;
    },
  );
}
