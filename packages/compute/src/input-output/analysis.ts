import type { Matrix } from '../numeric/matrix.js';
import { technicalCoefficients } from './coefficients.js';
import { leontiefFactor, leontiefInverse } from './leontief.js';
import type { KernelOptions, LuFactorization } from '../linalg/lu.js';
import { allMultipliers, type Multipliers } from './multipliers.js';
import { rasmussenLinkages, type ForwardLinkageBasis, type Linkages } from './linkages.js';
import type { Mrio } from './mrio.js';

export interface LeontiefAnalysis {
  /** Technical coefficients A = Z·diag(x)⁻¹. */
  readonly A: Matrix;
  /** LU factorization of I − A. */
  readonly factor: LuFactorization;
  /** The explicit Leontief inverse, when asked for (`inverse: true`). */
  readonly L?: Matrix;
  readonly multipliers: Multipliers;
  readonly linkages: Linkages;
}

/**
 * A, the factorization of I − A, optionally L, every multiplier and the Rasmussen linkages of
 * a table. Without `inverse` nothing n × n beyond A and its factors is formed: multipliers and
 * linkages are solves (about 2n³/3 flops in all instead of 2n³ for L). `threads` shares the
 * factorization's, the inverse's and the multipliers' matrix products with a pool of threads.
 */
export function leontiefAnalysis(
  model: Mrio,
  options: KernelOptions & { inverse?: boolean; forward?: ForwardLinkageBasis; blockSize?: number } = {},
): LeontiefAnalysis {
  const A = technicalCoefficients(model.Z, model.x);
  const linalg = { kernel: options.kernel, threads: options.threads };
  const lu = options.blockSize === undefined ? linalg : { ...linalg, blockSize: options.blockSize };
  const factor = leontiefFactor(A, lu);
  const L = options.inverse ? leontiefInverse(factor, lu) : undefined;
  const l = L ?? factor;
  return {
    A,
    factor,
    ...(L ? { L } : {}),
    multipliers: allMultipliers(model, A, l, linalg),
    linkages: rasmussenLinkages(l, model.x, options.forward === undefined ? {} : { forward: options.forward }),
  };
}
