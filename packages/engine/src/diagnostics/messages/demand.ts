/**
 * The prose of the demand diagnostic, the "three drivers" of the IIE-CASS Research Group
 * (2024), "China's Industrial Modernization", §2.1.2: the expenditure shares of GDP, their
 * contributions to growth, and the household consumption share beside the graduates'.
 *
 * @module
 */
import { type EconomyNames, minusSigned, NO_PROSE, plusMinusSigned, type Prose } from './format.js';

export const tooFewDemandYears = (iso3: string, nameZh: string): Prose => ({
  en: `Fewer than two years with real GDP and PWT's expenditure shares for ${iso3}: the demand diagnostic cannot be computed.`,
  zh: `${nameZh}同时具备实际GDP和PWT支出结构数据的年份少于两年，无法进行需求诊断。`,
});

/** The period asked for has an end without data. */
export interface DemandPeriodGapValues {
  readonly iso3: string;
  readonly nameZh: string;
  readonly period: readonly [number, number];
  /** The ends of the period without data. */
  readonly missing: readonly number[];
  /** The span of years with data. */
  readonly span: string;
}

export function demandPeriodGap({ iso3, nameZh, period: [t0, t1], missing, span }: DemandPeriodGapValues): Prose {
  const years = missing.join(', ');
  return {
    en: `No real GDP or expenditure shares for ${iso3} in ${years} (years with data: ${span}): the demand diagnostic over ${t0}-${t1} cannot be computed.`,
    zh: `${nameZh}在${years}年缺少实际GDP或支出结构数据（有数据的年份：${span}），无法计算${t0}-${t1}年的需求诊断。`,
  };
}

// ---------------------------------------------------------------- evidence labels

export const shareOfGdpLabel = (name: Prose): Prose => ({ en: `${name.en} (% of GDP)`, zh: `${name.zh}占GDP比重` });

export const contributionLabel = (name: Prose): Prose => ({
  en: `contribution of ${name.en} to growth, annual average`,
  zh: `${name.zh}对增长的年均贡献`,
});

export const DEMAND_LABELS = {
  realGdp: { en: 'real GDP at constant 2017 national prices', zh: '实际GDP（2017年不变国内价格）' },
  growth: { en: 'real GDP growth, annual average', zh: '实际GDP年均增长率' },
  household: { en: 'household consumption (% of GDP)', zh: '居民消费占GDP比重' },
  householdTrend: { en: 'household consumption share, least-squares trend', zh: '居民消费率最小二乘趋势' },
  graduatesMedian: {
    en: 'graduates at the same income: median household consumption share',
    zh: '同等收入水平时成功跨越者居民消费率中位数',
  },
} as const satisfies Record<string, Prose>;

export const graduateIncomeLabel = (graduate: EconomyNames, economy: EconomyNames): Prose => ({
  en: `GDP per capita of ${graduate.en} when it first reached ${economy.en}'s level`,
  zh: `${graduate.zh}首次达到${economy.zh}收入水平时的人均GDP`,
});

export const graduateHouseholdLabel = (graduate: EconomyNames): Prose => ({
  en: `household consumption of ${graduate.en} (% of GDP) in that year`,
  zh: `${graduate.zh}当年居民消费占GDP比重`,
});

// ---------------------------------------------------------------- (1) shares

/** One year's expenditure shares, all in % of GDP. */
export interface YearShares {
  readonly year: number;
  readonly consumption: number;
  readonly household: number;
  readonly government: number;
  readonly investment: number;
  readonly netExports: number;
  readonly exports: number;
  readonly imports: number;
  readonly residual: number;
}

