/**
 * A supply cut through the Leontief (demand) and Ghosh (supply) models.
 *
 * @module
 */
import { ChanyeError, mrioIndex, supplyShock } from '@chanye/compute';
import { type Store } from '@chanye/store';
import {
  type IoRequest,
  type IoMeta,
  loadIoModel,
  ioEconomy,
  ioMeta,
  requireEconomy,
  selectedRows,
  regionSectorLabel,
  nanLast,
} from './model.js';

export interface IoShockRow {
  readonly sector: string;
  readonly description: string;
  readonly output: number;
  readonly demandChange: number;
  readonly demandRelative: number;
  readonly supplyChange: number;
  readonly supplyRelative: number;
}

export interface IoShock extends IoMeta {
  readonly economy: string;
  readonly supplier: string;
  readonly sector: string;
  readonly percent: number;
  /** The economy's sectors, largest supply-driven relative loss first. */
  readonly rows: readonly IoShockRow[];
  /** Output lost in the economy and in the world, by model. */
  readonly totals: {
    readonly demand: { economy: number; world: number };
    readonly supply: { economy: number; world: number };
  };
  readonly assumptions: { readonly demand: readonly string[]; readonly supply: readonly string[] };
}

/**
 * "Supplier S's sector k output falls by p %: which of my sectors lose most?" in the demand-
 * driven (upstream) and supply-driven (downstream) models.
 */
export async function ioShock(
  store: Store,
  request: IoRequest & { supplier: string; sector: string; percent: number },
): Promise<IoShock> {
  if (!(request.percent >= 0 && request.percent <= 100)) {
    throw new ChanyeError('invalid-input', `invalid --percent: ${request.percent} (expected 0 to 100)`);
  }
  const io = await loadIoModel(store, request);
  const economy = requireEconomy(io, request, 'shock');
  const supplier = ioEconomy(io.model.regions, request.supplier, io.dataset);
  const sector = request.sector.trim().toLowerCase();
  if (!io.model.sectors.includes(sector)) {
    throw new ChanyeError(
      'not-found',
      `unknown sector '${request.sector}' (${io.dataset} sectors: ${io.model.sectors.join(', ')})`,
    );
  }
  const k = mrioIndex(io.model, supplier, sector);
  const share = request.percent / 100;
  const demand = supplyShock(io.factor, io.model.x, k, share, 'demand');
  const supply = supplyShock(io.factor, io.model.x, k, share, 'supply');
  const descriptions = new Map((await store.ioSectors()).map((s) => [s.sector, s.description]));
  const idx = selectedRows(io, economy);
  const sum = (v: Float64Array, ids: readonly number[]): number => ids.reduce((acc, i) => acc + (v[i] as number), 0);
  const all = Array.from({ length: io.model.x.length }, (_, i) => i);
  const rows = idx
    .map((i) => ({
      sector: regionSectorLabel(io.model, i).sector,
      description: descriptions.get(regionSectorLabel(io.model, i).sector) ?? '',
      output: io.model.x[i] as number,
      demandChange: demand.change[i] as number,
      demandRelative: demand.relative[i] as number,
      supplyChange: supply.change[i] as number,
      supplyRelative: supply.relative[i] as number,
    }))
    .sort((a, b) => nanLast(a.supplyRelative) - nanLast(b.supplyRelative) || a.demandRelative - b.demandRelative);
  return {
    ...ioMeta(io),
    economy,
    supplier,
    sector,
    percent: request.percent,
    rows,
    totals: {
      demand: { economy: sum(demand.change, idx), world: sum(demand.change, all) },
      supply: { economy: sum(supply.change, idx), world: sum(supply.change, all) },
    },
    assumptions: { demand: demand.assumptions, supply: supply.assumptions },
  };
}
