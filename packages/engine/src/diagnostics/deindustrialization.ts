import {
  conversionTo1990,
  curvePeriod,
  curveShare,
  type Evidence,
  type Finding,
  type Observation,
  observedEvidence,
  peakShare,
  REKHA_SURESH,
  rekhaSureshTest,
  rodrikCurve,
  type RodrikCurve,
} from '@chanye/compute';
import type { Store } from '@chanye/store';

export const RODRIK_REFERENCE =
  'Rodrik, D. (2016), "Premature deindustrialization", Journal of Economic Growth 21(1): 1-33, doi:10.1007/s10887-015-9122-3';
export const REKHA_SURESH_REFERENCE =
  'Rekha, R. and Suresh Babu, M. (2022), "Premature deindustrialisation and growth slowdowns in middle-income countries", Structural Change and Economic Dynamics 62: 377-389; thresholds as quoted in Research Group of IIE-CASS (2024), "China\'s Industrial Modernization: Development Rationale, Current Status, and Policy Directions", §2.1.1';

/** A share the Rodrik curve is estimated for. */
export interface DeindustrializationMeasure {
  /** Catalogue indicator id of the share. */
  readonly indicator: string;
  readonly name_en: string;
  readonly name_zh: string;
  /** What the measure is and is not, said in the finding. */
  readonly caveat_en: string;
  readonly caveat_zh: string;
}

/**
 * The shares estimated, in order. Rodrik's headline is the manufacturing employment share, but
 * the snapshot holds it only for 2000-2019 and sparsely (China is missing), and the
 * manufacturing value-added share only for 2000-2019 in current prices; the industry shares
 * (mining, manufacturing, utilities, construction) are longer — value added 1960-2024,
 * employment 1991-2023 — and identify peaks that the short series cannot, at the cost of a
 * wider scope. All four are run; each finding names its scope. Income and population are
 * PWT 10.01 (to 2019), so every curve ends in 2019.
 */
export const DEINDUSTRIALIZATION_MEASURES: readonly DeindustrializationMeasure[] = [
  {
    indicator: 'manufacturing_employment_share',
    name_en: 'manufacturing employment share',
    name_zh: '制造业就业占比',
    caveat_en: 'Rodrik’s headline measure; SDG 9.2.2 (ILO), 2000-2019 only, so most peaks lie outside the data',
    caveat_zh: 'Rodrik的主要指标；SDG 9.2.2（国际劳工组织）仅覆盖2000-2019年，多数经济体的峰值不在数据期内',
  },
  {
    indicator: 'mva_share_gdp',
    name_en: 'manufacturing value-added share of GDP',
    name_zh: '制造业增加值占GDP比重',
    caveat_en: 'SDG 9.2.1 at current prices (Rodrik uses constant prices, where the decline is milder), 2000-2019 only',
    caveat_zh: 'SDG 9.2.1，现价口径（Rodrik使用不变价，下降幅度较小），仅覆盖2000-2019年',
  },
  {
    indicator: 'industry_employment_share',
    name_en: 'industry employment share',
    name_zh: '第二产业就业占比',
    caveat_en: 'industry includes mining, utilities and construction; ILO modelled estimates, 1991-2023',
    caveat_zh: '第二产业包括采矿业、电力燃气水供应业和建筑业；国际劳工组织模型估计值，1991-2023年',
  },
  {
    indicator: 'industry_share_gdp',
    name_en: 'industry value-added share of GDP',
    name_zh: '第二产业增加值占GDP比重',
    caveat_en:
      'industry includes mining, utilities and construction; current prices; WDI via Gapminder, 1960-2024 (values ≤ 0, which Gapminder uses for gaps, are treated as missing)',
    caveat_zh:
      '第二产业包括采矿业、电力燃气水供应业和建筑业；现价口径；世界银行WDI（经Gapminder），1960-2024年（Gapminder以0填补的缺口按缺失处理）',
  },
];

/** A Rodrik curve estimated on the snapshot, with what it was estimated from. */
export interface EstimatedRodrikCurve {
  readonly measure: DeindustrializationMeasure;
  readonly curve: RodrikCurve;
  /** Source line of the share, income and population series. */
  readonly sources: { readonly share: string; readonly income: string; readonly population: string };
}

const curveCache = new WeakMap<Store, Map<string, Promise<EstimatedRodrikCurve>>>();

