/**
 * Rasmussen backward and Ghosh forward linkages and key sectors.
 *
 * @module
 */
import { rasmussenLinkages, type LinkageClass } from '@chanye/compute';
import { type Store } from '@chanye/store';
import { type IoRequest, type IoMeta, loadIoModel, ioMeta, optionalEconomy, selectedRows } from './model.js';
import { ioNames, namedRegionSector, type RegionSectorNames } from './names.js';

/** Why a region-sector has no key-sector class. */
export const NO_OUTPUT_REASON = 'no gross output (x ≤ 0): no linkages to rank';

export interface IoLinkageRow extends RegionSectorNames {
  readonly region: string;
  readonly sector: string;
  /** Gross output x, millions of US$ (the class needs x > 0). */
  readonly output: number;
  /** Rasmussen backward index (world mean of producing region-sectors = 1); NaN without output. */
  readonly backward: number;
  /** Rasmussen forward index on the Ghosh inverse (same mean); NaN without output. */
  readonly forward: number;
  /** Key-sector class; null for a region-sector without output. */
  readonly class: LinkageClass | null;
  /** Why `class` is null (null when it is not). */
  readonly classReason: string | null;
}

export interface IoLinkages extends IoMeta {
  readonly economy: string | null;
  readonly rows: IoLinkageRow[];
  /**
   * The whole world table, whatever rows are selected: region-sectors with output (the ones
   * classed and averaged over) and how many of them are key, so that one economy's count of key
   * sectors can be read against the world's.
   */
  readonly world: { readonly producing: number; readonly key: number };
}

/** Rasmussen backward and (Ghosh) forward linkages and key sectors, over the whole world table. */
export async function ioLinkages(store: Store, request: IoRequest): Promise<IoLinkages> {
  const io = await loadIoModel(store, request);
  const economy = optionalEconomy(io, request);
  const links = rasmussenLinkages(io.factor, io.model.x);
  const names = await ioNames(store, io.imported);
  const rows = selectedRows(io, economy).map((i) => {
    const linkageClass = links.classes[i] ?? null;
    return {
      ...namedRegionSector(names, io.model, i),
      output: io.model.x[i] as number,
      backward: links.backward[i] as number,
      forward: links.forward[i] as number,
      class: linkageClass,
      classReason: linkageClass === null ? NO_OUTPUT_REASON : null,
    };
  });
  const world = { producing: links.producing, key: links.classes.filter((c) => c === 'key').length };
  return { ...ioMeta(io), economy: economy ?? null, rows, world };
}
