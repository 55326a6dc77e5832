import { conversionTo1990, FAK_TRAP_YEARS, fakTrapVerdict, type Evidence, type Finding } from '@chanye/compute';
import { incomeSpells } from '../profile.js';
import type { IncomeGroup, Store } from '@chanye/store';
import { descriptionFields, labelFields, type Prose, statementFields } from './messages/format.js';
import {
  FAK_LABELS,
  FAK_THRESHOLD,
  fakMissing,
  fakStatement,
  type FakStanding,
  WB_THRESHOLD,
  WB_YEARS_LABELS,
  wbHistory,
  wbHistoryMissing,
  yearsInBandLabel,
  yearsInBandNote,
} from './messages/income.js';

const FAK_REFERENCE =
  'Felipe, Abdon and Kumar (2012), "Tracking the Middle-income Trap: What Is It, Who Is in It, and Why?", Levy Economics Institute Working Paper 715';
const WB_REFERENCE = 'World Bank, historical classification by income (OGHIST), FY1989-FY2026';

/**
 * Income history and the middle-income trap: the World Bank's own classification by year
 * (never recomputed), and the Felipe-Abdon-Kumar test on PWT GDP per capita converted to
 * 1990 GK dollars by the ratio of US GDP per capita in 1990 in the two series.
 */
