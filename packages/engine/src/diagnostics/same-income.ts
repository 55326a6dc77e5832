import { median, observedEvidence, type Evidence, type Finding, type Observation } from '@chanye/compute';
import { latestWithin } from '@chanye/store';
import type { Store } from '@chanye/store';

/** Indicators compared at the same income (IIE-CASS 2024, §1; framework §3.4). */
export const SAME_INCOME_INDICATORS = [
  'mht_share_mva',
  'mva_share_gdp',
  'rd_share_gdp',
  'hightech_exports_share',
  'labour_productivity_growth',
] as const;

const REFERENCE =
  'IIE-CASS Research Group (2024), "China\'s Industrial Modernization", China Economist 2024(09), §1 and Tables 1-2; income matched on PWT 10.01 GDP per capita (2017 US$ at chained PPPs)';

/** When a comparator first reached the focus economy's income, and its values then. */
export interface ComparatorRow {
  readonly iso3: string;
  readonly group: 'graduates' | 'stalled';
  /** First year its GDP per capita reached the focus level; null if never (in the data). */
  readonly year: number | null;
  readonly gdpPerCapita: number | null;
  readonly note: string;
  /** Indicator values in that year (or up to `window` years earlier, with their own year). */
  readonly values: Readonly<Record<string, Observation | null>>;
}

export interface SameIncomeComparison {
  readonly iso3: string;
  readonly year: number;
  readonly gdpPerCapita: Observation;
  readonly focus: Readonly<Record<string, Observation | null>>;
  readonly comparators: readonly ComparatorRow[];
}

/**
 * Compares an economy with graduates and stalled economies at the same income: for each
 * comparator, the first year its GDP per capita reached the economy's level, and its
 * indicator values then (a value up to three years older stands in, with its own year).
 */
export async function compareAtSameIncome(
  store: Store,
  code: string,
  options: { year?: number; graduates?: readonly string[]; stalled?: readonly string[]; window?: number } = {},
): Promise<SameIncomeComparison | undefined> {
  const economy = await store.economy(code);
  const window = options.window ?? 3;
  const groups = store.benchmarkGroups();
  const graduates = options.graduates ?? groups.find((g) => g.id === 'graduates')?.members ?? [];
  const stalled = options.stalled ?? groups.find((g) => g.id === 'stalled')?.members ?? [];
  const income = await store.observations({
    indicator: 'gdp_per_capita_ppp',
    economies: [economy.iso3],
    ...(options.year !== undefined ? { years: [1950, options.year] as const } : {}),
  });
  const level = income.at(-1);
  if (!level) return undefined;
  const seriesOf = async (iso3: string): Promise<Record<string, Observation[]>> => {
    const out: Record<string, Observation[]> = {};
    for (const id of SAME_INCOME_INDICATORS) out[id] = await store.observations({ indicator: id, economies: [iso3] });
    return out;
  };
  const focusSeries = await seriesOf(economy.iso3);
  const focus = Object.fromEntries(
    SAME_INCOME_INDICATORS.map((id) => [id, latestWithin(focusSeries[id] ?? [], level.year, window) ?? null]),
  );
  const comparators: ComparatorRow[] = [];
  for (const [group, members] of [
    ['graduates', graduates],
    ['stalled', stalled],
  ] as const) {
    for (const member of members) {
      const iso3 = (await store.economy(member)).iso3;
      if (iso3 === economy.iso3) continue;
      const path = await store.observations({ indicator: 'gdp_per_capita_ppp', economies: [iso3] });
      const reached = path.find((o) => o.value >= level.value);
      const series = await seriesOf(iso3);
      if (!reached) {
        const peak = path.reduce<Observation | undefined>(
          (best, o) => (!best || o.value > best.value ? o : best),
          undefined,
        );
        comparators.push({
          iso3,
          group,
          year: null,
          gdpPerCapita: null,
          note: peak
            ? `never reached this income by ${path.at(-1)?.year} (peak ${Math.round(peak.value)} in ${peak.year})`
            : 'no GDP per capita',
          values: Object.fromEntries(SAME_INCOME_INDICATORS.map((id) => [id, null])),
        });
        continue;
      }
      const censored = reached === path[0];
      comparators.push({
        iso3,
        group,
        year: reached.year,
        gdpPerCapita: reached.value,
        note: censored
          ? `already above this income in ${reached.year}, the first year of data`
          : `reached this income in ${reached.year}`,
        values: Object.fromEntries(
          SAME_INCOME_INDICATORS.map((id) => [id, latestWithin(series[id] ?? [], reached.year, window) ?? null]),
        ),
      });
    }
  }
  return { iso3: economy.iso3, year: level.year, gdpPerCapita: level, focus, comparators };
}

