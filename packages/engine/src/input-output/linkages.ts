/**
 * Rasmussen backward and Ghosh forward linkages and key sectors.
 *
 * @module
 */
import { rasmussenLinkages, type LinkageClass } from '@chanye/compute';
import { type Store } from '@chanye/store';
import {
  type IoRequest,
  type IoMeta,
  loadIoModel,
  ioMeta,
  optionalEconomy,
  selectedRows,
  regionSectorLabel,
} from './model.js';

export interface IoLinkageRow {
  readonly region: string;
  readonly sector: string;
  readonly backward: number;
  readonly forward: number;
  readonly class: LinkageClass;
}

/** Rasmussen backward and (Ghosh) forward linkages and key sectors, over the whole world table. */
export async function ioLinkages(
  store: Store,
  request: IoRequest,
): Promise<IoMeta & { economy: string | null; rows: IoLinkageRow[] }> {
  const io = await loadIoModel(store, request);
  const economy = optionalEconomy(io, request);
  const links = rasmussenLinkages(io.factor, io.model.x);
  const rows = selectedRows(io, economy).map((i) => ({
    ...regionSectorLabel(io.model, i),
    backward: links.backward[i] as number,
    forward: links.forward[i] as number,
    class: links.classes[i] as LinkageClass,
  }));
  return { ...ioMeta(io), economy: economy ?? null, rows };
}
