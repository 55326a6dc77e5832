/**
 * Structural change as a shift-share decomposition of aggregate labour productivity
 * (docs/methods/structural-change.md): McMillan, M. and Rodrik, D. (2011), "Globalization, Structural Change and
 * Productivity Growth", NBER Working Paper 17143, eq. (1):
 *
 *   ΔP = Σ_i θ_{i,t0} Δp_i + Σ_i p_{i,t1} Δθ_i
 *
 * with P = Σ_i θ_i p_i aggregate labour productivity, p_i sector i's labour productivity and
 * θ_i its share of employment. The first term is growth within sectors at the initial
 * employment structure; the second, "structural change", is the reallocation of workers
 * across sectors valued at the final productivities. The two add to ΔP exactly.
 *
 * @module
 */
import { ChanyeError } from '../errors.js';
import { compensatedSum } from '../numeric/sum.js';

/** The decomposition of ΔP between two years. */
export interface ShiftShare {
  /** Aggregate productivity Σ θ_{i,t0} p_{i,t0}. */
  readonly p0: number;
  /** Aggregate productivity Σ θ_{i,t1} p_{i,t1}. */
  readonly p1: number;
  /** p1 − p0. */
  readonly change: number;
  /** Within-sector term Σ θ_{i,t0} (p_{i,t1} − p_{i,t0}). */
  readonly within: number;
  /** Structural-change term Σ p_{i,t1} (θ_{i,t1} − θ_{i,t0}). */
  readonly structural: number;
  /** The within-sector term sector by sector (sums to `within`). */
  readonly withinBySector: Float64Array;
  /** The structural-change term sector by sector (sums to `structural`). */
  readonly structuralBySector: Float64Array;
}

const SHARE_TOLERANCE = 1e-6;

/**
 * McMillan-Rodrik decomposition of the change in aggregate labour productivity between t0 and
 * t1. `productivity0/1` are sector productivities p_i; `shares0/1` employment shares θ_i as
 * fractions that sum to 1 (within 1e-6) in each year. Every value must be finite; the
 * sectors are the same, in the same order, in all four arrays.
 *
 * @example
 * // agriculture 2 → 3, industry 10 → 12; employment 60/40 → 40/60
 * shiftShare([2, 10], [3, 12], [0.6, 0.4], [0.4, 0.6])
 * // returns { p0: 5.2, p1: 8.4, change: 3.2, within: 1.4, structural: 1.8, … }
 */
export function shiftShare(
  productivity0: ArrayLike<number>,
  productivity1: ArrayLike<number>,
  shares0: ArrayLike<number>,
  shares1: ArrayLike<number>,
): ShiftShare {
  const n = productivity0.length;
  if (n === 0 || productivity1.length !== n || shares0.length !== n || shares1.length !== n) {
    throw new ChanyeError(
      'invalid-input',
      'shiftShare: productivities and employment shares must be non-empty and of the same length',
    );
  }
  for (const array of [productivity0, productivity1, shares0, shares1]) {
    for (let i = 0; i < n; i++) {
      if (!Number.isFinite(array[i])) throw new ChanyeError('invalid-input', 'shiftShare: every value must be finite');
    }
  }
  for (const shares of [shares0, shares1]) {
    const total = compensatedSum(Array.from(shares));
    if (Math.abs(total - 1) > SHARE_TOLERANCE) {
      throw new ChanyeError('invalid-input', `shiftShare: employment shares must sum to 1, not ${total}`);
    }
  }
  const withinBySector = new Float64Array(n);
  const structuralBySector = new Float64Array(n);
  const level0 = new Float64Array(n);
  const level1 = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const p0 = productivity0[i]!;
    const p1 = productivity1[i]!;
    const s0 = shares0[i]!;
    const s1 = shares1[i]!;
    withinBySector[i] = s0 * (p1 - p0);
    structuralBySector[i] = p1 * (s1 - s0);
    level0[i] = s0 * p0;
    level1[i] = s1 * p1;
  }
  const p0 = compensatedSum(level0);
  const p1 = compensatedSum(level1);
  return {
    p0,
    p1,
    change: p1 - p0,
    within: compensatedSum(withinBySector),
    structural: compensatedSum(structuralBySector),
    withinBySector,
    structuralBySector,
  };
}

