import {
  averageContributions,
  DEMAND_COMPONENTS,
  type DemandComponent,
  demandShares,
  type DemandShares,
  type Evidence,
  type Finding,
  growthContributions,
  matrixFromRows,
  median as medianOf,
  type Observation,
  observedEvidence,
  ols,
} from '@chanye/compute';
import type { Store } from '@chanye/store';
import { descriptionFields, type EconomyNames, labelFields, type Prose, statementFields } from './messages/format.js';
import { checkPeriod, choosePeriod } from './period.js';
import {
  contributionLabel,
  contributionsStatement,
  DEMAND_LABELS,
  demandPeriodGap,
  graduateHouseholdLabel,
  graduateIncomeLabel,
  HOUSEHOLD_THRESHOLD,
  householdStatement,
  noConsecutiveYears,
  shareOfGdpLabel,
  sharesStatement,
  tooFewDemandYears,
  type YearShares,
} from './messages/demand.js';

export const DEMAND_REFERENCE =
  'IIE-CASS Research Group (2024), "China\'s Industrial Modernization", China Economist 2024(09), §2.1.2 (the "three drivers": exports, investment and domestic consumption); expenditure shares from Feenstra, Inklaar and Timmer (2015), American Economic Review 105(10): 3150-82 (PWT 10.01 csh_c, csh_g, csh_i, csh_x, csh_m, csh_r; real GDP rgdpna)';

/** PWT 10.01's expenditure shares (in % of GDP at current PPPs) and real GDP, by catalogue id. */
export const DEMAND_INDICATORS = {
  household: 'household_consumption_share',
  government: 'government_consumption_share',
  investment: 'capital_formation_share',
  exports: 'merchandise_exports_share',
  imports: 'merchandise_imports_share',
  residual: 'residual_trade_share',
  gdp: 'real_gdp_national_prices',
} as const;

type Part = Exclude<keyof typeof DEMAND_INDICATORS, 'gdp'>;
const PARTS: readonly Part[] = ['household', 'government', 'investment', 'exports', 'imports', 'residual'];

const PART_NAMES: Readonly<Record<Part, { en: string; zh: string }>> = {
  household: { en: 'household consumption', zh: '居民消费' },
  government: { en: 'government consumption', zh: '政府消费' },
  investment: { en: 'gross capital formation', zh: '资本形成总额' },
  exports: { en: 'merchandise exports', zh: '货物出口' },
  imports: { en: 'merchandise imports (negative)', zh: '货物进口（负值）' },
  residual: { en: 'residual trade and statistical discrepancy', zh: '剩余贸易与统计误差' },
};

export const DEMAND_COMPONENT_NAMES: Readonly<Record<DemandComponent, { en: string; zh: string }>> = {
  consumption: { en: 'consumption', zh: '消费' },
  investment: { en: 'investment', zh: '投资' },
  netExports: { en: 'net exports', zh: '净出口' },
  residual: { en: 'residual', zh: '剩余项' },
};

/** The default period: the last `DEMAND_DEFAULT_SPAN` years with data. */
export const DEMAND_DEFAULT_SPAN = 10;

/** One year with the six shares (fractions) and real GDP. */
export interface DemandYear {
  readonly year: number;
  readonly gdp: Observation;
  readonly observations: Readonly<Record<Part, Observation>>;
  readonly drivers: DemandShares;
}

/**
 * Years with real GDP and all six PWT expenditure shares for an economy (up to `year` when
 * given), with the shares grouped into the three drivers and the residual (fractions of GDP).
 */
