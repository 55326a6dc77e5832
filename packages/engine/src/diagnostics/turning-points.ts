import {
  type Evidence,
  type Finding,
  type Observation,
  observedEvidence,
  pettyClarkTurningPoint,
  type TurningPoint,
} from '@chanye/compute';
import type { Store } from '@chanye/store';
import { descriptionFields, statementFields } from './messages/format.js';
import {
  industryShareLabel,
  noComparableYear,
  servicesShareLabel,
  turningPointStatement,
  turningPointThreshold,
} from './messages/turning-points.js';

export const PETTY_CLARK_REFERENCE =
  'Clark, C. (1940), The Conditions of Economic Progress, London: Macmillan (after Petty, W., 1690, Political Arithmetick); Huang Qunhui and Li Fangfang (2024), "Rationale and Pathway for New Industrialization in the Context of Chinese Modernization", China Economist 2024(07)';

/** The two comparisons the Petty-Clark diagnostic makes. */
export const PETTY_CLARK_PAIRS = [
  {
    id: 'value-added',
    services: 'services_share_gdp',
    industry: 'industry_share_gdp',
    name_en: 'value added',
    name_zh: '增加值',
  },
  {
    id: 'employment',
    services: 'services_employment_share',
    industry: 'industry_employment_share',
    name_en: 'employment',
    name_zh: '就业',
  },
] as const;

/**
 * Petty-Clark turning points (docs/methods/deindustrialization.md): the first year services' share exceeds
 * industry's, in value added (WDI via Gapminder, 1960-2024) and in employment (ILO modelled
 * estimates via Gapminder, 1991-2023), by `pettyClarkTurningPoint` in `@chanye/compute`:
 * services strictly above industry for at least `minRun` (default 3) consecutive years, dated
 * at the first year of the run; shorter earlier spells and later reversals are reported.
 * Shares ≤ 0 (Gapminder's placeholder for gaps, e.g. Brazil before 1979) are treated as
 * missing. `year` limits the data to years up to it.
 */
export async function diagnoseTurningPoints(
  store: Store,
  code: string,
  options: { year?: number; minRun?: number } = {},
): Promise<Finding[]> {
  const economy = await store.economy(code);
  const iso3 = economy.iso3;
  const nameZh = economy.name_zh ?? iso3;
  const years = options.year === undefined ? {} : { years: [1900, options.year] as const };
  const findings: Finding[] = [];
  for (const pair of PETTY_CLARK_PAIRS) {
    const [services, industry] = await Promise.all([
      store.observations({ indicator: pair.services, economies: [iso3], ...years }),
      store.observations({ indicator: pair.industry, economies: [iso3], ...years }),
    ]);
    const s = new Map(services.filter((o) => o.value > 0).map((o) => [o.year, o]));
    const ind = new Map(industry.filter((o) => o.value > 0).map((o) => [o.year, o]));
    const common = [...s.keys()].filter((y) => ind.has(y)).sort((a, b) => a - b);
    const tp = pettyClarkTurningPoint(
      common,
      common.map((y) => s.get(y)!.value),
      common.map((y) => ind.get(y)!.value),
      options.minRun === undefined ? {} : { minRun: options.minRun },
    );
    findings.push(finding(pair, tp, s, ind));
  }
  return findings;

  function finding(
    pair: (typeof PETTY_CLARK_PAIRS)[number],
    tp: TurningPoint,
    s: Map<number, Observation>,
    ind: Map<number, Observation>,
  ): Finding {
    const threshold = {
      ...descriptionFields(turningPointThreshold(tp.minRun)),
      value: tp.minRun,
      unit: 'consecutive years',
    };
    const measure = { en: pair.name_en, zh: pair.name_zh };
    const base = { diagnostic: 'petty-clark', id: pair.id, threshold, reference: PETTY_CLARK_REFERENCE } as const;
    if (tp.status === 'no-data') {
      return {
        ...base,
        severity: 'no-data',
        ...statementFields(noComparableYear(measure, iso3, nameZh)),
        evidence: [],
      };
    }
    const evidence: Evidence[] = [];
    const add = (year: number | undefined): void => {
      if (year === undefined || evidence.some((e) => e.year === year)) return;
      for (const [o, label] of [
        [s.get(year), servicesShareLabel(measure)],
        [ind.get(year), industryShareLabel(measure)],
      ] as const) {
        if (o === undefined) continue;
        evidence.push(observedEvidence(o, label.en, label.zh));
      }
    };
    add(tp.year !== undefined ? tp.year - 1 : undefined);
    add(tp.year);
    if (tp.firstYearAbove !== undefined && tp.firstYearAbove !== tp.year) add(tp.firstYearAbove);
    add(tp.lastYear);
    const latest = tp.lastYear!;
    const statement = turningPointStatement({
      status: tp.status,
      measure,
      nameZh,
      minRun: tp.minRun,
      year: tp.year,
      firstYear: tp.firstYear,
      lastYear: tp.lastYear,
      firstYearAbove: tp.firstYearAbove,
      reversals: tp.reversals,
      latest: { year: latest, services: s.get(latest)!.value, industry: ind.get(latest)!.value },
    });
    return { ...base, severity: 'info', ...statementFields(statement), evidence };
  }
}
