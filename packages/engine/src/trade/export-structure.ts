import { arrayOfIsic, ChanyeError, classShares, endUseShares, rdIntensityOfIsic, type EndUse } from '@chanye/compute';
import { loadArrays, type Store } from '@chanye/store';

/** How exports can be broken down. `bec` is BEC's SNA end-use classes; `sop` UNCTAD's stages. */
export const EXPORT_BREAKDOWNS = ['bec', 'sop', 'array', 'tech'] as const;
export type ExportBreakdown = (typeof EXPORT_BREAKDOWNS)[number];

export function parseBreakdown(value: string): ExportBreakdown {
  if ((EXPORT_BREAKDOWNS as readonly string[]).includes(value)) return value as ExportBreakdown;
  throw new ChanyeError('invalid-input', `invalid --by: ${value} (expected one of ${EXPORT_BREAKDOWNS.join(', ')})`);
}

export interface ExportClass {
  readonly id: string;
  readonly name_en: string;
  readonly name_zh: string;
  /** Share of the economy's total exports, %. */
  readonly share: number;
  readonly value: number;
  /** False for a class no product belongs to by definition (A3, future industries): its 0 means "not measurable". */
  readonly measurable: boolean;
}

export interface ExportStructure {
  readonly iso3: string;
  readonly year: number;
  readonly by: ExportBreakdown;
  readonly total: number;
  readonly unit: string;
  readonly classes: readonly ExportClass[];
  readonly source: string;
  readonly method: string;
  /** The method in Chinese, for reports and CLI output in Chinese. */
  readonly method_zh: string;
}

const END_USE_NAMES: Readonly<Record<EndUse, [string, string]>> = {
  raw_materials: ['Raw materials', '初级产品'],
  intermediate: ['Intermediate goods', '中间品'],
  capital: ['Capital goods', '资本品'],
  consumption: ['Consumption goods', '消费品'],
  not_classified: ['Not classified by BEC (passenger cars, motor spirit, n.e.s.)', 'BEC未分类（乘用车、车用汽油等）'],
  unmapped: ['Headings without a correlation', '无对应关系的品目'],
};

const RD_CLASSES = ['high', 'medium_high', 'medium', 'medium_low', 'low'] as const;
const RD_NAMES: Readonly<Record<string, [string, string]>> = {
  high: ['High R&D intensity', '高研发强度'],
  medium_high: ['Medium-high R&D intensity', '中高研发强度'],
  medium: ['Medium R&D intensity', '中等研发强度'],
  medium_low: ['Medium-low R&D intensity', '中低研发强度'],
  low: ['Low R&D intensity', '低研发强度'],
  not_covered: ['Industries the taxonomy does not cover', '分类未覆盖的行业'],
  unmapped: ['Headings without a correlation', '无对应关系的品目'],
};

/**
 * An economy's exports in one year of the snapshot's HS 2007 data, or of the trade dataset
 * `dataset` imported with `chanye data import-trade` (default: the latest year it has), by class:
 * - `bec`, `sop`: end use from BEC Rev.4 (see `exportsByEndUse`);
 * - `array`: the 3+1 arrays of `catalog/arrays.yaml`, each heading split over the ISIC
 *   classes of its subheadings;
 * - `tech`: the OECD R&D-intensity class of those ISIC classes.
 * Shares are of total exports; headings without a link are reported as `unmapped`.
 */
