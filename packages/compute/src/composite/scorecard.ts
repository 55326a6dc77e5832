import { median } from '../numeric/quantile.js';
import { compensatedSum } from '../numeric/sum.js';
import { AGGREGATIONS, arithmeticMean, geometricMean, type AggregationName } from './aggregate.js';
import { equalWeights } from './weights.js';
import { compositeIndex, type CompositeMemo, type WeightingChoice } from './composite-index.js';
import { matrixFromRows, type Matrix } from '../numeric/matrix.js';
import type { Polarity } from './polarity.js';
import { NORMALIZATIONS, type NormalizationName } from './normalize.js';
import { ranksWithin } from './rank-lists.js';
import { OUTLIER_RULE, treatOutliers, type OutlierReport } from './audit/outlier-treatment.js';

/**
 * A two-level composite: indicators → subsystem (pillar) scores → overall score, with one
 * written missing-data policy (docs/methods/composite-indices.md, "Missing data"):
 *
 * 1. An indicator that fewer than `minIndicatorCoverage` of the units with any data have is
 *    dropped for this run (it cannot be normalized fairly); the drop is reported. Units with
 *    no value at all (small territories in an "all economies" peer set) do not count.
 * 2. A unit is scored on a subsystem only if it has at least `minPillarCoverage` of that
 *    subsystem's remaining indicators; otherwise its subsystem score is missing, with the
 *    reason.
 * 3. A scored unit's missing indicator values are imputed by `imputation` over the units that
 *    have the indicator (`mean` or `median`: unconditional imputation, OECD/JRC Handbook §3),
 *    and every imputed cell is reported.
 * 0. Under `outlierTreatment: 'winsorise-log'`, each indicator whose skewness and kurtosis
 *    both exceed COINr's thresholds over the units is winsorised, or log-transformed
 *    (`audit/outlier-treatment.ts`), before anything else, and every treatment is reported.
 * 4. A unit gets an overall score only if every subsystem is scored. The overall score is the
 *    equal-weight arithmetic mean of its subsystem scores (geometric mean when the
 *    aggregation is geometric), so each subsystem's contribution can be read off directly.
 */
export interface ScorecardSpec {
  readonly units: readonly string[];
  readonly indicators: readonly { readonly id: string; readonly polarity: Polarity }[];
  /** Subsystems in display order, each naming its indicators (an indicator may serve two). */
  readonly subsystems: readonly { readonly id: string; readonly indicators: readonly string[] }[];
  /** units × indicators, in the order of `units` and `indicators`; NaN where missing. */
  readonly values: Matrix;
  /**
   * The list each unit is ranked in (e.g. `main` or `small`): units are normalized and scored
   * together but ranked only against their own list (`rank-lists.ts`). Absent: one list.
   */
  readonly lists?: readonly string[];
}

export type ImputationName = 'mean' | 'median';
export const IMPUTATIONS: readonly ImputationName[] = ['mean', 'median'];

/**
 * - `none`: indicators enter normalization as they are;
 * - `winsorise-log`: the OECD/JRC Handbook's step 4 as COINr does it (winsorise up to five
 *   points, else log) for indicators with |skewness| ≥ 2 and kurtosis ≥ 3.5.
 */
export type OutlierTreatmentName = 'none' | 'winsorise-log';
export const OUTLIER_TREATMENTS: readonly OutlierTreatmentName[] = ['none', 'winsorise-log'];

/** One indicator the outlier treatment changed, with what it did. */
export interface TreatedIndicator {
  readonly id: string;
  readonly report: OutlierReport;
  /** Units whose value was winsorised, with the values before and after. */
  readonly points: readonly { readonly unit: string; readonly from: number; readonly to: number }[];
}

export interface ScorecardPolicy {
  readonly normalization: NormalizationName;
  readonly weighting: WeightingChoice;
  readonly aggregation: AggregationName;
  readonly imputation: ImputationName;
  /** Outlier treatment before normalization (see {@link OutlierTreatmentName}). */
  readonly outlierTreatment: OutlierTreatmentName;
  /** Share of units with data an indicator needs to be used at all (default 0.4). */
  readonly minIndicatorCoverage: number;
  /** Share of a subsystem's indicators a unit needs to be scored on it (default 2/3). */
  readonly minPillarCoverage: number;
  /** Per-indicator weights for `user` weighting, by indicator id. */
  readonly userWeights?: Readonly<Record<string, number>>;
}

