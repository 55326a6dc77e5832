/**
 * Foreign input shares, supplier concentration and the ranked chokepoints.
 *
 * @module
 */
import { chokepoints, inputSecurity, type Chokepoint, type SectorInputSecurity } from '@chanye/compute';
import { type Store } from '@chanye/store';
import {
  AGGREGATE_REGIONS,
  type IoRequest,
  type IoMeta,
  NON_MARKET_SECTORS,
  loadIoModel,
  ioMeta,
  requireEconomy,
} from './model.js';
import { ioNames, type BilingualName, type RegionSectorNames } from './names.js';

export interface IoSecuritySector extends SectorInputSecurity, RegionSectorNames {
  /** WIOD's own English description of the sector. */
  readonly description: string;
  /** The top supplier's name (null when the sector buys nothing abroad). */
  readonly topSupplierName: BilingualName | null;
}

/** A ranked chokepoint with the names of its supplier economy and sector. */
export type IoChokepoint = Chokepoint & RegionSectorNames;

/** What each chokepoint field measures, in its unit, for headers, help and report text. */
export const CHOKEPOINT_UNITS = {
  requirement:
    "look-through requirement: output of the supplier's sector needed, directly and through every stage of the chain, per US$1 of the economy's final production (US$ per US$)",
  requirementShare:
    "share of the economy's look-through need of that sector from abroad (all foreign suppliers, ROW included) met by this supplier (fraction)",
  worldExportShare:
    "the supplier's share of world intermediate exports of the sector, every exporter but the economy (fraction)",
  importShare: "the supplier's share of the economy's direct intermediate imports of the sector (fraction)",
  directInputs: "the supplier sector's direct intermediate sales to the economy (millions of US$)",
  score:
    'chokepoint score = requirement × worldExportShare (US$ per US$ of final production, weighted by world export share; for ranking)',
} as const;

export interface IoSecurity extends IoMeta {
  readonly economy: string;
  readonly economyName: BilingualName;
  readonly sectors: readonly IoSecuritySector[];
  /** Foreign region-sectors ranked by chokepoint score (ROW and non-market services left out). */
  readonly chokepoints: readonly IoChokepoint[];
  /** What each chokepoint field measures and its unit. */
  readonly units: typeof CHOKEPOINT_UNITS;
  readonly method: string;
}

/** Each sector's foreign input share, supplier HHI and top supplier, and the ranked chokepoints. */
export async function ioSecurity(store: Store, request: IoRequest & { limit?: number }): Promise<IoSecurity> {
  const io = await loadIoModel(store, request);
  const economy = requireEconomy(io, request, 'security');
  const names = await ioNames(store, io.imported);
  const descriptions = new Map((await store.ioSectors()).map((s) => [s.sector, s.description]));
  const sectors = inputSecurity(io.model, economy).map((s) => ({
    ...s,
    ...names.regionSector(economy, s.sector),
    description: descriptions.get(s.sector) ?? '',
    topSupplierName: s.topSupplier === null ? null : names.region(s.topSupplier),
  }));
  const ranked = chokepoints(io.model, economy, io.factor, {
    exclude: [...AGGREGATE_REGIONS],
    excludeSectors: NON_MARKET_SECTORS,
    limit: request.limit ?? 20,
  }).map((c) => ({ ...c, ...names.regionSector(c.region, c.sector) }));
  const nonMarket = NON_MARKET_SECTORS.map((s) => `${names.sector(s).en} (${s})`).join(', ');
  return {
    ...ioMeta(io),
    economy,
    economyName: names.region(economy),
    sectors,
    chokepoints: ranked,
    units: CHOKEPOINT_UNITS,
    method:
      'foreign input share Σ_{r≠s,i} z_{ri,sj} / x_sj; HHI over supplier economies (ROW counts as one); chokepoint score = ' +
      "requirement (L·f^s)_{rk} / 1'f^s, the supplier sector's output needed per US$ of the economy's final production through every stage of the chain, " +
      '× its share of world intermediate exports of the sector; ' +
      `ROW and non-market services (${nonMarket}) left out of the ranking`,
  };
}
