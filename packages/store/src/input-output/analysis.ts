import {
  allMultipliers,
  chokepoints,
  ChanyeError,
  decomposeExports,
  finalDemandTotal,
  gvcParticipation,
  hypotheticalExtraction,
  inputSecurity,
  leontiefFactor,
  leontiefInverse,
  mrioIndex,
  rasmussenLinkages,
  regionOfIndex,
  supplyShock,
  technicalCoefficients,
  upstreamness,
  EXTRACTION_MODES,
  type Chokepoint,
  type ExportDecompositionTotal,
  type ExtractionMode,
  type GvcParticipation,
  type LinkageClass,
  type LuFactorization,
  type Matrix,
  type Mrio,
  type SectorInputSecurity,
} from '@chanye/compute';
import type { Store } from '../store.js';
import { MRIO_DATASETS, mrioDataset, type MrioDatasetId } from './wiod.js';

/** One input-output question: a dataset, a year and (for most) an economy of the table. */
export interface IoRequest {
  /** Default 'wiod2013'. */
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
}

/** What every result carries: which table, and where it comes from. */
export interface IoMeta {
  readonly dataset: MrioDatasetId;
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
}

const AGGREGATE_REGIONS = new Set(['ROW']);

/**
 * WIOD 2013 non-market services left out of the chokepoint ranking: public administration
 * (c31), education (c32), health (c33) and households as employers (c35). Their cross-border
 * "intermediate exports" in WIOD are mostly government purchases abroad, not supply-chain inputs.
 */
export const NON_MARKET_SECTORS: readonly string[] = ['c31', 'c32', 'c33', 'c35'];

/**
 * Checks the dataset and year before anything is loaded (a year outside the dataset's range
 * and an unknown dataset are bad input, exit 2).
 */
