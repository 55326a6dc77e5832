import {
  type Evidence,
  type Finding,
  type Observation,
  observedEvidence,
  rostowStage,
  type RostowStage,
} from '@chanye/compute';
import type { Store } from '@chanye/store';
import { loadIndustrializationStageSettings } from './industrialization-stage.js';

export const ROSTOW_REFERENCE =
  'Rostow, W. W. (1960), The Stages of Economic Growth: A Non-Communist Manifesto, Cambridge University Press; Rostow (1956), "The Take-Off into Self-Sustained Growth", Economic Journal 66(261): 25-48; rule set: Chanye heuristic (docs/methods/industrialization-stage.md), cut-offs partly from Chen, Huang and Zhong (2006)';

export const ROSTOW_STAGE_NAMES: Readonly<Record<RostowStage, { en: string; zh: string; n: number }>> = {
  'traditional-society': { en: 'traditional society', zh: '传统社会阶段', n: 1 },
  'preconditions-for-take-off': { en: 'preconditions for take-off', zh: '起飞准备阶段', n: 2 },
  'take-off': { en: 'take-off', zh: '起飞阶段', n: 3 },
  'drive-to-maturity': { en: 'drive to maturity', zh: '走向成熟阶段', n: 4 },
  'high-mass-consumption': { en: 'age of high mass consumption', zh: '大众高消费阶段', n: 5 },
};

const INDICATORS = {
  agriculture: 'agriculture_share_gdp',
  industry: 'industry_share_gdp',
  services: 'services_share_gdp',
  agricultureEmployment: 'agriculture_employment_share',
  investment: 'investment_share_gdp',
} as const;

const fmt = (v: number): string => v.toFixed(1);

/**
 * Rostow's stage (HEURISTIC; methods note docs/methods/industrialization-stage.md) for one
 * economy, in the latest year up to `year` with the three sector shares of value added and
 * agriculture's share of employment: `rostowStage` in `@chanye/compute` with the cut-offs of
 * catalog/published/industrialization-stage.yaml, gross capital formation of the same year,
 * and the World Bank income group of that data year (OGHIST). Severity is always `info`.
 */
