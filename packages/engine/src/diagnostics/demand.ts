import {
  averageContributions,
  ChanyeError,
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

export const DEMAND_REFERENCE =
  'IIE-CASS Research Group (2024), "China\'s Industrial Modernization", China Economist 2024(09), §1.3 (the "three drivers": exports, investment and domestic consumption, seed 002); expenditure shares from Feenstra, Inklaar and Timmer (2015), American Economic Review 105(10): 3150-82 (PWT 10.01 csh_c, csh_g, csh_i, csh_x, csh_m, csh_r; real GDP rgdpna)';

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

/** Fixed digits with a true minus sign, and no sign on a value that rounds to zero. */
const fmt = (v: number, digits = 1): string => {
  const text = Math.abs(v).toFixed(digits);
  return v < 0 && Number(text) !== 0 ? `−${text}` : text;
};
/** As `fmt`, with `+` on positive values. */
const signed = (v: number, digits = 2): string => {
  const text = fmt(v, digits);
  return v > 0 && Number(Math.abs(v).toFixed(digits)) !== 0 ? `+${text}` : text;
};

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
 * Demand, the "three drivers" (seed 002, §1.3): (1) the shares of GDP of consumption
 * (household + government), investment (gross capital formation) and net merchandise exports
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
  if (options.period !== undefined && !(options.period[0] < options.period[1])) {
    throw new ChanyeError('invalid-input', `invalid period: ${options.period[0]}-${options.period[1]}`);
  }
  const series = await demandSeries(store, iso3, options.year);
  const base = { diagnostic: 'demand', reference: DEMAND_REFERENCE } as const;
  const noData = (en: string, zh: string): Finding[] => [
    { ...base, id: 'contributions', severity: 'no-data', statement_en: en, statement_zh: zh, evidence: [] },
  ];
  if (series.length < 2) {
    return noData(
      `Fewer than two years with real GDP and PWT's expenditure shares for ${iso3}: the demand diagnostic cannot be computed.`,
      `${nameZh}同时具备实际GDP和PWT支出结构数据的年份少于两年，无法进行需求诊断。`,
    );
  }
  const span = `${series[0]!.year}-${series.at(-1)!.year}`;
  let start: DemandYear | undefined;
  let end: DemandYear | undefined;
  if (options.period !== undefined) {
    const [t0, t1] = options.period;
    start = series.find((s) => s.year === t0);
    end = series.find((s) => s.year === t1);
    if (!start || !end) {
      const missing = [t0, t1].filter((y) => !series.some((s) => s.year === y)).join(', ');
      return noData(
        `No real GDP or expenditure shares for ${iso3} in ${missing} (years with data: ${span}): the demand diagnostic over ${t0}-${t1} cannot be computed.`,
        `${nameZh}在${missing}年缺少实际GDP或支出结构数据（有数据的年份：${span}），无法计算${t0}-${t1}年的需求诊断。`,
      );
    }
  } else {
    end = series.at(-1)!;
    const from = end.year - DEMAND_DEFAULT_SPAN;
    start = series.find((s) => s.year >= from)!;
  }
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
  const computed = (en: string, zh: string, value: number, unit: string, year: number, source: string): Evidence => ({
    label_en: en,
    label_zh: zh,
    iso3,
    year,
    value,
    unit,
    source,
    status: 'computed',
  });

  // (1) Shares of the three drivers.
  const shareEvidence: Evidence[] = [];
  for (const s of start === end ? [end] : [start, end]) {
    for (const p of PARTS) {
      shareEvidence.push(
        observedEvidence(s.observations[p], `${PART_NAMES[p].en} (% of GDP)`, `${PART_NAMES[p].zh}占GDP比重`),
      );
    }
    for (const k of DEMAND_COMPONENTS) {
      shareEvidence.push(
        computed(
          `${DEMAND_COMPONENT_NAMES[k].en} (% of GDP)`,
          `${DEMAND_COMPONENT_NAMES[k].zh}占GDP比重`,
          s.drivers[k] * 100,
          '% of GDP at current PPPs',
          s.year,
          'Chanye: sum of PWT 10.01 expenditure shares',
        ),
      );
    }
  }
  const sharesText = (s: DemandYear): string =>
    `consumption ${fmt(s.drivers.consumption * 100)}% (households ${fmt(s.observations.household.value)}%, government ${fmt(s.observations.government.value)}%), investment ${fmt(s.drivers.investment * 100)}%, net exports ${signed(s.drivers.netExports * 100, 1)}% (exports ${fmt(s.observations.exports.value)}%, imports ${fmt(s.observations.imports.value)}%), residual ${signed(s.drivers.residual * 100, 1)}%`;
  const sharesZh = (s: DemandYear): string =>
    `消费${fmt(s.drivers.consumption * 100)}%（居民${fmt(s.observations.household.value)}%、政府${fmt(s.observations.government.value)}%），投资${fmt(s.drivers.investment * 100)}%，净出口${signed(s.drivers.netExports * 100, 1)}%（出口${fmt(s.observations.exports.value)}%、进口${fmt(s.observations.imports.value)}%），剩余项${signed(s.drivers.residual * 100, 1)}%`;
  const sharesFinding: Finding = {
    ...base,
    id: 'shares',
    severity: 'info',
    statement_en: `Shares of GDP at current PPPs in ${end.year}: ${sharesText(end)}${start === end ? '' : `; in ${start.year}: ${sharesText(start)}`}. Net exports are merchandise only; PWT's residual trade and statistical discrepancy is the fourth term.`,
    statement_zh: `${nameZh}${end.year}年按现价购买力平价计算的支出结构：${sharesZh(end)}${start === end ? '' : `；${start.year}年：${sharesZh(start)}`}。净出口仅含货物贸易；PWT的剩余贸易与统计误差单列为第四项。`,
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
      statement_en: `No pair of consecutive years with real GDP and expenditure shares for ${iso3} in ${note}: contributions to growth cannot be computed.`,
      statement_zh: `${nameZh}${note}年间没有相邻两年同时具备实际GDP和支出结构数据，无法计算对增长的贡献。`,
      evidence: [],
    };
  } else {
    const source = 'Chanye: contributions (S_t·Y_t − S_{t−1}·Y_{t−1}) / Y_{t−1}, PWT 10.01 shares and rgdpna';
    const evidence: Evidence[] = [
      observedEvidence(start.gdp, 'real GDP at constant 2017 national prices', '实际GDP（2017年不变国内价格）'),
      observedEvidence(end.gdp, 'real GDP at constant 2017 national prices', '实际GDP（2017年不变国内价格）'),
      {
        ...computed(
          'real GDP growth, annual average',
          '实际GDP年均增长率',
          average.growth * 100,
          '% per year',
          end.year,
          source,
        ),
        note,
      },
      ...DEMAND_COMPONENTS.map((k): Evidence => ({
        ...computed(
          `contribution of ${DEMAND_COMPONENT_NAMES[k].en} to growth, annual average`,
          `${DEMAND_COMPONENT_NAMES[k].zh}对增长的年均贡献`,
          average.contributions[k] * 100,
          'percentage points per year',
          end.year,
          source,
        ),
        note,
      })),
    ];
    const part = (k: DemandComponent): string =>
      `${DEMAND_COMPONENT_NAMES[k].en} ${signed(average.contributions[k] * 100)} points${Number.isFinite(average.sharesOfGrowth[k]) ? ` (${fmt(average.sharesOfGrowth[k] * 100, 0)}%)` : ''}`;
    const partZh = (k: DemandComponent): string =>
      `${DEMAND_COMPONENT_NAMES[k].zh}${signed(average.contributions[k] * 100)}个百分点${Number.isFinite(average.sharesOfGrowth[k]) ? `（${fmt(average.sharesOfGrowth[k] * 100, 0)}%）` : ''}`;
    const gaps = average.complete
      ? ['', '']
      : [
          ` (${average.years} of ${end.year - start.year} years with data)`,
          `（${end.year - start.year}年中有${average.years}年有数据）`,
        ];
    contributionsFinding = {
      ...base,
      id: 'contributions',
      severity: 'info',
      statement_en: `Real GDP grew ${signed(average.growth * 100)}% a year on average in ${note}${gaps[0]}; contributions a year (share of growth): ${DEMAND_COMPONENTS.map(part).join(', ')}. Current-PPP shares are applied to real GDP, i.e. each component's deflator is taken to equal the GDP deflator.`,
      statement_zh: `${nameZh}${note}年实际GDP年均增长${signed(average.growth * 100)}%${gaps[1]}；年均贡献（占增长比重）：${DEMAND_COMPONENTS.map(partZh).join('，')}。以现价购买力平价份额乘以实际GDP，即假定各需求项的价格平减指数与GDP平减指数相同。`,
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
    observedEvidence(start.observations.household, 'household consumption (% of GDP)', '居民消费占GDP比重'),
    ...(start === end
      ? []
      : [observedEvidence(end.observations.household, 'household consumption (% of GDP)', '居民消费占GDP比重')]),
  ];
  if (Number.isFinite(trend)) {
    hhEvidence.push({
      ...computed(
        'household consumption share, least-squares trend',
        '居民消费率最小二乘趋势',
        trend,
        'percentage points per year',
        end.year,
        'Chanye: least squares on the year, PWT 10.01 csh_c',
      ),
      note,
    });
  }
  for (const g of graduates.rows) {
    hhEvidence.push(
      observedEvidence(
        g.gdpPerCapita,
        `GDP per capita of ${g.iso3} when it first reached ${iso3}'s level`,
        `${g.iso3}首次达到${nameZh}收入水平时的人均GDP`,
      ),
      observedEvidence(
        g.household,
        `household consumption of ${g.iso3} (% of GDP) in that year`,
        `${g.iso3}当年居民消费占GDP比重`,
      ),
    );
  }
  const median = medianOf(graduates.rows.map((g) => g.household.value));
  if (Number.isFinite(median)) {
    hhEvidence.push(
      computed(
        'graduates at the same income: median household consumption share',
        '同等收入水平时成功跨越者居民消费率中位数',
        median,
        '% of GDP at current PPPs',
        end.year,
        'Chanye: median over the graduates (catalog/benchmark-groups.yaml)',
      ),
    );
  }
  const trendText = Number.isFinite(trend)
    ? `; least-squares trend ${signed(trend)} points a year over ${household.length} years`
    : '';
  const trendZh = Number.isFinite(trend) ? `；${household.length}年最小二乘趋势为每年${signed(trend)}个百分点` : '';
  const grads =
    graduates.rows.length > 0
      ? [
          ` When the graduates first reached ${iso3}'s ${end.year} GDP per capita (US$${Math.round(graduates.level?.value ?? NaN).toLocaleString('en-US')} at 2017 PPPs), their household consumption share was ${graduates.rows.map((g) => `${g.iso3} ${fmt(g.household.value)}% (${g.leftCensored ? 'by ' : ''}${g.year})`).join(', ')}; median ${fmt(median)}%.`,
          `成功跨越者首次达到${nameZh}${end.year}年人均GDP水平时，其居民消费率为${graduates.rows.map((g) => `${g.iso3} ${fmt(g.household.value)}%（${g.leftCensored ? '不晚于' : ''}${g.year}年）`).join('、')}，中位数${fmt(median)}%。`,
        ]
      : ['', ''];
  const hh0 = start.observations.household.value;
  const hh1 = end.observations.household.value;
  const householdFinding: Finding = {
    ...base,
    id: 'household-consumption',
    severity: 'info',
    statement_en: `Household consumption was ${fmt(hh1)}% of GDP at current PPPs in ${end.year} (${fmt(hh0)}% in ${start.year}${trendText}).${grads[0]}${graduates.unreached.length > 0 ? ` No comparison for ${graduates.unreached.join(', ')} (that income or the share is not in the data).` : ''}`,
    statement_zh: `${nameZh}${end.year}年居民消费占GDP比重（现价购买力平价）为${fmt(hh1)}%（${start.year}年为${fmt(hh0)}%${trendZh}）。${grads[1]}${graduates.unreached.length > 0 ? `${graduates.unreached.join('、')}无可比数据（数据中未达到该收入水平或缺少该比重）。` : ''}`,
    evidence: hhEvidence,
    threshold: {
      description_en:
        "No cited threshold: the share is compared with the graduates (catalog/benchmark-groups.yaml: Japan, Korea, Spain, IIE-CASS 2024 Table 1) in the first year their PWT GDP per capita (2017 US$ at chained PPPs) reached the economy's level, both at current PPPs.",
      description_zh:
        '无引用阈值：与成功跨越者（catalog/benchmark-groups.yaml：日本、韩国、西班牙，IIE-CASS 2024表1）人均GDP（PWT，2017年链式购买力平价美元）首次达到该经济体水平当年的居民消费率比较，均按现价购买力平价计算。',
    },
    reference: `${DEMAND_REFERENCE}; graduates from IIE-CASS (2024), Table 1`,
  };
  return [sharesFinding, contributionsFinding, householdFinding];
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