/** A {@link ShiftShare} per year: compound growth split in proportion to the two terms. */
export interface AnnualisedShiftShare {
  readonly years: number;
  /** (p1 / p0)^(1/years) − 1: compound annual growth of aggregate productivity (fraction). */
  readonly growth: number;
  /** The within-sector part of `growth` (fraction a year). */
  readonly within: number;
  /** The structural-change part of `growth` (fraction a year). */
  readonly structural: number;
  /** within / change: the within term's share of the total change (NaN when change is 0). */
  readonly withinShare: number;
  /** structural / change (NaN when change is 0). */
  readonly structuralShare: number;
}

/**
 * States a decomposition per year: the compound annual growth of P over `years`, split
 * between the two terms in proportion to their size (so the parts add to the growth), and
 * each term's share of ΔP. When ΔP is exactly 0 the split uses the linear rate term/(years·p0).
 *
 * @example
 * annualiseShiftShare(shiftShare([2, 10], [3, 12], [0.6, 0.4], [0.4, 0.6]), 10)
 * // returns { growth: 0.0491…, within: 0.0215…, structural: 0.0276…, withinShare: 0.4375, structuralShare: 0.5625 }
 */
export function annualiseShiftShare(decomposition: ShiftShare, years: number): AnnualisedShiftShare {
  if (!(years > 0)) throw new ChanyeError('invalid-input', `invalid years: ${years}`);
  const { p0, p1, change, within, structural } = decomposition;
  if (!(p0 > 0) || !(p1 > 0)) {
    throw new ChanyeError('invalid-input', 'annualiseShiftShare: aggregate productivity must be positive');
  }
  const growth = Math.pow(p1 / p0, 1 / years) - 1;
  const factor = change === 0 ? 1 / (years * p0) : growth / change;
  return {
    years,
    growth,
    within: within * factor,
    structural: structural * factor,
    withinShare: change === 0 ? NaN : within / change,
    structuralShare: change === 0 ? NaN : structural / change,
  };
}

/** Sector productivities and employment shares built from shares of value added and employment. */
export interface SectorsFromShares {
  /** Value added per worker by sector, in the unit of `output` / `employment`. */
  readonly productivity: Float64Array;
  /** Employment shares rescaled to sum to 1. */
  readonly employmentShares: Float64Array;
}

/**
 * Sector labour productivities from sector shares of value added and of employment (any
 * scale: each set is rescaled to sum to 1) and the economy's output and employment:
 * p_i = (va_i / Σ va × output) / (emp_i / Σ emp × employment). Aggregate productivity
 * Σ θ_i p_i then equals output / employment. A sector with no employment has NaN productivity.
 *
 * @example
 * sectorsFromShares([9, 36, 45], [40, 20, 40], 1000, 100)
 * // returns { productivity: [2.5, 20, 12.5], employmentShares: [0.4, 0.2, 0.4] } (value added rescaled from 90 to 100)
 */
export function sectorsFromShares(
  valueAddedShares: ArrayLike<number>,
  employmentShares: ArrayLike<number>,
  output: number,
  employment: number,
): SectorsFromShares {
  const n = valueAddedShares.length;
  if (n === 0 || employmentShares.length !== n) {
    throw new ChanyeError('invalid-input', 'sectorsFromShares: value-added and employment shares must match');
  }
  const vaTotal = compensatedSum(Array.from(valueAddedShares));
  const empTotal = compensatedSum(Array.from(employmentShares));
  const productivity = new Float64Array(n);
  const theta = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    theta[i] = employmentShares[i]! / empTotal;
    const share = theta[i]!;
    productivity[i] = share > 0 ? ((valueAddedShares[i]! / vaTotal) * output) / (share * employment) : NaN;
  }
  return { productivity, employmentShares: theta };
}