/**
 * Rodrik's regression (see `rodrikCurve` in `@chanye/compute`) on every economy of the
 * snapshot (aggregates excluded) with the share, PWT GDP per capita (2017 US$ PPP) and PWT
 * population in the same year, up to `year` when given. Decade dummies; memoized per store.
 */
export function estimateRodrikCurve(
  store: Store,
  measure: DeindustrializationMeasure,
  options: { year?: number } = {},
): Promise<EstimatedRodrikCurve> {
  let cache = curveCache.get(store);
  if (cache === undefined) curveCache.set(store, (cache = new Map()));
  const key = `${measure.indicator}:${options.year ?? ''}`;
  let found = cache.get(key);
  if (found === undefined) {
    found = estimate(store, measure, options.year);
    cache.set(key, found);
    found.catch(() => cache.delete(key));
  }
  return found;
}

async function estimate(
  store: Store,
  measure: DeindustrializationMeasure,
  year: number | undefined,
): Promise<EstimatedRodrikCurve> {
  const years = year === undefined ? {} : { years: [1900, year] as const };
  const economies = new Set((await store.economies()).map((e) => e.iso3));
  const [shares, incomes, populations] = await Promise.all([
    store.observations({ indicator: measure.indicator, ...years }),
    store.observations({ indicator: 'gdp_per_capita_ppp', ...years }),
    store.observations({ indicator: 'population', ...years }),
  ]);
  const byKey = (obs: Observation[]): Map<string, number> => new Map(obs.map((o) => [`${o.iso3}:${o.year}`, o.value]));
  const income = byKey(incomes);
  const population = byKey(populations);
  const panel = {
    country: [] as string[],
    year: [] as number[],
    share: [] as number[],
    income: [] as number[],
    population: [] as number[],
  };
  for (const o of shares) {
    if (!economies.has(o.iso3) || !(o.value > 0)) continue;
    const y = income.get(`${o.iso3}:${o.year}`);
    const p = population.get(`${o.iso3}:${o.year}`);
    if (y === undefined || p === undefined) continue;
    panel.country.push(o.iso3);
    panel.year.push(o.year);
    panel.share.push(o.value);
    panel.income.push(y);
    panel.population.push(p);
  }
  return {
    measure,
    curve: rodrikCurve(panel),
    sources: {
      share: shares[0]?.source ?? measure.indicator,
      income: incomes[0]?.source ?? 'gdp_per_capita_ppp',
      population: populations[0]?.source ?? 'population',
    },
  };
}

const fmt = (v: number, digits = 1): string => v.toFixed(digits);
const usd = (v: number): string => `US$${Math.round(v).toLocaleString('en-US')}`;

/**
 * Premature deindustrialization (methods.md §6) for one economy:
 * - for each of {@link DEINDUSTRIALIZATION_MEASURES}, the economy's peak share (maximum of the
 *   3-year centred moving average, with the PWT GDP per capita of that year) against the
 *   cross-country Rodrik curve: its turning-point income W = exp(−β₁/(2β₂)) and its fitted share
 *   Z at W for the reference economy — the mean of the country effects, the sample-mean ln
 *   population and the decade of the economy's peak. Peaking below Z at an income below W is
 *   the premature pattern (`warning`); a peak in the last smoothed year is "not yet peaked"
 *   and a peak in the first smoothed year is flagged as possibly earlier (both `info`);
 * - the Rekha-Suresh (2022) thresholds, as quoted in seed 002, in the latest year with PWT
 *   income and the SDG manufacturing value-added share.
 * `year` limits both the economy's data and the cross-country panel to years up to it.
 */
