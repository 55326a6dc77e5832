/**
 * Outlier treatment of one indicator, as the OECD/JRC Handbook (2008, step 4: outliers are
 * treated before normalization, so that a few extreme values do not set the scale for
 * everyone) and COINr's default (Becker et al. 2022, `Treat`) do it: an indicator whose
 * absolute skewness and kurtosis both exceed their thresholds (|G1| ≥ 2 and G2 ≥ 3.5, see
 * `moments.ts`) has its most extreme value pulled in to the next one, point by point, up to
 * five points; if it still fails, the winsorised values are dropped and the original ones are
 * log-transformed instead. Every change is returned, so the scorecard reports it.
 *
 * @module
 */
import { kurtosis, skewness } from './moments.js';

/** The thresholds of the rule and the most points winsorisation may change. */
export interface OutlierRule {
  /** An indicator fails when |skewness| ≥ this … (COINr: 2). */
  readonly skew: number;
  /** … and its excess kurtosis ≥ this (COINr: 3.5). */
  readonly kurtosis: number;
  /** Points winsorisation may change before the log is tried instead (COINr: 5). */
  readonly maxWinsorised: number;
}

/** COINr's defaults (Becker et al. 2022), which follow the JRC's audits of composite indicators. */
export const OUTLIER_RULE: OutlierRule = { skew: 2, kurtosis: 3.5, maxWinsorised: 5 };

/** One winsorised value: the unit (its index), its value before and after. */
export interface WinsorisedPoint {
  readonly index: number;
  readonly from: number;
  readonly to: number;
}

/** What the treatment did to one indicator. */
export interface OutlierReport {
  /** Non-missing values. */
  readonly n: number;
  readonly skewness: number;
  readonly kurtosis: number;
  /** Whether the untreated values fail the rule (both thresholds reached). */
  readonly outliers: boolean;
  readonly treatment: 'none' | 'winsorised' | 'log';
  /** Winsorised points, when `treatment` is `winsorised`. */
  readonly points: readonly WinsorisedPoint[];
  /** Moments after the treatment (the same as before when there was none). */
  readonly skewnessAfter: number;
  readonly kurtosisAfter: number;
  /** Whether the treated values pass the rule (a log may not be enough). */
  readonly passes: boolean;
}

/** Whether values fail the rule: |skewness| and kurtosis both at or above their thresholds. */
export function hasOutliers(
  values: ArrayLike<number>,
  rule: Pick<OutlierRule, 'skew' | 'kurtosis'> = OUTLIER_RULE,
): boolean {
  return Math.abs(skewness(values)) >= rule.skew && kurtosis(values) >= rule.kurtosis;
}

/**
 * Winsorises from the side the skew points to: the largest value (every unit tied at it) is
 * set to the next largest distinct value when skewness is positive, the smallest to the next
 * smallest when it is negative, until the values pass or `maxWinsorised` units have changed.
 * Missing values stay missing.
 *
 * @example winsorise([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100]).points // returns [{ index: 11, from: 100, to: 30 }, …]
 */
export function winsorise(
  values: ArrayLike<number>,
  rule: OutlierRule = OUTLIER_RULE,
): { values: Float64Array; points: WinsorisedPoint[] } {
  const x = Float64Array.from(values);
  const changed = new Map<number, number>();
  while (changed.size < rule.maxWinsorised && hasOutliers(x, rule)) {
    const high = skewness(x) >= 0;
    let extreme = high ? -Infinity : Infinity;
    for (const v of x) if (!Number.isNaN(v)) extreme = high ? Math.max(extreme, v) : Math.min(extreme, v);
    let next = high ? -Infinity : Infinity;
    for (const v of x) {
      if (Number.isNaN(v) || v === extreme) continue;
      next = high ? Math.max(next, v) : Math.min(next, v);
    }
    if (!Number.isFinite(next)) break;
    x.forEach((v, i) => {
      if (v !== extreme) return;
      if (!changed.has(i)) changed.set(i, values[i] as number);
      x[i] = next;
    });
  }
  const points = [...changed.entries()]
    .map(([index, from]) => ({ index, from, to: x[index] as number }))
    .sort((a, b) => a.index - b.index);
  return { values: x, points };
}

/**
 * The log transform of COINr's `log_CT_plus`, on the side of the skew: ln(x − min + a) when
 * skewness is positive, −ln(max + a − x) when negative, with a = 0.01 (max − min); both keep
 * the order of the units. The result is then mapped affinely back onto [min, max] (our
 * decision): skewness and kurtosis do not change under an affine map, min-max and z-score
 * normalizations ignore it, and a ratio to the frontier stays defined (a log can be negative).
 */
export function logTransform(values: ArrayLike<number>): Float64Array {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (Number.isNaN(v)) continue;
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  const x = Float64Array.from(values);
  if (!(max > min)) return x;
  const a = 0.01 * (max - min);
  const positive = !(skewness(values) < 0);
  const logged = x.map((v) => (Number.isNaN(v) ? NaN : positive ? Math.log(v - min + a) : -Math.log(max + a - v)));
  const lo = positive ? Math.log(a) : -Math.log(max - min + a);
  const hi = positive ? Math.log(max - min + a) : -Math.log(a);
  return logged.map((v) => (Number.isNaN(v) ? NaN : min + ((v - lo) / (hi - lo)) * (max - min)));
}

/**
 * Applies the rule to one indicator's values (the units of one peer set): nothing when they
 * pass; winsorisation when it is enough; otherwise the log transform of the original values.
 */
export function treatOutliers(
  values: ArrayLike<number>,
  rule: OutlierRule = OUTLIER_RULE,
): { values: Float64Array; report: OutlierReport } {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i] as number)) n++;
  const before = { skewness: skewness(values), kurtosis: kurtosis(values) };
  const report = (treated: Float64Array, treatment: OutlierReport['treatment'], points: WinsorisedPoint[]) => ({
    values: treated,
    report: {
      n,
      ...before,
      outliers: treatment !== 'none',
      treatment,
      points,
      skewnessAfter: skewness(treated),
      kurtosisAfter: kurtosis(treated),
      passes: !hasOutliers(treated, rule),
    },
  });
  if (!hasOutliers(values, rule)) return report(Float64Array.from(values), 'none', []);
  const winsorised = winsorise(values, rule);
  if (!hasOutliers(winsorised.values, rule)) return report(winsorised.values, 'winsorised', winsorised.points);
  return report(logTransform(values), 'log', []);
}
