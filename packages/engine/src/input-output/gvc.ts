/**
 * Borin and Mancini's value-added decomposition of exports, GVC participation and upstreamness.
 *
 * @module
 */
import {
  ChanyeError,
  decomposeExports,
  gvcParticipation,
  leontiefInverse,
  upstreamness,
  type ExportDecompositionTotal,
  type GvcParticipation,
} from '@chanye/compute';
import { type Store } from '@chanye/store';
import { type IoRequest, type IoMeta, loadIoModel, ioMeta, optionalEconomy } from './model.js';
import { referenceUpstreamness } from './upstreamness.js';
import { ioNames, type RegionSectorNames } from './names.js';

export interface IoGvcEconomy extends ExportDecompositionTotal, GvcParticipation {
  readonly economy: string;
  readonly economyNameEn: string;
  readonly economyNameZh: string;
}

export interface IoGvcSector extends RegionSectorNames {
  readonly sector: string;
  /** WIOD's own English description of the sector. */
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
  /** The method in Chinese. */
  readonly method_zh: string;
  /** Every economy (or the one asked for), totals and participation shares. */
  readonly economies: readonly IoGvcEconomy[];
  /** The economy's sectors, when one was asked for. */
  readonly sectors?: readonly IoGvcSector[];
}

const GVC_METHOD =
  'Borin and Mancini (2019), World Bank Policy Research WP 8804, source-based decomposition of total gross exports; ' +
  'backward = FVA/E, forward = (REX + REF)/E (Koopman et al. 2010 concepts); upstreamness: Antràs, Chor, Fally and Hillberry (2012) with net inventories adjusted';

const GVC_METHOD_ZH =
  'Borin和Mancini（2019），世界银行政策研究工作论文第8804号，基于来源的总出口分解；' +
  '后向参与度 = FVA/E，前向参与度 = (REX + REF)/E（概念同Koopman等，2010）；上游度：Antràs、Chor、Fally和Hillberry（2012），已调整存货净变动';

/**
 * Value-added decomposition of gross exports and GVC participation of every economy (or one),
 * and with an economy its sectors' decomposition and upstreamness beside Antràs and Chor's.
 */
export async function ioGvc(store: Store, request: IoRequest): Promise<IoGvc> {
  const io = await loadIoModel(store, request);
  const economy = optionalEconomy(io, request);
  const regions = economy === undefined ? io.economies : [economy];
  // With every economy, the explicit inverse is cheaper than 35 solves per economy.
  const threads = request.threads;
  const leontief = regions.length > 4 ? leontiefInverse(io.factor, { threads }) : io.factor;
  const decompositions = decomposeExports(io.model, { regions, A: io.A, leontief, threads });
  const names = await ioNames(store, io.imported);
  const economies = decompositions.map((d) => ({
    economy: d.region,
    economyNameEn: names.region(d.region).en,
    economyNameZh: names.region(d.region).zh,
    ...d.total,
    ...gvcParticipation(d.total),
  }));
  if (economy === undefined) return { ...ioMeta(io), method: GVC_METHOD, method_zh: GVC_METHOD_ZH, economies };
  const d = decompositions[0];
  if (!d) throw new ChanyeError('no-data', `no decomposition for ${economy}`);
  const up = upstreamness(io.model, { threads });
  const reference = await referenceUpstreamness(store, economy, io.year);
  const descriptions = new Map((await store.ioSectors()).map((s) => [s.sector, s.description]));
  const r = io.model.regions.indexOf(economy);
  const S = io.model.sectors.length;
  const sectors = io.model.sectors.map((sector, a) => {
    const e = d.exports[a] as number;
    return {
      sector,
      ...names.regionSector(economy, sector),
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
  return { ...ioMeta(io), method: GVC_METHOD, method_zh: GVC_METHOD_ZH, economies, sectors };
}
