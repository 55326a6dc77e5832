/**
 * Applies an HS conversion plan (`hs-revisions.ts`) to values coded in one HS revision: a
 * vector of product values, or a matrix whose columns are products (locations × products of
 * one year). Values are added exactly as the plan's shares say, and the report states what
 * was done: the tables applied, the codes by relationship, the share of value moved by splits,
 * and the codes not in the table.
 *
 * Codes not in the table are dropped, counted and their value reported. A code missing from
 * the source column of a UNSD table is not a 6-digit code of that revision (an aggregate, a
 * confidential or special code such as 999999, a 4-digit heading, or a code of another
 * revision); keeping it would put a code into the target revision whose six digits may mean
 * another product there. Total value is conserved except for the value reported as dropped.
 *
 * @module
 */
import { ChanyeError } from '../errors.js';
import { compensatedSum } from '../numeric/sum.js';
import {
  planHsConversion,
  type HsBridge,
  type HsConversionPlan,
  type HsRelationshipCounts,
  type HsRevision,
  type HsStep,
  type HsWeights,
} from './hs-revisions.js';

/** What a conversion did, for the run's output and its provenance. */
export interface HsConversionReport {
  readonly from: HsRevision;
  readonly to: HsRevision;
  /** The tables applied, in order (none when `from = to`). */
  readonly steps: readonly HsStep[];
  /**
   * Distinct input codes found in the table, by the relationship of their group over the whole
   * chain (codes whose every link is lost between two tables are not counted here).
   */
  readonly codes: HsRelationshipCounts;
  /** Sum of the input values. */
  readonly valueIn: number;
  /** Sum of the output values (valueIn less the dropped values). */
  readonly valueOut: number;
  /** Share of valueIn whose code was split over several target codes. */
  readonly splitShare: number;
  /** Input codes not in the table: dropped, with their value and its share of valueIn. */
  readonly unmatched: {
    readonly policy: 'dropped';
    readonly codes: readonly string[];
    readonly value: number;
    readonly share: number;
  };
  /** Value of codes the first table links to intermediate codes the next table does not list (dropped). */
  readonly droppedInChain: number;
}

/** The converted matrix: columns are the target codes, sorted. */
export interface HsConvertedMatrix {
  readonly products: readonly string[];
  /** Row-major rows × products. */
  readonly values: Float64Array;
  readonly report: HsConversionReport;
}

const ratio = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);

/**
 * Converts the columns of a row-major `rows × products.length` matrix with `plan`. Repeated
 * product codes are added together. Values must be finite.
 *
 * @example convertHsMatrix(planHsConversion('HS2017', 'HS1992', [{ from: 'HS2017', to: 'HS1992', fromCodes: ['010121', '010129'], toCodes: ['010111', '010111'], source: 'UNSD' }]), ['010121', '010129'], [2, 3], 1).values // returns Float64Array [5]
 */
export function convertHsMatrix(
  plan: HsConversionPlan,
  products: readonly string[],
  values: ArrayLike<number>,
  rows: number,
): HsConvertedMatrix {
  const p = products.length;
  if (values.length !== rows * p)
    throw new ChanyeError('invalid-input', `a ${rows} × ${p} matrix needs ${rows * p} values, got ${values.length}`);
  for (let i = 0; i < values.length; i++)
    if (!Number.isFinite(values[i] as number))
      throw new ChanyeError('invalid-input', `value ${values[i]} of product ${products[i % p]} is not finite`);
  const identity = plan.from === plan.to;
  const targetsOf = (code: string): readonly { code: string; share: number }[] | undefined =>
    identity ? [{ code, share: 1 }] : plan.targets.get(code);

  const outIndex = new Map<string, number>();
  const unmatched = new Set<string>();
  for (const code of products) {
    const ts = targetsOf(code);
    if (!ts) unmatched.add(code);
    else for (const t of ts) outIndex.set(t.code, 0);
  }
  const outProducts = [...outIndex.keys()].sort();
  outProducts.forEach((code, j) => outIndex.set(code, j));
  const q = outProducts.length;
  const out = new Float64Array(rows * q);

  const colTotals = new Float64Array(p);
  for (let r = 0; r < rows; r++) {
    for (let j = 0; j < p; j++) {
      const v = values[r * p + j] as number;
      colTotals[j] = (colTotals[j] as number) + v;
      if (v === 0) continue;
      const ts = targetsOf(products[j] as string);
      if (!ts) continue;
      for (const t of ts) {
        const k = r * q + (outIndex.get(t.code) as number);
        out[k] = (out[k] as number) + v * t.share;
      }
    }
  }

  const codes: HsRelationshipCounts = { '1:1': 0, 'n:1': 0, '1:n': 0, 'n:n': 0 };
  const counted = new Set<string>();
  const unmatchedValue: number[] = [];
  const splitValue: number[] = [];
  const chainLoss: number[] = [];
  for (let j = 0; j < p; j++) {
    const code = products[j] as string;
    const total = colTotals[j] as number;
    const ts = targetsOf(code);
    if (!ts) {
      unmatchedValue.push(total);
      continue;
    }
    if (ts.length > 1) splitValue.push(total);
    chainLoss.push(total * (1 - compensatedSum(ts.map((t) => t.share))));
    // A code lost whole between two tables has no relationship; droppedInChain holds its value.
    if (ts.length === 0 || counted.has(code)) continue;
    counted.add(code);
    codes[identity ? '1:1' : (plan.relationship.get(code) ?? '1:1')]++;
  }
  const valueIn = compensatedSum(colTotals);
  const unmatchedTotal = compensatedSum(unmatchedValue);
  return {
    products: outProducts,
    values: out,
    report: {
      from: plan.from,
      to: plan.to,
      steps: plan.steps,
      codes,
      valueIn,
      valueOut: compensatedSum(out),
      splitShare: ratio(compensatedSum(splitValue), valueIn),
      unmatched: {
        policy: 'dropped',
        codes: [...unmatched].sort(),
        value: unmatchedTotal,
        share: ratio(unmatchedTotal, valueIn),
      },
      droppedInChain: compensatedSum(chainLoss),
    },
  };
}

