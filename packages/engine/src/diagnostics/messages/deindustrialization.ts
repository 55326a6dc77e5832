/**
 * The prose of the premature-deindustrialization diagnostic: an economy's peak share against
 * the cross-country curve of Rodrik (2016), "Premature deindustrialization", and the
 * thresholds of Rekha and Suresh Babu (2022), "Premature deindustrialisation and growth
 * slowdowns in middle-income countries", as quoted by the IIE-CASS Research Group (2024).
 *
 * @module
 */
import { REKHA_SURESH, type RodrikCurve } from '@chanye/compute';
import { fixed, NO_PROSE, type Prose, usd } from './format.js';

/** A measure's names and caveat, as `DEINDUSTRIALIZATION_MEASURES` lists them. */
export interface MeasureText {
  readonly name_en: string;
  readonly name_zh: string;
  readonly caveat_en: string;
  readonly caveat_zh: string;
}

// ---------------------------------------------------------------- Rodrik curve

/** Why an economy cannot be compared with the curve. */
export type RodrikGap = 'panel-too-small' | 'no-three-years';

const GAP_REASONS: Readonly<Record<RodrikGap, (iso3: string, nameZh: string) => Prose>> = {
  'panel-too-small': () => ({
    en: 'the cross-country panel is too small to estimate the curve',
    zh: '跨国面板样本过少，无法估计曲线',
  }),
  'no-three-years': (iso3, nameZh) => ({
    en: `${iso3} has no three consecutive years of data`,
    zh: `${nameZh}没有连续3年的数据`,
  }),
};

export function notComparable(measure: MeasureText, gap: RodrikGap, iso3: string, nameZh: string): Prose {
  const why = GAP_REASONS[gap](iso3, nameZh);
  return {
    en: `${measure.name_en}: cannot compare ${iso3} with the Rodrik curve: ${why.en}.`,
    zh: `${measure.name_zh}：无法将${nameZh}与Rodrik曲线比较：${why.zh}。`,
  };
}

/** The curve's estimation sample. */
export const sampleText = (curve: RodrikCurve): Prose => ({
  en: `${curve.n} observations, ${curve.countries} economies, ${curve.firstYear}-${curve.lastYear}`,
  zh: `${curve.countries}个经济体、${curve.n}个观测值，${curve.firstYear}-${curve.lastYear}年`,
});

export function rodrikThreshold(curve: RodrikCurve): Prose {
  const sample = sampleText(curve);
  return {
    en: `Rodrik (2016) curve: share = β₁ ln y + β₂ (ln y)² + β₃ ln N + β₄ (ln N)² + decade dummies + country effects, OLS within (${sample.en}; y = PWT GDP per capita, 2017 US$ PPP; N = PWT population). β₁ = ${fixed(curve.b1, 2)} (s.e. ${fixed(curve.se.b1, 2)}), β₂ = ${fixed(curve.b2, 3)} (s.e. ${fixed(curve.se.b2, 3)}); turning point exp(−β₁/(2β₂)); peak share for the mean country effect, sample-mean population and the decade of the economy's peak. Peak = maximum of the 3-year centred moving average.`,
    zh: `Rodrik (2016)曲线：份额 = β₁ ln y + β₂ (ln y)² + β₃ ln N + β₄ (ln N)² + 年代虚拟变量 + 国家固定效应，组内OLS估计（${sample.zh}；y为PWT人均GDP，2017年购买力平价美元；N为PWT人口）。β₁ = ${fixed(curve.b1, 2)}（标准误${fixed(curve.se.b1, 2)}），β₂ = ${fixed(curve.b2, 3)}（标准误${fixed(curve.se.b2, 3)}）；拐点收入为exp(−β₁/(2β₂))；峰值份额取国家效应均值、样本平均人口及该经济体峰值所在年代。峰值取3年居中移动平均的最大值。`,
  };
}

/** The estimated curve opens upwards (β₂ ≥ 0): there is no peak to compare with. */
export function notInvertedU(measure: MeasureText, curve: RodrikCurve, iso3: string, nameZh: string): Prose {
  const sample = sampleText(curve);
  return {
    en: `The cross-country ${measure.name_en} is not an inverted U in income (β₂ = ${fixed(curve.b2, 3)} ≥ 0; ${sample.en}), so it has no peak to compare ${iso3} with.`,
    zh: `跨国${measure.name_zh}与收入之间不呈倒U形（β₂ = ${fixed(curve.b2, 3)} ≥ 0；${sample.zh}），无峰值可供与${nameZh}比较。`,
  };
}