export const DEFAULT_SCORECARD_POLICY: ScorecardPolicy = {
  normalization: 'min-max',
  weighting: 'entropy',
  aggregation: 'topsis',
  imputation: 'mean',
  // The Handbook's step 4 and COINr's default: skewed indicators are treated before they are
  // normalized, or a few extreme values set everyone's scale (and, under entropy weights,
  // take most of the weight). docs/methods/composite-indices.md, "Outlier treatment".
  outlierTreatment: 'winsorise-log',
  minIndicatorCoverage: 0.4,
  minPillarCoverage: 2 / 3,
};

export interface SubsystemScore {
  readonly id: string;
  /** Per unit; NaN when the unit is not scored on this subsystem. */
  readonly scores: Float64Array;
  /** Indicators used, with their weights within the subsystem (sum 1). */
  readonly indicators: readonly { readonly id: string; readonly weight: number }[];
  /** Per unit and used indicator (unit-major): normalized value, higher is better. */
  readonly normalized: Float64Array;
}

export interface ScorecardResult {
  readonly units: readonly string[];
  readonly overall: Float64Array;
  /** 1 = best among the scored units of the unit's list; NaN when not scored. */
  readonly rank: Float64Array;
  /** Each unit's ranking list (the spec's `lists`, or `all` for every unit without them). */
  readonly lists: readonly string[];
  readonly subsystems: readonly SubsystemScore[];
  /** Indicators dropped for the whole run, with the reason. */
  readonly droppedIndicators: readonly { readonly id: string; readonly reason: string }[];
  /** Cells imputed, by unit and indicator. */
  readonly imputed: readonly { readonly unit: string; readonly indicator: string; readonly value: number }[];
  /** Why a unit has no overall score. */
  readonly notScored: readonly { readonly unit: string; readonly reason: string }[];
  /** Indicators the outlier treatment changed (none unless the policy asks for it). */
  readonly treated: readonly TreatedIndicator[];
}

/** Parses a policy, rejecting unknown names and out-of-range shares at option parsing. */
export function scorecardPolicy(overrides: Partial<ScorecardPolicy> = {}): ScorecardPolicy {
  const policy = { ...DEFAULT_SCORECARD_POLICY, ...overrides };
  if (!NORMALIZATIONS.includes(policy.normalization)) throw new Error(`invalid normalization: ${policy.normalization}`);
  if (!['equal', 'entropy', 'pca', 'user'].includes(policy.weighting))
    throw new Error(`invalid weighting: ${policy.weighting}`);
  if (!AGGREGATIONS.includes(policy.aggregation)) throw new Error(`invalid aggregation: ${policy.aggregation}`);
  if (!IMPUTATIONS.includes(policy.imputation)) throw new Error(`invalid imputation: ${policy.imputation}`);
  if (!OUTLIER_TREATMENTS.includes(policy.outlierTreatment))
    throw new Error(`invalid outlier treatment: ${policy.outlierTreatment}`);
  for (const share of [policy.minIndicatorCoverage, policy.minPillarCoverage]) {
    if (!(share >= 0 && share <= 1)) throw new Error(`invalid coverage share: ${share}`);
  }
  return policy;
}

/** A subsystem after the missing-data policy: the covered units and their complete matrix. */
interface PreparedSubsystem {
  readonly id: string;
  /** Indicators used (after dropping), and their polarities. */
  readonly ids: readonly string[];
  readonly polarity: readonly Polarity[];
  /** Indices of the units scored on this subsystem. */
  readonly covered: readonly number[];
  /** covered × ids, missing cells imputed; undefined when fewer than two units are covered. */
  readonly matrix: Matrix | undefined;
}

/** The data side of a scorecard: what the missing-data policy decided, independent of the method. */
export interface PreparedScorecard {
  readonly units: readonly string[];
  readonly lists: readonly string[] | undefined;
  readonly subsystems: readonly PreparedSubsystem[];
  readonly droppedIndicators: ScorecardResult['droppedIndicators'];
  readonly imputed: ScorecardResult['imputed'];
  readonly pillarReasons: ReadonlyMap<string, readonly string[]>;
  readonly treated: readonly TreatedIndicator[];
}

