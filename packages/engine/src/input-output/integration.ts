import { ChanyeError, rasmussenLinkages, rowTimesLeontief, type LinkageClass } from '@chanye/compute';
import { arrayOfWiodSector, loadArraysWiod, type Store } from '@chanye/store';
import { NO_OUTPUT_REASON } from './linkages.js';
import { ioEconomy, loadIoModel, type IoMeta, type IoRequest } from './model.js';
import { ioNames, type BilingualName, type RegionSectorNames } from './names.js';

/**
 * WIOD 2013 services: c19-c35, ISIC Rev.3 sections G to P (trade, hotels and restaurants,
 * transport, post and telecommunications, finance, real estate and business services, public
 * administration, education, health, other services, households as employers). Construction
 * (c18, section F) is industry in ISIC and SNA and is not counted as a service; utilities (c17,
 * E) neither.
 */
export const WIOD_SERVICES: readonly string[] = Array.from({ length: 17 }, (_, k) => `c${k + 19}`);

/**
 * WIOD 2013 sectors that carry the ICT (digital) sector of OECD (2002), Measuring the
 * Information Economy, Annex 1: c14 electrical and optical equipment (ISIC Rev.3 30-33, which
 * also holds electrical machinery and instruments) and c27 post and telecommunications (64,
 * which also holds postal services). Computer services (72) are inside c30 and not separable.
 */
export const WIOD_ICT: readonly string[] = ['c14', 'c27'];

export interface ServitizationSector extends RegionSectorNames {
  readonly sector: string;
  readonly description: string;
  /** Services inputs (from every economy) over all intermediate inputs of the sector. */
  readonly servicesShare: number;
  readonly domesticServicesShare: number;
  readonly foreignServicesShare: number;
  /**
   * Value added by services sectors anywhere per unit of final demand for the sector's products:
   * (V∘1_services)'·L, the look-through services content.
   */
  readonly servicesValueAddedContent: number;
}

export interface IctSector extends RegionSectorNames {
  readonly sector: string;
  readonly description: string;
  readonly outputShare: number;
  readonly backward: number;
  readonly forward: number;
  /** Key-sector class; null without output. */
  readonly class: LinkageClass | null;
  readonly classReason: string | null;
}

export interface IctUser extends RegionSectorNames {
  readonly sector: string;
  readonly description: string;
  /** Inputs from ICT sectors (every economy) over all intermediate inputs. */
  readonly ictInputShare: number;
}

export interface ArrayComposition {
  readonly array: string;
  readonly name_en: string;
  readonly name_zh: string;
  readonly sectors: readonly string[];
  /** False for an array no sector is assigned to (A3): its shares are not measured. */
  readonly measurable: boolean;
  readonly outputShare: number | null;
  /** Share of the economy's primary inputs (value added plus net taxes in WIOD). */
  readonly valueAddedShare: number | null;
  readonly exportsShare: number | null;
}

export interface IoIntegration extends IoMeta {
  readonly economy: string;
  readonly economyName: BilingualName;
  readonly servitization: {
    /** Services share of all manufacturing sectors' intermediate inputs together. */
    readonly servicesShare: number;
    readonly domesticServicesShare: number;
    readonly foreignServicesShare: number;
    readonly sectors: readonly ServitizationSector[];
  };
  readonly ict: {
    /** ICT share of the economy's total intermediate inputs. */
    readonly ictInputShare: number;
    readonly sectors: readonly IctSector[];
    readonly users: readonly IctUser[];
  };
  readonly arrays: readonly ArrayComposition[];
  readonly definitions: { readonly services: string; readonly ict: string; readonly arrays: string };
}

/**
 * Integration measures of one economy: servitization of manufacturing (services inputs), ICT
 * linkages (Rasmussen indices of the ICT sectors, ICT input intensity of every sector) and the
 * 3+1 array composition of output, value added and exports by WIOD sector.
 */