export function checkIoRequest(request: IoRequest): MrioDatasetId {
  const id = mrioDataset(request.dataset ?? 'wiod2013');
  const [from, to] = MRIO_DATASETS[id].years;
  if (!Number.isInteger(request.year) || request.year < from || request.year > to) {
    throw new ChanyeError('invalid-input', `invalid --year: ${request.year} (${id} covers ${from}-${to})`);
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
  const model = await store.mrio({ dataset, year: request.year });
  const A = technicalCoefficients(model.Z, model.x);
  const economies = model.regions.filter((r) => !AGGREGATE_REGIONS.has(r));
  if (request.economy !== undefined) ioEconomy(economies, request.economy, dataset);
  const info = store.source(dataset);
  return {
    dataset,
    year: request.year,
    unit: model.unit,
    source: `${info.name} (${info.vintage})`,
    model,
    A,
    factor: leontiefFactor(A),
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

function meta(io: IoModel): IoMeta {
  return { dataset: io.dataset, year: io.year, unit: io.unit, source: io.source };
}

/** The request's economy resolved against the table, or undefined (the whole table) without one. */
function optionalEconomy(io: IoModel, request: IoRequest): string | undefined {
  return request.economy === undefined ? undefined : ioEconomy(io.economies, request.economy, io.dataset);
}

function requireEconomy(io: IoModel, request: IoRequest, command: string): string {
  if (request.economy === undefined) throw new ChanyeError('invalid-input', `io ${command} needs --economy`);
  return ioEconomy(io.economies, request.economy, io.dataset);
}

/** Rows of region-sectors, optionally one economy's. */
function selected(io: IoModel, economy: string | undefined): number[] {
  const S = io.model.sectors.length;
  if (economy === undefined) return Array.from({ length: io.model.Z.rows }, (_, i) => i);
  const r = io.model.regions.indexOf(economy);
  return Array.from({ length: S }, (_, s) => r * S + s);
}

export interface IoMultiplierRow {
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
  const m = allMultipliers(io.model, io.A, io.factor);
  const rows = selected(io, economy).map((i) => ({
    ...label(io.model, i),
    output: m.output[i] as number,
    outputDomestic: m.outputDomestic[i] as number,
    valueAddedDomestic: m.valueAddedDomestic[i] as number,
    imports: m.imports[i] as number,
  }));
  return { ...meta(io), economy: economy ?? null, rows };
}

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
  const rows = selected(io, economy).map((i) => ({
    ...label(io.model, i),
    backward: links.backward[i] as number,
    forward: links.forward[i] as number,
    class: links.classes[i] as LinkageClass,
  }));
  return { ...meta(io), economy: economy ?? null, rows };
}

export interface IoExtractionRow {
  readonly region: string;
  readonly sector: string;
  /** World output lost when the sector is extracted, 1'(x − x̄). */
  readonly loss: number;
  /** Loss as a share of world output. */
  readonly relative: number;
  /** The part of the loss that falls in the sector's own economy. */
  readonly lossDomestic: number;
  /** Domestic loss as a share of the economy's output. */
  readonly relativeDomestic: number;
}

/** Hypothetical extraction of each sector (Dietzenbacher and Lahr 2013), with the loss at home. */
export async function ioExtraction(
  store: Store,
  request: IoRequest & { mode?: string },
): Promise<IoMeta & { economy: string | null; mode: ExtractionMode; rows: IoExtractionRow[] }> {
  const mode = (request.mode ?? 'total') as ExtractionMode;
  if (!EXTRACTION_MODES.includes(mode)) {
    throw new ChanyeError('invalid-input', `invalid --mode: ${request.mode} (expected ${EXTRACTION_MODES.join(', ')})`);
  }
  const io = await loadIoModel(store, request);
  const economy = optionalEconomy(io, request);
  const L = leontiefInverse(io.factor);
  const R = io.model.regions.length;
  const S = io.model.sectors.length;
  const ex = hypotheticalExtraction(L, io.model.x, finalDemandTotal(io.model), {
    mode,
    regionOf: regionOfIndex(io.model),
    regions: R,
  });
  const regionOutput = new Float64Array(R);
  for (let i = 0; i < io.model.x.length; i++) {
    const r = Math.floor(i / S);
    regionOutput[r] = (regionOutput[r] as number) + (io.model.x[i] as number);
  }
  const rows = selected(io, economy).map((i) => {
    const r = Math.floor(i / S);
    const home = ex.byRegion?.values[i * R + r] as number;
    return {
      ...label(io.model, i),
      loss: ex.loss[i] as number,
      relative: ex.relative[i] as number,
      lossDomestic: home,
      relativeDomestic: home / (regionOutput[r] as number),
    };
  });
  return { ...meta(io), economy: economy ?? null, mode, rows };
}

export interface IoGvcEconomy extends ExportDecompositionTotal, GvcParticipation {
  readonly economy: string;
}

export interface IoGvcSector {
  readonly sector: string;
  readonly description: string;
  readonly exports: number;
  readonly dva: number;
  readonly davax: number;
  readonly rex: number;
  readonly ref: number;
  readonly ddc: number;
  readonly fva: number;
  readonly fdc: number;
  /** FVA / exports of the sector (NaN without exports). */
  readonly backward: number;
  /** (REX + REF) / exports of the sector. */
  readonly forward: number;
  /** Antràs-Chor upstreamness computed here from the (rounded) table, inventories adjusted. */
  readonly upstreamness: number;
  /** Antràs and Chor's own value for the sector (snapshot, WIOD 2013, unrounded data), when present. */
  readonly upstreamnessReference: number | null;
}

export interface IoGvc extends IoMeta {
  readonly method: string;
  /** Every economy (or the one asked for), totals and participation shares. */
  readonly economies: readonly IoGvcEconomy[];
  /** The economy's sectors, when one was asked for. */
  readonly sectors?: readonly IoGvcSector[];
}

const GVC_METHOD =
  'Borin and Mancini (2019), World Bank Policy Research WP 8804, source-based decomposition of total gross exports; ' +
  'backward = FVA/E, forward = (REX + REF)/E (Koopman et al. 2010 concepts); upstreamness: Antràs, Chor, Fally and Hillberry (2012) with net inventories adjusted';

/**
 * Value-added decomposition of gross exports and GVC participation of every economy (or one),
 * and with an economy its sectors' decomposition and upstreamness beside Antràs and Chor's.
 */
export async function ioGvc(store: Store, request: IoRequest): Promise<IoGvc> {
  const io = await loadIoModel(store, request);
  const economy = optionalEconomy(io, request);
  const regions = economy === undefined ? io.economies : [economy];
  // With every economy, the explicit inverse is cheaper than 35 solves per economy.
  const leontief = regions.length > 4 ? leontiefInverse(io.factor) : io.factor;
  const decompositions = decomposeExports(io.model, { regions, A: io.A, leontief });
  const economies = decompositions.map((d) => ({ economy: d.region, ...d.total, ...gvcParticipation(d.total) }));
  if (economy === undefined) return { ...meta(io), method: GVC_METHOD, economies };
  const d = decompositions[0];
  if (!d) throw new ChanyeError('no-data', `no decomposition for ${economy}`);
  const up = upstreamness(io.model);
  const reference = await referenceUpstreamness(store, economy, io.year);
  const descriptions = new Map((await store.ioSectors()).map((s) => [s.sector, s.description]));
  const r = io.model.regions.indexOf(economy);
  const S = io.model.sectors.length;
  const sectors = io.model.sectors.map((sector, a) => {
    const e = d.exports[a] as number;
    return {
      sector,
      description: descriptions.get(sector) ?? '',
      exports: e,
      dva: d.dva[a] as number,
      davax: d.davax[a] as number,
      rex: d.rex[a] as number,
      ref: d.ref[a] as number,
      ddc: d.ddc[a] as number,
      fva: d.fva[a] as number,
      fdc: d.fdc[a] as number,
      backward: (d.fva[a] as number) / e,
      forward: ((d.rex[a] as number) + (d.ref[a] as number)) / e,
      upstreamness: up.upstreamness[r * S + a] as number,
      upstreamnessReference: reference.get(sector) ?? null,
    };
  });
  return { ...meta(io), method: GVC_METHOD, economies, sectors };
}

async function referenceUpstreamness(store: Store, economy: string, year: number): Promise<Map<string, number>> {
  const positions = await store.ioPositions(economy, year);
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
  const abs = rows.map((r) => Math.abs(r.difference)).sort((a, b) => a - b);
  const mid = abs.length / 2;
  const median =
    abs.length % 2 ? (abs[Math.floor(mid)] as number) : ((abs[mid - 1] as number) + (abs[mid] as number)) / 2;
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
    medianAbsDifference: median,
    weightedMeanAbsDifference: weighted / weight,
    maxAbsDifferenceLarge: maxLarge,
    largeOutput: large,
  };
}

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
    ...meta(io),
    economy,
    sectors,
    chokepoints: ranked,
    method:
      'foreign input share Σ_{r≠s,i} z_{ri,sj} / x_sj; HHI over supplier economies (ROW counts as one); chokepoint score = ' +
      "(L·f^s)_{rk} / 1'f^s (look-through requirement per unit of the economy's final production) × share of world intermediate exports of sector k; " +
      `ROW and non-market services (${NON_MARKET_SECTORS.join(', ')}) left out of the ranking`,
  };
}

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
  const idx = selected(io, economy);
  const sum = (v: Float64Array, ids: readonly number[]): number => ids.reduce((acc, i) => acc + (v[i] as number), 0);
  const all = Array.from({ length: io.model.x.length }, (_, i) => i);
  const rows = idx
    .map((i) => ({
      sector: label(io.model, i).sector,
      description: descriptions.get(label(io.model, i).sector) ?? '',
      output: io.model.x[i] as number,
      demandChange: demand.change[i] as number,
      demandRelative: demand.relative[i] as number,
      supplyChange: supply.change[i] as number,
      supplyRelative: supply.relative[i] as number,
    }))
    .sort((a, b) => nanLast(a.supplyRelative) - nanLast(b.supplyRelative) || a.demandRelative - b.demandRelative);
  return {
    ...meta(io),
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

function nanLast(v: number): number {
  return Number.isNaN(v) ? Infinity : v;
}

function label(model: Mrio, i: number): { region: string; sector: string } {
  const S = model.sectors.length;
  return { region: model.regions[Math.floor(i / S)] as string, sector: model.sectors[i % S] as string };
}
