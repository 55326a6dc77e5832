/**
 * Growth slowdowns (docs/methods/growth-slowdowns.md): the rule of Eichengreen, Park and Shin
 * (2012) applied to Penn World Table 10.01, by `findSlowdowns` in `@chanye/compute`.
 *
 * @module
 */
import {
  EPS_SLOWDOWN,
  epsSlowdownRule,
  type Evidence,
  type Finding,
  findSlowdowns,
  type Observation,
  observedEvidence,
  rebaseDollars,
  type SlowdownEpisode,
  type SlowdownIncomeFloor,
} from '@chanye/compute';
import type { Store } from '@chanye/store';
import { descriptionFields, labelFields, statementFields, usd } from './messages/format.js';
import {
  SLOWDOWN_LABELS,
  slowdownEpisode,
  slowdownsMissing,
  slowdownSummary,
  slowdownThreshold,
} from './messages/slowdowns.js';

export const SLOWDOWN_REFERENCE =
  'Eichengreen, Park and Shin (2012), "When Fast-Growing Economies Slow Down: International Evidence and Implications for China", Asian Economic Papers 11(1); Eichengreen, Park and Shin (2013), "Growth Slowdowns Redux: New Evidence on the Middle-Income Trap", NBER Working Paper 18673';

/** The unit of PWT GDP per capita at chained PPPs (rgdpe / pop). */
const INCOME_UNIT = '2017 US$ at chained PPPs per person';

/** The year of the price base of the paper's floor. */
const FLOOR_BASE_YEAR = 2005;

/**
 * Growth slowdowns in an economy's history. Growth is that of PWT rgdpna / pop (real GDP at
 * constant national prices, which PWT recommends for growth over time); the level compared
 * with the floor is rgdpe / pop (real GDP at chained PPPs, for comparing living standards, as
 * the paper's PWT real GDP per capita in 2005 international dollars was). The floor of
 * US$10,000 (or 7,500) at 2005 prices is put in 2017 dollars by the US GDP price level of 2005
 * relative to 2017 in the same table (pl_gdpo of the United States: its PPP and exchange rate
 * are both 1, so it is the US GDP deflator). Only PWT's own years (1950-2019) are used;
 * `year` limits them to years up to it.
 */
