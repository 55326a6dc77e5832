import {
  type Evidence,
  type Finding,
  type Observation,
  observedEvidence,
  pettyClarkTurningPoint,
  type TurningPoint,
} from '@chanye/compute';
import type { Store } from '@chanye/store';

export const PETTY_CLARK_REFERENCE =
  'Clark, C. (1940), The Conditions of Economic Progress, London: Macmillan (after Petty, W., 1690, Political Arithmetick); Huang Qunhui and Li Fangfang (2024), "Rationale and Pathway for New Industrialization in the Context of Chinese Modernization" (seed 004)';

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

const fmt = (v: number): string => v.toFixed(1);

/**
 * Petty-Clark turning points (methods.md §6): the first year services' share exceeds
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
      description_en: `Services' share strictly above industry's for at least ${tp.minRun} consecutive years (a missing year breaks a run); the turning point is the first year of the first such run. Industry includes mining, utilities and construction.`,
      description_zh: `第三产业份额连续至少${tp.minRun}年严格高于第二产业（缺失年份中断连续期）；转折点为首个此类连续期的第一年。第二产业包括采矿业、电力燃气水供应业和建筑业。`,
      value: tp.minRun,
      unit: 'consecutive years',
    };
    const base = { diagnostic: 'petty-clark', id: pair.id, threshold, reference: PETTY_CLARK_REFERENCE } as const;
    if (tp.status === 'no-data') {
      return {
        ...base,
        severity: 'no-data',
        statement_en: `No year with both the services and the industry share of ${pair.name_en} for ${iso3}.`,
        statement_zh: `${nameZh}没有同时具备第三产业和第二产业${pair.name_zh}份额的年份。`,
        evidence: [],
      };
    }
    const evidence: Evidence[] = [];
    const add = (year: number | undefined): void => {
      if (year === undefined || evidence.some((e) => e.year === year)) return;
      for (const [o, en, zh] of [
        [s.get(year), `services' share of ${pair.name_en}`, `第三产业${pair.name_zh}占比`],
        [ind.get(year), `industry's share of ${pair.name_en}`, `第二产业${pair.name_zh}占比`],
      ] as const) {
        if (o === undefined) continue;
        evidence.push(observedEvidence(o, en, zh));
      }
    };
    add(tp.year !== undefined ? tp.year - 1 : undefined);
    add(tp.year);
    if (tp.firstYearAbove !== undefined && tp.firstYearAbove !== tp.year) add(tp.firstYearAbove);
    add(tp.lastYear);
    const latest = tp.lastYear!;
    const latestText = `${fmt(s.get(latest)!.value)}% vs ${fmt(ind.get(latest)!.value)}% in ${latest}`;
    const latestZh = `${latest}年第三产业${fmt(s.get(latest)!.value)}%、第二产业${fmt(ind.get(latest)!.value)}%`;
    const spell =
      tp.firstYearAbove !== undefined && tp.year !== undefined && tp.firstYearAbove < tp.year
        ? [`; an earlier, shorter spell began in ${tp.firstYearAbove}`, `；此前${tp.firstYearAbove}年曾出现较短的超越`]
        : ['', ''];
    const rev =
      tp.reversals.length > 0
        ? [
            `; industry was back at or above services in ${tp.reversals.join(', ')}`,
            `；此后${tp.reversals.join('、')}年第二产业重新不低于第三产业`,
          ]
        : ['', ''];
    let en: string;
    let zh: string;
    switch (tp.status) {
      case 'crossed':
        en = `Petty-Clark turning point in ${pair.name_en}: services' share first exceeded industry's for ${tp.minRun}+ years in ${tp.year} (${latestText})${spell[0]}${rev[0]}.`;
        zh = `${pair.name_zh}的配第-克拉克转折点：第三产业占比于${tp.year}年起连续${tp.minRun}年以上超过第二产业（${latestZh}）${spell[1]}${rev[1]}。`;
        break;
      case 'above-since-start':
        en = `Services' share of ${pair.name_en} was already above industry's when the data begin (${tp.firstYear}), so the Petty-Clark turning point is earlier (${latestText})${rev[0]}.`;
        zh = `数据起始年（${tp.firstYear}年）${nameZh}第三产业${pair.name_zh}占比已高于第二产业，配第-克拉克转折点早于数据期（${latestZh}）${rev[1]}。`;
        break;
      case 'tentative':
        en = `Services' share of ${pair.name_en} rose above industry's in ${tp.year}, fewer than ${tp.minRun} years before the data end: a tentative Petty-Clark turning point (${latestText})${spell[0]}.`;
        zh = `第三产业${pair.name_zh}占比于${tp.year}年超过第二产业，但距数据末年不足${tp.minRun}年，配第-克拉克转折点尚待确认（${latestZh}）${spell[1]}。`;
        break;
      default:
        en = `Services' share of ${pair.name_en} has not stayed above industry's for ${tp.minRun} years in ${tp.firstYear}-${tp.lastYear}: no Petty-Clark turning point yet (${latestText})${tp.firstYearAbove !== undefined ? `; services were briefly above in ${tp.firstYearAbove}` : ''}.`;
        zh = `${tp.firstYear}-${tp.lastYear}年间第三产业${pair.name_zh}占比未连续${tp.minRun}年超过第二产业，尚未出现配第-克拉克转折点（${latestZh}）${tp.firstYearAbove !== undefined ? `；${tp.firstYearAbove}年曾短暂超过` : ''}。`;
    }
    return { ...base, severity: 'info', statement_en: en, statement_zh: zh, evidence };
  }
}
