/**
 * The prose of the Rostow diagnostic: the stage of growth (Rostow 1960, The Stages of Economic
 * Growth) by Chanye's heuristic rule set (docs/methods/industrialization-stage.md).
 *
 * @module
 */
import type { RostowRules, RostowStage } from '@chanye/compute';
import { INCOME_GROUP_NAMES, type IncomeGroup } from '@chanye/store';
import { fixed, NO_PROSE, type Prose, upToYear } from './format.js';

export const ROSTOW_STAGE_NAMES: Readonly<Record<RostowStage, { en: string; zh: string; n: number }>> = {
  'traditional-society': { en: 'traditional society', zh: '传统社会阶段', n: 1 },
  'preconditions-for-take-off': { en: 'preconditions for take-off', zh: '起飞准备阶段', n: 2 },
  'take-off': { en: 'take-off', zh: '起飞阶段', n: 3 },
  'drive-to-maturity': { en: 'drive to maturity', zh: '走向成熟阶段', n: 4 },
  'high-mass-consumption': { en: 'age of high mass consumption', zh: '大众高消费阶段', n: 5 },
};

export const rostowThreshold = (rules: RostowRules): Prose => ({
  en: `HEURISTIC rule set (a Chanye convention, tried from the top): high mass consumption = drive-to-maturity rule + agriculture < ${rules.massConsumptionAgricultureEmployment}% of employment + World Bank high income; drive to maturity = services > industry in value added + agriculture < ${rules.maturityAgricultureEmployment}% of employment; take-off = gross capital formation ≥ ${rules.takeOffInvestment}% of GDP + agriculture < industry in value added; traditional society = agriculture ≥ ${rules.traditionalAgricultureEmployment}% of employment + gross capital formation < ${rules.traditionalInvestment}% of GDP; otherwise preconditions for take-off. Rostow (1960) gives no thresholds except the take-off investment rate (net, > 10% of national income).`,
  zh: `启发式规则（Chanye约定，自上而下判断）：大众高消费 = 走向成熟条件 + 第一产业就业占比 < ${rules.massConsumptionAgricultureEmployment}% + 世界银行高收入；走向成熟 = 第三产业增加值高于第二产业 + 第一产业就业占比 < ${rules.maturityAgricultureEmployment}%；起飞 = 资本形成总额 ≥ GDP的${rules.takeOffInvestment}% + 第一产业增加值低于第二产业；传统社会 = 第一产业就业占比 ≥ ${rules.traditionalAgricultureEmployment}% + 资本形成总额 < GDP的${rules.traditionalInvestment}%；其余为起飞准备阶段。罗斯托（1960）除起飞阶段的投资率（净投资超过国民收入的10%）外未给出量化标准。`,
});

/** No year with every share the rules need; `upTo` is the year asked for, if any. */
export const noRostowYear = (iso3: string, nameZh: string, upTo: number | undefined): Prose => ({
  en: `No year${upToYear(upTo)} with the three sector shares of value added and agriculture's share of employment for ${iso3}: the Rostow stage (heuristic) cannot be assigned.`,
  zh: `${nameZh}没有同时具备三次产业增加值占比和第一产业就业占比的年份，无法判断罗斯托阶段（启发式）。`,
});

export const ROSTOW_LABELS = {
  agriculture: { en: 'agriculture, % of GDP', zh: '第一产业增加值占GDP比重' },
  industry: { en: 'industry, % of GDP', zh: '第二产业增加值占GDP比重' },
  services: { en: 'services, % of GDP', zh: '第三产业增加值占GDP比重' },
  agricultureEmployment: { en: 'employment in agriculture, % of total', zh: '第一产业就业人员占比' },
  investment: { en: 'gross capital formation, % of GDP', zh: '资本形成总额占GDP比重' },
} as const satisfies Record<string, Prose>;

export interface RostowValues {
  readonly iso3: string;
  readonly nameZh: string;
  readonly year: number;
  readonly stage: RostowStage;
  /** Shares in % of GDP, and agriculture's share of employment in %. */
  readonly agriculture: number;
  readonly industry: number;
  readonly services: number;
  readonly agricultureEmployment: number;
  /** Gross capital formation in % of GDP, when known. */
  readonly investment: number | undefined;
  /** The World Bank income group of the year, when known. */
  readonly incomeGroup: { readonly group: string; readonly fiscalYear: string } | undefined;
  /** Stages the rules could not decide for lack of data. */
  readonly undecided: readonly RostowStage[];
}

/** The group's name; a code the names do not know is shown as it is. */
const groupName = (group: string): { en: string; zh: string } =>
  INCOME_GROUP_NAMES[group as IncomeGroup] ?? { en: group, zh: group };

function incomeGroupText({ year, incomeGroup }: RostowValues): Prose {
  if (incomeGroup === undefined)
    return { en: `no World Bank income group for ${year}`, zh: `${year}年无世界银行收入分组` };
  return {
    en: `World Bank group for ${year}: ${groupName(incomeGroup.group).en} (${incomeGroup.fiscalYear})`,
    zh: `${year}年世界银行收入分组：${groupName(incomeGroup.group).zh}（${incomeGroup.fiscalYear}）`,
  };
}

const investmentText = ({ investment }: RostowValues): Prose =>
  investment === undefined
    ? { en: 'no data', zh: '无数据' }
    : { en: `${fixed(investment)}%`, zh: `${fixed(investment)}%` };

function undecidedText({ undecided }: RostowValues): Prose {
  if (undecided.length === 0) return NO_PROSE;
  const names = undecided.map((s) => ROSTOW_STAGE_NAMES[s]);
  return {
    en: ` Not decidable for lack of data: ${names.map((u) => u.en).join(', ')} (the stage may be understated).`,
    zh: `因数据缺失无法判断：${names.map((u) => u.zh).join('、')}（阶段可能被低估）。`,
  };
}

export function rostowStatement(v: RostowValues): Prose {
  const name = ROSTOW_STAGE_NAMES[v.stage];
  const [group, investment, undecided] = [incomeGroupText(v), investmentText(v), undecidedText(v)];
  return {
    en: `HEURISTIC: by Chanye's rule set for Rostow's stages, ${v.iso3} is at stage ${name.n}, ${name.en}, in ${v.year} (agriculture ${fixed(v.agriculture)}%, industry ${fixed(v.industry)}%, services ${fixed(v.services)}% of GDP; agriculture ${fixed(v.agricultureEmployment)}% of employment; gross capital formation ${investment.en} of GDP; ${group.en}). Rostow described the stages qualitatively; the cut-offs are conventions, not his.${undecided.en}`,
    zh: `启发式判断：按Chanye对罗斯托经济成长阶段的规则，${v.year}年${v.nameZh}处于第${name.n}阶段，即${name.zh}（第一产业${fixed(v.agriculture)}%、第二产业${fixed(v.industry)}%、第三产业${fixed(v.services)}%；第一产业就业占比${fixed(v.agricultureEmployment)}%；资本形成总额占GDP ${investment.zh}；${group.zh}）。罗斯托对各阶段仅作定性描述，此处阈值为约定而非其原有标准。${undecided.zh}`,
  };
}