export async function diagnoseDeindustrialization(
  store: Store,
  code: string,
  options: { year?: number; measures?: readonly DeindustrializationMeasure[] } = {},
): Promise<Finding[]> {
  const economy = await store.economy(code);
  const iso3 = economy.iso3;
  const nameZh = economy.name_zh ?? iso3;
  const years = options.year === undefined ? {} : { years: [1900, options.year] as const };
  const incomes = await store.observations({ indicator: 'gdp_per_capita_ppp', economies: [iso3], ...years });
  const incomeOf = new Map(incomes.map((o) => [o.year, o]));
  const findings: Finding[] = [];

  for (const measure of options.measures ?? DEINDUSTRIALIZATION_MEASURES) {
    const id = `rodrik-${measure.indicator}`;
    const series = (await store.observations({ indicator: measure.indicator, economies: [iso3], ...years })).filter(
      (o) => o.value > 0,
    );
    const peak = peakShare(
      series.map((o) => o.year),
      series.map((o) => o.value),
      series.map((o) => incomeOf.get(o.year)?.value ?? NaN),
    );
    let estimated: EstimatedRodrikCurve;
    try {
      estimated = await estimateRodrikCurve(store, measure, options.year === undefined ? {} : { year: options.year });
    } catch {
      findings.push(
        noData(
          id,
          measure,
          `the cross-country panel is too small to estimate the curve`,
          '跨国面板样本过少，无法估计曲线',
        ),
      );
      continue;
    }
    const { curve } = estimated;
    const sample_en = `${curve.n} observations, ${curve.countries} economies, ${curve.firstYear}-${curve.lastYear}`;
    const sample_zh = `${curve.countries}个经济体、${curve.n}个观测值，${curve.firstYear}-${curve.lastYear}年`;
    const threshold = {
      description_en: `Rodrik (2016) curve: share = β₁ ln y + β₂ (ln y)² + β₃ ln N + β₄ (ln N)² + decade dummies + country effects, OLS within (${sample_en}; y = PWT GDP per capita, 2017 US$ PPP; N = PWT population). β₁ = ${fmt(curve.b1, 2)} (s.e. ${fmt(curve.se.b1, 2)}), β₂ = ${fmt(curve.b2, 3)} (s.e. ${fmt(curve.se.b2, 3)}); turning point exp(−β₁/(2β₂)); peak share for the mean country effect, sample-mean population and the decade of the economy's peak. Peak = maximum of the 3-year centred moving average.`,
      description_zh: `Rodrik (2016)曲线：份额 = β₁ ln y + β₂ (ln y)² + β₃ ln N + β₄ (ln N)² + 年代虚拟变量 + 国家固定效应，组内OLS估计（${sample_zh}；y为PWT人均GDP，2017年购买力平价美元；N为PWT人口）。β₁ = ${fmt(curve.b1, 2)}（标准误${fmt(curve.se.b1, 2)}），β₂ = ${fmt(curve.b2, 3)}（标准误${fmt(curve.se.b2, 3)}）；拐点收入为exp(−β₁/(2β₂))；峰值份额取国家效应均值、样本平均人口及该经济体峰值所在年代。峰值取3年居中移动平均的最大值。`,
      ...(Number.isFinite(curve.turningPointIncome)
        ? { value: curve.turningPointIncome, unit: '2017 US$ at chained PPPs per person' }
        : {}),
    };
    if (!Number.isFinite(curve.turningPointIncome)) {
      findings.push({
        diagnostic: 'deindustrialization',
        id,
        severity: 'no-data',
        statement_en: `The cross-country ${measure.name_en} is not an inverted U in income (β₂ = ${fmt(curve.b2, 3)} ≥ 0; ${sample_en}), so it has no peak to compare ${iso3} with.`,
        statement_zh: `跨国${measure.name_zh}与收入之间不呈倒U形（β₂ = ${fmt(curve.b2, 3)} ≥ 0；${sample_zh}），无峰值可供与${nameZh}比较。`,
        evidence: [],
        threshold,
        reference: RODRIK_REFERENCE,
      });
      continue;
    }
    if (peak === undefined) {
      findings.push(
        noData(id, measure, `${iso3} has no three consecutive years of data`, `${nameZh}没有连续3年的数据`, threshold),
      );
      continue;
    }
    const period = curve.periodEffects.has(curvePeriod(curve, peak.year))
      ? curvePeriod(curve, peak.year)
      : curve.referencePeriod;
    const W = curve.turningPointIncome;
    const Z = curveShare(curve, W, { period });
    const peakObs = series.find((o) => o.year === peak.year)!;
    const incomeObs = incomeOf.get(peak.year);
    const curveEvidence = (label_en: string, label_zh: string, value: number, unit: string): Evidence => ({
      label_en,
      label_zh,
      iso3: 'WLD',
      year: curve.lastYear,
      value,
      unit,
      source: `Chanye estimate of Rodrik (2016) eq. 1 on ${estimated.sources.share}; ${estimated.sources.income}; ${estimated.sources.population}`,
      status: 'computed',
      note: `cross-country curve, ${sample_en}; decade ${period}s`,
    });
    const evidence: Evidence[] = [
      {
        label_en: `peak ${measure.name_en} (3-year centred average)`,
        label_zh: `${measure.name_zh}峰值（3年居中移动平均）`,
        iso3,
        year: peak.year,
        value: peak.share,
        unit: peakObs.unit,
        source: peakObs.source,
        status: 'computed',
        note: `mean of ${peak.year - 1}-${peak.year + 1}; searched ${peak.firstYear}-${peak.lastYear}`,
      },
      {
        label_en: `${measure.name_en} in the peak year`,
        label_zh: `峰值年份的${measure.name_zh}`,
        iso3,
        year: peak.year,
        value: peakObs.value,
        unit: peakObs.unit,
        source: peakObs.source,
        status: peakObs.status,
        ...(peakObs.note !== undefined ? { note: peakObs.note } : {}),
      },
      ...(incomeObs
        ? [
            {
              label_en: 'GDP per capita in the peak year',
              label_zh: '峰值年份的人均GDP',
              iso3,
              year: incomeObs.year,
              value: incomeObs.value,
              unit: incomeObs.unit,
              source: incomeObs.source,
              status: incomeObs.status,
            } satisfies Evidence,
          ]
        : []),
      curveEvidence(
        'turning-point income of the cross-country curve',
        '跨国曲线的拐点收入',
        W,
        '2017 US$ at chained PPPs per person',
      ),
      curveEvidence('peak share of the cross-country curve', '跨国曲线的峰值份额', Z, peakObs.unit),
    ];
    const head_en = `${measure.name_en[0]!.toUpperCase()}${measure.name_en.slice(1)}`;
    const peakText_en = `${iso3} peaked at ${fmt(peak.share)}% in ${peak.year}${Number.isFinite(peak.income) ? ` at a GDP per capita of ${usd(peak.income)}` : ' (no PWT income that year)'}`;
    const peakText_zh = `${nameZh}于${peak.year}年达到峰值${fmt(peak.share)}%${Number.isFinite(peak.income) ? `，当时人均GDP为${usd(peak.income)}` : '（该年无PWT收入数据）'}`;
    const curveText_en = `the cross-country curve peaks at ${fmt(Z)}% at ${usd(W)} (2017 PPP)`;
    const curveText_zh = `跨国曲线在人均GDP ${usd(W)}（2017年购买力平价）时达到峰值${fmt(Z)}%`;
    const outside = W > curve.incomeRange.p95;
    const caveat =
      (outside
        ? `; the curve's turning point lies above the 95th percentile of the sample's incomes (${usd(curve.incomeRange.p95)}), so it is an extrapolation and the comparison is weak`
        : '') + ` (${measure.caveat_en}).`;
    const caveatZh =
      (outside
        ? `；曲线拐点收入高于样本收入的第95百分位数（${usd(curve.incomeRange.p95)}），属外推，比较结论较弱`
        : '') + `（${measure.caveat_zh}）。`;
    let severity: Finding['severity'] = 'info';
    let en: string;
    let zh: string;
    if (peak.atEnd) {
      en = `${head_en}: ${iso3} has not peaked within the data — the highest 3-year average, ${fmt(peak.share)}%, is in the last year that can be smoothed (${peak.year}); ${curveText_en}`;
      zh = `${measure.name_zh}：${nameZh}在数据期内尚未达到峰值——3年移动平均最高值${fmt(peak.share)}%出现在可平滑的最后一年（${peak.year}年）；${curveText_zh}`;
    } else if (!Number.isFinite(peak.income)) {
      en = `${head_en}: ${peakText_en}; ${curveText_en}; the income at the peak is outside PWT 10.01 (1950-2019), so the timing cannot be compared`;
      zh = `${measure.name_zh}：${peakText_zh}；${curveText_zh}；峰值年份超出PWT 10.01覆盖期（1950-2019年），无法比较峰值时点`;
    } else {
      const earlier = peak.income < W;
      const lower = peak.share < Z;
      const censored_en = peak.atStart
        ? `; the peak is the first year that can be smoothed (${peak.year}), so the share may have been higher earlier`
        : '';
      const censored_zh = peak.atStart ? `；峰值为可平滑的第一年（${peak.year}年），此前份额可能更高` : '';
      en = `${head_en}: ${peakText_en}, ${lower ? 'below' : 'above'} the ${fmt(Z)}% and at ${earlier ? 'a lower' : 'a higher'} income than the ${usd(W)} at which the cross-country curve peaks${censored_en}`;
      zh = `${measure.name_zh}：${peakText_zh}，峰值份额${lower ? '低于' : '高于'}跨国曲线峰值${fmt(Z)}%，达峰收入${earlier ? '低于' : '高于'}曲线拐点收入${usd(W)}${censored_zh}`;
      if (earlier && lower) {
        en += ` — the pattern of premature deindustrialization`;
        zh += `——符合“过早去工业化”特征`;
        if (!peak.atStart && !outside) severity = 'warning';
      }
    }
    findings.push({
      diagnostic: 'deindustrialization',
      id,
      severity,
      statement_en: en + caveat,
      statement_zh: zh + caveatZh,
      evidence,
      threshold,
      reference: RODRIK_REFERENCE,
    });
  }

  findings.push(await rekhaSureshFinding(store, iso3, nameZh, incomes, options.year));
  return findings;

  function noData(
    id: string,
    measure: DeindustrializationMeasure,
    why_en: string,
    why_zh: string,
    threshold?: Finding['threshold'],
  ): Finding {
    return {
      diagnostic: 'deindustrialization',
      id,
      severity: 'no-data',
      statement_en: `${measure.name_en}: cannot compare ${iso3} with the Rodrik curve: ${why_en}.`,
      statement_zh: `${measure.name_zh}：无法将${nameZh}与Rodrik曲线比较：${why_zh}。`,
      evidence: [],
      ...(threshold !== undefined ? { threshold } : {}),
      reference: RODRIK_REFERENCE,
    };
  }
}