export async function demandSeries(store: Store, iso3: string, year?: number): Promise<DemandYear[]> {
  const years = year === undefined ? {} : { years: [1900, year] as const };
  const keys = [...PARTS, 'gdp'] as const;
  const rows = await Promise.all(
    keys.map((k) => store.observations({ indicator: DEMAND_INDICATORS[k], economies: [iso3], ...years })),
  );
  const maps = Object.fromEntries(
    keys.map((k, i) => [k, new Map(rows[i]!.filter((o) => Number.isFinite(o.value)).map((o) => [o.year, o]))]),
  ) as Record<(typeof keys)[number], Map<number, Observation>>;
  return [...maps.gdp.keys()]
    .filter((y) => maps.gdp.get(y)!.value > 0 && PARTS.every((p) => maps[p].has(y)))
    .sort((a, b) => a - b)
    .map((y) => {
      const observations = Object.fromEntries(PARTS.map((p) => [p, maps[p].get(y)!])) as Record<Part, Observation>;
      const fraction = (p: Part): number => observations[p].value / 100;
      return {
        year: y,
        gdp: maps.gdp.get(y)!,
        observations,
        drivers: demandShares({
          household: fraction('household'),
          government: fraction('government'),
          investment: fraction('investment'),
          exports: fraction('exports'),
          imports: fraction('imports'),
          residual: fraction('residual'),
        }),
      };
    });
}

/** A graduate's household consumption share when it first reached the focus economy's income. */
export interface GraduateAtSameIncome {
  readonly iso3: string;
  readonly year: number;
  readonly gdpPerCapita: Observation;
  readonly household: Observation;
  /** Already at or above the level in its first year with data: the true first year is earlier. */
  readonly leftCensored: boolean;
}

/**
 * Demand, the "three drivers" (IIE-CASS Research Group 2024, §2.1.2): (1) the shares of GDP of
 * consumption (household + government), investment (gross capital formation) and net merchandise exports
 * at current PPPs in the first and last year of the period, PWT's residual trade and
 * statistical discrepancy kept as a fourth term so the shares add to 100; (2) their average
 * annual contributions to real GDP growth (PWT rgdpna), contribution_{j,t} =
 * (S_{j,t} Y_t − S_{j,t−1} Y_{t−1}) / Y_{t−1}, which add to growth; (3) the household
 * consumption share's level and trend, beside the graduates' share when they first reached
 * the economy's GDP per capita. All findings are `info`: no cited threshold judges these
 * shares. The period defaults to the last ten years with data (the whole span if shorter).
 */