export const peakShareLabel = (measure: MeasureText): Prose => ({
  en: `peak ${measure.name_en} (3-year centred average)`,
  zh: `${measure.name_zh}峰值（3年居中移动平均）`,
});

export const peakYearShareLabel = (measure: MeasureText): Prose => ({
  en: `${measure.name_en} in the peak year`,
  zh: `峰值年份的${measure.name_zh}`,
});

export const RODRIK_LABELS = {
  peakYearIncome: { en: 'GDP per capita in the peak year', zh: '峰值年份的人均GDP' },
  turningPointIncome: { en: 'turning-point income of the cross-country curve', zh: '跨国曲线的拐点收入' },
  curvePeakShare: { en: 'peak share of the cross-country curve', zh: '跨国曲线的峰值份额' },
} as const satisfies Record<string, Prose>;

/** The years averaged into the peak and the years searched. */
export const peakNote = (year: number, firstYear: number, lastYear: number): string =>
  `mean of ${year - 1}-${year + 1}; searched ${firstYear}-${lastYear}`;

export const curveNote = (curve: RodrikCurve, period: number): string =>
  `cross-country curve, ${sampleText(curve).en}; decade ${period}s`;

/**
 * How the economy's peak compares with the curve's: not peaked within the data, peaked outside
 * PWT's years (no income to compare), or compared on share and income.
 */
export type PeakComparison = 'not-peaked' | 'income-unknown' | 'compared';

export interface RodrikValues {
  readonly comparison: PeakComparison;
  readonly measure: MeasureText;
  readonly iso3: string;
  readonly nameZh: string;
  /** The economy's peak: year, share (3-year average, %), and GDP per capita then (NaN if none). */
  readonly peak: { readonly year: number; readonly share: number; readonly income: number };
  /** The peak is the first year that can be smoothed: the share may have been higher before. */
  readonly peakAtStart: boolean;
  /** The curve's turning-point income and its share there. */
  readonly turningPointIncome: number;
  readonly curvePeakShare: number;
  /** The turning point lies above the 95th percentile of the sample's incomes. */
  readonly extrapolated: boolean;
  readonly incomeP95: number;
}

/** The peak at a lower share and a lower income than the curve's. */
export const isPremature = (v: RodrikValues): boolean =>
  v.peak.income < v.turningPointIncome && v.peak.share < v.curvePeakShare;

/** The income at the peak, or that PWT has none for that year. */
const peakIncomeText = (income: number): Prose =>
  Number.isFinite(income)
    ? { en: ` at a GDP per capita of ${usd(income)}`, zh: `，当时人均GDP为${usd(income)}` }
    : { en: ' (no PWT income that year)', zh: '（该年无PWT收入数据）' };

function peakText({ iso3, nameZh, peak }: RodrikValues): Prose {
  const income = peakIncomeText(peak.income);
  return {
    en: `${iso3} peaked at ${fixed(peak.share)}% in ${peak.year}${income.en}`,
    zh: `${nameZh}于${peak.year}年达到峰值${fixed(peak.share)}%${income.zh}`,
  };
}

const curveText = (v: RodrikValues): Prose => ({
  en: `the cross-country curve peaks at ${fixed(v.curvePeakShare)}% at ${usd(v.turningPointIncome)} (2017 PPP)`,
  zh: `跨国曲线在人均GDP ${usd(v.turningPointIncome)}（2017年购买力平价）时达到峰值${fixed(v.curvePeakShare)}%`,
});

const head = ({ measure }: RodrikValues): Prose => ({
  en: `${measure.name_en[0]!.toUpperCase()}${measure.name_en.slice(1)}`,
  zh: measure.name_zh,
});

/** Below or above, in the two languages. */
const relation = (below: boolean): Prose => (below ? { en: 'below', zh: '低于' } : { en: 'above', zh: '高于' });
const incomeRelation = (lower: boolean): Prose =>
  lower ? { en: 'a lower', zh: '低于' } : { en: 'a higher', zh: '高于' };

const censoredText = ({ peakAtStart, peak }: RodrikValues): Prose =>
  peakAtStart
    ? {
        en: `; the peak is the first year that can be smoothed (${peak.year}), so the share may have been higher earlier`,
        zh: `；峰值为可平滑的第一年（${peak.year}年），此前份额可能更高`,
      }
    : NO_PROSE;

const prematureText = (v: RodrikValues): Prose =>
  isPremature(v) ? { en: ` — the pattern of premature deindustrialization`, zh: `——符合“过早去工业化”特征` } : NO_PROSE;

