import { median, observedEvidence, type Evidence, type Finding, type Observation } from '@chanye/compute';
import { latestWithin, type Store } from '@chanye/store';
import { descriptionFields, type EconomyNames, type Prose, statementFields } from './messages/format.js';
import {
  type ComparatorGroup,
  comparatorValueLabel,
  comparisonStatement,
  matchThreshold,
  neverReachedNote,
  noComparison,
  noIncome,
  ownValueLabel,
  reachedInText,
  reachedNote,
  type MatchValues,
  type NameOf,
} from './messages/same-income.js';

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
  /**
   * Each indicator's value in the year the comparator first reached the income that indicator
   * is matched at (`matchedAt`; or up to `window` years earlier, with its own year).
   */
  readonly values: Readonly<Record<string, Observation | null>>;
  /** That year, by indicator; null if it never reached that income. */
  readonly reachedFor: Readonly<Record<string, number | null>>;
}

export interface SameIncomeComparison {
  readonly iso3: string;
  readonly year: number;
  readonly gdpPerCapita: Observation;
  readonly focus: Readonly<Record<string, Observation | null>>;
  /**
   * The income each indicator is compared at: the economy's GDP per capita in `year`, or, for
   * an indicator with no value within the window of `year`, in the year of its latest value
   * (at most {@link MAX_FALLBACK_YEARS} earlier). Comparators are matched at it.
   */
  readonly matchedAt: Readonly<Record<string, Observation>>;
  readonly comparators: readonly ComparatorRow[];
}

/** How much older than the income's last year an indicator's latest value may be to be compared. */
export const MAX_FALLBACK_YEARS = 10;

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
  // Each indicator is compared at the income of the year of the economy's value: the income's
  // last year when the value is within the window of it, else the year of the latest value.
  // GDP per capita runs to the latest year (PWT spliced with the World Bank) while indicators
  // often end years earlier; one match year for all left China without values to compare.
  const incomeIn = (year: number): Observation | undefined => [...income].reverse().find((o) => o.year <= year);
  const focus: Record<string, Observation | null> = {};
  const matchedAt: Record<string, Observation> = {};
  for (const id of SAME_INCOME_INDICATORS) {
    const series = focusSeries[id] ?? [];
    const near = latestWithin(series, level.year, window);
    const latest =
      near ?? series.filter((o) => o.year <= level.year && o.year >= level.year - MAX_FALLBACK_YEARS).at(-1);
    focus[id] = latest ?? null;
    matchedAt[id] = near || !latest ? level : (incomeIn(latest.year) ?? level);
  }
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
      // Each indicator's value when the comparator first reached that indicator's match income.
      const firstFor = (id: string): Observation | undefined => {
        const at = matchedAt[id] ?? level;
        return at === level ? reached : path.find((o) => o.value >= at.value);
      };
      const valueAt = (id: string): Observation | null => {
        const first = firstFor(id);
        return first ? (latestWithin(series[id] ?? [], first.year, window) ?? null) : null;
      };
      const reachedFor = Object.fromEntries(SAME_INCOME_INDICATORS.map((id) => [id, firstFor(id)?.year ?? null]));
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
          note: neverReachedNote(path.at(-1)?.year, peak),
          // It may still have reached the lower income an indicator is matched at.
          values: Object.fromEntries(SAME_INCOME_INDICATORS.map((id) => [id, valueAt(id)])),
          reachedFor,
        });
        continue;
      }
      const censored = reached === path[0];
      comparators.push({
        iso3,
        group,
        year: reached.year,
        gdpPerCapita: reached.value,
        note: reachedNote(reached.year, censored),
        values: Object.fromEntries(SAME_INCOME_INDICATORS.map((id) => [id, valueAt(id)])),
        reachedFor,
      });
    }
  }
  return { iso3: economy.iso3, year: level.year, gdpPerCapita: level, focus, matchedAt, comparators };
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
        ...statementFields(noIncome(code)),
        evidence: [],
        reference: REFERENCE,
      },
    ];
  }
  const names = new Map<string, EconomyNames>();
  for (const code of [comparison.iso3, ...comparison.comparators.map((c) => c.iso3)]) {
    const e = await store.economy(code);
    names.set(e.iso3, { en: e.name_en, zh: e.name_zh ?? e.name_en });
  }
  const nameOf = (code: string): EconomyNames => names.get(code) ?? { en: code, zh: code };
  const economy = nameOf(comparison.iso3);
  const membersOf = (group: ComparatorGroup): ComparatorRow[] =>
    comparison.comparators.filter((c) => c.group === group);
  const observed = (o: Observation, label: Prose): Evidence => observedEvidence(o, label.en, label.zh);
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
      ...(own ? [observed(own, ownValueLabel(indicator, economy))] : []),
      ...grad.map((o) => observed(o, comparatorValueLabel(indicator, 'graduates', nameOf(o.iso3)))),
      ...stal.map((o) => observed(o, comparatorValueLabel(indicator, 'stalled', nameOf(o.iso3)))),
    ];
    if (!own || gradMedian === null) {
      const gap = own
        ? ({
            reason: 'graduates-before-data',
            reachedIn: reachedInText(
              membersOf('graduates').map((c) => ({ iso3: c.iso3, year: c.reachedFor[id] ?? null })),
              nameOf,
            ),
          } as const)
        : ({ reason: 'no-own-value', year: comparison.year } as const);
      findings.push({
        diagnostic: 'graduates-vs-stalled',
        id,
        severity: 'no-data',
        ...statementFields(noComparison(indicator, economy, gap)),
        evidence,
        reference: REFERENCE,
      });
      continue;
    }
    const better = indicator.polarity === 'negative' ? own.value <= gradMedian : own.value >= gradMedian;
    const statement = comparisonStatement({
      indicator,
      economy,
      nameOf,
      own,
      graduates: { median: gradMedian, values: grad, members: membersOf('graduates').length },
      stalled:
        stalMedian !== null ? { median: stalMedian, values: stal, members: membersOf('stalled').length } : undefined,
    });
    findings.push({
      diagnostic: 'graduates-vs-stalled',
      id,
      severity: better ? 'positive' : 'warning',
      ...statementFields(statement),
      evidence,
      threshold: descriptionFields(matchThreshold(matchOf(comparison, id, economy, nameOf))),
      reference: REFERENCE,
    });
  }
  return findings;
}

/** The match an indicator's finding states: the income it is matched at, and each comparator's year for it. */
function matchOf(comparison: SameIncomeComparison, id: string, economy: EconomyNames, nameOf: NameOf): MatchValues {
  const at = comparison.matchedAt[id] ?? comparison.gdpPerCapita;
  if (at === comparison.gdpPerCapita) return { ...comparison, economy, nameOf };
  return {
    economy,
    nameOf,
    year: at.year,
    gdpPerCapita: at,
    comparators: comparison.comparators.map((c) => {
      const year = c.reachedFor[id] ?? null;
      return { iso3: c.iso3, note: year === null ? 'never reached this income in the data' : reachedNote(year, false) };
    }),
  };
}