const sharesText = (s: YearShares): Prose => ({
  en: `consumption ${minusSigned(s.consumption)}% (households ${minusSigned(s.household)}%, government ${minusSigned(s.government)}%), investment ${minusSigned(s.investment)}%, net exports ${plusMinusSigned(s.netExports, 1)}% (exports ${minusSigned(s.exports)}%, imports ${minusSigned(s.imports)}%), residual ${plusMinusSigned(s.residual, 1)}%`,
  zh: `消费${minusSigned(s.consumption)}%（居民${minusSigned(s.household)}%、政府${minusSigned(s.government)}%），投资${minusSigned(s.investment)}%，净出口${plusMinusSigned(s.netExports, 1)}%（出口${minusSigned(s.exports)}%、进口${minusSigned(s.imports)}%），剩余项${plusMinusSigned(s.residual, 1)}%`,
});

/** The shares in the last year, and in the first when the period has two ends. */
export function sharesStatement(nameZh: string, end: YearShares, start: YearShares | undefined): Prose {
  const last = sharesText(end);
  const first = start === undefined ? NO_PROSE : sharesText(start);
  const earlier =
    start === undefined ? NO_PROSE : { en: `; in ${start.year}: ${first.en}`, zh: `；${start.year}年：${first.zh}` };
  return {
    en: `Shares of GDP at current PPPs in ${end.year}: ${last.en}${earlier.en}. Net exports are merchandise only; PWT's residual trade and statistical discrepancy is the fourth term.`,
    zh: `${nameZh}${end.year}年按现价购买力平价计算的支出结构：${last.zh}${earlier.zh}。净出口仅含货物贸易；PWT的剩余贸易与统计误差单列为第四项。`,
  };
}

// ---------------------------------------------------------------- (2) contributions

export const noConsecutiveYears = (iso3: string, nameZh: string, period: string): Prose => ({
  en: `No pair of consecutive years with real GDP and expenditure shares for ${iso3} in ${period}: contributions to growth cannot be computed.`,
  zh: `${nameZh}${period}年间没有相邻两年同时具备实际GDP和支出结构数据，无法计算对增长的贡献。`,
});

/** One driver's average contribution (fraction a year) and its share of growth (fraction). */
export interface Contribution {
  readonly name: Prose;
  readonly contribution: number;
  readonly shareOfGrowth: number;
}

export interface ContributionsValues {
  readonly nameZh: string;
  readonly period: string;
  /** Average annual growth, fraction. */
  readonly growth: number;
  /** Years with data, and years in the period; fewer with data when there are gaps. */
  readonly yearsWithData: number;
  readonly periodYears: number;
  readonly complete: boolean;
  readonly contributions: readonly Contribution[];
}

function contributionText(c: Contribution): Prose {
  const points = plusMinusSigned(c.contribution * 100);
  if (!Number.isFinite(c.shareOfGrowth))
    return { en: `${c.name.en} ${points} points`, zh: `${c.name.zh}${points}个百分点` };
  const share = minusSigned(c.shareOfGrowth * 100, 0);
  return { en: `${c.name.en} ${points} points (${share}%)`, zh: `${c.name.zh}${points}个百分点（${share}%）` };
}

const gapsText = (v: ContributionsValues): Prose =>
  v.complete
    ? NO_PROSE
    : {
        en: ` (${v.yearsWithData} of ${v.periodYears} years with data)`,
        zh: `（${v.periodYears}年中有${v.yearsWithData}年有数据）`,
      };

export function contributionsStatement(v: ContributionsValues): Prose {
  const growth = plusMinusSigned(v.growth * 100);
  const gaps = gapsText(v);
  const parts = v.contributions.map(contributionText);
  return {
    en: `Real GDP grew ${growth}% a year on average in ${v.period}${gaps.en}; contributions a year (share of growth): ${parts.map((p) => p.en).join(', ')}. Current-PPP shares are applied to real GDP, i.e. each component's deflator is taken to equal the GDP deflator.`,
    zh: `${v.nameZh}${v.period}年实际GDP年均增长${growth}%${gaps.zh}；年均贡献（占增长比重）：${parts.map((p) => p.zh).join('，')}。以现价购买力平价份额乘以实际GDP，即假定各需求项的价格平减指数与GDP平减指数相同。`,
  };
}

// ---------------------------------------------------------------- (3) household consumption

