import { join } from 'node:path';
import { z } from 'zod';
import { arrayOfIsic, ChanyeError, classShares, endUseShares, rdIntensityOfIsic, type EndUse } from '@chanye/compute';
import { readValidatedYaml } from '../catalog/read-yaml.js';
import type { Connector } from '../connector/connector.js';

const ArraysSchema = z.strictObject({
  version: z.literal(1),
  reference: z.string().min(20),
  arrays: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[A-Z][A-Z0-9]*$/),
        name_en: z.string().min(3),
        name_zh: z.string().min(2),
        isic4: z.array(z.string().regex(/^\d{2,4}$/)).default([]),
        rest: z.boolean().default(false),
        source: z.string().min(20),
      }),
    )
    .refine((arrays) => arrays.filter((a) => a.rest === true).length === 1, 'exactly one array must take the rest'),
  new_three: z.strictObject({
    reference: z.string().min(20),
    items: z.array(
      z.strictObject({
        id: z.string().regex(/^[a-z][a-z0-9_]*$/),
        name_en: z.string().min(3),
        name_zh: z.string().min(2),
        hs6: z.string().regex(/^\d{6}$/),
        heading: z.string().regex(/^\d{4}$/),
        caveat_en: z.string().min(10),
        caveat_zh: z.string().min(5),
      }),
    ),
  }),
});
export type ArraysCatalog = z.infer<typeof ArraysSchema>;

/** Reads `catalog/arrays.yaml`: the 3+1 arrays by ISIC class and the "new three" headings. */
export function loadArrays(catalogDir: string): ArraysCatalog {
  return readValidatedYaml(join(catalogDir, 'arrays.yaml'), ArraysSchema, '3+1 arrays');
}

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
 * An economy's exports in one year of the snapshot's HS 2007 data, by class:
 * - `bec`, `sop`: end use from BEC Rev.4 (see `exportsByEndUse`);
 * - `array`: the 3+1 arrays of `catalog/arrays.yaml`, each heading split over the ISIC
 *   classes of its subheadings;
 * - `tech`: the OECD R&D-intensity class of those ISIC classes.
 * Shares are of total exports; headings without a link are reported as `unmapped`.
 */
export async function exportStructure(
  connector: Connector,
  catalogDir: string,
  iso3: string,
  year: number,
  by: ExportBreakdown,
): Promise<ExportStructure> {
  const base = { iso3, year, by, unit: 'current US$' };
  const source = 'Open Trade Statistics exports, HS 2007 4-digit (UN Comtrade)';
  // Sums of doubles and the rows they come in are ordered: DuckDB's parallel aggregation would
  // otherwise add in a different order from run to run and change the last digits.
  if (by === 'bec' || by === 'sop') {
    const rows = await connector.query<{ end_use: EndUse; value: number }>(
      `select coalesce(u.class, 'unmapped') as end_use, sum(t.value * coalesce(u.share, 1) order by t.hs07_4d) as value
         from trade_exports t left join hs4_end_use u on u.hs4 = t.hs07_4d and u.classification = $3
        where t.iso3 = $1 and t.year = $2 group by 1 order by 1`,
      [iso3, year, by === 'bec' ? 'sna' : 'sop'],
    );
    if (rows.length === 0) throw noTrade(iso3, year);
    const values = Object.fromEntries(rows.map((r) => [r.end_use, r.value]));
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
    };
  }
  const rows = await connector.query<{ isic4: string | null; value: number }>(
    `select m.isic4_4d as isic4, sum(t.value * coalesce(m.share, 1) order by t.hs07_4d) as value
       from trade_exports t left join hs4_isic4 m on m.hs4 = t.hs07_4d
      where t.iso3 = $1 and t.year = $2 group by 1 order by 1 nulls last`,
    [iso3, year],
  );
  if (rows.length === 0) throw noTrade(iso3, year);
  const unmapped = rows.find((r) => r.isic4 === null)?.value ?? 0;
  const byIsic = new Map(rows.filter((r) => r.isic4 !== null).map((r) => [r.isic4 as string, r.value]));
  if (by === 'array') {
    const catalog = loadArrays(catalogDir);
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
    };
  }
  const taxonomy = await connector.query<{ isic4_code: string; rd_intensity_class: string }>(
    `select isic4_code, rd_intensity_class from isic4_rd_intensity`,
  );
  const entries = taxonomy.map((t) => ({ code: t.isic4_code, rdClass: t.rd_intensity_class }));
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
  };
}

function noTrade(iso3: string, year: number): ChanyeError {
  return new ChanyeError(
    'no-data',
    `no product exports for ${iso3} in ${year} (the snapshot's HS 2007 data cover 1980 and 2017)`,
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
 * more than the product, which each item's caveat says.
 */
export async function newThreeExports(
  connector: Connector,
  catalogDir: string,
  iso3: string,
  year: number,
): Promise<NewThreeExport[]> {
  const catalog = loadArrays(catalogDir);
  const headings = catalog.new_three.items.map((i) => i.heading);
  const rows = await connector.query<{ heading: string; own: number | null; world: number; total: number | null }>(
    `with y as (select * from trade_exports where year = $2),
          world as (select hs07_4d, sum(value order by iso3) as world from y
                     where iso3 in (select iso3 from economies where not is_aggregate) group by 1)
     select w.hs07_4d as heading, o.value as own, w.world,
            (select sum(value order by hs07_4d) from y where iso3 = $1) as total
       from world w left join y o on o.hs07_4d = w.hs07_4d and o.iso3 = $1
      where list_contains($3, w.hs07_4d)`,
    [iso3, year, headings],
  );
  const total = rows[0]?.total ?? null;
  if (total === null) throw noTrade(iso3, year);
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
