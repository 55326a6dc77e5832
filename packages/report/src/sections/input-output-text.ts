/**
 * The input-output section's words that the shared labels (text.ts) do not hold, in English
 * and Chinese. Sectors and economies are named in prose (catalog/wiod-names.yaml, the
 * snapshot's economies); their codes appear only in the tables' code columns and on hover in
 * the charts. Chinese IO terms follow the standard usage: 影响力系数 for the backward linkage
 * (power of dispersion) and 感应度系数 for the forward linkage (sensitivity of dispersion).
 *
 * @module
 */
import { formatNumber } from '@chanye/charts';
import type { Lang } from '../model.js';

/** The reading of the top chokepoint, its parts in the units a reader can check. */
export interface ChokepointReading {
  readonly economy: string;
  readonly supplier: string;
  readonly sector: string;
  /** US$ of the supplier sector's output per US$1,000 of the economy's final production. */
  readonly needPer1000: number;
  /** Share of the economy's look-through foreign need of the sector, %. */
  readonly needSharePct: number;
  /** Share of world intermediate exports of the sector, %. */
  readonly worldSharePct: number;
  /** needPer1000 × worldSharePct / 100. */
  readonly scorePer1000: number;
}

/** The counts behind the key-sector caption and note. */
export interface KeySectorCounts {
  readonly economy: string;
  readonly key: number;
  /** The economy's sectors with output (the ones classed). */
  readonly classed: number;
  /** Names of the economy's sectors without output (no class). */
  readonly noOutput: readonly string[];
  readonly worldKey: number;
  readonly worldProducing: number;
  /** The economy's mean backward index (world mean 1). */
  readonly meanBackward: number;
}

export interface InputOutputText {
  /** Axis of the linkages chart (Rasmussen's indices, Miller and Blair 2009, §12.2). */
  readonly rasmussenIndex: string;
  /** Note on where the sector names come from. */
  readonly sectorNamesNote: string;
  readonly backwardLinkage: string;
  readonly forwardLinkage: string;
  readonly linkagesChart: string;
  readonly linkagesDesc: string;
  readonly code: string;
  readonly sectorName: string;
  readonly keySectors: (c: KeySectorCounts) => string;
  readonly keySectorsNote: (c: KeySectorCounts) => string;
  readonly supplierName: string;
  readonly needPer1000: string;
  readonly needShare: string;
  readonly worldExportShare: string;
  readonly importShare: string;
  readonly scorePer1000: string;
  readonly chokepointReading: (r: ChokepointReading) => string;
  readonly chokepointNote: (nonMarket: string) => string;
  readonly servicesNote: (first: string, last: string) => string;
  readonly arraysNote: (arrays: readonly { id: string; sectors: string }[]) => string;
  readonly restOfEconomy: string;
}

const n1 = (v: number): string => formatNumber(v, 1);
const n2 = (v: number): string => formatNumber(v, 2);

