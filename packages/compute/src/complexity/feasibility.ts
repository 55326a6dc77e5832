import { ChanyeError } from '../errors.js';
import type { ComplexityYear } from './economic-complexity.js';

/** One product an economy does not yet export with presence (M_cp = 0). */
export interface Opportunity {
  /** Column of the product in the year's matrices. */
  readonly index: number;
  readonly product: string;
  /** 1 − density: how far the product lies from what the economy already exports. */
  readonly distance: number;
  readonly density: number;
  readonly pci: number;
  readonly cog: number;
  /** The economy's RCA in the product (undefined when the presence test did not use RCA). */
  readonly rca: number | undefined;
}

/** One economy of one period, seen as the Atlas's strategy chart sees it. */
export interface EconomyFeasibility {
  readonly time: number;
  readonly location: string;
  readonly eci: number;
  /** 1 for the highest ECI among the period's locations with an ECI. */
  readonly eciRank: number;
  /** Locations of the period with an ECI (the rank's denominator). */
  readonly ranked: number;
  readonly diversity: number;
  readonly coi: number;
  readonly totalExports: number;
  /** Every product with M_cp = 0 and a PCI, nearest first (distance, then product code). */
  readonly opportunities: readonly Opportunity[];
  /**
   * Median distance over those products (mean of the two middle values for an even count):
   * the threshold of {@link mostComplexNear}.
   */
  readonly medianDistance: number;
  /** The `limit` nearest opportunities: lowest distance first. */
  readonly nearest: readonly Opportunity[];
  /** The `limit` highest-PCI opportunities at or below the median distance. */
  readonly mostComplexNear: readonly Opportunity[];
}

/**
 * An economy's complexity summary and its opportunities as a feasibility view: each product
 * it does not export with presence, with distance (1 − density), PCI and COG. Two sortings
 * and no weighting of our own: the nearest products, and the most complex among those no
 * farther than the median distance. These are the two axes of the Atlas's product-space
 * strategy chart (Growth Lab, Atlas of Economic Complexity: distance against PCI).
 *
 * Throws a `no-data` error when `location` is not among the period's locations.
 *
 * @example economyFeasibility(year, 'CHN').nearest[0].distance // returns the lowest distance of China's opportunities
 */
export function economyFeasibility(year: ComplexityYear, location: string, limit = 10): EconomyFeasibility {
  const c = year.locations.indexOf(location);
  if (c < 0) throw new ChanyeError('no-data', `${location} is not among the economies of ${year.time}`);
  const P = year.products.length;
  const eci = year.eci[c] as number;
  let better = 0;
  let ranked = 0;
  for (const e of year.eci) {
    if (!Number.isFinite(e)) continue;
    ranked++;
    if (e > eci) better++;
  }
  let totalExports = 0;
  const opportunities: Opportunity[] = [];
  for (let p = 0; p < P; p++) {
    const i = c * P + p;
    const v = year.values.values[i] as number;
    if (Number.isFinite(v)) totalExports += v;
    const pci = year.pci[p] as number;
    // Products without a PCI (no economy exports them with presence) cannot be placed on the chart.
    if ((year.m.values[i] as number) !== 0 || !Number.isFinite(pci)) continue;
    const density = year.density.values[i] as number;
    opportunities.push({
      index: p,
      product: year.products[p] as string,
      distance: 1 - density,
      density,
      pci,
      cog: year.cog.values[i] as number,
      rca: year.rca ? (year.rca.values[i] as number) : undefined,
    });
  }
  const byCode = (a: Opportunity, b: Opportunity): number =>
    a.product < b.product ? -1 : a.product > b.product ? 1 : 0;
  opportunities.sort((a, b) => a.distance - b.distance || byCode(a, b));
  const medianDistance = median(opportunities.map((o) => o.distance));
  const mostComplexNear = opportunities
    .filter((o) => o.distance <= medianDistance)
    .sort((a, b) => b.pci - a.pci || byCode(a, b))
    .slice(0, limit);
  return {
    time: year.time,
    location,
    eci,
    eciRank: Number.isFinite(eci) ? better + 1 : NaN,
    ranked,
    diversity: year.diversity[c] as number,
    coi: year.coi[c] as number,
    totalExports,
    opportunities,
    medianDistance,
    nearest: opportunities.slice(0, limit),
    mostComplexNear,
  };
}

/** Median of values sorted ascending; NaN for none. */
function median(sorted: readonly number[]): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const mid = n >> 1;
  return n % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