export async function diagnoseRostow(store: Store, code: string, options: { year?: number } = {}): Promise<Finding[]> {
  const economy = await store.economy(code);
  const iso3 = economy.iso3;
  const nameZh = economy.name_zh ?? iso3;
  const { rostowRules: rules } = loadIndustrializationStageSettings(store);
  const years = options.year === undefined ? {} : { years: [1900, options.year] as const };
  const series = Object.fromEntries(
    await Promise.all(
      Object.entries(INDICATORS).map(async ([key, indicator]) => {
        const obs = await store.observations({ indicator, economies: [iso3], ...years });
        return [key, new Map(obs.filter((o) => o.value > 0).map((o) => [o.year, o]))] as const;
      }),
    ),
  ) as Record<keyof typeof INDICATORS, Map<number, Observation>>;
  const year = [...series.agriculture.keys()]
    .filter((y) => series.industry.has(y) && series.services.has(y) && series.agricultureEmployment.has(y))
    .sort((a, b) => a - b)
    .at(-1);
  const threshold = {
    description_en: `HEURISTIC rule set (a Chanye convention, tried from the top): high mass consumption = drive-to-maturity rule + agriculture < ${rules.massConsumptionAgricultureEmployment}% of employment + World Bank high income; drive to maturity = services > industry in value added + agriculture < ${rules.maturityAgricultureEmployment}% of employment; take-off = gross capital formation ≥ ${rules.takeOffInvestment}% of GDP + agriculture < industry in value added; traditional society = agriculture ≥ ${rules.traditionalAgricultureEmployment}% of employment + gross capital formation < ${rules.traditionalInvestment}% of GDP; otherwise preconditions for take-off. Rostow (1960) gives no thresholds except the take-off investment rate (net, > 10% of national income).`,
    description_zh: `启发式规则（Chanye约定，自上而下判断）：大众高消费 = 走向成熟条件 + 第一产业就业占比 < ${rules.massConsumptionAgricultureEmployment}% + 世界银行高收入；走向成熟 = 第三产业增加值高于第二产业 + 第一产业就业占比 < ${rules.maturityAgricultureEmployment}%；起飞 = 资本形成总额 ≥ GDP的${rules.takeOffInvestment}% + 第一产业增加值低于第二产业；传统社会 = 第一产业就业占比 ≥ ${rules.traditionalAgricultureEmployment}% + 资本形成总额 < GDP的${rules.traditionalInvestment}%；其余为起飞准备阶段。罗斯托（1960）除起飞阶段的投资率（净投资超过国民收入的10%）外未给出量化标准。`,
  };
  if (year === undefined) {
    return [
      {
        diagnostic: 'rostow',
        id: 'stage',
        severity: 'no-data',
        statement_en: `No year${options.year !== undefined ? ` up to ${options.year}` : ''} with the three sector shares of value added and agriculture's share of employment for ${iso3}: the Rostow stage (heuristic) cannot be assigned.`,
        statement_zh: `${nameZh}没有同时具备三次产业增加值占比和第一产业就业占比的年份，无法判断罗斯托阶段（启发式）。`,
        evidence: [],
        threshold,
        reference: ROSTOW_REFERENCE,
      },
    ];
  }
  const at = (key: keyof typeof INDICATORS): Observation | undefined => series[key].get(year);
  const history = await store.incomeHistory(iso3);
  const group = history.find((h) => h.dataYear === year);
  const result = rostowStage(
    {
      agriculture: at('agriculture')!.value,
      industry: at('industry')!.value,
      services: at('services')!.value,
      agricultureEmployment: at('agricultureEmployment')!.value,
      ...(at('investment') ? { investment: at('investment')!.value } : {}),
      ...(group ? { highIncome: group.group === 'H' } : {}),
    },
    rules,
  );
  const evidence: Evidence[] = [
    observedEvidence(at('agriculture')!, 'agriculture, % of GDP', '第一产业增加值占GDP比重'),
    observedEvidence(at('industry')!, 'industry, % of GDP', '第二产业增加值占GDP比重'),
    observedEvidence(at('services')!, 'services, % of GDP', '第三产业增加值占GDP比重'),
    observedEvidence(at('agricultureEmployment')!, 'employment in agriculture, % of total', '第一产业就业人员占比'),
  ];
  if (at('investment'))
    evidence.push(observedEvidence(at('investment')!, 'gross capital formation, % of GDP', '资本形成总额占GDP比重'));
  const name = ROSTOW_STAGE_NAMES[result.stage];
  const wb = group
    ? [
        `World Bank group for ${year}: ${group.group} (${group.fiscalYear})`,
        `${year}年世界银行收入分组：${group.group}（${group.fiscalYear}）`,
      ]
    : [`no World Bank income group for ${year}`, `${year}年无世界银行收入分组`];
  const invText = at('investment') ? `${fmt(at('investment')!.value)}%` : 'no data';
  const invZh = at('investment') ? `${fmt(at('investment')!.value)}%` : '无数据';
  const undecided = result.undecided.map((s) => ROSTOW_STAGE_NAMES[s]);
  const undecidedEn =
    undecided.length > 0
      ? ` Not decidable for lack of data: ${undecided.map((u) => u.en).join(', ')} (the stage may be understated).`
      : '';
  const undecidedZh =
    undecided.length > 0 ? `因数据缺失无法判断：${undecided.map((u) => u.zh).join('、')}（阶段可能被低估）。` : '';
  return [
    {
      diagnostic: 'rostow',
      id: 'stage',
      severity: 'info',
      statement_en: `HEURISTIC: by Chanye's rule set for Rostow's stages, ${iso3} is at stage ${name.n}, ${name.en}, in ${year} (agriculture ${fmt(at('agriculture')!.value)}%, industry ${fmt(at('industry')!.value)}%, services ${fmt(at('services')!.value)}% of GDP; agriculture ${fmt(at('agricultureEmployment')!.value)}% of employment; gross capital formation ${invText} of GDP; ${wb[0]}). Rostow described the stages qualitatively; the cut-offs are conventions, not his.${undecidedEn}`,
      statement_zh: `启发式判断：按Chanye对罗斯托经济成长阶段的规则，${year}年${nameZh}处于第${name.n}阶段，即${name.zh}（第一产业${fmt(at('agriculture')!.value)}%、第二产业${fmt(at('industry')!.value)}%、第三产业${fmt(at('services')!.value)}%；第一产业就业占比${fmt(at('agricultureEmployment')!.value)}%；资本形成总额占GDP ${invZh}；${wb[1]}）。罗斯托对各阶段仅作定性描述，此处阈值为约定而非其原有标准。${undecidedZh}`,
      evidence,
      threshold,
      reference: ROSTOW_REFERENCE,
    },
  ];
}