/** A graduate's household consumption share when it first reached the economy's income. */
export interface GraduateShare {
  readonly iso3: string;
  readonly name: EconomyNames;
  readonly year: number;
  /** % of GDP. */
  readonly household: number;
  /** Already above the level in its first year of data: the year is an upper bound. */
  readonly leftCensored: boolean;
}

export interface HouseholdValues {
  readonly iso3: string;
  readonly nameZh: string;
  readonly start: { readonly year: number; readonly household: number };
  readonly end: { readonly year: number; readonly household: number };
  /** Least-squares trend, points a year (not finite with fewer than three years), and its years. */
  readonly trend: number;
  readonly trendYears: number;
  /** The economy's GDP per capita in the last year (2017 PPP$), as matched. */
  readonly level: number;
  readonly graduates: readonly GraduateShare[];
  readonly graduatesMedian: number;
  /** Graduates with no comparison (never at that income, or no share then). */
  readonly unreached: readonly string[];
}

const trendText = ({ trend, trendYears }: HouseholdValues): Prose =>
  Number.isFinite(trend)
    ? {
        en: `; least-squares trend ${plusMinusSigned(trend)} points a year over ${trendYears} years`,
        zh: `；${trendYears}年最小二乘趋势为每年${plusMinusSigned(trend)}个百分点`,
      }
    : NO_PROSE;

const graduateEn = (g: GraduateShare): string =>
  `${g.name.en} ${minusSigned(g.household)}% (${g.leftCensored ? 'by ' : ''}${g.year})`;
const graduateZh = (g: GraduateShare): string =>
  `${g.name.zh}${minusSigned(g.household)}%（${g.leftCensored ? '不晚于' : ''}${g.year}年）`;

function graduatesText(v: HouseholdValues): Prose {
  if (v.graduates.length === 0) return NO_PROSE;
  const level = `US$${Math.round(v.level).toLocaleString('en-US')}`;
  const median = minusSigned(v.graduatesMedian);
  return {
    en: ` When the graduates first reached ${v.iso3}'s ${v.end.year} GDP per capita (${level} at 2017 PPPs), their household consumption share was ${v.graduates.map(graduateEn).join(', ')}; median ${median}%.`,
    zh: `成功跨越者首次达到${v.nameZh}${v.end.year}年人均GDP水平时，其居民消费率为${v.graduates.map(graduateZh).join('、')}，中位数${median}%。`,
  };
}

const unreachedText = ({ unreached }: HouseholdValues): Prose =>
  unreached.length > 0
    ? {
        en: ` No comparison for ${unreached.join(', ')} (that income or the share is not in the data).`,
        zh: `${unreached.join('、')}无可比数据（数据中未达到该收入水平或缺少该比重）。`,
      }
    : NO_PROSE;

export function householdStatement(v: HouseholdValues): Prose {
  const [trend, graduates, unreached] = [trendText(v), graduatesText(v), unreachedText(v)];
  const [hh0, hh1] = [minusSigned(v.start.household), minusSigned(v.end.household)];
  return {
    en: `Household consumption was ${hh1}% of GDP at current PPPs in ${v.end.year} (${hh0}% in ${v.start.year}${trend.en}).${graduates.en}${unreached.en}`,
    zh: `${v.nameZh}${v.end.year}年居民消费占GDP比重（现价购买力平价）为${hh1}%（${v.start.year}年为${hh0}%${trend.zh}）。${graduates.zh}${unreached.zh}`,
  };
}

export const HOUSEHOLD_THRESHOLD: Prose = {
  en: "No cited threshold: the share is compared with the graduates (catalog/benchmark-groups.yaml: Japan, Korea, Spain, IIE-CASS 2024 Table 1) in the first year their PWT GDP per capita (2017 US$ at chained PPPs) reached the economy's level, both at current PPPs.",
  zh: '无引用阈值：与成功跨越者（catalog/benchmark-groups.yaml：日本、韩国、西班牙，IIE-CASS 2024表1）人均GDP（PWT，2017年链式购买力平价美元）首次达到该经济体水平当年的居民消费率比较，均按现价购买力平价计算。',
};
