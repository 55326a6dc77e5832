import { compensatedSum } from '../numeric/sum.js';
import { AGGREGATIONS, arithmeticMean, geometricMean, type AggregationName } from './aggregate.js';
import { equalWeights } from './weights.js';
import { compositeIndex, type CompositeMethod } from './composite-index.js';
import { matrixFromRows, type Matrix, type Polarity } from './matrix.js';
import { NORMALIZATIONS, type NormalizationName } from './normalize.js';
import { ranks } from './rank.js';

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
}

export type ImputationName = 'mean' | 'median';
export const IMPUTATIONS: readonly ImputationName[] = ['mean', 'median'];

export interface ScorecardPolicy {
  readonly normalization: NormalizationName;
  readonly weighting: CompositeMethod['weighting'];
  readonly aggregation: AggregationName;
  readonly imputation: ImputationName;
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
  /** 1 = best among scored units; NaN when not scored. */
  readonly rank: Float64Array;
  readonly subsystems: readonly SubsystemScore[];
  /** Indicators dropped for the whole run, with the reason. */
  readonly droppedIndicators: readonly { readonly id: string; readonly reason: string }[];
  /** Cells imputed, by unit and indicator. */
  readonly imputed: readonly { readonly unit: string; readonly indicator: string; readonly value: number }[];
  /** Why a unit has no overall score. */
  readonly notScored: readonly { readonly unit: string; readonly reason: string }[];
}