const COMPARISONS: Readonly<Record<PeakComparison, (v: RodrikValues) => Prose>> = {
  'not-peaked': (v) => {
    const [h, curve] = [head(v), curveText(v)];
    return {
      en: `${h.en}: ${v.iso3} has not peaked within the data — the highest 3-year average, ${fixed(v.peak.share)}%, is in the last year that can be smoothed (${v.peak.year}); ${curve.en}`,
      zh: `${h.zh}：${v.nameZh}在数据期内尚未达到峰值——3年移动平均最高值${fixed(v.peak.share)}%出现在可平滑的最后一年（${v.peak.year}年）；${curve.zh}`,
    };
  },
  'income-unknown': (v) => {
    const [h, peak, curve] = [head(v), peakText(v), curveText(v)];
    return {
      en: `${h.en}: ${peak.en}; ${curve.en}; the income at the peak is outside PWT 10.01 (1950-2019), so the timing cannot be compared`,
      zh: `${h.zh}：${peak.zh}；${curve.zh}；峰值年份超出PWT 10.01覆盖期（1950-2019年），无法比较峰值时点`,
    };
  },
  compared: (v) => {
    const [h, peak] = [head(v), peakText(v)];
    const share = relation(v.peak.share < v.curvePeakShare);
    const income = incomeRelation(v.peak.income < v.turningPointIncome);
    const [censored, premature] = [censoredText(v), prematureText(v)];
    const [Z, W] = [fixed(v.curvePeakShare), usd(v.turningPointIncome)];
    return {
      en: `${h.en}: ${peak.en}, ${share.en} the ${Z}% and at ${income.en} income than the ${W} at which the cross-country curve peaks${censored.en}${premature.en}`,
      zh: `${h.zh}：${peak.zh}，峰值份额${share.zh}跨国曲线峰值${Z}%，达峰收入${income.zh}曲线拐点收入${W}${censored.zh}${premature.zh}`,
    };
  },
};

/** The closing caveats: an extrapolated turning point, then the measure's own scope. */
function caveatText(v: RodrikValues): Prose {
  const extrapolated = v.extrapolated
    ? {
        en: `; the curve's turning point lies above the 95th percentile of the sample's incomes (${usd(v.incomeP95)}), so it is an extrapolation and the comparison is weak`,
        zh: `；曲线拐点收入高于样本收入的第95百分位数（${usd(v.incomeP95)}），属外推，比较结论较弱`,
      }
    : NO_PROSE;
  return {
    en: extrapolated.en + ` (${v.measure.caveat_en}).`,
    zh: extrapolated.zh + `（${v.measure.caveat_zh}）。`,
  };
}

export function rodrikStatement(v: RodrikValues): Prose {
  const [body, caveat] = [COMPARISONS[v.comparison](v), caveatText(v)];
  return { en: body.en + caveat.en, zh: body.zh + caveat.zh };
}

// ---------------------------------------------------------------- Rekha-Suresh

export const REKHA_SURESH_THRESHOLD: Prose = {
  en: `As quoted by the IIE-CASS Research Group (2024), "China's Industrial Modernization", China Economist 2024(09), §2.1.1: GDP per capita < US$${REKHA_SURESH.income.toLocaleString('en-US')}, manufacturing employment share ≤ ${fixed(REKHA_SURESH.employmentShare)}%, manufacturing value-added share ≥ ${fixed(REKHA_SURESH.valueAddedShare)}%. The direction of the value-added condition could not be checked against the original paper and is applied as quoted. The price base of US$11,750 is not stated (it equals Felipe, Abdon and Kumar's 2012 high-income line in 1990 GK$); here it is compared with PWT GDP per capita in 2017 US$ PPP, and the 1990 GK$ reading is given as evidence.`,
  zh: `依据中国社会科学院工业经济研究所课题组（2024），《China's Industrial Modernization》，《中国经济学人》2024年第9期，第2.1.1节的引述：人均GDP < ${REKHA_SURESH.income.toLocaleString('en-US')}美元，制造业就业占比 ≤ ${fixed(REKHA_SURESH.employmentShare)}%，制造业增加值占比 ≥ ${fixed(REKHA_SURESH.valueAddedShare)}%。增加值条件的方向未能与原文核对，按引述原样使用。11,750美元的价格基准未说明（与Felipe、Abdon和Kumar (2012)以1990年国际元计的高收入线相同）；此处与2017年购买力平价美元的PWT人均GDP比较，并附1990年国际元折算值。`,
};