export async function ioIntegration(store: Store, request: IoRequest): Promise<IoIntegration> {
  const io = await loadIoModel(store, request);
  if (request.economy === undefined) throw new ChanyeError('invalid-input', 'io integration needs --economy');
  const economy = ioEconomy(io.economies, request.economy, io.dataset);
  const { model, A, factor } = io;
  const catalog = loadArraysWiod(store.catalogDir);
  const info = await store.ioSectors();
  const names = await ioNames(store, io.imported);
  const named = (sector: string): RegionSectorNames => names.regionSector(economy, sector);
  const descriptions = new Map(info.map((s) => [s.sector, s.description]));
  const manufacturing = new Set(info.filter((s) => s.is_manufacturing).map((s) => s.sector));
  const services = new Set(WIOD_SERVICES);
  const ict = new Set(WIOD_ICT);
  const R = model.regions.length;
  const S = model.sectors.length;
  const n = R * S;
  const s = model.regions.indexOf(economy);
  const s0 = s * S;
  const Z = model.Z.values;
  // Inputs into each of the economy's sectors by kind of supplier.
  const inputs = Array.from({ length: S }, () => ({ all: 0, svcDom: 0, svcFor: 0, ict: 0 }));
  for (let i = 0; i < n; i++) {
    const supplier = model.sectors[i % S] as string;
    const domestic = Math.floor(i / S) === s;
    for (let b = 0; b < S; b++) {
      const z = Z[i * n + s0 + b] as number;
      if (z === 0) continue;
      const acc = inputs[b] as { all: number; svcDom: number; svcFor: number; ict: number };
      acc.all += z;
      if (services.has(supplier)) {
        if (domestic) acc.svcDom += z;
        else acc.svcFor += z;
      }
      if (ict.has(supplier)) acc.ict += z;
    }
  }
  // Services value added per unit of output, anywhere, and its look-through content.
  const cServices = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    if (!services.has(model.sectors[j % S] as string)) continue;
    let col = 0;
    for (let i = 0; i < n; i++) col += A.values[i * n + j] as number;
    cServices[j] = 1 - col;
  }
  const servicesContent = rowTimesLeontief(cServices, factor);
  const ratio = (a: number, b: number): number => (b !== 0 ? a / b : NaN);
  const manufacturingSectors = model.sectors
    .map((sector, b) => ({ sector, b }))
    .filter((x) => manufacturing.has(x.sector));
  const totals = { all: 0, svcDom: 0, svcFor: 0 };
  const servitization = manufacturingSectors.map(({ sector, b }) => {
    const acc = inputs[b] as { all: number; svcDom: number; svcFor: number };
    totals.all += acc.all;
    totals.svcDom += acc.svcDom;
    totals.svcFor += acc.svcFor;
    return {
      sector,
      ...named(sector),
      description: descriptions.get(sector) ?? '',
      servicesShare: ratio(acc.svcDom + acc.svcFor, acc.all),
      domesticServicesShare: ratio(acc.svcDom, acc.all),
      foreignServicesShare: ratio(acc.svcFor, acc.all),
      servicesValueAddedContent: servicesContent[s0 + b] as number,
    };
  });
  const links = rasmussenLinkages(factor, model.x);
  let economyOutput = 0;
  for (let b = 0; b < S; b++) economyOutput += model.x[s0 + b] as number;
  const ictSectors = WIOD_ICT.map((sector) => {
    const i = s0 + model.sectors.indexOf(sector);
    const linkageClass = links.classes[i] ?? null;
    return {
      sector,
      ...named(sector),
      description: descriptions.get(sector) ?? '',
      outputShare: (model.x[i] as number) / economyOutput,
      backward: links.backward[i] as number,
      forward: links.forward[i] as number,
      class: linkageClass,
      classReason: linkageClass === null ? NO_OUTPUT_REASON : null,
    };
  });
  let allInputs = 0;
  let ictInputs = 0;
  const users = model.sectors.map((sector, b) => {
    const acc = inputs[b] as { all: number; ict: number };
    allInputs += acc.all;
    ictInputs += acc.ict;
    return {
      sector,
      ...named(sector),
      description: descriptions.get(sector) ?? '',
      ictInputShare: ratio(acc.ict, acc.all),
    };
  });
  // Arrays: output, primary inputs and gross exports by array.
  const byArray = new Map(catalog.arrays.map((a) => [a.id, { output: 0, va: 0, exports: 0, sectors: [] as string[] }]));
  let va = 0;
  let exportsTotal = 0;
  const K = model.finalDemandCategories.length;
  for (let b = 0; b < S; b++) {
    const i = s0 + b;
    const sector = model.sectors[b] as string;
    let e = 0;
    for (let j = 0; j < n; j++) if (Math.floor(j / S) !== s) e += Z[i * n + j] as number;
    for (let c = 0; c < model.Y.columns; c++)
      if (Math.floor(c / K) !== s) e += model.Y.values[i * model.Y.columns + c] as number;
    const acc = byArray.get(arrayOfWiodSector(sector, catalog)) as {
      output: number;
      va: number;
      exports: number;
      sectors: string[];
    };
    acc.output += model.x[i] as number;
    acc.va += model.v[i] as number;
    acc.exports += e;
    acc.sectors.push(sector);
    va += model.v[i] as number;
    exportsTotal += e;
  }
  const arrays = catalog.arrays.map((a) => {
    const acc = byArray.get(a.id) as { output: number; va: number; exports: number; sectors: string[] };
    const measurable = a.rest || a.sectors.length > 0;
    return {
      array: a.id,
      name_en: a.name_en,
      name_zh: a.name_zh,
      sectors: acc.sectors,
      measurable,
      outputShare: measurable ? acc.output / economyOutput : null,
      valueAddedShare: measurable ? acc.va / va : null,
      exportsShare: measurable ? acc.exports / exportsTotal : null,
    };
  });
  return {
    dataset: io.dataset,
    year: io.year,
    unit: io.unit,
    source: `${io.source}; catalog/arrays-wiod.yaml`,
    economy,
    economyName: names.region(economy),
    servitization: {
      servicesShare: ratio(totals.svcDom + totals.svcFor, totals.all),
      domesticServicesShare: ratio(totals.svcDom, totals.all),
      foreignServicesShare: ratio(totals.svcFor, totals.all),
      sectors: servitization,
    },
    ict: { ictInputShare: ratio(ictInputs, allInputs), sectors: ictSectors, users },
    arrays,
    definitions: {
      services: `services = ISIC Rev.3 sections G-P, from ${names.sector(WIOD_SERVICES[0] as string).en} to ${names.sector(WIOD_SERVICES.at(-1) as string).en} (WIOD ${WIOD_SERVICES[0]}-${WIOD_SERVICES.at(-1)}; construction excluded); manufacturing = ISIC Rev.3 15-37 (WIOD c3-c16, io_sectors.is_manufacturing)`,
      ict: `ICT = ${WIOD_ICT.map((s) => `${names.sector(s).en} (${s})`).join(' and ')}: ISIC Rev.3 30-33 and 64`,
      arrays: `catalog/arrays-wiod.yaml: ${catalog.arrays.map((a) => `${a.id} = ${a.rest ? 'the rest' : a.sectors.join(', ') || 'none'}`).join('; ')}`,
    },
  };
}