export async function diagnoseSlowdowns(
  store: Store,
  code: string,
  options: { year?: number; incomeFloor?: SlowdownIncomeFloor } = {},
): Promise<Finding[]> {
  const economy = await store.economy(code);
  const iso3 = economy.iso3;
  const nameZh = economy.name_zh ?? iso3;
  const floor2005: number = options.incomeFloor ?? EPS_SLOWDOWN.incomeFloors2005[0];
  const filter = { iso3s: [iso3], ...(options.year !== undefined ? { years: [1900, options.year] as const } : {}) };
  const read = (series: string, f: Parameters<Store['snapshotSeries']>[1]) =>
    store.snapshotSeries({ source: 'pwt', series }, f);
  const [gdp, pop, rgdpe, usLevel] = await Promise.all([
    read('rgdpna', filter),
    read('pop', filter),
    read('rgdpe', filter),
    read('pl_gdpo', { iso3s: ['USA'], years: [FLOOR_BASE_YEAR, FLOOR_BASE_YEAR] }),
  ]);
  const pwt = store.source('pwt');
  const usPriceLevel = usLevel[0];
  if (!usPriceLevel) throw new Error('the snapshot has no PWT pl_gdpo for the United States in 2005');
  const floor2017 = rebaseDollars(floor2005, usPriceLevel.value);
  const threshold = {
    ...descriptionFields(slowdownThreshold({ floor2005, floor2017, usPriceLevel: usPriceLevel.value })),
    value: floor2017,
    unit: INCOME_UNIT,
  };
  const base = { diagnostic: 'slowdowns', threshold, reference: SLOWDOWN_REFERENCE } as const;

  const popByYear = new Map(pop.map((o) => [o.year, o.value]));
  const levelByYear = new Map(rgdpe.map((o) => [o.year, o.value]));
  const rows = gdp.filter((o) => (popByYear.get(o.year) ?? 0) > 0).sort((a, b) => a.year - b.year);
  const years = rows.map((o) => o.year);
  const perCapita = Float64Array.from(rows, (o) => o.value / (popByYear.get(o.year) as number));
  const income = Float64Array.from(rows, (o) => (levelByYear.get(o.year) ?? NaN) / (popByYear.get(o.year) as number));
  const scan = findSlowdowns(years, perCapita, epsSlowdownRule(floor2017), { income });
  const latest = scan.latest;
  if (latest === undefined) {
    return [
      { ...base, id: 'summary', severity: 'no-data', ...statementFields(slowdownsMissing(iso3, nameZh)), evidence: [] },
    ];
  }

  const source = {
    growth: `${pwt.name}: rgdpna / pop (pwt:rgdpna, pwt:pop); ${pwt.vintage}`,
    income: `${pwt.name}: rgdpe / pop (pwt:rgdpe, pwt:pop); ${pwt.vintage}`,
  };
  const computed = (
    label: { en: string; zh: string },
    year: number,
    value: number,
    unit: string,
    from: string,
    note: string,
  ): Evidence => ({ ...labelFields(label), iso3, year, value, unit, source: from, status: 'computed', note });
  const growthBefore = (year: number, value: number) =>
    computed(
      SLOWDOWN_LABELS.growthBefore,
      year,
      value,
      '% per year',
      source.growth,
      `compound average ${year - EPS_SLOWDOWN.window}-${year}; rule ≥ ${EPS_SLOWDOWN.minGrowthBefore}`,
    );
  const incomeIn = (year: number, value: number) =>
    computed(
      SLOWDOWN_LABELS.income,
      year,
      value,
      INCOME_UNIT,
      source.income,
      `rule > ${usd(floor2017)} (${usd(floor2005)} at ${FLOOR_BASE_YEAR} prices)`,
    );

  const summary: Finding = {
    ...base,
    id: 'summary',
    severity: latest.fast && latest.aboveFloor ? 'warning' : 'info',
    ...statementFields(
      slowdownSummary({
        iso3,
        judged: scan.judged,
        episodes: scan.episodes.map((e) => e.year),
        latest,
        floor2017,
      }),
    ),
    evidence: [
      growthBefore(latest.year, latest.growthBefore),
      incomeIn(latest.year, latest.income),
      usLevelEvidence(usPriceLevel),
    ],
  };
  return [summary, ...scan.episodes.map(episodeFinding)];

  function episodeFinding(e: SlowdownEpisode): Finding {
    const w = EPS_SLOWDOWN.window;
    return {
      ...base,
      id: `slowdown-${e.year}`,
      severity: 'info',
      ...statementFields(slowdownEpisode({ iso3, ...e, floor2017 })),
      evidence: [
        growthBefore(e.year, e.growthBefore),
        computed(
          SLOWDOWN_LABELS.growthAfter,
          e.year + w,
          e.growthAfter,
          '% per year',
          source.growth,
          `compound average ${e.year}-${e.year + w}`,
        ),
        computed(
          SLOWDOWN_LABELS.fall,
          e.year,
          e.fall,
          'percentage points',
          source.growth,
          `${e.year - w}-${e.year} less ${e.year}-${e.year + w}; rule ≥ ${EPS_SLOWDOWN.minFall}`,
        ),
        incomeIn(e.year, e.income),
      ],
    };
  }
}

/** The US price level the floor is converted with, as PWT publishes it. */
function usLevelEvidence(o: Observation): Evidence {
  return {
    ...observedEvidence(o, SLOWDOWN_LABELS.usPriceLevel.en, SLOWDOWN_LABELS.usPriceLevel.zh),
    unit: 'price level (USA 2017 = 1)',
    note: 'converts the floor from 2005 to 2017 US$ (PWT pl_gdpo of the United States)',
  };
}