export async function diagnoseDemand(
  store: Store,
  code: string,
  options: { year?: number; period?: readonly [number, number] } = {},
): Promise<Finding[]> {
  const economy = await store.economy(code);
  const iso3 = economy.iso3;
  const nameZh = economy.name_zh ?? iso3;
  checkPeriod(options.period);
  const series = await demandSeries(store, iso3, options.year);
  const base = { diagnostic: 'demand', reference: DEMAND_REFERENCE } as const;
  const noData = (statement: Prose): Finding[] => [
    { ...base, id: 'contributions', severity: 'no-data', ...statementFields(statement), evidence: [] },
  ];
  if (series.length < 2) return noData(tooFewDemandYears(iso3, nameZh));
  const span = `${series[0]!.year}-${series.at(-1)!.year}`;
  const period = choosePeriod(series, options.period, DEMAND_DEFAULT_SPAN);
  if ('missing' in period) {
    return noData(demandPeriodGap({ iso3, nameZh, period: period.asked, missing: period.missing, span }));
  }
  const { start, end } = period;
  const inPeriod = series.filter((s) => s.year >= start.year && s.year <= end.year);
  const rows = growthContributions(
    inPeriod.map((s) => s.year),
    inPeriod.map((s) => s.gdp.value),
    Object.fromEntries(DEMAND_COMPONENTS.map((k) => [k, inPeriod.map((s) => s.drivers[k])])) as Record<
      DemandComponent,
      number[]
    >,
  );
  const average = averageContributions(rows, start.year, end.year);
  const note = `${start.year}-${end.year}`;
  const computed = (label: Prose, value: number, unit: string, year: number, source: string): Evidence => ({
    ...labelFields(label),
    iso3,
    year,
    value,
    unit,
    source,
    status: 'computed',
  });

  const observed = (o: Observation, label: Prose): Evidence => observedEvidence(o, label.en, label.zh);

  // (1) Shares of the three drivers.
  const shareEvidence: Evidence[] = [];
  for (const s of start === end ? [end] : [start, end]) {
    for (const p of PARTS) {
      shareEvidence.push(observed(s.observations[p], shareOfGdpLabel(PART_NAMES[p])));
    }
    for (const k of DEMAND_COMPONENTS) {
      shareEvidence.push(
        computed(
          shareOfGdpLabel(DEMAND_COMPONENT_NAMES[k]),
          s.drivers[k] * 100,
          '% of GDP at current PPPs',
          s.year,
          'Chanye: sum of PWT 10.01 expenditure shares',
        ),
      );
    }
  }
  const sharesFinding: Finding = {
    ...base,
    id: 'shares',
    severity: 'info',
    ...statementFields(sharesStatement(nameZh, yearShares(end), start === end ? undefined : yearShares(start))),
    evidence: shareEvidence,
    reference: DEMAND_REFERENCE,
  };

  // (2) Contributions to growth.
  let contributionsFinding: Finding;
  if (average === undefined) {
    contributionsFinding = {
      ...base,
      id: 'contributions',
      severity: 'no-data',
      ...statementFields(noConsecutiveYears(iso3, nameZh, note)),
      evidence: [],
    };
  } else {
    const source = 'Chanye: contributions (S_t·Y_t − S_{t−1}·Y_{t−1}) / Y_{t−1}, PWT 10.01 shares and rgdpna';
    const evidence: Evidence[] = [
      observed(start.gdp, DEMAND_LABELS.realGdp),
      observed(end.gdp, DEMAND_LABELS.realGdp),
      { ...computed(DEMAND_LABELS.growth, average.growth * 100, '% per year', end.year, source), note },
      ...DEMAND_COMPONENTS.map((k): Evidence => ({
        ...computed(
          contributionLabel(DEMAND_COMPONENT_NAMES[k]),
          average.contributions[k] * 100,
          'percentage points per year',
          end.year,
          source,
        ),
        note,
      })),
    ];
    const statement = contributionsStatement({
      nameZh,
      period: note,
      growth: average.growth,
      yearsWithData: average.years,
      periodYears: end.year - start.year,
      complete: average.complete,
      contributions: DEMAND_COMPONENTS.map((k) => ({
        name: DEMAND_COMPONENT_NAMES[k],
        contribution: average.contributions[k],
        shareOfGrowth: average.sharesOfGrowth[k],
      })),
    });
    contributionsFinding = {
      ...base,
      id: 'contributions',
      severity: 'info',
      ...statementFields(statement),
      evidence,
    };
  }

  // (3) Household consumption: level, trend, graduates at the same income.
  const household = inPeriod.map((s) => s.observations.household);
  const trend =
    household.length >= 3
      ? ols(
          matrixFromRows(household.map((o) => [1, o.year - start.year])),
          household.map((o) => o.value),
        ).coefficients[1]!
      : NaN;
  const graduates = await graduatesAtSameIncome(store, iso3, end.year);
  const hhEvidence: Evidence[] = [
    observed(start.observations.household, DEMAND_LABELS.household),
    ...(start === end ? [] : [observed(end.observations.household, DEMAND_LABELS.household)]),
  ];
  if (Number.isFinite(trend)) {
    hhEvidence.push({
      ...computed(
        DEMAND_LABELS.householdTrend,
        trend,
        'percentage points per year',
        end.year,
        'Chanye: least squares on the year, PWT 10.01 csh_c',
      ),
      note,
    });
  }
  const names = new Map<string, EconomyNames>();
  for (const code of [iso3, ...graduates.rows.map((g) => g.iso3)]) {
    const e = await store.economy(code);
    names.set(code, { en: e.name_en, zh: e.name_zh ?? e.name_en });
  }
  const nameOf = (code: string): EconomyNames => names.get(code) as EconomyNames;
  for (const g of graduates.rows) {
    hhEvidence.push(
      observed(g.gdpPerCapita, graduateIncomeLabel(nameOf(g.iso3), nameOf(iso3))),
      observed(g.household, graduateHouseholdLabel(nameOf(g.iso3))),
    );
  }
  const median = medianOf(graduates.rows.map((g) => g.household.value));
  if (Number.isFinite(median)) {
    hhEvidence.push(
      computed(
        DEMAND_LABELS.graduatesMedian,
        median,
        '% of GDP at current PPPs',
        end.year,
        'Chanye: median over the graduates (catalog/benchmark-groups.yaml)',
      ),
    );
  }
  const statement = householdStatement({
    iso3,
    nameZh,
    start: { year: start.year, household: start.observations.household.value },
    end: { year: end.year, household: end.observations.household.value },
    trend,
    trendYears: household.length,
    level: graduates.level?.value ?? NaN,
    graduates: graduates.rows.map((g) => ({
      iso3: g.iso3,
      name: nameOf(g.iso3),
      year: g.year,
      household: g.household.value,
      leftCensored: g.leftCensored,
    })),
    graduatesMedian: median,
    unreached: graduates.unreached,
  });
  const householdFinding: Finding = {
    ...base,
    id: 'household-consumption',
    severity: 'info',
    ...statementFields(statement),
    evidence: hhEvidence,
    threshold: descriptionFields(HOUSEHOLD_THRESHOLD),
    reference: `${DEMAND_REFERENCE}; graduates from IIE-CASS (2024), Table 1`,
  };
  return [sharesFinding, contributionsFinding, householdFinding];
}