async function rekhaSureshFinding(
  store: Store,
  iso3: string,
  nameZh: string,
  incomes: readonly Observation[],
  year: number | undefined,
): Promise<Finding> {
  const years = year === undefined ? {} : { years: [1900, year] as const };
  const [mva, mfgEmployment] = await Promise.all([
    store.observations({ indicator: 'mva_share_gdp', economies: [iso3], ...years }),
    store.observations({ indicator: 'manufacturing_employment_share', economies: [iso3], ...years }),
  ]);
  const incomeOf = new Map(incomes.map((o) => [o.year, o]));
  const employmentOf = new Map(mfgEmployment.map((o) => [o.year, o]));
  // The latest year with all three values; failing that, the latest with income and value added.
  const va =
    [...mva].reverse().find((o) => incomeOf.has(o.year) && employmentOf.has(o.year)) ??
    [...mva].reverse().find((o) => incomeOf.has(o.year));
  const threshold = {
    description_en: `As quoted in seed 002 (IIE-CASS): GDP per capita < US$${REKHA_SURESH.income.toLocaleString('en-US')}, manufacturing employment share ≤ ${fmt(REKHA_SURESH.employmentShare)}%, manufacturing value-added share ≥ ${fmt(REKHA_SURESH.valueAddedShare)}%. The direction of the value-added condition could not be checked against the original paper and is applied as quoted. The price base of US$11,750 is not stated (it equals Felipe, Abdon and Kumar's 2012 high-income line in 1990 GK$); here it is compared with PWT GDP per capita in 2017 US$ PPP, and the 1990 GK$ reading is given as evidence.`,
    description_zh: `依据种子文献002（中国社会科学院工业经济研究所课题组）的引述：人均GDP < ${REKHA_SURESH.income.toLocaleString('en-US')}美元，制造业就业占比 ≤ ${fmt(REKHA_SURESH.employmentShare)}%，制造业增加值占比 ≥ ${fmt(REKHA_SURESH.valueAddedShare)}%。增加值条件的方向未能与原文核对，按引述原样使用。11,750美元的价格基准未说明（与Felipe、Abdon和Kumar (2012)以1990年国际元计的高收入线相同）；此处与2017年购买力平价美元的PWT人均GDP比较，并附1990年国际元折算值。`,
    value: REKHA_SURESH.income,
    unit: 'US$ (price base not stated in the quote)',
  };
  if (va === undefined) {
    return {
      diagnostic: 'deindustrialization',
      id: 'rekha-suresh',
      severity: 'no-data',
      statement_en: `No year with both PWT GDP per capita and the SDG manufacturing value-added share for ${iso3}: the Rekha-Suresh thresholds (as quoted in seed 002) cannot be applied.`,
      statement_zh: `${nameZh}没有同时具备PWT人均GDP和SDG制造业增加值占比的年份，无法应用Rekha-Suresh阈值（依种子文献002引述）。`,
      evidence: [],
      threshold,
      reference: REKHA_SURESH_REFERENCE,
    };
  }
  const income = incomeOf.get(va.year)!;
  const employment = employmentOf.get(va.year);
  const test = rekhaSureshTest({
    income: income.value,
    employmentShare: employment?.value ?? NaN,
    valueAddedShare: va.value,
  });
  const evidence: Evidence[] = [
    observedEvidence(income, 'GDP per capita', '人均GDP'),
    observedEvidence(va, 'manufacturing value-added share of GDP', '制造业增加值占GDP比重'),
    ...(employment ? [observedEvidence(employment, 'manufacturing employment share', '制造业就业占比')] : []),
  ];
  let gk = '';
  let gkZh = '';
  try {
    const us = await store.observations({ indicator: 'gdp_per_capita_ppp', economies: ['USA'], years: [1990, 1990] });
    const ref = store.referenceValue('us_gdp_per_capita_1990_gk');
    if (us[0]) {
      const factor = conversionTo1990(ref.value, us[0].value);
      const converted = income.value * factor;
      evidence.push({
        label_en: 'GDP per capita in 1990 GK dollars (converted)',
        label_zh: '人均GDP（折算为1990年国际元）',
        iso3,
        year: income.year,
        value: converted,
        unit: '1990 international GK$ per person',
        source: `${income.source}, × ${factor.toFixed(6)}`,
        status: 'computed',
        note: `factor = US 1990 in 1990 GK$ (${ref.value}) / US 1990 in PWT (${us[0].value.toFixed(1)})`,
      });
      gk = `; in 1990 GK$ it is ${usd(converted)}, ${converted < REKHA_SURESH.income ? 'below' : 'above'} the line`;
      gkZh = `；折算为1990年国际元为${usd(converted)}，${converted < REKHA_SURESH.income ? '低于' : '高于'}该线`;
    }
  } catch {
    // the 1990 GK$ reading is an extra; without the reference value it is left out
  }
  const yes = (b: boolean | undefined): string => (b === undefined ? 'unknown' : b ? 'met' : 'not met');
  const yesZh = (b: boolean | undefined): string => (b === undefined ? '未知' : b ? '满足' : '不满足');
  const empText = employment ? `${fmt(employment.value)}%` : 'no data';
  const empTextZh = employment ? `${fmt(employment.value)}%` : '无数据';
  const verdict =
    test.all === true
      ? 'all three conditions hold'
      : test.all === false
        ? 'the conditions do not all hold'
        : 'the test is incomplete';
  const verdictZh = test.all === true ? '三项条件均满足' : test.all === false ? '三项条件未同时满足' : '检验不完整';
  return {
    diagnostic: 'deindustrialization',
    id: 'rekha-suresh',
    severity: test.all === true ? 'warning' : test.all === undefined ? 'no-data' : 'info',
    statement_en:
      `Rekha-Suresh thresholds, applied as quoted in seed 002 (IIE-CASS), ${va.year}: GDP per capita ${usd(income.value)} (2017 PPP) < US$11,750 ${yes(test.incomeBelow)}${gk}; ` +
      `manufacturing employment ${empText} ≤ 18% ${yes(test.employmentAtMost)}; manufacturing value added ${fmt(va.value)}% of GDP ≥ 18% ${yes(test.valueAddedAtLeast)} — ${verdict}. ` +
      `The quoted direction of the value-added condition is unverified against the original paper.`,
    statement_zh:
      `按种子文献002（中国社会科学院工业经济研究所）引述的Rekha-Suresh过早去工业化阈值，${va.year}年：人均GDP ${usd(income.value)}（2017年购买力平价）< 11,750美元：${yesZh(test.incomeBelow)}${gkZh}；` +
      `制造业就业占比${empTextZh} ≤ 18%：${yesZh(test.employmentAtMost)}；制造业增加值占GDP比重${fmt(va.value)}% ≥ 18%：${yesZh(test.valueAddedAtLeast)}——${verdictZh}。增加值条件的方向按引述原样使用，未与原文核对。`,
    evidence,
    threshold,
    reference: REKHA_SURESH_REFERENCE,
  };
}