export async function diagnoseIncome(store: Store, code: string, options: { year?: number } = {}): Promise<Finding[]> {
  const economy = await store.economy(code);
  const iso3 = economy.iso3;
  const names = { iso3, nameZh: economy.name_zh ?? iso3 };
  const findings: Finding[] = [];

  const history = (await store.incomeHistory(iso3)).filter(
    (h) => options.year === undefined || h.dataYear <= options.year,
  );
  const wb = store.source('wb_class');
  if (history.length === 0) {
    findings.push({
      diagnostic: 'income-trap',
      id: 'wb-history',
      severity: 'no-data',
      ...statementFields(wbHistoryMissing(names)),
      evidence: [],
      reference: WB_REFERENCE,
    });
  } else {
    const spells = incomeSpells(history);
    const current = history.at(-1)!;
    const yearsIn = (g: IncomeGroup): number => history.filter((h) => h.group === g).length;
    const currentSpell = spells.at(-1)!;
    const groupEvidence = (label: Prose, value: number): Evidence => ({
      ...labelFields(label),
      iso3,
      year: current.dataYear,
      value,
      unit: 'years',
      source: `${wb.name}; ${wb.vintage}`,
      status: 'computed',
      note: `GNI data years ${history[0]!.dataYear}-${current.dataYear}`,
    });
    const statement = wbHistory({
      group: current.group,
      since: currentSpell.from,
      spellYears: currentSpell.to - currentSpell.from + 1,
      dataYear: current.dataYear,
      fiscalYear: current.fiscalYear,
      yearsLowerMiddle: yearsIn('LM'),
      yearsUpperMiddle: yearsIn('UM'),
      moves: spells.slice(1),
    });
    findings.push({
      diagnostic: 'income-trap',
      id: 'wb-history',
      severity: current.group === 'H' ? 'positive' : 'info',
      ...statementFields(statement),
      evidence: [
        groupEvidence(WB_YEARS_LABELS.lowerMiddle, yearsIn('LM')),
        groupEvidence(WB_YEARS_LABELS.upperMiddle, yearsIn('UM')),
      ],
      threshold: descriptionFields(WB_THRESHOLD),
      reference: WB_REFERENCE,
    });
  }

  // Felipe-Abdon-Kumar on PWT GDP per capita, converted to 1990 GK dollars.
  const us = await store.observations({ indicator: 'gdp_per_capita_ppp', economies: ['USA'], years: [1990, 1990] });
  const gk = store.referenceValue('us_gdp_per_capita_1990_gk');
  const series = await store.observations({
    indicator: 'gdp_per_capita_ppp',
    economies: [iso3],
    ...(options.year !== undefined ? { years: [1950, options.year] as const } : {}),
  });
  const us1990 = us[0];
  if (!us1990 || series.length === 0) {
    findings.push({
      diagnostic: 'income-trap',
      id: 'fak',
      severity: 'no-data',
      ...statementFields(fakMissing(names)),
      evidence: [],
      reference: FAK_REFERENCE,
    });
    return findings;
  }
  const factor = conversionTo1990(gk.value, us1990.value);
  const converted = series.map((o) => o.value * factor);
  const verdict = fakTrapVerdict(
    series.map((o) => o.year),
    converted,
  );
  if (!verdict) return findings;
  const latest = series.at(-1)!;
  const yearsInBand = yearsInBandLabel(verdict.band);
  const evidence: Evidence[] = [
    {
      ...labelFields(FAK_LABELS.gdpPerCapita),
      iso3,
      year: latest.year,
      value: latest.value,
      unit: latest.unit,
      source: latest.source,
      status: latest.status,
    },
    {
      ...labelFields(FAK_LABELS.converted),
      iso3,
      year: latest.year,
      value: latest.value * factor,
      unit: '1990 international GK$ per person',
      source: `${latest.source}, × ${factor.toFixed(6)}`,
      status: 'computed',
      note: `factor = US 1990 in 1990 GK$ (${gk.value}, ${gk.source.split(':')[0]}) / US 1990 in PWT (${us1990.value.toFixed(1)})`,
    },
    {
      ...labelFields(yearsInBand),
      iso3,
      year: latest.year,
      value: verdict.yearsInBand,
      unit: 'years',
      source: 'Chanye, from the converted series',
      status: 'computed',
      note: yearsInBandNote(verdict.enteredBand, verdict.leftCensored),
    },
  ];
  const threshold = {
    ...descriptionFields(FAK_THRESHOLD),
    ...(verdict.thresholdYears !== null ? { value: verdict.thresholdYears, unit: 'years' } : {}),
  };
  // A band left only after more years than its trap threshold was a trap escaped late.
  const lateEscapes = verdict.graduations.filter(
    (g) => g.years > (g.band === 'lower-middle' ? FAK_TRAP_YEARS.lowerMiddle : FAK_TRAP_YEARS.upperMiddle),
  );
  const standing = fakStanding(verdict);
  let severity = STANDING_SEVERITY[standing](verdict.yearsToThreshold);
  if (lateEscapes.length > 0 && severity === 'positive') severity = 'info';
  if (lateEscapes.length > 0 && severity === 'info' && verdict.band !== 'high') severity = 'warning';
  const statement = fakStatement({
    standing,
    iso3,
    year: latest.year,
    band: verdict.band,
    yearsInBand: verdict.yearsInBand,
    enteredBand: verdict.enteredBand,
    thresholdYears: verdict.thresholdYears,
    yearsToThreshold: verdict.yearsToThreshold,
    graduations: verdict.graduations,
    lateEscapes: lateEscapes.map((g) => g.band),
  });
  findings.push({
    diagnostic: 'income-trap',
    id: 'fak',
    severity,
    ...statementFields(statement),
    evidence,
    threshold,
    reference: FAK_REFERENCE,
  });
  return findings;
}

/** Where the verdict leaves the economy: its band and whether it has outstayed the threshold. */
function fakStanding(verdict: { band: string; trapped: boolean; thresholdYears: number | null }): FakStanding {
  if (verdict.band === 'high') return 'high';
  if (verdict.trapped) return 'trapped';
  if (verdict.thresholdYears !== null) return 'within-threshold';
  return 'low';
}

/** Severity by standing; within the threshold, five years or fewer left is a warning. */
const STANDING_SEVERITY: Readonly<Record<FakStanding, (yearsToThreshold: number | null) => Finding['severity']>> = {
  high: () => 'positive',
  trapped: () => 'risk',
  'within-threshold': (yearsToThreshold) => ((yearsToThreshold ?? 0) <= 5 ? 'warning' : 'info'),
  low: () => 'info',
};