export async function exportStructure(
  store: Store,
  code: string,
  by: ExportBreakdown,
  requestedYear?: number,
  dataset?: string,
): Promise<ExportStructure> {
  const iso3 = (await store.economy(code)).iso3;
  const year = requestedYear ?? (await store.latestTradeYear(iso3, dataset));
  const base = { iso3, year, by, unit: 'current US$' };
  const source = await sourceOf(store, dataset);
  if (by === 'bec' || by === 'sop') {
    const values: Partial<Record<EndUse, number>> = await store.exportsByEndUse(
      iso3,
      year,
      by === 'bec' ? 'sna' : 'sop',
      dataset,
    );
    if (Object.keys(values).length === 0) throw noTrade(iso3, year, dataset);
    const { total, shares } = endUseShares(values);
    const classes = (Object.keys(END_USE_NAMES) as EndUse[])
      .filter((c) => (values[c] ?? 0) > 0 || c === 'intermediate' || c === 'capital' || c === 'consumption')
      .filter((c) => by === 'sop' || c !== 'raw_materials')
      .map((c) => ({
        id: c,
        name_en: END_USE_NAMES[c][0],
        name_zh: END_USE_NAMES[c][1],
        share: shares[c],
        value: values[c] ?? 0,
        measurable: true,
      }));
    return {
      ...base,
      total,
      classes,
      source: `${source}; UNSD HS 2012 → BEC Rev.4 correlation`,
      method:
        by === 'bec'
          ? 'SNA basic classes UNSD attaches to BEC Rev.4 (primary goods count as intermediate); each heading split by the share of its subheadings in each class'
          : 'UNCTAD stages of processing from BEC Rev.4 (raw materials apart); each heading split by the share of its subheadings in each class',
      method_zh:
        by === 'bec'
          ? '按联合国统计司为BEC第4版各类别对应的国民账户体系（SNA）基本类别划分（初级产品计入中间品）；每个品目按其子目在各类别中的比重分摊'
          : '按联合国贸发会议（UNCTAD）依据BEC第4版划分的加工阶段（初级产品单列）；每个品目按其子目在各阶段中的比重分摊',
    };
  }
  const rows = await store.exportsByIsic(iso3, year, dataset);
  if (rows.length === 0) throw noTrade(iso3, year, dataset);
  const unmapped = rows.find((r) => r.isic4 === null)?.value ?? 0;
  const byIsic = new Map(rows.filter((r) => r.isic4 !== null).map((r) => [r.isic4 as string, r.value]));
  if (by === 'array') {
    const catalog = loadArrays(store.catalogDir);
    const order = catalog.arrays.map((a) => a.id);
    const { total, shares } = classShares(byIsic, (i) => arrayOfIsic(i, catalog.arrays), order, unmapped);
    const names = new Map(catalog.arrays.map((a) => [a.id, [a.name_en, a.name_zh] as const]));
    const empty = new Set(catalog.arrays.filter((a) => a.isic4.length === 0 && !a.rest).map((a) => a.id));
    return {
      ...base,
      total,
      classes: [...shares].map(([id, share]) => ({
        id,
        name_en: names.get(id)?.[0] ?? END_USE_NAMES.unmapped[0],
        name_zh: names.get(id)?.[1] ?? END_USE_NAMES.unmapped[1],
        share,
        value: (share / 100) * total,
        measurable: !empty.has(id),
      })),
      source: `${source}; UNSD HS → ISIC Rev.4 correlations; catalog/arrays.yaml`,
      method: `${catalog.reference.replace(/\s+/g, ' ')}; each heading split equally over the ISIC classes of its subheadings and assigned to the first array listing a prefix of the class (A3, future industries, has no products)`,
      method_zh: `${catalog.reference_zh}；每个品目在其子目所属的ISIC类别间平均分摊，并归入首个列出该类别代码前缀的阵列（A3未来产业无对应产品）`,
    };
  }
  const entries = await store.rdIntensityTaxonomy();
  const order = [...RD_CLASSES, 'not_covered'];
  const { total, shares } = classShares(byIsic, (i) => rdIntensityOfIsic(i, entries) ?? 'not_covered', order, unmapped);
  return {
    ...base,
    total,
    classes: [...shares].map(([id, share]) => ({
      id,
      name_en: RD_NAMES[id]![0],
      name_zh: RD_NAMES[id]![1],
      share,
      value: (share / 100) * total,
      measurable: true,
    })),
    source: `${source}; UNSD HS → ISIC Rev.4 correlations; OECD R&D-intensity taxonomy`,
    method:
      'Galindo-Rueda and Verger (2016), OECD taxonomy of economic activities by R&D intensity (ISIC Rev.4): the most specific entry of each ISIC class; each heading split equally over the ISIC classes of its subheadings',
    method_zh:
      'Galindo-Rueda和Verger（2016）的OECD按研发强度划分的经济活动分类（ISIC第4版）：每个ISIC类别取最细的分类条目；每个品目在其子目所属的ISIC类别间平均分摊',
  };
}