export const INPUT_OUTPUT_TEXT: Readonly<Record<Lang, InputOutputText>> = {
  en: {
    rasmussenIndex: 'Rasmussen index (world mean = 1)',
    sectorNamesNote:
      'Sector names: the WIOD 2013 industry list in the words of ISIC Rev.3 (catalog/wiod-names.yaml); the codes in the code columns are WIOD’s.',
    backwardLinkage: 'Backward linkage',
    forwardLinkage: 'Forward linkage',
    linkagesChart: 'Backward and forward linkages of the sectors (Rasmussen indices, world mean = 1)',
    linkagesDesc:
      'For each sector, the backward linkage (column sum of the Leontief inverse: output needed everywhere per unit of final demand for it) and the forward linkage (row sum of the Ghosh inverse), each divided by its mean over every region-sector of the world table with output; both above 1 marks a key sector.',
    code: 'Code',
    sectorName: 'Sector',
    keySectors: (c) =>
      `Key sectors: backward and forward linkage both above 1 (${c.key} of ${c.economy}’s ${c.classed} sectors with output)`,
    keySectorsNote: (c) =>
      `Both indices are relative to the mean of all ${formatNumber(c.worldProducing, 0)} region-sectors of the world table with output (Miller and Blair 2009, §12.2), of which ${formatNumber(c.worldKey, 0)} (${n1((100 * c.worldKey) / c.worldProducing)} %) are key. ${c.economy}’s sectors have a mean backward linkage of ${n2(c.meanBackward)}: ${c.meanBackward > 1 ? 'their supply chains are longer than the world’s average, so more of them clear 1' : 'their supply chains are shorter than the world’s average, so fewer of them clear 1'}.` +
      (c.noOutput.length > 0
        ? ` Without gross output in the table, and so without a class: ${c.noOutput.join('; ')}.`
        : ''),
    supplierName: 'Supplier economy',
    needPer1000: 'Need, US$ per 1,000',
    needShare: 'Share of foreign need, %',
    worldExportShare: 'World export share, %',
    importShare: 'Share of direct imports, %',
    scorePer1000: 'Score per 1,000',
    chokepointReading: (r) =>
      `How to read a chokepoint, with the first: ${r.economy}’s final production needs US$${n1(r.needPer1000)} of output of ${r.sector.toLowerCase()} in ${r.supplier} per US$1,000, directly and through every stage of the chain (look-through); that is ${n1(r.needSharePct)} % of all the ${r.sector.toLowerCase()} output it needs from abroad. ${r.supplier} supplies ${n1(r.worldSharePct)} % of world intermediate exports of ${r.sector.toLowerCase()}. The score is the need times that world share: ${n1(r.needPer1000)} × ${n1(r.worldSharePct)} % = ${n2(r.scorePer1000)} per US$1,000 of final output. It ranks suppliers the economy needs a lot of and that would be hard to replace; it is not a probability or a loss.`,
    chokepointNote: (nonMarket) =>
      `Need: US$ of output of the supplier’s sector required, directly and indirectly, per US$1,000 of the economy’s final production (sales of its sectors to final users at home and abroad), from the Leontief inverse of the world table. Share of foreign need: the supplier’s part of all the output of that sector the economy needs from abroad, look-through. World export share: the supplier’s share of intermediate exports of that sector by every economy but this one. Share of direct imports: its share of the economy’s direct intermediate imports of the sector. Score: need × world export share, US$ per US$1,000 of final production weighted by that share (for ranking). The rest of the world (an aggregate, not one supplier) and the non-market services (${nonMarket}) are left out of the ranking but not of the totals.`,
    servicesNote: (first, last) =>
      `Services are ISIC Rev.3 sections G-P, the WIOD sectors from ${first} to ${last}; construction and utilities are industry and not counted.`,
    arraysNote: (arrays) =>
      `WIOD sectors by array (catalog/arrays-wiod.yaml): ${arrays.map((a) => `${a.id}: ${a.sectors}`).join('; ')}.`,
    restOfEconomy: 'every other sector',
  },
  zh: {
    rasmussenIndex: '拉斯穆森指数（世界平均=1）',
    sectorNamesNote:
      '部门名称：据国家统计局《国民经济行业分类》（GB/T 4754-2011）及《中国投入产出表》部门分类命名（catalog/wiod-names.yaml）；“代码”列为WIOD部门代码。',
    backwardLinkage: '影响力系数',
    forwardLinkage: '感应度系数',
    linkagesChart: '各部门的影响力系数与感应度系数（拉斯穆森指数，世界平均=1）',
    linkagesDesc:
      '各部门的影响力系数（列昂惕夫逆矩阵列和，即该部门每单位最终需求带动的全部产出）与感应度系数（高斯逆矩阵行和），分别除以世界投入产出表中所有有产出的地区-部门的平均值；两者均大于1为关键部门。',
    code: '代码',
    sectorName: '部门',
    keySectors: (c) =>
      `关键部门：影响力系数与感应度系数均大于1（${c.economy}有产出的${c.classed}个部门中的${c.key}个）`,
    keySectorsNote: (c) =>
      `两个系数均相对于世界投入产出表中全部${formatNumber(c.worldProducing, 0)}个有产出的地区-部门的平均值（Miller和Blair，2009，§12.2），其中${formatNumber(c.worldKey, 0)}个（${n1((100 * c.worldKey) / c.worldProducing)}%）为关键部门。${c.economy}各部门影响力系数的平均值为${n2(c.meanBackward)}：${c.meanBackward > 1 ? '其产业链长于世界平均水平，因此大于1的部门较多' : '其产业链短于世界平均水平，因此大于1的部门较少'}。` +
      (c.noOutput.length > 0 ? `以下部门在表中无总产出，因此不划分类型：${c.noOutput.join('；')}。` : ''),
    supplierName: '供应经济体',
    needPer1000: '完全需求（美元/千美元）',
    needShare: '国外需求占比%',
    worldExportShare: '世界出口份额%',
    importShare: '直接进口占比%',
    scorePer1000: '得分（每千美元）',
    chokepointReading: (r) =>
      `以第一位为例说明如何解读：${r.economy}每1000美元最终产出直接和间接（全产业链）需要${r.supplier}${r.sector}的产出${n1(r.needPer1000)}美元，占其从国外所需该部门产出的${n1(r.needSharePct)}%；${r.supplier}占世界${r.sector}中间品出口的${n1(r.worldSharePct)}%。得分为完全需求乘以该世界份额：${n1(r.needPer1000)}×${n1(r.worldSharePct)}%=每千美元最终产出${n2(r.scorePer1000)}。得分用于排序本经济体需求大且难以替代的供应方，不是概率，也不是损失额。`,
    chokepointNote: (nonMarket) =>
      `完全需求：本经济体每1000美元最终产出（其各部门对国内外最终使用者的销售）直接和间接所需的供应部门产出（美元），由世界投入产出表的列昂惕夫逆矩阵计算。国外需求占比：本经济体从国外所需该部门产出（完全需求）中来自该供应方的比重。世界出口份额：供应方在除本经济体以外所有经济体该部门中间品出口中的比重。直接进口占比：供应方在本经济体该部门直接中间品进口中的比重。得分：完全需求×世界出口份额（每千美元最终产出，按世界份额加权，用于排序）。世界其他地区（为汇总区域，而非单一供应方）和非市场服务（${nonMarket}）不参与排序，但计入总量。`,
    servicesNote: (first, last) =>
      `服务业为ISIC第3版G-P门类，即WIOD中从${first}到${last}的部门；建筑业和电力、燃气及水的生产和供应业属于工业，不计入。`,
    arraysNote: (arrays) =>
      `各阵列包含的WIOD部门（catalog/arrays-wiod.yaml）：${arrays.map((a) => `${a.id}：${a.sectors}`).join('；')}。`,
    restOfEconomy: '其余全部部门',
  },
};
