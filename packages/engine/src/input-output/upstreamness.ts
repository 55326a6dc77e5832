/**
 * Our upstreamness against the published Antràs and Chor (2018) values.
 *
 * @module
 */
import { median, mrioIndex, upstreamness } from '@chanye/compute';
import { type Store } from '@chanye/store';
import { ioPositions } from './positions.js';
import { AGGREGATE_REGIONS, checkIoRequest } from './model.js';

/** Antràs and Chor's published upstreamness of an economy's sectors in one year, by sector. */
export async function referenceUpstreamness(store: Store, economy: string, year: number): Promise<Map<string, number>> {
  const positions = await ioPositions(store, economy, year);
  const out = new Map<string, number>();
  for (const s of positions.sectors) if (s.upstreamness !== null) out.set(s.sector, s.upstreamness);
  return out;
}

export interface UpstreamnessComparison {
  readonly year: number;
  readonly rows: readonly {
    economy: string;
    sector: string;
    output: number;
    ours: number;
    reference: number;
    difference: number;
  }[];
  /** Median |ours − reference| over every sector with a reference value. */
  readonly medianAbsDifference: number;
  /** Mean |ours − reference| weighted by gross output. */
  readonly weightedMeanAbsDifference: number;
  /** Largest |ours − reference| among sectors with output of at least `largeOutput`. */
  readonly maxAbsDifferenceLarge: number;
  readonly largeOutput: number;
}

/**
 * Our upstreamness against Antràs and Chor's (2018) published values for WIOD 2013, every
 * economy and sector of a year: an independent reference computed from the unrounded tables.
 */
export async function compareUpstreamness(
  store: Store,
  request: { year: number; largeOutput?: number },
): Promise<UpstreamnessComparison> {
  const dataset = checkIoRequest({ year: request.year });
  const model = await store.mrio({ dataset, year: request.year });
  const up = upstreamness(model);
  const rows: {
    economy: string;
    sector: string;
    output: number;
    ours: number;
    reference: number;
    difference: number;
  }[] = [];
  for (const economy of model.regions.filter((r) => !AGGREGATE_REGIONS.has(r))) {
    const reference = await referenceUpstreamness(store, economy, request.year);
    for (const [sector, value] of reference) {
      const i = mrioIndex(model, economy, sector);
      const ours = up.upstreamness[i] as number;
      rows.push({ economy, sector, output: model.x[i] as number, ours, reference: value, difference: ours - value });
    }
  }
  const large = request.largeOutput ?? 10_000;
  const medianAbsDifference = median(rows.map((r) => Math.abs(r.difference)));
  let weight = 0;
  let weighted = 0;
  let maxLarge = 0;
  for (const r of rows) {
    const w = Math.max(r.output, 0);
    weight += w;
    weighted += w * Math.abs(r.difference);
    if (r.output >= large) maxLarge = Math.max(maxLarge, Math.abs(r.difference));
  }
  return {
    year: request.year,
    rows,
    medianAbsDifference,
    weightedMeanAbsDifference: weighted / weight,
    maxAbsDifferenceLarge: maxLarge,
    largeOutput: large,
  };
}
