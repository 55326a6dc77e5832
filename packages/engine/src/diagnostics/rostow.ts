import { type Evidence, type Finding, type Observation, observedEvidence, rostowStage } from '@chanye/compute';
import type { Store } from '@chanye/store';
import { loadIndustrializationStageSettings } from './industrialization-stage.js';
import { descriptionFields, type Prose, statementFields } from './messages/format.js';
import { noRostowYear, ROSTOW_LABELS, rostowStatement, rostowThreshold } from './messages/rostow.js';

/** The stage names live with the prose; they are part of this module's public face. */
export { ROSTOW_STAGE_NAMES } from './messages/rostow.js';

export const ROSTOW_REFERENCE =
  'Rostow, W. W. (1960), The Stages of Economic Growth: A Non-Communist Manifesto, Cambridge University Press; Rostow (1956), "The Take-Off into Self-Sustained Growth", Economic Journal 66(261): 25-48; rule set: Chanye heuristic (docs/methods/industrialization-stage.md), cut-offs partly from Chen, Huang and Zhong (2006)';

const INDICATORS = {
  agriculture: 'agriculture_share_gdp',
  industry: 'industry_share_gdp',
  services: 'services_share_gdp',
  agricultureEmployment: 'agriculture_employment_share',
  investment: 'investment_share_gdp',
} as const;

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
  const threshold = descriptionFields(rostowThreshold(rules));
  if (year === undefined) {
    return [
      {
        diagnostic: 'rostow',
        id: 'stage',
        severity: 'no-data',
        ...statementFields(noRostowYear(iso3, nameZh, options.year)),
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
  const observed = (o: Observation, label: Prose): Evidence => observedEvidence(o, label.en, label.zh);
  const evidence: Evidence[] = [
    observed(at('agriculture')!, ROSTOW_LABELS.agriculture),
    observed(at('industry')!, ROSTOW_LABELS.industry),
    observed(at('services')!, ROSTOW_LABELS.services),
    observed(at('agricultureEmployment')!, ROSTOW_LABELS.agricultureEmployment),
  ];
  if (at('investment')) evidence.push(observed(at('investment')!, ROSTOW_LABELS.investment));
  const statement = rostowStatement({
    iso3,
    nameZh,
    year,
    stage: result.stage,
    agriculture: at('agriculture')!.value,
    industry: at('industry')!.value,
    services: at('services')!.value,
    agricultureEmployment: at('agricultureEmployment')!.value,
    investment: at('investment')?.value,
    incomeGroup: group,
    undecided: result.undecided,
  });
  return [
    {
      diagnostic: 'rostow',
      id: 'stage',
      severity: 'info',
      ...statementFields(statement),
      evidence,
      threshold,
      reference: ROSTOW_REFERENCE,
    },
  ];
}
