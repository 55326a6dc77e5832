/**
 * Monte Carlo paths of the forecast: each horizon's error is drawn from that horizon's own error
 * distribution, and the horizons are tied together as a random walk is (a Gaussian copula with
 * the correlation of S_h/√h, S a sum of independent normal steps), so a path that starts above
 * the forecast tends to stay above it. Every horizon's marginal distribution is exactly its
 * error distribution (up to Monte Carlo noise); paths are needed only for statements about
 * several years at once (crossing a threshold by a year, a slowdown). Pure and seeded: the same
 * seed gives the same paths, which is how scenarios share random numbers.
 *
 * @module
 */
import { normalCdf } from '../numeric/normal-cdf.js';
import { quantileSorted } from '../numeric/quantile.js';
import { seededRandom } from '../random/seeded.js';
import { normalSampler } from '../simulation/random-normal.js';
import type { ErrorDistribution } from './error-distribution.js';

/**
 * `draws` paths of the change of ln GDP per capita from the origin, horizons 1..H (row-major
 * draws × H): `centre[h − 1]` plus a draw of `errors[h − 1]`.
 */
export function forecastPaths(
  centre: ArrayLike<number>,
  errors: readonly ErrorDistribution[],
  draws: number,
  seed: number,
): Float64Array {
  const H = centre.length;
  const out = new Float64Array(draws * H);
  const normal = normalSampler(seededRandom(seed));
  for (let d = 0; d < draws; d++) {
    let walk = 0;
    for (let h = 1; h <= H; h++) {
      walk += normal();
      const u = normalCdf(walk / Math.sqrt(h));
      const e = quantileSorted((errors[h - 1] as ErrorDistribution).symmetric, u);
      out[d * H + h - 1] = (centre[h - 1] as number) + e;
    }
  }
  return out;
}
