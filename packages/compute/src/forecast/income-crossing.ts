/**
 * Crossing of the World Bank high-income threshold along forecast paths, consistent with the
 * published classification. Atlas GNI per capita moves with real GDP per capita plus a drift
 * (US$ inflation and real exchange-rate movements: a cross-country mean with its uncertainty and
 * the economy's own yearly volatility, as the structural model has it). Years the World Bank has
 * already classified are reported as observed (probability 0 or 1), and every Monte Carlo draw
 * is made consistent with them: a draw's drift and shocks are redrawn until its GNI is on the
 * published side of the threshold in every classified year (rejection sampling, i.e. conditioning
 * on what has been observed). Pure and seeded.
 *
 * @module
 */
import { quantileSorted } from '../numeric/quantile.js';
import { seededRandom } from '../random/seeded.js';
import { normalSampler } from '../simulation/random-normal.js';
import type { Normal } from '../simulation/model.js';

/** Redraws allowed per path before it is kept as it is and counted as inconsistent. */
export const MAX_CONDITIONING_TRIES = 2000;

export interface IncomeCrossingInput {
  /** Last year with Atlas GNI per capita, and its value (current US$). */
  readonly gniYear: number;
  readonly gni: number;
  /** ln GDP per capita by year, observed (or spliced) from `gniYear` to `origin`. */
  readonly observed: ReadonlyMap<number, number>;
  readonly origin: number;
  /** Forecast paths: change of ln GDP per capita from the origin, row-major draws × (to − origin). */
  readonly paths: Float64Array;
  readonly draws: number;
  readonly to: number;
  readonly drift: Normal;
  readonly volatility: number;
  /** High-income threshold of a GNI data year (published or extrapolated). */
  readonly threshold: (year: number) => number;
  /** Published classifications by GNI data year: true when high income. */
  readonly published: ReadonlyMap<number, boolean>;
  readonly seed: number;
}

export interface IncomeCrossingYear {
  readonly year: number;
  /** `observed` when the World Bank has classified the year (probabilities are then 0 or 1). */
  readonly status: 'observed' | 'simulated';
  readonly threshold: number;
  readonly probabilityAbove: number;
  readonly probabilityCrossedBy: number;
  /** Quantiles of simulated Atlas GNI per capita (NaN in observed years). */
  readonly gniP10: number;
  readonly gniP50: number;
  readonly gniP90: number;
}

export interface IncomeCrossing {
  readonly years: readonly IncomeCrossingYear[];
  /** Share of draws made consistent with every classified year. */
  readonly consistentShare: number;
}

/** Probabilities of being above and of having crossed the threshold, year by year from gniYear + 1 to `to`. */
export function incomeCrossing(input: IncomeCrossingInput): IncomeCrossing {
  const { gniYear, origin, to, draws } = input;
  const H = to - origin;
  const years = Array.from({ length: to - gniYear }, (_, i) => gniYear + 1 + i);
  const lnBase = input.observed.get(gniYear);
  if (lnBase === undefined) throw new Error(`incomeCrossing: no GDP per capita in ${gniYear}`);
  const classified = years.filter((y) => input.published.has(y));
  const lastClassified = classified.length > 0 ? Math.max(...classified) : gniYear;
  const thresholds = years.map(input.threshold);
  const normal = normalSampler(seededRandom(input.seed ^ 0x5bd1e995));
  const gni = years.map(() => new Float64Array(draws));
  const above = new Float64Array(years.length);
  const crossed = new Float64Array(years.length);
  const lnGni = new Float64Array(years.length);
  let consistent = 0;
  for (let d = 0; d < draws; d++) {
    const lnY = (year: number): number =>
      year <= origin
        ? (input.observed.get(year) as number)
        : (input.observed.get(origin) as number) + (input.paths[d * H + year - origin - 1] as number);
    let ok = false;
    for (let attempt = 0; attempt < MAX_CONDITIONING_TRIES && !ok; attempt++) {
      const drift = input.drift.mean + input.drift.sd * normal();
      let shock = 0;
      ok = true;
      years.forEach((year, i) => {
        shock += input.volatility * normal();
        lnGni[i] = Math.log(input.gni) + (lnY(year) - lnBase) + drift * (year - gniYear) + shock;
        const high = input.published.get(year);
        if (high !== undefined && (lnGni[i] as number) > Math.log(thresholds[i] as number) !== high) ok = false;
      });
    }
    if (ok) consistent++;
    let hasCrossed = false;
    years.forEach((year, i) => {
      const value = Math.exp(lnGni[i] as number);
      (gni[i] as Float64Array)[d] = value;
      const isAbove = year > lastClassified ? value > (thresholds[i] as number) : (input.published.get(year) ?? false);
      if (isAbove) {
        above[i] = (above[i] as number) + 1;
        hasCrossed = true;
      }
      if (hasCrossed) crossed[i] = (crossed[i] as number) + 1;
    });
  }
  return {
    consistentShare: consistent / draws,
    years: years.map((year, i) => {
      const status = year <= lastClassified ? 'observed' : 'simulated';
      const sorted = (gni[i] as Float64Array).slice().sort();
      return {
        year,
        status,
        threshold: thresholds[i] as number,
        probabilityAbove: (above[i] as number) / draws,
        probabilityCrossedBy: (crossed[i] as number) / draws,
        gniP10: status === 'observed' ? NaN : quantileSorted(sorted, 0.1),
        gniP50: status === 'observed' ? NaN : quantileSorted(sorted, 0.5),
        gniP90: status === 'observed' ? NaN : quantileSorted(sorted, 0.9),
      };
    }),
  };
}
