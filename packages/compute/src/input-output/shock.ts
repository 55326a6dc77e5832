import { ChanyeError } from '../errors.js';
import { isFactor, type Leontief } from './leontief.js';
import { luSolve, luSolveTransposed } from '../linalg/lu.js';

/** The two quantity models a supply shock is run through. */
export type ShockModel = 'demand' | 'supply';

/** The assumptions each model makes, printed with its results. */
export const SHOCK_ASSUMPTIONS: Readonly<Record<ShockModel, readonly string[]>> = {
  demand: [
    'demand-driven Leontief model (Miller and Blair 2009, §2.3, §13.1): fixed technical coefficients, no substitution, no price change, unlimited capacity elsewhere',
    "the cut is met as a fall in the supplier's final demand, Δf_k = −p·x_k / l_kk, so Δx = L·Δf: its own output falls by p·x_k",
    'effects run upstream only: the supplier buys fewer inputs; its customers are assumed to get what they need, so downstream sectors do not lose',
  ],
  supply: [
    'supply-driven Ghosh model (Ghosh 1958; Miller and Blair 2009, §12.1): fixed allocation coefficients, each seller keeps selling the same shares of its output to each buyer',
    "the cut is a fall in the supplier's primary inputs, Δv_k = −p·x_k / g_kk, so Δx' = Δv'·G: its own output falls by p·x_k",
    'effects run downstream only: buyers lose inputs in proportion and, with no substitution, stocks or other suppliers, cut output in proportion (perfect complementarity); an upper bound on disruption more than a forecast (Oosterhaven 1988, Journal of Regional Science 28: 203-217; Dietzenbacher 1997)',
  ],
};

export interface SupplyShock {
  readonly model: ShockModel;
  /** Index of the shocked region-sector k. */
  readonly index: number;
  /** The fall of its output, as a share (0.1 = 10 %). */
  readonly share: number;
  /** Δx (length n); Δx_k = −share·x_k in both models. */
  readonly change: Float64Array;
  /** Δx / x (NaN where x = 0). */
  readonly relative: Float64Array;
  /** The exogenous change that produces the cut: Δf_k (demand) or Δv_k (supply). */
  readonly impulse: number;
  readonly assumptions: readonly string[];
}

/**
 * What happens everywhere when region-sector k's output falls by a share p (0 ≤ p ≤ 1), in the
 * demand-driven Leontief model and in the supply-driven Ghosh model (Miller and Blair 2009,
 * §12.1; the assumptions are in {@link SHOCK_ASSUMPTIONS}):
 * - demand: Δf_k = −p·x_k / l_kk, Δx = L·Δf, i.e. Δx_i = −p·x_k·l_ik / l_kk (column k of L);
 * - supply: Δv_k = −p·x_k / g_kk, Δx' = Δv'·G with G = diag(x)⁻¹·L·diag(x), i.e.
 *   Δx_j = −p·x_k·g_kj / g_kk = −p·l_kj·x_j / l_kk (row k of L; g_kk = l_kk).
 * Fixing x_k and letting the model solve the rest (the mixed models of M&B §13.2) gives the same
 * numbers by the partitioned inverse. A sector with no output has nothing to lose: all zero.
 */
export function supplyShock(
  l: Leontief,
  x: ArrayLike<number>,
  index: number,
  share: number,
  model: ShockModel,
): SupplyShock {
  const n = isFactor(l) ? l.n : l.rows;
  if (!Number.isInteger(index) || index < 0 || index >= n)
    throw new ChanyeError('invalid-input', `sector index ${index} out of range 0..${n - 1}`);
  if (!(share >= 0 && share <= 1))
    throw new ChanyeError('invalid-input', `invalid shock: ${share} (expected a share between 0 and 1)`);
  if (model !== 'demand' && model !== 'supply')
    throw new ChanyeError('invalid-input', `invalid shock model: ${String(model)} (expected demand or supply)`);
  const xk = x[index] as number;
  const change = new Float64Array(n);
  const relative = new Float64Array(n);
  let impulse = 0;
  if (xk !== 0 && share !== 0) {
    const e = new Float64Array(n);
    e[index] = 1;
    // Column k of L (L·e_k) or row k (e_k'·L).
    const line =
      model === 'demand'
        ? isFactor(l)
          ? luSolve(l, e)
          : Float64Array.from({ length: n }, (_, i) => l.values[i * n + index] as number)
        : isFactor(l)
          ? luSolveTransposed(l, e)
          : l.values.slice(index * n, index * n + n);
    const lkk = line[index] as number;
    impulse = (-share * xk) / lkk;
    for (let i = 0; i < n; i++) {
      const v =
        model === 'demand' ? impulse * (line[i] as number) : (impulse * (line[i] as number) * (x[i] as number)) / xk;
      change[i] = v;
    }
    change[index] = -share * xk;
  }
  for (let i = 0; i < n; i++) {
    const xi = x[i] as number;
    relative[i] = xi === 0 ? NaN : (change[i] as number) / xi;
  }
  return { model, index, share, change, relative, impulse, assumptions: SHOCK_ASSUMPTIONS[model] };
}
