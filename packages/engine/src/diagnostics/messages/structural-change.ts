/**
 * The prose of the structural-change diagnostic: the decomposition of labour productivity
 * growth into growth within sectors and reallocation across them, after McMillan and Rodrik
 * (2011), "Globalization, Structural Change and Productivity Growth" (docs/methods/structural-change.md).
 *
 * @module
 */
import { minusSigned, NO_PROSE, plusMinusSigned, type Prose } from './format.js';

export const STRUCTURAL_CHANGE_THRESHOLD: Prose = {
  en: 'McMillan and Rodrik (2011): structural change is growth-reducing when the structural-change term is negative, i.e. workers move towards sectors with lower labour productivity (their finding for Latin America and Africa, 1990-2005).',
  zh: '麦克米兰与罗德里克（2011）：结构变迁项为负即劳动力流向劳动生产率较低的部门，结构变迁降低增长（其对1990-2005年拉丁美洲和非洲的发现）。',
};

export const tooFewYears = (iso3: string, nameZh: string): Prose => ({
  en: `Fewer than two years with real GDP, employment and the three sectors' shares of value added and employment for ${iso3}: the structural-change decomposition cannot be computed.`,
  zh: `${nameZh}同时具备实际GDP、就业人数及三次产业增加值和就业占比的年份少于两年，无法进行结构变迁分解。`,
});

/** The period asked for has an end without complete data. */
export interface PeriodGapValues {
  readonly iso3: string;
  readonly nameZh: string;
  readonly period: readonly [number, number];
  /** The ends of the period without complete data. */
  readonly missing: readonly number[];
  /** The span of years with every input. */
  readonly span: string;
}

export function periodGap({ iso3, nameZh, period: [t0, t1], missing, span }: PeriodGapValues): Prose {
  const years = missing.join(', ');
  return {
    en: `No complete data for ${iso3} in ${years} (years with every input: ${span}): the structural-change decomposition over ${t0}-${t1} cannot be computed.`,
    zh: `${nameZh}在${years}年缺少完整数据（具备全部输入的年份：${span}），无法计算${t0}-${t1}年的结构变迁分解。`,
  };
}

/** A sector's name, as `STRUCTURAL_CHANGE_SECTORS` gives it. */
export interface SectorName {
  readonly name_en: string;
  readonly name_zh: string;
}

export const STRUCTURAL_CHANGE_LABELS = {
  realGdp: { en: 'real GDP at constant 2017 national prices', zh: '实际GDP（2017年不变国内价格）' },
  personsEngaged: { en: 'persons engaged', zh: '就业人员数' },
  productivity: { en: 'labour productivity', zh: '全员劳动生产率' },
  productivityGrowth: { en: 'labour productivity growth', zh: '劳动生产率年均增长率' },
  within: { en: 'within-sector term', zh: '部门内增长项' },
  structural: { en: 'structural-change term', zh: '结构变迁项' },
} as const satisfies Record<string, Prose>;

export const sectorValueAddedLabel = (s: SectorName): Prose => ({
  en: `${s.name_en} value added (% of GDP)`,
  zh: `${s.name_zh}增加值占GDP比重`,
});

export const sectorEmploymentLabel = (s: SectorName): Prose => ({
  en: `${s.name_en} employment (% of total)`,
  zh: `${s.name_zh}就业人员占比`,
});

export const sectorWithinLabel = (s: SectorName): Prose => ({
  en: `within-sector term: ${s.name_en}`,
  zh: `部门内增长项：${s.name_zh}`,
});

export const sectorStructuralLabel = (s: SectorName): Prose => ({
  en: `structural-change term: ${s.name_en}`,
  zh: `结构变迁项：${s.name_zh}`,
});

export interface ThreeSectorValues {
  readonly nameZh: string;
  readonly start: number;
  readonly end: number;
  /** The default period was shortened because the data begin later. */
  readonly dataBeginLate: boolean;
  /** Annual rates as fractions: growth, and the within-sector and structural-change terms. */
  readonly growth: number;
  readonly within: number;
  readonly structural: number;
  /** Each term's share of the change (fractions; not finite when there was no change). */
  readonly withinShare: number;
  readonly structuralShare: number;
  /** Agriculture's share of employment at the start and end, %. */
  readonly agricultureShare0: number;
  readonly agricultureShare1: number;
}

const shareOfChange = (share: number): Prose =>
  Number.isFinite(share)
    ? { en: `, ${minusSigned(share * 100, 0)}% of the change`, zh: `，占变化的${minusSigned(share * 100, 0)}%` }
    : NO_PROSE;

const dataBeginText = ({ dataBeginLate, start }: ThreeSectorValues): Prose =>
  dataBeginLate ? { en: ` (data begin in ${start})`, zh: `（数据始于${start}年）` } : NO_PROSE;

const GROWTH_REDUCING_TEXT: Prose = {
  en: ' — growth-reducing structural change: workers moved towards less productive sectors',
  zh: '，属于降低增长的结构变迁：劳动力流向了生产率较低的部门',
};

export function threeSectorStatement(v: ThreeSectorValues): Prose {
  const period = `${v.start}-${v.end}`;
  const [begin, withinShare, structuralShare] = [
    dataBeginText(v),
    shareOfChange(v.withinShare),
    shareOfChange(v.structuralShare),
  ];
  const reducing = v.structural < 0 ? GROWTH_REDUCING_TEXT : NO_PROSE;
  const [growth, within, structural] = [v.growth, v.within, v.structural].map((x) => plusMinusSigned(x * 100));
  const [ag0, ag1] = [minusSigned(v.agricultureShare0), minusSigned(v.agricultureShare1)];
  return {
    en:
      `Labour productivity (real GDP per person engaged) grew ${growth}% a year in ${period}${begin.en}: within sectors ${within} points a year${withinShare.en}, structural change ${structural} points${structuralShare.en}` +
      `${reducing.en}. Agriculture's share of employment went from ${ag0}% to ${ag1}%. ` +
      'Three sectors; sector value added is approximated by current-price value-added shares (rescaled to sum to 100) times real GDP.',
    zh:
      `${v.nameZh}${period}年全员劳动生产率（每就业人员实际GDP）年均增长${growth}%${begin.zh}：部门内增长贡献${within}个百分点${withinShare.zh}，结构变迁贡献${structural}个百分点${structuralShare.zh}` +
      `${reducing.zh}。第一产业就业占比由${ag0}%变为${ag1}%。` +
      '按三次产业计算；部门增加值以现价增加值占比（重新缩放至合计100）乘以实际GDP近似。',
  };
}

export const wiodUnavailable = (iso3: string, nameZh: string): Prose => ({
  en: `The 35-sector decomposition for 1995-2011 (WIOD 2013 sectors) cannot be computed for ${iso3}: the WIOD 2013 data in the project holds the input-output tables only (gross output and value added by sector in current US$), not the Socio-Economic Accounts that give persons engaged and real value added by sector. Without sector employment there is no sector labour productivity to decompose; the three-sector decomposition is reported instead.`,
  zh: `无法计算${nameZh}1995-2011年35个部门（WIOD 2013部门）的结构变迁分解：项目中的WIOD 2013数据仅含投入产出表（按部门的现价美元总产出和增加值），不含提供各部门就业人数和实际增加值的社会经济账户（SEA）。缺少部门就业数据即无法计算部门劳动生产率；此处改为报告三次产业分解。`,
});