/** Product values coded in one HS revision. */
export interface HsValues {
  readonly codes: readonly string[];
  readonly values: ArrayLike<number>;
}

/** What {@link convertHs} needs besides the values. */
export interface HsConvertOptions {
  readonly from: HsRevision;
  readonly to: HsRevision;
  readonly bridges: readonly HsBridge[];
  /** Reference values of the target (and intermediate) revisions for splits; equal shares without them. */
  readonly weights?: HsWeights;
}

/**
 * Converts a vector of product values from one HS revision to another (see
 * {@link planHsConversion} and {@link convertHsMatrix}).
 *
 * @example convertHs({ codes: ['010121', '010129'], values: [2, 3] }, { from: 'HS2017', to: 'HS1992', bridges: [{ from: 'HS2017', to: 'HS1992', fromCodes: ['010121', '010129'], toCodes: ['010111', '010111'], source: 'UNSD' }] }).values // returns Float64Array [5]
 */
export function convertHs(
  flows: HsValues,
  options: HsConvertOptions,
): { codes: readonly string[]; values: Float64Array; report: HsConversionReport } {
  if (flows.codes.length !== flows.values.length)
    throw new ChanyeError('invalid-input', 'codes and values must have the same length');
  const plan = planHsConversion(options.from, options.to, options.bridges, options.weights);
  const { products, values, report } = convertHsMatrix(plan, flows.codes, flows.values, 1);
  return { codes: products, values, report };
}

const pct = (x: number): string => `${(100 * x).toFixed(2)}%`;

/**
 * One paragraph on what a conversion did, for a run's output.
 *
 * @example describeHsConversion(report) // returns 'HS codes converted from HS2017 to HS1992 by HS2017→HS1992 (as published; splits: no split; …). Codes by relationship: …'
 */
export function describeHsConversion(report: HsConversionReport): string {
  if (report.steps.length === 0) return `HS codes already in ${report.to}: no conversion applied.`;
  const steps = report.steps
    .map((s) => `${s.from}→${s.to} (${s.direction}; splits: ${s.weights}; ${s.source})`)
    .join(', then ');
  const c = report.codes;
  const parts = [
    `HS codes converted from ${report.from} to ${report.to} by ${steps}.`,
    `Codes by relationship: ${c['1:1']} one-to-one, ${c['n:1']} many-to-one, ${c['1:n']} split (one-to-many), ${c['n:n']} in many-to-many groups (pooled).`,
    `Value moved by splits: ${pct(report.splitShare)}.`,
    `Codes not in the tables: ${report.unmatched.codes.length}, dropped (${pct(report.unmatched.share)} of value).`,
  ];
  if (report.droppedInChain !== 0)
    parts.push(
      `Value dropped between tables (intermediate codes the next table lacks): ${pct(ratio(report.droppedInChain, report.valueIn))}.`,
    );
  return parts.join(' ');
}