/** Where the exports come from: the snapshot's OTS data, or an imported BACI dataset. */
async function sourceOf(store: Store, dataset: string | undefined): Promise<string> {
  if (dataset === undefined) return 'Open Trade Statistics exports, HS 2007 4-digit (UN Comtrade)';
  const d = await store.tradeDataset(dataset);
  return (
    `${d.name}: BACI (Gaulier & Zignago 2010, "BACI: International Trade Database at the Product-Level") ${d.nomenclature} exports summed over importers, 4-digit headings ` +
    `classified with the snapshot's HS heading correlations (a heading numbered differently in ${d.nomenclature} counts as unmapped)`
  );
}

function noTrade(iso3: string, year: number, dataset: string | undefined): ChanyeError {
  return new ChanyeError(
    'no-data',
    `no product exports for ${iso3} in ${year} (${dataset === undefined ? "the snapshot's HS 2007 data cover 1980 and 2017" : `see \`chanye data trade-list\` for the years of ${dataset}`})`,
  );
}

export interface NewThreeExport {
  readonly id: string;
  readonly name_en: string;
  readonly name_zh: string;
  readonly heading: string;
  readonly hs6: string;
  /** Exports of the whole heading, current US$ (0 when none). */
  readonly value: number;
  /** Share of the economy's total exports, %. */
  readonly shareOfExports: number;
  /** The economy's share of world exports of the heading, %. */
  readonly worldShare: number;
  readonly caveat_en: string;
  readonly caveat_zh: string;
}

/**
 * Exports of the headings that contain the "new three" (electric vehicles, lithium-ion
 * batteries, solar cells): value, share of the economy's exports and share of world exports
 * of the heading (sum over non-aggregate economies with data). At 4 digits each heading holds
 * more than the product, which each item's caveat says. Default year: the latest the economy has.
 */
export async function newThreeExports(
  store: Store,
  code: string,
  requestedYear?: number,
  dataset?: string,
): Promise<NewThreeExport[]> {
  const iso3 = (await store.economy(code)).iso3;
  const year = requestedYear ?? (await store.latestTradeYear(iso3, dataset));
  const catalog = loadArrays(store.catalogDir);
  const headings = catalog.new_three.items.map((i) => i.heading);
  const rows = await store.headingExports(iso3, year, headings, dataset);
  const total = rows[0]?.total ?? null;
  if (total === null) throw noTrade(iso3, year, dataset);
  return catalog.new_three.items.map((item) => {
    const row = rows.find((r) => r.heading === item.heading);
    const value = row?.own ?? 0;
    return {
      id: item.id,
      name_en: item.name_en,
      name_zh: item.name_zh,
      heading: item.heading,
      hs6: item.hs6,
      value,
      shareOfExports: (value / total) * 100,
      worldShare: row && row.world > 0 ? (value / row.world) * 100 : 0,
      caveat_en: item.caveat_en.replace(/\s+/g, ' ').trim(),
      caveat_zh: item.caveat_zh,
    };
  });
}

/** Exports by 3+1 array in a year and in 1980, and the "new three" headings in that year. */
export interface ExportArrays {
  /**
   * 1980 (an imported dataset: its first year), when the data have it for the economy and the
   * later year is another.
   */
  readonly early: ExportStructure | undefined;
  readonly late: ExportStructure;
  readonly newThree: NewThreeExport[];
}

/**
 * The 3+1 arrays of an economy's exports in `requestedYear` (default the latest it has) beside
 * 1980, the first year of the snapshot's product data (of an imported `dataset`: its first
 * year; left out when the economy has no exports then), and the "new three" headings in the
 * later year.
 */
export async function exportArrays(
  store: Store,
  code: string,
  requestedYear?: number,
  dataset?: string,
): Promise<ExportArrays> {
  const late = await exportStructure(store, code, 'array', requestedYear, dataset);
  const first = dataset === undefined ? 1980 : ((await store.tradeDataset(dataset)).years[0]?.year ?? 1980);
  const early =
    late.year === first
      ? undefined
      : await exportStructure(store, code, 'array', first, dataset).catch(() => undefined);
  return { early, late, newThree: await newThreeExports(store, code, late.year, dataset) };
}