/** Scores every unit on every subsystem and overall, under one policy. */
export function scorecard(spec: ScorecardSpec, policy: ScorecardPolicy): ScorecardResult {
  return scorePrepared(prepareScorecard(spec, policy), policy);
}

/**
 * Applies the missing-data policy (steps 1-3 above): drops thin indicators, decides which
 * units each subsystem covers and imputes their missing cells. Depends on the coverage
 * thresholds and the imputation only, so one preparation serves every normalization,
 * weighting and aggregation.
 */
export function prepareScorecard(
  spec: ScorecardSpec,
  policy: Pick<ScorecardPolicy, 'imputation' | 'minIndicatorCoverage' | 'minPillarCoverage'> &
    Partial<Pick<ScorecardPolicy, 'outlierTreatment'>>,
): PreparedScorecard {
  const n = spec.units.length;
  const m = spec.indicators.length;
  const { values, treated } =
    policy.outlierTreatment === 'winsorise-log'
      ? treatIndicators(spec)
      : { values: spec.values.values, treated: [] as TreatedIndicator[] };
  const column = new Map(spec.indicators.map((indicator, j) => [indicator.id, j]));

  let withData = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      if (!Number.isNaN(values[i * m + j] as number)) {
        withData++;
        break;
      }
    }
  }
  const dropped: { id: string; reason: string }[] = [];
  const usable = new Set<string>();
  spec.indicators.forEach((indicator, j) => {
    let have = 0;
    for (let i = 0; i < n; i++) if (!Number.isNaN(values[i * m + j] as number)) have++;
    if (withData > 0 && have / withData >= policy.minIndicatorCoverage && have >= 2) usable.add(indicator.id);
    else dropped.push({ id: indicator.id, reason: `only ${have} of the ${withData} units with data have it` });
  });

  const imputed: { unit: string; indicator: string; value: number }[] = [];
  const imputedKeys = new Set<number>();
  const pillarReasons = new Map<string, string[]>();
  const subsystems: PreparedSubsystem[] = spec.subsystems.map((subsystem) => {
    const ids = subsystem.indicators.filter((id) => usable.has(id));
    const cols = ids.map((id) => column.get(id) as number);
    const polarity = cols.map((j) => spec.indicators[j]?.polarity as Polarity);
    if (ids.length === 0) {
      for (const unit of spec.units) addReason(pillarReasons, unit, `${subsystem.id}: no usable indicator`);
      return { id: subsystem.id, ids, polarity, covered: [], matrix: undefined };
    }
    const needed = Math.ceil(policy.minPillarCoverage * ids.length - 1e-9);
    const covered: number[] = [];
    for (let i = 0; i < n; i++) {
      let have = 0;
      for (const j of cols) if (!Number.isNaN(values[i * m + j] as number)) have++;
      if (have >= Math.max(1, needed)) covered.push(i);
      else
        addReason(
          pillarReasons,
          spec.units[i] as string,
          `${subsystem.id}: ${have} of ${ids.length} indicators (needs ${needed})`,
        );
    }
    if (covered.length < 2) return { id: subsystem.id, ids, polarity, covered, matrix: undefined };
    const k = cols.length;
    const matrix = new Float64Array(covered.length * k);
    cols.forEach((j, c) => {
      const present: number[] = [];
      for (const i of covered) {
        const v = values[i * m + j] as number;
        if (!Number.isNaN(v)) present.push(v);
      }
      const fill = policy.imputation === 'mean' ? compensatedSum(present) / present.length : median(present);
      covered.forEach((i, r) => {
        const v = values[i * m + j] as number;
        if (Number.isNaN(v)) {
          matrix[r * k + c] = fill;
          if (!imputedKeys.has(i * m + j)) {
            imputedKeys.add(i * m + j);
            imputed.push({ unit: spec.units[i] as string, indicator: spec.indicators[j]?.id as string, value: fill });
          }
        } else matrix[r * k + c] = v;
      });
    });
    return { id: subsystem.id, ids, polarity, covered, matrix: { rows: covered.length, columns: k, values: matrix } };
  });
  return {
    units: spec.units,
    lists: spec.lists,
    subsystems,
    droppedIndicators: dropped,
    imputed,
    pillarReasons,
    treated,
  };
}

