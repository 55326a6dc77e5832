/**
 * The complexity section's sentences that the shared labels (text.ts) do not hold, in English
 * and Chinese.
 *
 * @module
 */
import type { Lang } from '../model.js';

export interface ComplexityText {
  /** The economy is not among those computed; `reason` is why the Atlas filter dropped it, when it did. */
  readonly notComputed: (iso3: string, reason: string | undefined) => string;
  /** Note under the opportunities table: product names are not translated. */
  readonly productNamesNote: string | undefined;
  /** Header of the product space's group column. */
  readonly sector: string;
  /** Title of the feasibility scatter. */
  readonly feasibilityChart: string;
  readonly feasibilityDesc: (count: number, median: number) => string;
  /** Axis labels. */
  readonly distance: string;
  /** Label of the median-distance rule. */
  readonly medianDistance: string;
  /** Table captions of the two lists. */
  readonly nearest: string;
  readonly mostComplexNear: (median: number) => string;
  /** How to read the view, with its reference. */
  readonly feasibilityNote: (median: number) => string;
}

export const COMPLEXITY_TEXT: Readonly<Record<Lang, ComplexityText>> = {
  en: {
    notComputed: (name, reason) => {
      const why = reason === undefined ? '' : ` (${reason})`;
      return `${name} is not among the economies of the complexity computation${why}.`;
    },
    productNamesNote: undefined,
    sector: 'sector',
    feasibilityChart: 'Opportunities by distance and complexity: products not yet exported with RCA ≥ 1',
    feasibilityDesc: (count, median) =>
      `${count} products the economy does not export with RCA ≥ 1, by distance (1 − density) and PCI; the median distance is ${median.toFixed(3)}. The nearest and the most complex within the median distance are named.`,
    distance: 'distance (1 − density)',
    medianDistance: 'median distance',
    nearest: 'Nearest opportunities: lowest distance (1 − density)',
    mostComplexNear: (median) => `Most complex opportunities within the median distance (≤ ${median.toFixed(3)})`,
    feasibilityNote: (median) =>
      `The feasibility view reads opportunities as the Atlas of Economic Complexity's strategy chart does (Growth Lab, Harvard CID): distance to the economy's current exports against product complexity. Products to the left are closer to what the economy already makes; products higher up are more complex. The two lists sort by one axis each and combine them in no weighted score: the ten nearest, and the ten with the highest PCI among those no farther than the median distance (${median.toFixed(3)}). \`chanye complexity --economy\` prints the same lists.`,
  },
  zh: {
    notComputed: (name, reason) => {
      const why = reason === undefined ? '' : `（${reason}）`;
      return `${name}不在经济复杂度计算范围内${why}。`;
    },
    productNamesNote:
      '产品中文名称为Chanye据Open Trade Statistics的英文简称及品目全文所译，并非官方译名；HS 2007编码见首列。',
    sector: '行业',
    feasibilityChart: '按距离和复杂度看发展机会：尚未以RCA≥1出口的产品',
    feasibilityDesc: (count, median) =>
      `本经济体尚未以RCA≥1出口的${count}种产品，横轴为距离（1−密度），纵轴为PCI；距离中位数为${median.toFixed(3)}。图中标出距离最近的产品和中位数距离以内复杂度最高的产品。`,
    distance: '距离（1−密度）',
    medianDistance: '距离中位数',
    nearest: '距离最近的发展机会：距离（1−密度）最小',
    mostComplexNear: (median) => `中位数距离以内（≤${median.toFixed(3)}）复杂度最高的发展机会`,
    feasibilityNote: (median) =>
      `可行性视图沿用《经济复杂度地图集》战略图（哈佛大学国际发展中心增长实验室）的读法：横轴为与本经济体现有出口的距离，纵轴为产品复杂度。越靠左越接近现有能力，越靠上越复杂。两张表各按一个维度排序，不合成加权得分：距离最近的十种产品，以及距离不超过中位数（${median.toFixed(3)}）的产品中PCI最高的十种。\`chanye complexity --economy\` 输出同样的列表。`,
  },
};
