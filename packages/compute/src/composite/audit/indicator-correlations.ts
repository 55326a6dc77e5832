/**
 * How each indicator relates to its own pillar, to the other pillars and to the overall
 * score, with the flags an audit raises.
 *
 * @module
 */
import { pearsonCorrelation, spearmanCorrelation } from './correlation.js';

/**
 * Below this |r| an indicator's correlation with its own pillar is "weak": the default "weak"
 * threshold of COINr's correlation flags (Becker et al. 2022, `plot_corr`: weak below 0.3,
 * negative below −0.4, high above 0.9), the tool the JRC uses for its audits. An indicator so
 * loosely tied to its pillar barely moves it, whatever its weight says (OECD/JRC Handbook 2008,
 * step 4, on checking that the indicators of a dimension belong together).
 */
export const WEAK_CORRELATION = 0.3;

/**
 * - `negative`: r < 0 with its own pillar (any negative r, stricter than COINr's −0.4, because
 *   every indicator is oriented so that higher is better): higher values of the indicator go with a lower
 *   pillar score, so it works against the concept it is meant to measure (or its polarity is
 *   wrong);
 * - `weak`: |r| < {@link WEAK_CORRELATION} with its own pillar;
 * - `other-pillar`: r with some other pillar (one it does not belong to) above r with its
 *   own: it may be placed in the wrong pillar.
 */
export type CorrelationFlag = 'negative' | 'weak' | 'other-pillar';

export interface Correlation {
  readonly pearson: number;
  readonly spearman: number;
}

export interface IndicatorCorrelations {
  readonly own: Correlation;
  readonly overall: Correlation;
  /** With each pillar the indicator does not belong to. */
  readonly others: readonly (Correlation & { readonly pillar: string })[];
  /** Units with both the indicator and the own pillar's score. */
  readonly units: number;
  readonly flags: readonly CorrelationFlag[];
}

function correlation(x: ArrayLike<number>, y: ArrayLike<number>): Correlation {
  return { pearson: pearsonCorrelation(x, y), spearman: spearmanCorrelation(x, y) };
}

/**
 * Correlations of one indicator's (normalized, higher-is-better) values with its pillar's
 * scores, the scores of the pillars it does not belong to and the overall score, all per unit
 * and NaN where missing; flags from Pearson's r, as COINr's. The indicator is part of its own
 * pillar, which lifts that correlation, most in pillars of few indicators: a flag then is the
 * stronger signal.
 */
export function indicatorCorrelations(
  values: ArrayLike<number>,
  own: ArrayLike<number>,
  others: readonly { readonly pillar: string; readonly scores: ArrayLike<number> }[],
  overall: ArrayLike<number>,
): IndicatorCorrelations {
  const ownCorrelation = correlation(values, own);
  const otherCorrelations = others.map((o) => ({ pillar: o.pillar, ...correlation(values, o.scores) }));
  let units = 0;
  for (let i = 0; i < values.length; i++)
    if (!Number.isNaN(values[i] as number) && !Number.isNaN(own[i] as number)) units++;
  const r = ownCorrelation.pearson;
  const flags: CorrelationFlag[] = [];
  if (r < 0) flags.push('negative');
  if (Math.abs(r) < WEAK_CORRELATION) flags.push('weak');
  if (otherCorrelations.some((o) => o.pearson > r)) flags.push('other-pillar');
  return {
    own: ownCorrelation,
    overall: correlation(values, overall),
    others: otherCorrelations,
    units,
    flags,
  };
}
