/**
 * The prose of the income-trap diagnostic: the World Bank classification history and the
 * Felipe-Abdon-Kumar test (Felipe, Abdon and Kumar 2012, "Tracking the Middle-income Trap:
 * What Is It, Who Is in It, and Why?").
 *
 * @module
 */
import { FAK_BANDS, FAK_TRAP_YEARS, type FakBand } from '@chanye/compute';
import { INCOME_GROUP_NAMES, type IncomeGroup } from '@chanye/store';
import { NO_PROSE, type Prose } from './format.js';

export const BAND_NAMES: Readonly<Record<FakBand, Prose>> = {
  low: { en: 'low income', zh: '低收入' },
  'lower-middle': { en: 'lower-middle income', zh: '中等偏下收入' },
  'upper-middle': { en: 'upper-middle income', zh: '中等偏上收入' },
  high: { en: 'high income', zh: '高收入' },
};

/** Who has no data: the code in English, the Chinese name in Chinese. */
export interface EconomyNames {
  readonly iso3: string;
  readonly nameZh: string;
}

export const wbHistoryMissing = ({ iso3, nameZh }: EconomyNames): Prose => ({
  en: `The World Bank history has no income classification for ${iso3}.`,
  zh: `世界银行历史收入分组中没有${nameZh}的记录。`,
});

export interface WbHistoryValues {
  readonly group: IncomeGroup;
  /** First year of the current spell in the group. */
  readonly since: number;
  /** Length of the current spell, in data years. */
  readonly spellYears: number;
  readonly dataYear: number;
  readonly fiscalYear: string;
  readonly yearsLowerMiddle: number;
  readonly yearsUpperMiddle: number;
  /** Each change of group after the first spell. */
  readonly moves: readonly { readonly group: IncomeGroup; readonly from: number }[];
}

export function wbHistory(v: WbHistoryValues): Prose {
  const name = INCOME_GROUP_NAMES[v.group];
  const moves = v.moves.length > 0 ? `; moves: ${v.moves.map((m) => `${m.group} in ${m.from}`).join(', ')}.` : '.';
  return {
    en:
      `World Bank: ${name.en} since ${v.since} (${v.spellYears} years to ${v.dataYear}, ${v.fiscalYear}); ` +
      `${v.yearsLowerMiddle} years in lower-middle and ${v.yearsUpperMiddle} in upper-middle income in all${moves}`,
    zh:
      `世界银行分组：自${v.since}年起为${name.zh}（至${v.dataYear}年共${v.spellYears}年，${v.fiscalYear}）；` +
      `累计处于中等偏下收入${v.yearsLowerMiddle}年、中等偏上收入${v.yearsUpperMiddle}年。`,
  };
}

export const WB_YEARS_LABELS = {
  lowerMiddle: { en: 'years classified lower-middle income', zh: '处于中等偏下收入的年数' },
  upperMiddle: { en: 'years classified upper-middle income', zh: '处于中等偏上收入的年数' },
} as const satisfies Record<string, Prose>;

export const WB_THRESHOLD: Prose = {
  en: 'World Bank Atlas GNI per capita thresholds of each fiscal year (the group is taken as published)',
  zh: '世界银行各财年按图表集法计算的人均国民总收入分组标准（采用其公布的分组）',
};

export const fakMissing = ({ iso3, nameZh }: EconomyNames): Prose => ({
  en: `No PWT GDP per capita for ${iso3}: the Felipe-Abdon-Kumar test cannot be run.`,
  zh: `缺少${nameZh}的PWT人均GDP数据，无法进行Felipe-Abdon-Kumar中等收入陷阱检验。`,
});

export const FAK_LABELS = {
  gdpPerCapita: { en: 'GDP per capita', zh: '人均GDP' },
  converted: { en: 'GDP per capita in 1990 GK dollars (converted)', zh: '人均GDP（折算为1990年国际元）' },
} as const satisfies Record<string, Prose>;

export const yearsInBandLabel = (band: FakBand): Prose => ({
  en: `years in the ${BAND_NAMES[band].en} band`,
  zh: `处于${BAND_NAMES[band].zh}区间的年数`,
});

/** The note on the years in the band: a series that starts in the band gives a lower bound. */
export const yearsInBandNote = (entered: number, leftCensored: boolean): string =>
  `since ${entered}${leftCensored ? ' (the series starts in this band: at least)' : ''}`;

