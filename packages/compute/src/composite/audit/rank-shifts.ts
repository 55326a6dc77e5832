/**
 * How far units move when one choice of the scorecard changes: the one-at-a-time view of the
 * same choices the Monte Carlo rank intervals draw from.
 *
 * @module
 */
import { compensatedSum } from '../../numeric/sum.js';
import type { ScorecardSensitivityOptions } from '../scorecard-sensitivity.js';
import { OUTLIER_TREATMENTS, scorecard, type ScorecardPolicy, type ScorecardSpec } from '../scorecard.js';

/** A choice of the scorecard that an alternative changes. */
export type RankShiftFactor = 'normalization' | 'weighting' | 'aggregation' | 'imputation' | 'outlierTreatment';

export interface RankShift {
  readonly factor: RankShiftFactor;
  /** The alternative's name (the default's is in the policy). */
  readonly alternative: string;
  /** Units ranked overall under both the default and the alternative. */
  readonly units: number;
  /** Mean of |rank under the alternative − default rank| over those units. */
  readonly meanAbsoluteShift: number;
  readonly maxAbsoluteShift: number;
  /** Spearman's ρ between the two rankings (1: the same order). */
  readonly spearman: number;
  /** The units that move most, largest |shift| first; shift > 0 means a worse rank. */
  readonly movers: readonly {
    readonly unit: string;
    readonly baseRank: number;
    readonly rank: number;
    readonly shift: number;
  }[];
}

/**
 * Ranks the units overall under `base`, then under each alternative of the space that differs
 * from `base` in exactly one choice (normalization, weighting, aggregation, imputation, and the
 * outlier treatment), and summarizes the shifts (OECD/JRC Handbook 2008, step 7: the change of
 * each unit's rank under each alternative assumption). Coverage rules are held at `base`'s.
 */
export function rankShifts(
  spec: ScorecardSpec,
  base: ScorecardPolicy,
  space: Omit<ScorecardSensitivityOptions, 'draws' | 'seed'>,
  options: { readonly movers?: number } = {},
): RankShift[] {
  const baseRank = scorecard(spec, base).rank;
  const alternatives: [RankShiftFactor, readonly string[]][] = [
    ['normalization', space.normalizations],
    ['weighting', space.weightings],
    ['aggregation', space.aggregations],
    ['imputation', space.imputations],
    ['outlierTreatment', OUTLIER_TREATMENTS],
  ];
  const out: RankShift[] = [];
  for (const [factor, levels] of alternatives) {
    for (const level of levels) {
      if (level === base[factor]) continue;
      const rank = scorecard(spec, { ...base, [factor]: level }).rank;
      out.push(summarize(factor, level, spec.units, baseRank, rank, options.movers ?? 5));
    }
  }
  return out;
}

function summarize(
  factor: RankShiftFactor,
  alternative: string,
  units: readonly string[],
  baseRank: Float64Array,
  rank: Float64Array,
  movers: number,
): RankShift {
  const both = units.flatMap((unit, i) => {
    const b = baseRank[i] as number;
    const r = rank[i] as number;
    return Number.isNaN(b) || Number.isNaN(r) ? [] : [{ unit, baseRank: b, rank: r, shift: r - b }];
  });
  const absolute = both.map((s) => Math.abs(s.shift));
  const n = both.length;
  // Spearman's ρ of two rankings of the same n units: 1 − 6 Σ d² / (n(n² − 1)), exact without ties.
  const spearman = n >= 2 ? 1 - (6 * compensatedSum(both.map((s) => s.shift ** 2))) / (n * (n * n - 1)) : NaN;
  return {
    factor,
    alternative,
    units: n,
    meanAbsoluteShift: n > 0 ? compensatedSum(absolute) / n : NaN,
    maxAbsoluteShift: n > 0 ? Math.max(...absolute) : NaN,
    spearman,
    movers: [...both].sort((a, b) => Math.abs(b.shift) - Math.abs(a.shift) || a.baseRank - b.baseRank).slice(0, movers),
  };
}
