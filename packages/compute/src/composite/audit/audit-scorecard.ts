/**
 * The statistical audit of a scorecard, as the OECD/JRC Handbook (2008, steps 4 and 7) and
 * COINr (Becker et al. 2022) lay it out: per pillar, the consistency of its indicators
 * (Cronbach's alpha, the first principal component's share); per indicator, its correlations
 * with its own pillar, the other pillars and the overall score, with flags; its distribution
 * (skewness, kurtosis) and the outlier treatment it gets; and the rank shifts under each
 * alternative choice of method.
 *
 * @module
 */
import { DEFAULT_SENSITIVITY_SPACE, type ScorecardSensitivityOptions } from '../scorecard-sensitivity.js';
import { scorecard, type ScorecardPolicy, type ScorecardResult, type ScorecardSpec } from '../scorecard.js';
import { ACCEPTABLE_ALPHA, cronbachAlpha, type CronbachAlpha } from './cronbach.js';
import { firstComponent, type FirstComponent } from './first-component.js';
import { indicatorCorrelations, type IndicatorCorrelations } from './indicator-correlations.js';
import { OUTLIER_RULE, treatOutliers, type OutlierReport } from './outlier-treatment.js';
import { rankShifts, type RankShift } from './rank-shifts.js';

export interface PillarAudit {
  readonly id: string;
  /** Indicators scored in the pillar (after the coverage rules). */
  readonly indicators: readonly string[];
  /** Units scored on the pillar. */
  readonly units: number;
  readonly alpha: CronbachAlpha;
  readonly firstComponent: FirstComponent;
  /**
   * - `low-alpha`: α below {@link ACCEPTABLE_ALPHA};
   * - `several-dimensions`: more than one eigenvalue of the correlation matrix above 1 (Kaiser's
   *   criterion): the indicators measure more than one thing.
   */
  readonly flags: readonly PillarFlag[];
}

export type PillarFlag = 'low-alpha' | 'several-dimensions';

export interface IndicatorAudit extends IndicatorCorrelations {
  readonly pillar: string;
  readonly indicator: string;
}

export interface DistributionAudit {
  readonly indicator: string;
  readonly report: OutlierReport;
  /** Winsorised units, by id. */
  readonly points: readonly { readonly unit: string; readonly from: number; readonly to: number }[];
  /** Whether the scorecard used the treated values (its policy's `outlierTreatment`). */
  readonly applied: boolean;
}

export interface ScorecardAudit {
  readonly result: ScorecardResult;
  readonly pillars: readonly PillarAudit[];
  readonly indicators: readonly IndicatorAudit[];
  readonly distributions: readonly DistributionAudit[];
  readonly rankShifts: readonly RankShift[];
}

/**
 * Audits the scorecard of `spec` under `policy`. Alpha, the first component and the
 * correlations use the normalized values the scorecard aggregated (higher is better for every
 * indicator) of the units scored on the pillar, with imputed cells left out: an imputed mean
 * carries no information about how indicators move together and would pull every statistic
 * towards zero. Distributions are of the raw values over every unit with a value, as the
 * outlier rule sees them.
 */
export function auditScorecard(
  spec: ScorecardSpec,
  policy: ScorecardPolicy,
  options: { readonly space?: Omit<ScorecardSensitivityOptions, 'draws' | 'seed'>; readonly movers?: number } = {},
): ScorecardAudit {
  const result = scorecard(spec, policy);
  const n = spec.units.length;
  const unitIndex = new Map(spec.units.map((u, i) => [u, i]));
  const imputed = new Set(result.imputed.map((c) => `${unitIndex.get(c.unit)}|${c.indicator}`));

  const pillars: PillarAudit[] = [];
  const indicators: IndicatorAudit[] = [];
  result.subsystems.forEach((pillar) => {
    const k = pillar.indicators.length;
    const observed = new Float64Array(n * k).fill(NaN);
    if (pillar.normalized.length === n * k) {
      for (let i = 0; i < n; i++)
        pillar.indicators.forEach((indicator, c) => {
          if (!imputed.has(`${i}|${indicator.id}`)) observed[i * k + c] = pillar.normalized[i * k + c] as number;
        });
    }
    const matrix = { rows: n, columns: k, values: observed };
    const alpha = cronbachAlpha(matrix);
    const component = firstComponent(matrix);
    const flags: PillarFlag[] = [];
    if (alpha.alpha < ACCEPTABLE_ALPHA) flags.push('low-alpha');
    if (component.aboveOne > 1) flags.push('several-dimensions');
    pillars.push({
      id: pillar.id,
      indicators: pillar.indicators.map((indicator) => indicator.id),
      units: [...pillar.scores].filter((x) => !Number.isNaN(x)).length,
      alpha,
      firstComponent: component,
      flags,
    });
    pillar.indicators.forEach((indicator, c) => {
      const values = Float64Array.from({ length: n }, (_, i) => observed[i * k + c] as number);
      const others = result.subsystems
        .filter((other) => other.id !== pillar.id && !other.indicators.some((x) => x.id === indicator.id))
        .map((other) => ({ pillar: other.id, scores: other.scores }));
      indicators.push({
        pillar: pillar.id,
        indicator: indicator.id,
        ...indicatorCorrelations(values, pillar.scores, others, result.overall),
      });
    });
  });

  const m = spec.indicators.length;
  const dropped = new Set(result.droppedIndicators.map((d) => d.id));
  const distributions: DistributionAudit[] = spec.indicators
    .filter((indicator) => !dropped.has(indicator.id))
    .map((indicator) => {
      const j = spec.indicators.indexOf(indicator);
      const column = Float64Array.from({ length: n }, (_, i) => spec.values.values[i * m + j] as number);
      const { report } = treatOutliers(column, OUTLIER_RULE);
      return {
        indicator: indicator.id,
        report,
        points: report.points.map((p) => ({ unit: spec.units[p.index] as string, from: p.from, to: p.to })),
        applied: policy.outlierTreatment === 'winsorise-log',
      };
    });

  return {
    result,
    pillars,
    indicators,
    distributions,
    rankShifts: rankShifts(spec, policy, options.space ?? DEFAULT_SENSITIVITY_SPACE, {
      ...(options.movers !== undefined ? { movers: options.movers } : {}),
    }),
  };
}
