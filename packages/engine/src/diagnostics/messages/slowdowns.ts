/**
 * The prose of the growth-slowdowns diagnostic (Eichengreen, Park and Shin 2012, "When
 * Fast-Growing Economies Slow Down: International Evidence and Implications for China").
 *
 * @module
 */
import { EPS_SLOWDOWN } from '@chanye/compute';
import { fixed, minusSigned, type Prose, usd, yearSpan } from './format.js';

const { window: W, minGrowthBefore, minFall } = EPS_SLOWDOWN;

export const slowdownsMissing = (iso3: string, nameZh: string): Prose => ({
  en: `PWT has fewer than ${W + 1} years of GDP per capita for ${iso3}: the growth-slowdown rule cannot be applied.`,
  zh: `${nameZh}的PWT人均GDP数据不足${W + 1}年，无法应用增长减速标准。`,
});

/** The rule as applied, with the floor in both price bases. */
export const slowdownThreshold = (v: { floor2005: number; floor2017: number; usPriceLevel: number }): Prose => ({
  en:
    `Eichengreen, Park and Shin (2012): a slowdown in year t when GDP per capita grew at least ${minGrowthBefore} % a year on average over t−${W} to t, ` +
    `growth over t to t+${W} is at least ${minFall} percentage points lower, and GDP per capita in t is above ${usd(v.floor2005)} at 2005 international prices ` +
    `(${usd(v.floor2017)} in 2017 US$: ÷ ${fixed(v.usPriceLevel, 4)}, the 2005 US GDP price level in PWT 10.01, 2017 = 1). ` +
    `Growth: PWT rgdpna / pop (constant national prices), compound average; level: rgdpe / pop (chained PPPs). ` +
    `Qualifying years fewer than ${W} years apart are one slowdown, dated at the largest fall`,
  zh:
    `Eichengreen、Park和Shin (2012)：若t−${W}至t年人均GDP年均增长不低于${minGrowthBefore}%，t至t+${W}年年均增速至少低${minFall}个百分点，` +
    `且t年人均GDP高于2005年国际价格${usd(v.floor2005)}（按PWT 10.01中美国2005年GDP价格水平${fixed(v.usPriceLevel, 4)}折合2017年美元${usd(v.floor2017)}），则t年为增长减速年份。` +
    `增速用PWT rgdpna/pop（不变国内价格）的复合年均增长率，水平用rgdpe/pop（链式购买力平价）；相距不足${W}年的符合条件年份视为同一次减速，以降幅最大的年份为准`,
});

export interface SlowdownSummaryValues {
  readonly iso3: string;
  /** The years the rule can judge (seven years of data on each side). */
  readonly judged: readonly [number, number] | undefined;
  readonly episodes: readonly number[];
  readonly latest: {
    readonly year: number;
    readonly growthBefore: number;
    readonly income: number;
    readonly fast: boolean;
    readonly aboveFloor: boolean;
  };
  readonly floor2017: number;
}

function historyText(v: SlowdownSummaryValues): Prose {
  if (v.judged === undefined)
    return {
      en: `${v.iso3}: too few years of data to judge any year by the Eichengreen-Park-Shin rule.`,
      zh: `数据年份不足，尚无法按Eichengreen-Park-Shin标准判断任何年份。`,
    };
  const span = yearSpan(v.judged);
  if (v.episodes.length === 0)
    return {
      en: `${v.iso3}: no growth slowdown by the Eichengreen-Park-Shin rule in the years it can judge (${span}).`,
      zh: `在可判断的年份（${span}年）中，未出现符合Eichengreen-Park-Shin标准的增长减速。`,
    };
  const n = v.episodes.length;
  return {
    en: `${v.iso3}: ${n} growth slowdown${n > 1 ? 's' : ''} by the Eichengreen-Park-Shin rule in ${span}, in ${v.episodes.join(' and ')}.`,
    zh: `${span}年间出现${n}次符合Eichengreen-Park-Shin标准的增长减速（${v.episodes.join('年、')}年）。`,
  };
}

