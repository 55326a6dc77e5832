/**
 * Dual structure (Rui Mingjie 2023, "Composition and Development Strategies of an Industrial
 * System for China's Modernization Drive", China Economist 2023(11)): Rui describes China's industrial
 * system as dual — conventional sectors above 80 % of GDP, emerging high-tech industries below
 * 20 % — and sets breaking it as the condition for leaving the middle-income trap.
 *
 * No source in the snapshot measures "emerging high-tech industries" as a share of GDP, so
 * the proxy is medium- and high-tech manufacturing value added as a share of GDP:
 * `mva_share_gdp × mht_share_mva / 100` (UNIDO's R&D-intensity classification; knowledge-
 * intensive services and the high-tech part of other sectors are not in the snapshot). It
 * counts medium-tech industries that Rui would call conventional and misses high-tech
 * services, so it is a proxy for the direction and pace, not a measure of the 20 % itself.
 *
 * @module
 */
import { matrixFromRows } from '../numeric/matrix.js';
import { ChanyeError } from '../errors.js';
import { ols } from '../numeric/ols.js';

/** Rui's line: emerging high-tech industries at 20 % of GDP (conventional sectors at 80 %). */
export const DUAL_STRUCTURE_LINE = 20;

/**
 * Medium- and high-tech manufacturing value added in % of GDP from the manufacturing share of
 * GDP (%) and the medium/high-tech share of manufacturing value added (%).
 *
 * @example
 * highTechShareOfGdp(28, 41.5) // returns 11.62
 */
export function highTechShareOfGdp(mvaShareOfGdp: number, mhtShareOfMva: number): number {
  return (mvaShareOfGdp * mhtShareOfMva) / 100;
}

/** The level and trend of the high-tech share against the 20 % line. */
export interface DualStructure {
  readonly first: { readonly year: number; readonly value: number };
  readonly last: { readonly year: number; readonly value: number };
  /** (last − first) / (last year − first year), percentage points a year; NaN with one year. */
  readonly changePerYear: number;
  /** Least-squares slope on the year over all years with data (NaN with fewer than 3 years). */
  readonly trendPerYear: number;
  /** Years with data. */
  readonly years: number;
  /** The line compared with. */
  readonly line: number;
  /** The latest value is below the line: the dual structure persists. */
  readonly belowLine: boolean;
  /**
   * Years from the last year to reach the line at the least-squares trend: defined only when
   * below the line and rising; otherwise undefined.
   */
  readonly yearsToLine: number | undefined;
}

/**
 * Compares a high-tech share series with {@link DUAL_STRUCTURE_LINE} (or `line`): first and last
 * year, endpoint change per year, least-squares trend and, when below and rising, the years to
 * the line at that trend. Missing values are skipped. Returns undefined with no data.
 *
 * @example
 * dualStructure([2000, 2010], [8, 10]) // returns { changePerYear: 0.2, belowLine: true, … }
 */
export function dualStructure(
  years: readonly number[],
  shares: ArrayLike<number>,
  options: { line?: number } = {},
): DualStructure | undefined {
  if (shares.length !== years.length) {
    throw new ChanyeError('invalid-input', 'dualStructure: years and shares must have the same length');
  }
  const line = options.line ?? DUAL_STRUCTURE_LINE;
  const points = years
    .map((year, i) => ({ year, value: shares[i] as number }))
    .filter((p) => Number.isFinite(p.value))
    .sort((a, b) => a.year - b.year);
  if (points.length === 0) return undefined;
  const first = points[0]!;
  const last = points.at(-1)!;
  const changePerYear = last.year > first.year ? (last.value - first.value) / (last.year - first.year) : NaN;
  const trendPerYear =
    points.length >= 3
      ? ols(
          matrixFromRows(points.map((p) => [1, p.year - first.year])),
          points.map((p) => p.value),
        ).coefficients[1]!
      : NaN;
  const belowLine = last.value < line;
  const yearsToLine = belowLine && trendPerYear > 0 ? (line - last.value) / trendPerYear : undefined;
  return { first, last, changePerYear, trendPerYear, years: points.length, line, belowLine, yearsToLine };
}
