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
import { descriptionFields, labelFields, type Prose, statementFields } from './messages/format.js';
import {
  curveNote,
  isPremature,
  noRekhaSureshYear,
  notComparable,
  notInvertedU,
  peakNote,
  type PeakComparison,
  peakShareLabel,
  peakYearShareLabel,
  REKHA_SURESH_LABELS,
  REKHA_SURESH_THRESHOLD,
  rekhaSureshStatement,
  RODRIK_LABELS,
  rodrikStatement,
  rodrikThreshold,
  type RodrikGap,
  type RodrikValues,
} from './messages/deindustrialization.js';

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

/**
 * Premature deindustrialization (docs/methods/deindustrialization.md) for one economy:
 * - for each of {@link DEINDUSTRIALIZATION_MEASURES}, the economy's peak share (maximum of the
 *   3-year centred moving average, with the PWT GDP per capita of that year) against the
 *   cross-country Rodrik curve: its turning-point income W = exp(−β₁/(2β₂)) and its fitted share
 *   Z at W for the reference economy — the mean of the country effects, the sample-mean ln
 *   population and the decade of the economy's peak. Peaking below Z at an income below W is
 *   the premature pattern (`warning`); a peak in the last smoothed year is "not yet peaked"
 *   and a peak in the first smoothed year is flagged as possibly earlier (both `info`);
 * - the Rekha-Suresh (2022) thresholds, as quoted by the IIE-CASS Research Group (2024), in
 *   the latest year with PWT income and the SDG manufacturing value-added share.
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
      findings.push(noData(id, measure, 'panel-too-small'));
      continue;
    }
    const { curve } = estimated;
    const threshold = {
      ...descriptionFields(rodrikThreshold(curve)),
      ...(Number.isFinite(curve.turningPointIncome)
        ? { value: curve.turningPointIncome, unit: '2017 US$ at chained PPPs per person' }
        : {}),
    };
    if (!Number.isFinite(curve.turningPointIncome)) {
      findings.push({
        diagnostic: 'deindustrialization',
        id,
        severity: 'no-data',
        ...statementFields(notInvertedU(measure, curve, iso3, nameZh)),
        evidence: [],
        threshold,
        reference: RODRIK_REFERENCE,
      });
      continue;
    }
    if (peak === undefined) {
      findings.push(noData(id, measure, 'no-three-years', threshold));
      continue;
    }
    const period = curve.periodEffects.has(curvePeriod(curve, peak.year))
      ? curvePeriod(curve, peak.year)
      : curve.referencePeriod;
    const W = curve.turningPointIncome;
    const Z = curveShare(curve, W, { period });
    const peakObs = series.find((o) => o.year === peak.year)!;
    const incomeObs = incomeOf.get(peak.year);
    const curveEvidence = (label: Prose, value: number, unit: string): Evidence => ({
      ...labelFields(label),
      iso3: 'WLD',
      year: curve.lastYear,
      value,
      unit,
      source: `Chanye estimate of Rodrik (2016) eq. 1 on ${estimated.sources.share}; ${estimated.sources.income}; ${estimated.sources.population}`,
      status: 'computed',
      note: curveNote(curve, period),
    });
    const evidence: Evidence[] = [
      {
        ...labelFields(peakShareLabel(measure)),
        iso3,
        year: peak.year,
        value: peak.share,
        unit: peakObs.unit,
        source: peakObs.source,
        status: 'computed',
        note: peakNote(peak.year, peak.firstYear, peak.lastYear),
      },
      {
        ...labelFields(peakYearShareLabel(measure)),
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
              ...labelFields(RODRIK_LABELS.peakYearIncome),
              iso3,
              year: incomeObs.year,
              value: incomeObs.value,
              unit: incomeObs.unit,
              source: incomeObs.source,
              status: incomeObs.status,
            } satisfies Evidence,
          ]
        : []),
      curveEvidence(RODRIK_LABELS.turningPointIncome, W, '2017 US$ at chained PPPs per person'),
      curveEvidence(RODRIK_LABELS.curvePeakShare, Z, peakObs.unit),
    ];
    const outside = W > curve.incomeRange.p95;
    const values: RodrikValues = {
      comparison: peakComparison(peak),
      measure,
      iso3,
      nameZh,
      peak,
      peakAtStart: peak.atStart,
      turningPointIncome: W,
      curvePeakShare: Z,
      extrapolated: outside,
      incomeP95: curve.incomeRange.p95,
    };
    // Premature, and neither censored at the start nor compared with an extrapolated peak.
    const warn = values.comparison === 'compared' && isPremature(values) && !peak.atStart && !outside;
    findings.push({
      diagnostic: 'deindustrialization',
      id,
      severity: warn ? 'warning' : 'info',
      ...statementFields(rodrikStatement(values)),
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
    gap: RodrikGap,
    threshold?: Finding['threshold'],
  ): Finding {
    return {
      diagnostic: 'deindustrialization',
      id,
      severity: 'no-data',
      ...statementFields(notComparable(measure, gap, iso3, nameZh)),
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
    ...descriptionFields(REKHA_SURESH_THRESHOLD),
    value: REKHA_SURESH.income,
    unit: 'US$ (price base not stated in the quote)',
  };
  if (va === undefined) {
    return {
      diagnostic: 'deindustrialization',
      id: 'rekha-suresh',
      severity: 'no-data',
      ...statementFields(noRekhaSureshYear(iso3, nameZh)),
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
  const observed = (o: Observation, label: Prose): Evidence => observedEvidence(o, label.en, label.zh);
  const evidence: Evidence[] = [
    observed(income, REKHA_SURESH_LABELS.gdpPerCapita),
    observed(va, REKHA_SURESH_LABELS.valueAdded),
    ...(employment ? [observed(employment, REKHA_SURESH_LABELS.employment)] : []),
  ];
  let income1990: number | undefined;
  try {
    const us = await store.observations({ indicator: 'gdp_per_capita_ppp', economies: ['USA'], years: [1990, 1990] });
    const ref = store.referenceValue('us_gdp_per_capita_1990_gk');
    if (us[0]) {
      const factor = conversionTo1990(ref.value, us[0].value);
      const converted = income.value * factor;
      evidence.push({
        ...labelFields(REKHA_SURESH_LABELS.converted),
        iso3,
        year: income.year,
        value: converted,
        unit: '1990 international GK$ per person',
        source: `${income.source}, × ${factor.toFixed(6)}`,
        status: 'computed',
        note: `factor = US 1990 in 1990 GK$ (${ref.value}) / US 1990 in PWT (${us[0].value.toFixed(1)})`,
      });
      income1990 = converted;
    }
  } catch {
    // the 1990 GK$ reading is an extra; without the reference value it is left out
  }
  const statement = rekhaSureshStatement({
    year: va.year,
    income: income.value,
    income1990,
    employmentShare: employment?.value,
    valueAddedShare: va.value,
    incomeBelow: test.incomeBelow,
    employmentAtMost: test.employmentAtMost,
    valueAddedAtLeast: test.valueAddedAtLeast,
    all: test.all,
  });
  return {
    diagnostic: 'deindustrialization',
    id: 'rekha-suresh',
    severity: test.all === true ? 'warning' : test.all === undefined ? 'no-data' : 'info',
    ...statementFields(statement),
    evidence,
    threshold,
    reference: REKHA_SURESH_REFERENCE,
  };
}

/** Whether the peak can be compared with the curve's: it must be a peak, with PWT income. */
function peakComparison(peak: { atEnd: boolean; income: number }): PeakComparison {
  if (peak.atEnd) return 'not-peaked';
  if (!Number.isFinite(peak.income)) return 'income-unknown';
  return 'compared';
}