function median(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Parses a policy, rejecting unknown names and out-of-range shares at option parsing. */
export function scorecardPolicy(overrides: Partial<ScorecardPolicy> = {}): ScorecardPolicy {
  const policy = { ...DEFAULT_SCORECARD_POLICY, ...overrides };
  if (!NORMALIZATIONS.includes(policy.normalization)) throw new Error(`invalid normalization: ${policy.normalization}`);
  if (!['equal', 'entropy', 'pca', 'user'].includes(policy.weighting))
    throw new Error(`invalid weighting: ${policy.weighting}`);
  if (!AGGREGATIONS.includes(policy.aggregation)) throw new Error(`invalid aggregation: ${policy.aggregation}`);
  if (!IMPUTATIONS.includes(policy.imputation)) throw new Error(`invalid imputation: ${policy.imputation}`);
  for (const share of [policy.minIndicatorCoverage, policy.minPillarCoverage]) {
    if (!(share >= 0 && share <= 1)) throw new Error(`invalid coverage share: ${share}`);
  }
  return policy;
}

/** Scores every unit on every subsystem and overall, under one policy. */
export function scorecard(spec: ScorecardSpec, policy: ScorecardPolicy): ScorecardResult {
  const n = spec.units.length;
  const m = spec.indicators.length;
  const column = new Map(spec.indicators.map((indicator, j) => [indicator.id, j]));
  const cell = (i: number, j: number): number => spec.values.values[i * m + j] as number;

  let withData = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      if (!Number.isNaN(cell(i, j))) {
        withData++;
        break;
      }
    }
  }
  const dropped: { id: string; reason: string }[] = [];
  const usable = new Set<string>();
  spec.indicators.forEach((indicator, j) => {
    let have = 0;
    for (let i = 0; i < n; i++) if (!Number.isNaN(cell(i, j))) have++;
    if (withData > 0 && have / withData >= policy.minIndicatorCoverage && have >= 2) usable.add(indicator.id);
    else dropped.push({ id: indicator.id, reason: `only ${have} of the ${withData} units with data have it` });
  });

  const imputed: { unit: string; indicator: string; value: number }[] = [];
  const imputedKeys = new Set<string>();
  const subsystems: SubsystemScore[] = [];
  const pillarReasons = new Map<string, string[]>();

  for (const subsystem of spec.subsystems) {
    const ids = subsystem.indicators.filter((id) => usable.has(id));
    const scores = new Float64Array(n).fill(NaN);
    if (ids.length === 0) {
      for (const unit of spec.units) addReason(pillarReasons, unit, `${subsystem.id}: no usable indicator`);
      subsystems.push({ id: subsystem.id, scores, indicators: [], normalized: new Float64Array(0) });
      continue;
    }
    const cols = ids.map((id) => column.get(id) as number);
    const needed = Math.ceil(policy.minPillarCoverage * ids.length - 1e-9);
    const covered: number[] = [];
    for (let i = 0; i < n; i++) {
      const have = cols.filter((j) => !Number.isNaN(cell(i, j))).length;
      if (have >= Math.max(1, needed)) covered.push(i);
      else
        addReason(
          pillarReasons,
          spec.units[i] as string,
          `${subsystem.id}: ${have} of ${ids.length} indicators (needs ${needed})`,
        );
    }
    if (covered.length < 2) {
      subsystems.push({
        id: subsystem.id,
        scores,
        indicators: ids.map((id) => ({ id, weight: NaN })),
        normalized: new Float64Array(0),
      });
      continue;
    }
    const fills = cols.map((j) => {
      const present = covered.map((i) => cell(i, j)).filter((v) => !Number.isNaN(v));
      return policy.imputation === 'mean'
        ? compensatedSum(present) / present.length
        : median([...present].sort((a, b) => a - b));
    });
    const rows = covered.map((i) =>
      cols.map((j, k) => {
        const v = cell(i, j);
        if (!Number.isNaN(v)) return v;
        const key = `${i}|${j}`;
        if (!imputedKeys.has(key)) {
          imputedKeys.add(key);
          imputed.push({
            unit: spec.units[i] as string,
            indicator: spec.indicators[j]?.id as string,
            value: fills[k] as number,
          });
        }
        return fills[k] as number;
      }),
    );
    const result = compositeIndex(
      matrixFromRows(rows),
      cols.map((j) => spec.indicators[j]?.polarity as Polarity),
      {
        normalization: policy.normalization,
        weighting: policy.weighting,
        aggregation: policy.aggregation,
        ...(policy.weighting === 'user' ? { weights: ids.map((id) => policy.userWeights?.[id] ?? 0) } : {}),
      },
    );
    const normalized = new Float64Array(n * ids.length).fill(NaN);
    covered.forEach((i, r) => {
      scores[i] = result.scores[r] as number;
      normalized.set(result.normalized.values.subarray(r * ids.length, (r + 1) * ids.length), i * ids.length);
    });
    subsystems.push({
      id: subsystem.id,
      scores,
      indicators: ids.map((id, k) => ({ id, weight: result.weights[k] as number })),
      normalized,
    });
  }

  const overall = new Float64Array(n).fill(NaN);
  const complete = spec.units.map((_, i) => subsystems.every((s) => !Number.isNaN(s.scores[i] as number)));
  const completeIndex = complete.flatMap((ok, i) => (ok ? [i] : []));
  if (completeIndex.length >= 1) {
    const pillarMatrix = matrixFromRows(completeIndex.map((i) => subsystems.map((s) => s.scores[i] as number)));
    const weights = equalWeights(subsystems.length);
    // Subsystem scores share one scale already; combining them needs no second normalization.
    const combined =
      policy.aggregation === 'geometric' ? geometricMean(pillarMatrix, weights) : arithmeticMean(pillarMatrix, weights);
    completeIndex.forEach((i, r) => (overall[i] = combined[r] as number));
  }
  const notScored = spec.units.flatMap((unit, i) =>
    complete[i] && !Number.isNaN(overall[i] as number)
      ? []
      : [{ unit, reason: (pillarReasons.get(unit) ?? ['too few units could be scored']).join('; ') }],
  );
  return {
    units: spec.units,
    overall,
    rank: ranks(overall),
    subsystems,
    droppedIndicators: dropped,
    imputed,
    notScored,
  };
}

function addReason(reasons: Map<string, string[]>, unit: string, reason: string): void {
  const list = reasons.get(unit) ?? [];
  list.push(reason);
  reasons.set(unit, list);
}
