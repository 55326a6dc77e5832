/**
 * A loaded input-output table and the helpers every analysis shares: the request, its checks, the economy and the rows it selects.
 *
 * @module
 */
import {
  ChanyeError,
  leontiefFactor,
  technicalCoefficients,
  type KernelThreads,
  type LuFactorization,
  type Matrix,
  type Mrio,
} from '@chanye/compute';
import { MRIO_DATASETS, MRIO_LAYOUTS, mrioDataset, type Store } from '@chanye/store';
import type { ImportedNames } from './names.js';

/** One input-output question: a dataset, a year and (for most) an economy of the table. */
export interface IoRequest {
  /** Default 'wiod2013'; or the name of a table imported with `chanye data import-mrio`. */
  readonly dataset?: string;
  readonly year: number;
  /** An economy of the table (WIOD: the 40 ISO3 codes); case-insensitive. */
  readonly economy?: string;
  /**
   * The same dataset and year already loaded and factored by {@link loadIoModel}: reused as it
   * is, so several analyses of one table (a country report) load and factor it once. The
   * analyses only read it, so their results are those of a fresh load.
   */
  readonly loaded?: IoModel;
  /**
   * Worker threads to share the large matrix products with (the factorization of I − A, the
   * inverse, the blocked solves): `startKernelThreads()` of @chanye/store, as `chanye io`
   * passes. Without them everything runs on the calling thread; the numbers are the same.
   */
  readonly threads?: KernelThreads | undefined;
}

/** What every result carries: which table, and where it comes from. */
export interface IoMeta {
  readonly dataset: string;
  readonly year: number;
  readonly unit: string;
  readonly source: string;
}

/** A loaded table with its coefficients and the factorization of I − A. */
export interface IoModel extends IoMeta {
  readonly model: Mrio;
  readonly A: Matrix;
  readonly factor: LuFactorization;
  /** The economies a user may name (the table's regions less aggregates such as ROW). */
  readonly economies: readonly string[];
  /** The names of an imported table's sectors, as its file gives them (absent for the snapshot). */
  readonly imported?: ImportedNames;
}

/** Regions that are not economies (WIOD's rest of the world). */
export const AGGREGATE_REGIONS = new Set(['ROW']);

/**
 * WIOD 2013 non-market services left out of the chokepoint ranking: public administration
 * (c31), education (c32), health (c33) and households as employers (c35). Their cross-border
 * "intermediate exports" in WIOD are mostly government purchases abroad, not supply-chain inputs.
 */
export const NON_MARKET_SECTORS: readonly string[] = ['c31', 'c32', 'c33', 'c35'];

/**
 * Checks the dataset and year before anything is loaded: an unknown dataset is bad input
 * (exit 2), a year outside the dataset's range a request no data answer (exit 3).
 */
export function checkIoRequest(request: IoRequest): string {
  const name = request.dataset ?? 'wiod2013';
  if (!Number.isInteger(request.year)) throw new ChanyeError('invalid-input', `invalid --year: ${request.year}`);
  // Any other name is an import, checked (name and year) by the store when it is loaded.
  if (!(name in MRIO_DATASETS)) return name;
  const id = mrioDataset(name);
  const [from, to] = MRIO_DATASETS[id].years;
  if (request.year < from || request.year > to) {
    // A year the table does not reach is a valid question without an answer (exit 3), not bad input.
    throw new ChanyeError('no-data', `no ${id} table for ${request.year}: ${id} covers ${from}-${to} (--year)`);
  }
  return id;
}

/** Loads the table of a request and factors I − A (or returns `request.loaded`, checked against the request). */
export async function loadIoModel(store: Store, request: IoRequest): Promise<IoModel> {
  const dataset = checkIoRequest(request);
  const loaded = request.loaded;
  if (loaded !== undefined) {
    if (loaded.dataset !== dataset || loaded.year !== request.year) {
      throw new ChanyeError(
        'invalid-input',
        `the loaded table is ${loaded.dataset} ${loaded.year}, not ${dataset} ${request.year}`,
      );
    }
    if (request.economy !== undefined) ioEconomy(loaded.economies, request.economy, dataset);
    return loaded;
  }
  let model: Mrio;
  let source: string;
  let imported: ImportedNames | undefined;
  if (dataset in MRIO_DATASETS) {
    model = await store.mrio({ dataset, year: request.year });
    const info = store.source(dataset);
    source = `${info.name} (${info.vintage})`;
  } else {
    const e = await store.mrioImport(dataset, request.year);
    model = await store.mrio({ dataset, year: request.year });
    imported = { sectorNames: new Map(e.sectors.map((code, k) => [code, e.sectorNames[k] ?? code])) };
    source = `${MRIO_LAYOUTS[e.layout]}: ${e.source} (SHA-256 ${e.sha256}), imported as ${e.name}`;
  }
  const A = technicalCoefficients(model.Z, model.x);
  const economies = model.regions.filter((r) => !AGGREGATE_REGIONS.has(r));
  if (request.economy !== undefined) ioEconomy(economies, request.economy, dataset);
  return {
    dataset,
    year: request.year,
    unit: model.unit,
    source,
    ...(imported ? { imported } : {}),
    model,
    A,
    factor: leontiefFactor(A, { threads: request.threads }),
    economies,
  };
}

/**
 * The economies a user may name in one year of a table (its regions less aggregates such as
 * ROW), in the table's order, read without loading or factoring the table.
 */
export async function ioTableEconomies(store: Store, request: Pick<IoRequest, 'dataset' | 'year'>): Promise<string[]> {
  const dataset = checkIoRequest(request);
  const regions = await store.mrioRegions({ dataset, year: request.year });
  return regions.filter((r) => !AGGREGATE_REGIONS.has(r));
}

/** Resolves an economy code against the table, listing the table's economies when it is not one. */
export function ioEconomy(economies: readonly string[], code: string, dataset: string): string {
  const upper = code.trim().toUpperCase();
  if (economies.includes(upper)) return upper;
  throw new ChanyeError(
    'not-found',
    `unknown economy '${code}' in ${dataset} (its ${economies.length} economies: ${economies.join(', ')})`,
  );
}

/** The table facts every result carries. */
export function ioMeta(io: IoModel): IoMeta {
  return { dataset: io.dataset, year: io.year, unit: io.unit, source: io.source };
}

/** The request's economy resolved against the table, or undefined (the whole table) without one. */
export function optionalEconomy(io: IoModel, request: IoRequest): string | undefined {
  return request.economy === undefined ? undefined : ioEconomy(io.economies, request.economy, io.dataset);
}

/** The request's economy resolved against the table; `invalid-input` without one. */
export function requireEconomy(io: IoModel, request: IoRequest, command: string): string {
  if (request.economy === undefined) throw new ChanyeError('invalid-input', `io ${command} needs --economy`);
  return ioEconomy(io.economies, request.economy, io.dataset);
}

/** Rows of region-sectors, optionally one economy's. */
export function selectedRows(io: IoModel, economy: string | undefined): number[] {
  const S = io.model.sectors.length;
  if (economy === undefined) return Array.from({ length: io.model.Z.rows }, (_, i) => i);
  const r = io.model.regions.indexOf(economy);
  return Array.from({ length: S }, (_, s) => r * S + s);
}

/** Sorts NaN after every number. */
export function nanLast(v: number): number {
  return Number.isNaN(v) ? Infinity : v;
}

/** The region and sector of row `i` of a table. */
export function regionSectorLabel(model: Mrio, i: number): { region: string; sector: string } {
  const S = model.sectors.length;
  return { region: model.regions[Math.floor(i / S)] as string, sector: model.sectors[i % S] as string };
}