/**
 * Step 0: each indicator's values over the units, treated by COINr's rule where they fail it.
 * Treating before the coverage rules is harmless (a dropped indicator is not scored anyway) and
 * means the rule sees every unit with a value, as normalization will.
 */
function treatIndicators(spec: ScorecardSpec): { values: Float64Array; treated: TreatedIndicator[] } {
  const n = spec.units.length;
  const m = spec.indicators.length;
  const values = Float64Array.from(spec.values.values);
  const treated: TreatedIndicator[] = [];
  const column = new Float64Array(n);
  spec.indicators.forEach((indicator, j) => {
    for (let i = 0; i < n; i++) column[i] = values[i * m + j] as number;
    const { values: out, report } = treatOutliers(column, OUTLIER_RULE);
    if (report.treatment === 'none') return;
    for (let i = 0; i < n; i++) values[i * m + j] = out[i] as number;
    treated.push({
      id: indicator.id,
      report,
      points: report.points.map((p) => ({ unit: spec.units[p.index] as string, from: p.from, to: p.to })),
    });
  });
  return { values, treated };
}

/** Scores a prepared scorecard with one normalization, weighting and aggregation (step 4 above). */
export function scorePrepared(
  prepared: PreparedScorecard,
  method: Pick<ScorecardPolicy, 'normalization' | 'weighting' | 'aggregation' | 'userWeights'>,
  memo?: CompositeMemo,
): ScorecardResult {
  const n = prepared.units.length;
  const subsystems: SubsystemScore[] = prepared.subsystems.map((subsystem) => {
    const scores = new Float64Array(n).fill(NaN);
    const k = subsystem.ids.length;
    if (!subsystem.matrix) {
      return {
        id: subsystem.id,
        scores,
        indicators: subsystem.ids.map((id) => ({ id, weight: NaN })),
        normalized: new Float64Array(0),
      };
    }
    const result = compositeIndex(
      subsystem.matrix,
      subsystem.polarity,
      {
        normalization: method.normalization,
        weighting: method.weighting,
        aggregation: method.aggregation,
        ...(method.weighting === 'user' ? { weights: subsystem.ids.map((id) => method.userWeights?.[id] ?? 0) } : {}),
      },
      memo,
    );
    const normalized = new Float64Array(n * k).fill(NaN);
    subsystem.covered.forEach((i, r) => {
      scores[i] = result.scores[r] as number;
      normalized.set(result.normalized.values.subarray(r * k, (r + 1) * k), i * k);
    });
    return {
      id: subsystem.id,
      scores,
      indicators: subsystem.ids.map((id, c) => ({ id, weight: result.weights[c] as number })),
      normalized,
    };
  });

  const overall = new Float64Array(n).fill(NaN);
  const completeIndex: number[] = [];
  for (let i = 0; i < n; i++) if (subsystems.every((s) => !Number.isNaN(s.scores[i] as number))) completeIndex.push(i);
  if (completeIndex.length >= 1) {
    const pillarMatrix = matrixFromRows(completeIndex.map((i) => subsystems.map((s) => s.scores[i] as number)));
    const weights = equalWeights(subsystems.length);
    // Subsystem scores share one scale already; combining them needs no second normalization.
    const combined =
      method.aggregation === 'geometric' ? geometricMean(pillarMatrix, weights) : arithmeticMean(pillarMatrix, weights);
    completeIndex.forEach((i, r) => (overall[i] = combined[r] as number));
  }
  const notScored = prepared.units.flatMap((unit, i) =>
    !Number.isNaN(overall[i] as number)
      ? []
      : [{ unit, reason: (prepared.pillarReasons.get(unit) ?? ['too few units could be scored']).join('; ') }],
  );
  return {
    units: prepared.units,
    overall,
    rank: ranksWithin(overall, prepared.lists),
    lists: prepared.lists ?? prepared.units.map(() => 'all'),
    subsystems,
    droppedIndicators: prepared.droppedIndicators,
    imputed: prepared.imputed,
    notScored,
    treated: prepared.treated,
  };
}

function addReason(reasons: Map<string, string[]>, unit: string, reason: string): void {
  const list = reasons.get(unit) ?? [];
  list.push(reason);
  reasons.set(unit, list);
}