/** A year's expenditure shares in % of GDP, as the shares finding states them. */
function yearShares(s: DemandYear): YearShares {
  return {
    year: s.year,
    consumption: s.drivers.consumption * 100,
    household: s.observations.household.value,
    government: s.observations.government.value,
    investment: s.drivers.investment * 100,
    netExports: s.drivers.netExports * 100,
    exports: s.observations.exports.value,
    imports: s.observations.imports.value,
    residual: s.drivers.residual * 100,
  };
}

/**
 * The graduates' (catalog/benchmark-groups.yaml) household consumption share in the first
 * year their GDP per capita reached the focus economy's level in `year`; the focus economy is
 * left out of its own comparison.
 */
export async function graduatesAtSameIncome(
  store: Store,
  iso3: string,
  year: number,
): Promise<{ level: Observation | undefined; rows: GraduateAtSameIncome[]; unreached: string[] }> {
  const income = await store.observations({ indicator: 'gdp_per_capita_ppp', economies: [iso3], years: [year, year] });
  const level = income[0];
  if (level === undefined) return { level, rows: [], unreached: [] };
  const members = store.benchmarkGroups().find((g) => g.id === 'graduates')?.members ?? [];
  const rows: GraduateAtSameIncome[] = [];
  const unreached: string[] = [];
  for (const member of members) {
    const other = (await store.economy(member)).iso3;
    if (other === iso3) continue;
    const path = await store.observations({ indicator: 'gdp_per_capita_ppp', economies: [other] });
    const reached = path.find((o) => o.value >= level.value);
    if (!reached) {
      unreached.push(other);
      continue;
    }
    const [household] = await store.observations({
      indicator: DEMAND_INDICATORS.household,
      economies: [other],
      years: [reached.year, reached.year],
    });
    if (household === undefined) unreached.push(other);
    else
      rows.push({
        iso3: other,
        year: reached.year,
        gdpPerCapita: reached,
        household,
        leftCensored: reached === path[0],
      });
  }
  return { level, rows, unreached };
}