function latestText(v: SlowdownSummaryValues): Prose {
  const { year, growthBefore, income, fast, aboveFloor } = v.latest;
  const g = minusSigned(growthBefore, 1);
  const side = aboveFloor ? { en: 'above', zh: '高于' } : { en: 'below', zh: '低于' };
  const both = fast && aboveFloor;
  return {
    en:
      ` Latest: GDP per capita grew ${g} % a year over ${year - W}-${year} (fast growth is at least ${minGrowthBefore} %); ` +
      `at ${usd(income)} (2017 PPP) in ${year} it is ${side.en} the income floor of ${usd(v.floor2017)}.` +
      (both
        ? ` Both preconditions of a slowdown hold: whether growth falls by ${minFall} points will be known from ${year + W}'s data.`
        : ''),
    zh:
      `最近：${year - W}-${year}年人均GDP年均增长${g}%（高速增长标准为不低于${minGrowthBefore}%）；` +
      `${year}年人均GDP为${usd(income)}（2017年购买力平价），${side.zh}${usd(v.floor2017)}的收入门槛。` +
      (both ? `减速的两个前提条件均已满足，增速是否下降${minFall}个百分点须待${year + W}年数据才能判断。` : ''),
  };
}

export function slowdownSummary(v: SlowdownSummaryValues): Prose {
  const head = historyText(v);
  const tail = latestText(v);
  return { en: head.en + tail.en, zh: head.zh + tail.zh };
}

export interface SlowdownEpisodeValues {
  readonly iso3: string;
  readonly year: number;
  readonly growthBefore: number;
  readonly growthAfter: number;
  readonly fall: number;
  readonly income: number;
  readonly floor2017: number;
  readonly candidates: readonly number[];
}

export function slowdownEpisode(v: SlowdownEpisodeValues): Prose {
  const before = minusSigned(v.growthBefore, 1);
  const after = minusSigned(v.growthAfter, 1);
  const fall = fixed(v.fall, 1);
  const run = v.candidates.length > 1 ? yearSpan([v.candidates[0] as number, v.candidates.at(-1) as number]) : '';
  return {
    en:
      `${v.iso3}: growth slowdown in ${v.year}. GDP per capita grew ${before} % a year over ${v.year - W}-${v.year} and ${after} % over ${v.year}-${v.year + W}, ` +
      `${fall} points less, at ${usd(v.income)} (2017 PPP) in ${v.year} (floor ${usd(v.floor2017)}).` +
      (run ? ` The rule holds in ${v.candidates.length} years of ${run}; ${v.year} has the largest fall.` : ''),
    zh:
      `${v.year}年出现增长减速：${v.year - W}-${v.year}年人均GDP年均增长${before}%，${v.year}-${v.year + W}年为${after}%，下降${fall}个百分点；` +
      `${v.year}年人均GDP为${usd(v.income)}（2017年购买力平价，门槛${usd(v.floor2017)}）。` +
      (run ? `${run}年间有${v.candidates.length}个年份符合标准，以降幅最大的${v.year}年为减速年份。` : ''),
  };
}

export const SLOWDOWN_LABELS = {
  growthBefore: { en: `average growth of GDP per capita, ${W} years to t`, zh: `此前${W}年人均GDP年均增长率` },
  growthAfter: { en: `average growth of GDP per capita, ${W} years from t`, zh: `此后${W}年人均GDP年均增长率` },
  fall: { en: 'fall in average growth', zh: '年均增速降幅' },
  income: { en: 'GDP per capita (chained PPPs)', zh: '人均GDP（链式购买力平价）' },
  usPriceLevel: { en: 'US GDP price level (2017 = 1)', zh: '美国GDP价格水平（2017年=1）' },
} as const satisfies Record<string, Prose>;
