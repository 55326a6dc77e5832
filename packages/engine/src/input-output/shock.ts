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
  nanLast,
} from './model.js';
import { ioNames, namedRegionSector, type BilingualName, type RegionSectorNames } from './names.js';

/** The unit of each number of a shock result. */
export const SHOCK_UNITS = {
  output: 'gross output, millions of US$',
  demandChange: 'change of output, millions of US$ (negative: a loss)',
  supplyChange: 'change of output, millions of US$ (negative: a loss)',
  demandRelative: 'change as a fraction of the sector’s output (NaN without output)',
  supplyRelative: 'change as a fraction of the sector’s output (NaN without output)',
} as const;

export interface IoShockRow extends RegionSectorNames {
  readonly region: string;
  readonly sector: string;
  /** WIOD's own English description of the sector. */
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
  /** Names of the economy, the supplier and the sector cut. */
  readonly names: { readonly economy: BilingualName; readonly supplier: BilingualName; readonly sector: BilingualName };
  /** The unit of each number of the rows and totals. */
  readonly units: typeof SHOCK_UNITS;
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
  const names = await ioNames(store, io.imported);
  const rows = idx
    .map((i) => ({
      ...namedRegionSector(names, io.model, i),
      description: descriptions.get(io.model.sectors[i % io.model.sectors.length] as string) ?? '',
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
    names: { economy: names.region(economy), supplier: names.region(supplier), sector: names.sector(sector) },
    units: SHOCK_UNITS,
    rows,
    totals: {
      demand: { economy: sum(demand.change, idx), world: sum(demand.change, all) },
      supply: { economy: sum(supply.change, idx), world: sum(supply.change, all) },
    },
    assumptions: { demand: demand.assumptions, supply: supply.assumptions },
  };
}
