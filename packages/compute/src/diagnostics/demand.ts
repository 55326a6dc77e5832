/**
 * Demand: the "three drivers" of growth — consumption, investment and net exports (IIE-CASS
 * Research Group 2024, "China's Industrial Modernization", China Economist 2024(09), §2.1.2). Expenditure shares of GDP and their contributions to real GDP growth:
 *
 *   contribution_{j,t} = (S_{j,t} Y_t − S_{j,t−1} Y_{t−1}) / Y_{t−1}
 *
 * with S_j component j's share of GDP and Y real GDP. When the shares sum to 1 in both years
 * the contributions sum to the growth rate Y_t / Y_{t−1} − 1 exactly. Applying current-price
 * shares to real GDP treats each component's deflator as equal to the GDP deflator.
 *
 * @module
 */
import { ChanyeError } from '../errors.js';
import { compensatedSum } from '../numeric/sum.js';

/**
 * PWT 10.01's expenditure shares of GDP at current PPPs (fractions of CGDPe): household
 * consumption `csh_c`, government consumption `csh_g`, gross capital formation `csh_i`,
 * merchandise exports `csh_x`, merchandise imports `csh_m` (stored **negative**) and residual
 * trade and GDP statistical discrepancy `csh_r`. The six sum to 1.
 */
export interface ExpenditureShares {
  readonly household: number;
  readonly government: number;
  readonly investment: number;
  readonly exports: number;
  /** Negative, as PWT stores it. */
  readonly imports: number;
  readonly residual: number;
}

/** The "three drivers" plus the residual that makes them add up to GDP. */
export interface DemandShares {
  /** Household plus government final consumption. */
  readonly consumption: number;
  /** Gross capital formation (fixed investment and changes in inventories). */
  readonly investment: number;
  /** Merchandise exports plus (negative) merchandise imports. */
  readonly netExports: number;
  /** PWT's residual trade and statistical discrepancy, kept apart so the identity holds. */
  readonly residual: number;
}

/** The demand components, in display order. */
export const DEMAND_COMPONENTS = ['consumption', 'investment', 'netExports', 'residual'] as const;
export type DemandComponent = (typeof DEMAND_COMPONENTS)[number];

/**
 * Groups PWT's six expenditure shares into the three drivers and the residual. Imports must be
 * given with PWT's negative sign; a positive import share is rejected, because adding it would
 * silently count imports as demand.
 *
 * @example
 * demandShares({ household: 0.39, government: 0.14, investment: 0.45, exports: 0.19, imports: -0.17, residual: 0 })
 * // returns { consumption: 0.53, investment: 0.45, netExports: 0.02, residual: 0 }
 */
export function demandShares(shares: ExpenditureShares): DemandShares {
  if (shares.imports > 0) {
    throw new ChanyeError('invalid-input', `demandShares: imports must be negative as in PWT, not ${shares.imports}`);
  }
  return {
    consumption: shares.household + shares.government,
    investment: shares.investment,
    netExports: shares.exports + shares.imports,
    residual: shares.residual,
  };
}

/** One year's real GDP growth and the contribution of each component (fractions). */
export interface GrowthContribution<K extends string> {
  readonly year: number;
  /** Y_t / Y_{t−1} − 1. */
  readonly growth: number;
  readonly contributions: Readonly<Record<K, number>>;
}

/**
 * Contributions of expenditure components to real GDP growth, year by year. `gdp` is real
 * GDP (any positive unit); `shares[k]` the share of component k (fractions). A year enters only
 * when the previous calendar year is also in `years` and both years have positive GDP and
 * every share finite (nothing is interpolated). Years need not be sorted.
 *
 * @example
 * growthContributions([2000, 2001], [100, 110], { c: [0.6, 0.6], i: [0.4, 0.4] })
 * // returns [{ year: 2001, growth: 0.1, contributions: { c: 0.06, i: 0.04 } }]
 */
export function growthContributions<K extends string>(
  years: readonly number[],
  gdp: ArrayLike<number>,
  shares: Readonly<Record<K, ArrayLike<number>>>,
): GrowthContribution<K>[] {
  const keys = Object.keys(shares) as K[];
  if (gdp.length !== years.length || keys.some((k) => shares[k].length !== years.length)) {
    throw new ChanyeError('invalid-input', 'growthContributions: years, gdp and every share must have the same length');
  }
  const valid = (i: number): boolean =>
    (gdp[i] as number) > 0 && keys.every((k) => Number.isFinite(shares[k][i] as number));
  const byYear = new Map<number, number>();
  years.forEach((year, i) => {
    if (valid(i)) byYear.set(year, i);
  });
  const out: GrowthContribution<K>[] = [];
  for (const year of [...byYear.keys()].sort((a, b) => a - b)) {
    const prev = byYear.get(year - 1);
    if (prev === undefined) continue;
    const cur = byYear.get(year)!;
    const y0 = gdp[prev] as number;
    const y1 = gdp[cur] as number;
    const contributions = {} as Record<K, number>;
    for (const k of keys) {
      contributions[k] = ((shares[k][cur] as number) * y1 - (shares[k][prev] as number) * y0) / y0;
    }
    out.push({ year, growth: y1 / y0 - 1, contributions });
  }
  return out;
}

/** Average annual growth and contributions over a period. */
export interface AverageContribution<K extends string> {
  readonly from: number;
  readonly to: number;
  /** Years whose growth entered the average (those after `from` up to `to` with data). */
  readonly years: number;
  /** Whether every year from `from + 1` to `to` entered. */
  readonly complete: boolean;
  /** Arithmetic mean of the annual growth rates (fraction a year). */
  readonly growth: number;
  /** Arithmetic means of the annual contributions (fraction a year); they sum to `growth`. */
  readonly contributions: Readonly<Record<K, number>>;
  /** Each mean contribution divided by the mean growth (NaN when growth is 0). */
  readonly sharesOfGrowth: Readonly<Record<K, number>>;
}

/**
 * The arithmetic mean, over the years after `from` up to `to`, of annual growth and of each
 * contribution. Means are linear, so when the annual contributions add to annual growth the
 * mean contributions add to mean growth. Undefined when no year falls in the period.
 *
 * @example
 * averageContributions(growthContributions([2000, 2001, 2002], [100, 110, 121], { c: [1, 1, 1] }), 2000, 2002)
 * // returns { years: 2, complete: true, growth: 0.1, contributions: { c: 0.1 }, sharesOfGrowth: { c: 1 } }
 */
export function averageContributions<K extends string>(
  rows: readonly GrowthContribution<K>[],
  from: number,
  to: number,
): AverageContribution<K> | undefined {
  if (!(to > from)) throw new ChanyeError('invalid-input', `invalid period: ${from}-${to}`);
  const inside = rows.filter((r) => r.year > from && r.year <= to);
  if (inside.length === 0) return undefined;
  const keys = Object.keys(inside[0]!.contributions) as K[];
  const mean = (values: number[]): number => compensatedSum(values) / values.length;
  const growth = mean(inside.map((r) => r.growth));
  const contributions = {} as Record<K, number>;
  const sharesOfGrowth = {} as Record<K, number>;
  for (const k of keys) {
    contributions[k] = mean(inside.map((r) => r.contributions[k]));
    sharesOfGrowth[k] = growth === 0 ? NaN : contributions[k] / growth;
  }
  return {
    from,
    to,
    years: inside.length,
    complete: inside.length === to - from,
    growth,
    contributions,
    sharesOfGrowth,
  };
}