export const FAK_THRESHOLD: Prose = {
  en: `PWT 10.01 GDP per capita (rgdpe/pop) converted to 1990 GK$ by the ratio of US 1990 values in Maddison (2010) and PWT; relative price levels differ between the two sources, which can move an economy across a band. Bands in 1990 GK$: lower-middle ${FAK_BANDS.lowerMiddle}-${FAK_BANDS.upperMiddle}, upper-middle ${FAK_BANDS.upperMiddle}-${FAK_BANDS.high}, high > ${FAK_BANDS.high}; trap after more than ${FAK_TRAP_YEARS.lowerMiddle} years in lower-middle or ${FAK_TRAP_YEARS.upperMiddle} in upper-middle income`,
  zh: `PWT 10.01人均GDP按1990年美国在Maddison (2010)与PWT中数值之比折算为1990年国际元；两套数据的相对价格水平不同，可能使个别经济体跨越区间。1990年国际元区间：中等偏下${FAK_BANDS.lowerMiddle}-${FAK_BANDS.upperMiddle}，中等偏上${FAK_BANDS.upperMiddle}-${FAK_BANDS.high}，高收入>${FAK_BANDS.high}；在中等偏下区间超过${FAK_TRAP_YEARS.lowerMiddle}年或中等偏上区间超过${FAK_TRAP_YEARS.upperMiddle}年即为陷入陷阱`,
};

/** A band the economy passed through, and how long it took. */
export interface Graduation {
  readonly band: FakBand;
  readonly years: number;
  readonly entered: number;
  readonly left: number;
  /** The series starts in the band, so `years` is a lower bound. */
  readonly leftCensored: boolean;
}

/**
 * Where the economy stands on the Felipe-Abdon-Kumar bands: above the high-income line,
 * trapped (longer in its band than the threshold), still within the threshold, or low income.
 */
export type FakStanding = 'high' | 'trapped' | 'within-threshold' | 'low';

export interface FakValues {
  readonly standing: FakStanding;
  readonly iso3: string;
  /** The latest year of the series. */
  readonly year: number;
  readonly band: FakBand;
  readonly yearsInBand: number;
  readonly enteredBand: number;
  readonly thresholdYears: number | null;
  readonly yearsToThreshold: number | null;
  readonly graduations: readonly Graduation[];
  /** Bands left only after more years than their trap threshold: traps escaped late. */
  readonly lateEscapes: readonly FakBand[];
}

const graduationEn = (g: Graduation): string =>
  `${BAND_NAMES[g.band].en} in ${g.leftCensored ? 'at least ' : ''}${g.years} years (${g.entered}-${g.left})`;
const graduationZh = (g: Graduation): string =>
  `${BAND_NAMES[g.band].zh}阶段用时${g.leftCensored ? '至少' : ''}${g.years}年（${g.entered}-${g.left}）`;

/** The first sentence, by standing. */
const STANDING_TEXT: Readonly<Record<FakStanding, (v: FakValues) => Prose>> = {
  high: (v) => {
    const passed = v.graduations.map(graduationEn);
    const passedZh = v.graduations.map(graduationZh);
    return {
      en:
        `By ${v.year} ${v.iso3} is above the high-income line of Felipe, Abdon and Kumar` +
        (passed.length ? `, having passed through ${passed.join(' and ')}.` : '.'),
      zh: `至${v.year}年已跨越Felipe-Abdon-Kumar高收入门槛` + (passedZh.length ? `，${passedZh.join('，')}。` : '。'),
    };
  },
  trapped: (v) => {
    const band = BAND_NAMES[v.band];
    return {
      en: `${v.iso3} has been in the ${band.en} band for ${v.yearsInBand} years by ${v.year} (since ${v.enteredBand}), more than the ${v.thresholdYears} years that define the ${band.en} trap.`,
      zh: `截至${v.year}年已在${band.zh}区间停留${v.yearsInBand}年，超过${v.thresholdYears}年的陷阱标准，处于${band.zh}陷阱。`,
    };
  },
  'within-threshold': (v) => {
    const band = BAND_NAMES[v.band];
    const passed = v.graduations.map(graduationEn);
    return {
      en:
        `${v.iso3} has been in the ${band.en} band for ${v.yearsInBand} years by ${v.year} (since ${v.enteredBand}); it falls into the trap if still there after ${v.thresholdYears} years (${v.yearsToThreshold} more)` +
        (passed.length ? `; earlier it passed through ${passed.join(' and ')}.` : '.'),
      zh: `截至${v.year}年已在${band.zh}区间停留${v.yearsInBand}年；若再停留${v.yearsToThreshold}年（共${v.thresholdYears}年）仍未跨越，即陷入陷阱。`,
    };
  },
  low: (v) => ({
    en: `${v.iso3} is in the low-income band in ${v.year}.`,
    zh: `${v.year}年处于低收入区间。`,
  }),
};

/** The closing sentence on traps escaped late, empty when there were none. */
function lateEscapeText(lateEscapes: readonly FakBand[]): Prose {
  if (lateEscapes.length === 0) return NO_PROSE;
  return {
    en: ` It stayed in ${lateEscapes.map((b) => `${BAND_NAMES[b].en} longer than the trap threshold`).join(' and ')}.`,
    zh: `其间曾陷入${lateEscapes.map((b) => `${BAND_NAMES[b].zh}陷阱`).join('和')}。`,
  };
}

export function fakStatement(v: FakValues): Prose {
  const head = STANDING_TEXT[v.standing](v);
  const late = lateEscapeText(v.lateEscapes);
  return { en: head.en + late.en, zh: head.zh + late.zh };
}
