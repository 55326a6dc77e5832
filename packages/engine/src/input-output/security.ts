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

export interface IoSecuritySector extends SectorInputSecurity {
  readonly description: string;
}

export interface IoSecurity extends IoMeta {
  readonly economy: string;
  readonly sectors: readonly IoSecuritySector[];
  /** Foreign region-sectors ranked by chokepoint score (ROW and non-market services left out). */
  readonly chokepoints: readonly Chokepoint[];
  readonly method: string;
}

/** Each sector's foreign input share, supplier HHI and top supplier, and the ranked chokepoints. */
export async function ioSecurity(store: Store, request: IoRequest & { limit?: number }): Promise<IoSecurity> {
  const io = await loadIoModel(store, request);
  const economy = requireEconomy(io, request, 'security');
  const descriptions = new Map((await store.ioSectors()).map((s) => [s.sector, s.description]));
  const sectors = inputSecurity(io.model, economy).map((s) => ({
    ...s,
    description: descriptions.get(s.sector) ?? '',
  }));
  const ranked = chokepoints(io.model, economy, io.factor, {
    exclude: [...AGGREGATE_REGIONS],
    excludeSectors: NON_MARKET_SECTORS,
    limit: request.limit ?? 20,
  });
  return {
    ...ioMeta(io),
    economy,
    sectors,
    chokepoints: ranked,
    method:
      'foreign input share Σ_{r≠s,i} z_{ri,sj} / x_sj; HHI over supplier economies (ROW counts as one); chokepoint score = ' +
      "(L·f^s)_{rk} / 1'f^s (look-through requirement per unit of the economy's final production) × share of world intermediate exports of sector k; " +
      `ROW and non-market services (${NON_MARKET_SECTORS.join(', ')}) left out of the ranking`,
  };
}