/** The comparison as findings: one per indicator, the economy against each group's median. */
export async function diagnoseSameIncome(
  store: Store,
  code: string,
  options: { year?: number } = {},
): Promise<Finding[]> {
  const comparison = await compareAtSameIncome(store, code, options);
  if (!comparison) {
    return [
      {
        diagnostic: 'graduates-vs-stalled',
        id: 'no-income',
        severity: 'no-data',
        statement_en: `No PWT GDP per capita for ${code.toUpperCase()}: it cannot be matched with other economies by income.`,
        statement_zh: `缺少PWT人均GDP数据，无法按收入水平与其他经济体比较。`,
        evidence: [],
        reference: REFERENCE,
      },
    ];
  }
  const findings: Finding[] = [];
  for (const id of SAME_INCOME_INDICATORS) {
    const indicator = store.indicator(id);
    const own = comparison.focus[id] ?? null;
    const groupValues = (group: 'graduates' | 'stalled'): Observation[] =>
      comparison.comparators
        .filter((c) => c.group === group)
        .flatMap((c) => (c.values[id] ? [c.values[id] as Observation] : []));
    const grad = groupValues('graduates');
    const stal = groupValues('stalled');
    const gradMedian = grad.length > 0 ? median(grad.map((o) => o.value)) : null;
    const stalMedian = stal.length > 0 ? median(stal.map((o) => o.value)) : null;
    const evidence: Evidence[] = [
      ...(own
        ? [
            observedEvidence(
              own,
              `${indicator.name_en}, ${comparison.iso3}`,
              `${indicator.name_zh}（${comparison.iso3}）`,
            ),
          ]
        : []),
      ...grad.map((o) =>
        observedEvidence(
          o,
          `${indicator.name_en}, graduate ${o.iso3} at the same income`,
          `${indicator.name_zh}（成功跨越者${o.iso3}，同等收入时）`,
        ),
      ),
      ...stal.map((o) =>
        observedEvidence(
          o,
          `${indicator.name_en}, stalled ${o.iso3} at the same income`,
          `${indicator.name_zh}（停滞者${o.iso3}，同等收入时）`,
        ),
      ),
    ];
    if (!own || gradMedian === null) {
      const reachedIn = comparison.comparators
        .filter((c) => c.group === 'graduates')
        .map((c) => (c.year === null ? `${c.iso3} never` : `${c.iso3} ${c.year}`))
        .join(', ');
      const why = own
        ? `the graduates reached this income (${reachedIn}) before the series has data for them`
        : `no ${comparison.iso3} value within three years of ${comparison.year}`;
      findings.push({
        diagnostic: 'graduates-vs-stalled',
        id,
        severity: 'no-data',
        statement_en: `${indicator.name_en}: cannot compare ${comparison.iso3} with the graduates at the same income: ${why}.`,
        statement_zh: `${indicator.name_zh}：无法在同等收入水平上与成功跨越者比较（${own ? `成功跨越者达到该收入的年份为${reachedIn}，早于数据起始年份` : '缺少本经济体近三年数据'}）。`,
        evidence,
        reference: REFERENCE,
      });
      continue;
    }
    const better = indicator.polarity === 'negative' ? own.value <= gradMedian : own.value >= gradMedian;
    const fmt = (x: number): string => x.toFixed(2);
    const who = (list: Observation[], group: 'graduates' | 'stalled'): string =>
      `${list.length} of ${comparison.comparators.filter((c) => c.group === group).length}: ${list.map((o) => `${o.iso3} ${o.year}`).join(', ')}`;
    findings.push({
      diagnostic: 'graduates-vs-stalled',
      id,
      severity: better ? 'positive' : 'warning',
      statement_en:
        `${indicator.name_en}: ${comparison.iso3} ${fmt(own.value)} (${own.year}) against a median of ${fmt(gradMedian)} for graduates when they had the same income (${who(grad, 'graduates')})` +
        (stalMedian !== null ? ` and ${fmt(stalMedian)} for stalled economies (${who(stal, 'stalled')}).` : '.'),
      statement_zh:
        `${indicator.name_zh}：${comparison.iso3}为${fmt(own.value)}（${own.year}年），成功跨越者在同等收入时的中位数为${fmt(gradMedian)}` +
        (stalMedian !== null ? `，停滞经济体为${fmt(stalMedian)}。` : '。'),
      evidence,
      threshold: {
        description_en: `income matched at ${Math.round(comparison.gdpPerCapita.value)} ${comparison.gdpPerCapita.unit} (${comparison.iso3}, ${comparison.year}); comparators: ${comparison.comparators.map((c) => `${c.iso3} ${c.note}`).join('; ')}`,
        description_zh: `按${comparison.iso3} ${comparison.year}年人均GDP（${Math.round(comparison.gdpPerCapita.value)}，2017年购买力平价美元）匹配同等收入水平`,
      },
      reference: REFERENCE,
    });
  }
  return findings;
}
