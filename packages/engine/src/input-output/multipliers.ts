/**
 * Output, value-added and import multipliers (Miller and Blair 2009, §6.2).
 *
 * @module
 */
import { allMultipliers } from '@chanye/compute';
import { type Store } from '@chanye/store';
import { type IoRequest, type IoMeta, loadIoModel, ioMeta, optionalEconomy, selectedRows } from './model.js';
import { ioNames, namedRegionSector, type RegionSectorNames } from './names.js';

export interface IoMultiplierRow extends RegionSectorNames {
  readonly region: string;
  readonly sector: string;
  /** Σ_i l_ij: output everywhere per unit of final demand for the sector. */
  readonly output: number;
  /** The part of it in the sector's own economy. */
  readonly outputDomestic: number;
  /** Value added in the sector's own economy per unit of final demand (the rest is foreign). */
  readonly valueAddedDomestic: number;
  /** Intermediate imports, over every border crossed, per unit of final demand. */
  readonly imports: number;
}

/** Output, domestic output, domestic value-added and import multipliers (Miller and Blair 2009, §6.2). */
export async function ioMultipliers(
  store: Store,
  request: IoRequest,
): Promise<IoMeta & { economy: string | null; rows: IoMultiplierRow[] }> {
  const io = await loadIoModel(store, request);
  const economy = optionalEconomy(io, request);
  const m = allMultipliers(io.model, io.A, io.factor, { threads: request.threads });
  const names = await ioNames(store, io.imported);
  const rows = selectedRows(io, economy).map((i) => ({
    ...namedRegionSector(names, io.model, i),
    output: m.output[i] as number,
    outputDomestic: m.outputDomestic[i] as number,
    valueAddedDomestic: m.valueAddedDomestic[i] as number,
    imports: m.imports[i] as number,
  }));
  return { ...ioMeta(io), economy: economy ?? null, rows };
}