export const noRekhaSureshYear = (iso3: string, nameZh: string): Prose => ({
  en: `No year with both PWT GDP per capita and the SDG manufacturing value-added share for ${iso3}: the Rekha-Suresh thresholds (as quoted by the IIE-CASS Research Group, 2024) cannot be applied.`,
  zh: `${nameZh}没有同时具备PWT人均GDP和SDG制造业增加值占比的年份，无法应用Rekha-Suresh阈值（依中国社会科学院工业经济研究所课题组2024年的引述）。`,
});

export const REKHA_SURESH_LABELS = {
  gdpPerCapita: { en: 'GDP per capita', zh: '人均GDP' },
  valueAdded: { en: 'manufacturing value-added share of GDP', zh: '制造业增加值占GDP比重' },
  employment: { en: 'manufacturing employment share', zh: '制造业就业占比' },
  converted: { en: 'GDP per capita in 1990 GK dollars (converted)', zh: '人均GDP（折算为1990年国际元）' },
} as const satisfies Record<string, Prose>;

export interface RekhaSureshValues {
  readonly year: number;
  /** PWT GDP per capita, 2017 US$ PPP. */
  readonly income: number;
  /** The same in 1990 GK$, when the conversion's reference values are there. */
  readonly income1990: number | undefined;
  /** Manufacturing employment share, %, when known. */
  readonly employmentShare: number | undefined;
  readonly valueAddedShare: number;
  /** Each condition: met, not met, or unknown for lack of data; and all three together. */
  readonly incomeBelow: boolean | undefined;
  readonly employmentAtMost: boolean | undefined;
  readonly valueAddedAtLeast: boolean | undefined;
  readonly all: boolean | undefined;
}

/** A condition's outcome, with `undefined` (a value missing) as its own case. */
type Tri = 'yes' | 'no' | 'unknown';
function tri(b: boolean | undefined): Tri {
  if (b === undefined) return 'unknown';
  return b ? 'yes' : 'no';
}

const CONDITION_TEXT: Readonly<Record<Tri, Prose>> = {
  yes: { en: 'met', zh: '满足' },
  no: { en: 'not met', zh: '不满足' },
  unknown: { en: 'unknown', zh: '未知' },
};

const VERDICT_TEXT: Readonly<Record<Tri, Prose>> = {
  yes: { en: 'all three conditions hold', zh: '三项条件均满足' },
  no: { en: 'the conditions do not all hold', zh: '三项条件未同时满足' },
  unknown: { en: 'the test is incomplete', zh: '检验不完整' },
};

function gkText({ income1990 }: RekhaSureshValues): Prose {
  if (income1990 === undefined) return NO_PROSE;
  const side = relation(income1990 < REKHA_SURESH.income);
  return {
    en: `; in 1990 GK$ it is ${usd(income1990)}, ${side.en} the line`,
    zh: `；折算为1990年国际元为${usd(income1990)}，${side.zh}该线`,
  };
}

const employmentText = ({ employmentShare }: RekhaSureshValues): Prose =>
  employmentShare === undefined
    ? { en: 'no data', zh: '无数据' }
    : { en: `${fixed(employmentShare)}%`, zh: `${fixed(employmentShare)}%` };

export function rekhaSureshStatement(v: RekhaSureshValues): Prose {
  const [income, employment, valueAdded] = [v.incomeBelow, v.employmentAtMost, v.valueAddedAtLeast].map(
    (b) => CONDITION_TEXT[tri(b)],
  ) as [Prose, Prose, Prose];
  const [gk, emp, verdict] = [gkText(v), employmentText(v), VERDICT_TEXT[tri(v.all)]];
  return {
    en:
      `Rekha-Suresh thresholds, applied as quoted by the IIE-CASS Research Group (2024), ${v.year}: GDP per capita ${usd(v.income)} (2017 PPP) < US$11,750 ${income.en}${gk.en}; ` +
      `manufacturing employment ${emp.en} ≤ 18% ${employment.en}; manufacturing value added ${fixed(v.valueAddedShare)}% of GDP ≥ 18% ${valueAdded.en} — ${verdict.en}. ` +
      `The quoted direction of the value-added condition is unverified against the original paper.`,
    zh:
      `按中国社会科学院工业经济研究所课题组（2024）引述的Rekha-Suresh过早去工业化阈值，${v.year}年：人均GDP ${usd(v.income)}（2017年购买力平价）< 11,750美元：${income.zh}${gk.zh}；` +
      `制造业就业占比${emp.zh} ≤ 18%：${employment.zh}；制造业增加值占GDP比重${fixed(v.valueAddedShare)}% ≥ 18%：${valueAdded.zh}——${verdict.zh}。增加值条件的方向按引述原样使用，未与原文核对。`,
  };
}
