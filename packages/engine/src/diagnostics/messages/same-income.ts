/**
 * The prose of the graduates-vs-stalled diagnostic: an economy against the graduates and the
 * stalled economies when they had the same income, after the IIE-CASS Research Group (2024),
 * "China's Industrial Modernization", §1 and Tables 1-2.
 *
 * @module
 */
import type { Observation } from '@chanye/compute';
import type { EconomyNames, Prose } from './format.js';

/** An economy's names by ISO3 code: the prose names economies, it does not print codes. */
export type NameOf = (iso3: string) => EconomyNames;

export type ComparatorGroup = 'graduates' | 'stalled';

/** The comparator note when it never reached the income; `peak` is its highest value, if any. */
export const neverReachedNote = (lastYear: number | undefined, peak: Observation | undefined): string =>
  peak
    ? `never reached this income by ${lastYear} (peak ${Math.round(peak.value)} in ${peak.year})`
    : 'no GDP per capita';

/** The comparator note when it reached the income; in the first year of data, only "by" then. */
export const reachedNote = (year: number, inFirstYear: boolean): string =>
  inFirstYear ? `already above this income in ${year}, the first year of data` : `reached this income in ${year}`;

export const noIncome = (code: string): Prose => ({
  en: `No PWT GDP per capita for ${code.toUpperCase()}: it cannot be matched with other economies by income.`,
  zh: `缺少PWT人均GDP数据，无法按收入水平与其他经济体比较。`,
});

/** An indicator's names, as the catalogue gives them. */
export interface IndicatorName {
  readonly name_en: string;
  readonly name_zh: string;
}

export const ownValueLabel = (indicator: IndicatorName, economy: EconomyNames): Prose => ({
  en: `${indicator.name_en}, ${economy.en}`,
  zh: `${indicator.name_zh}（${economy.zh}）`,
});

const GROUP_WORDS: Readonly<Record<ComparatorGroup, Prose>> = {
  graduates: { en: 'graduate', zh: '成功跨越者' },
  stalled: { en: 'stalled', zh: '停滞者' },
};

export const comparatorValueLabel = (
  indicator: IndicatorName,
  group: ComparatorGroup,
  economy: EconomyNames,
): Prose => ({
  en: `${indicator.name_en}, ${GROUP_WORDS[group].en} ${economy.en} at the same income`,
  zh: `${indicator.name_zh}（${GROUP_WORDS[group].zh}${economy.zh}，同等收入时）`,
});

/**
 * Why the economy cannot be compared with the graduates: it has no value of its own near the
 * year, or the graduates reached its income before their series begin.
 */
export type NoComparison =
  | { readonly reason: 'no-own-value'; readonly year: number }
  | { readonly reason: 'graduates-before-data'; readonly reachedIn: Prose };

function noComparisonWhy(gap: NoComparison, economy: EconomyNames): Prose {
  if (gap.reason === 'no-own-value') {
    return { en: `no ${economy.en} value within three years of ${gap.year}`, zh: '缺少本经济体近三年数据' };
  }
  return {
    en: `the graduates reached this income (${gap.reachedIn.en}) before the series has data for them`,
    zh: `成功跨越者达到该收入的年份为${gap.reachedIn.zh}，早于数据起始年份`,
  };
}

export function noComparison(indicator: IndicatorName, economy: EconomyNames, gap: NoComparison): Prose {
  const why = noComparisonWhy(gap, economy);
  return {
    en: `${indicator.name_en}: cannot compare ${economy.en} with the graduates at the same income: ${why.en}.`,
    zh: `${indicator.name_zh}：无法在同等收入水平上与成功跨越者比较（${why.zh}）。`,
  };
}

/** Which years the graduates reached the income: "Japan 1968, Korea never" / "日本1968年，韩国未达到". */
export const reachedInText = (graduates: readonly { iso3: string; year: number | null }[], nameOf: NameOf): Prose => ({
  en: graduates.map((c) => `${nameOf(c.iso3).en} ${c.year === null ? 'never' : c.year}`).join(', '),
  zh: graduates.map((c) => `${nameOf(c.iso3).zh}${c.year === null ? '未达到' : `${c.year}年`}`).join('，'),
});

/** A group's values at the same income: its median and who it is made of. */
export interface GroupValues {
  readonly median: number;
  /** The comparators with a value, and the group's size. */
  readonly values: readonly Observation[];
  readonly members: number;
}

export interface ComparisonValues {
  readonly indicator: IndicatorName;
  readonly economy: EconomyNames;
  readonly nameOf: NameOf;
  readonly own: Observation;
  readonly graduates: GroupValues;
  /** Undefined when no stalled economy has a value. */
  readonly stalled: GroupValues | undefined;
}

const fmt = (x: number): string => x.toFixed(2);

const whoText = (g: GroupValues, nameOf: NameOf): string =>
  `${g.values.length} of ${g.members}: ${g.values.map((o) => `${nameOf(o.iso3).en} ${o.year}`).join(', ')}`;

function stalledText(stalled: GroupValues | undefined, nameOf: NameOf): Prose {
  if (stalled === undefined) return { en: '.', zh: '。' };
  return {
    en: ` and ${fmt(stalled.median)} for stalled economies (${whoText(stalled, nameOf)}).`,
    zh: `，停滞经济体为${fmt(stalled.median)}。`,
  };
}

export function comparisonStatement(v: ComparisonValues): Prose {
  const stalled = stalledText(v.stalled, v.nameOf);
  return {
    en:
      `${v.indicator.name_en}: ${v.economy.en} ${fmt(v.own.value)} (${v.own.year}) against a median of ${fmt(v.graduates.median)} for graduates when they had the same income (${whoText(v.graduates, v.nameOf)})` +
      stalled.en,
    zh:
      `${v.indicator.name_zh}：${v.economy.zh}为${fmt(v.own.value)}（${v.own.year}年），成功跨越者在同等收入时的中位数为${fmt(v.graduates.median)}` +
      stalled.zh,
  };
}

export interface MatchValues {
  readonly economy: EconomyNames;
  readonly nameOf: NameOf;
  readonly year: number;
  readonly gdpPerCapita: Observation;
  readonly comparators: readonly { readonly iso3: string; readonly note: string }[];
}

export const matchThreshold = (v: MatchValues): Prose => ({
  en: `income matched at ${Math.round(v.gdpPerCapita.value)} ${v.gdpPerCapita.unit} (${v.economy.en}, ${v.year}); comparators: ${v.comparators.map((c) => `${v.nameOf(c.iso3).en} (${c.iso3}) ${c.note}`).join('; ')}`,
  zh: `按${v.economy.zh}${v.year}年人均GDP（${Math.round(v.gdpPerCapita.value)}，2017年购买力平价美元）匹配同等收入水平`,
});
