import {
  conversionTo1990,
  FAK_BANDS,
  FAK_TRAP_YEARS,
  fakTrapVerdict,
  type Evidence,
  type FakBand,
  type Finding,
} from '@chanye/compute';
import { incomeSpells } from '../profile.js';
import { INCOME_GROUP_NAMES, type IncomeGroup, type Store } from '@chanye/store';

const FAK_REFERENCE =
  'Felipe, Abdon and Kumar (2012), "Tracking the Middle-income Trap: What Is It, Who Is in It, and Why?", Levy Economics Institute Working Paper 715';
const WB_REFERENCE = 'World Bank, historical classification by income (OGHIST), FY1989-FY2026';

const BAND_NAMES: Readonly<Record<FakBand, { en: string; zh: string }>> = {
  low: { en: 'low income', zh: '低收入' },
  'lower-middle': { en: 'lower-middle income', zh: '中等偏下收入' },
  'upper-middle': { en: 'upper-middle income', zh: '中等偏上收入' },
  high: { en: 'high income', zh: '高收入' },
};

/**
 * Income history and the middle-income trap: the World Bank's own classification by year
 * (never recomputed), and the Felipe-Abdon-Kumar test on PWT GDP per capita converted to
 * 1990 GK dollars by the ratio of US GDP per capita in 1990 in the two series.
 */
export async function diagnoseIncome(store: Store, code: string, options: { year?: number } = {}): Promise<Finding[]> {
  const economy = await store.economy(code);
  const iso3 = economy.iso3;
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
      statement_en: `The World Bank history has no income classification for ${iso3}.`,
      statement_zh: `世界银行历史收入分组中没有${economy.name_zh ?? iso3}的记录。`,
      evidence: [],
      reference: WB_REFERENCE,
    });
  } else {
    const spells = incomeSpells(history);
    const current = history.at(-1)!;
    const yearsIn = (g: IncomeGroup): number => history.filter((h) => h.group === g).length;
    const transitions = spells.slice(1).map((s) => `${s.group} in ${s.from}`);
    const currentSpell = spells.at(-1)!;
    const groupEvidence = (label: string, labelZh: string, value: number): Evidence => ({
      label_en: label,
      label_zh: labelZh,
      iso3,
      year: current.dataYear,
      value,
      unit: 'years',
      source: `${wb.name}; ${wb.vintage}`,
      status: 'computed',
      note: `GNI data years ${history[0]!.dataYear}-${current.dataYear}`,
    });
    findings.push({
      diagnostic: 'income-trap',
      id: 'wb-history',
      severity: current.group === 'H' ? 'positive' : 'info',
      statement_en:
        `World Bank: ${INCOME_GROUP_NAMES[current.group].en} since ${currentSpell.from} (${currentSpell.to - currentSpell.from + 1} years to ${current.dataYear}, ${current.fiscalYear}); ` +
        `${yearsIn('LM')} years in lower-middle and ${yearsIn('UM')} in upper-middle income in all` +
        (transitions.length > 0 ? `; moves: ${transitions.join(', ')}.` : '.'),
      statement_zh:
        `世界银行分组：自${currentSpell.from}年起为${INCOME_GROUP_NAMES[current.group].zh}（至${current.dataYear}年共${currentSpell.to - currentSpell.from + 1}年，${current.fiscalYear}）；` +
        `累计处于中等偏下收入${yearsIn('LM')}年、中等偏上收入${yearsIn('UM')}年。`,
      evidence: [
        groupEvidence('years classified lower-middle income', '处于中等偏下收入的年数', yearsIn('LM')),
        groupEvidence('years classified upper-middle income', '处于中等偏上收入的年数', yearsIn('UM')),
      ],
      threshold: {
        description_en:
          'World Bank Atlas GNI per capita thresholds of each fiscal year (the group is taken as published)',
        description_zh: '世界银行各财年按图表集法计算的人均国民总收入分组标准（采用其公布的分组）',
      },
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
      statement_en: `No PWT GDP per capita for ${iso3}: the Felipe-Abdon-Kumar test cannot be run.`,
      statement_zh: `缺少${economy.name_zh ?? iso3}的PWT人均GDP数据，无法进行Felipe-Abdon-Kumar中等收入陷阱检验。`,
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
  const band = BAND_NAMES[verdict.band];
  const evidence: Evidence[] = [
    {
      label_en: 'GDP per capita',
      label_zh: '人均GDP',
      iso3,
      year: latest.year,
      value: latest.value,
      unit: latest.unit,
      source: latest.source,
      status: latest.status,
    },
    {
      label_en: 'GDP per capita in 1990 GK dollars (converted)',
      label_zh: '人均GDP（折算为1990年国际元）',
      iso3,
      year: latest.year,
      value: latest.value * factor,
      unit: '1990 international GK$ per person',
      source: `${latest.source}, × ${factor.toFixed(6)}`,
      status: 'computed',
      note: `factor = US 1990 in 1990 GK$ (${gk.value}, ${gk.source.split(':')[0]}) / US 1990 in PWT (${us1990.value.toFixed(1)})`,
    },
    {
      label_en: `years in the ${band.en} band`,
      label_zh: `处于${band.zh}区间的年数`,
      iso3,
      year: latest.year,
      value: verdict.yearsInBand,
      unit: 'years',
      source: 'Chanye, from the converted series',
      status: 'computed',
      note: `since ${verdict.enteredBand}${verdict.leftCensored ? ' (the series starts in this band: at least)' : ''}`,
    },
  ];
  const threshold = {
    description_en: `PWT 10.01 GDP per capita (rgdpe/pop) converted to 1990 GK$ by the ratio of US 1990 values in Maddison (2010) and PWT; relative price levels differ between the two sources, which can move an economy across a band. Bands in 1990 GK$: lower-middle ${FAK_BANDS.lowerMiddle}-${FAK_BANDS.upperMiddle}, upper-middle ${FAK_BANDS.upperMiddle}-${FAK_BANDS.high}, high > ${FAK_BANDS.high}; trap after more than ${FAK_TRAP_YEARS.lowerMiddle} years in lower-middle or ${FAK_TRAP_YEARS.upperMiddle} in upper-middle income`,
    description_zh: `PWT 10.01人均GDP按1990年美国在Maddison (2010)与PWT中数值之比折算为1990年国际元；两套数据的相对价格水平不同，可能使个别经济体跨越区间。1990年国际元区间：中等偏下${FAK_BANDS.lowerMiddle}-${FAK_BANDS.upperMiddle}，中等偏上${FAK_BANDS.upperMiddle}-${FAK_BANDS.high}，高收入>${FAK_BANDS.high}；在中等偏下区间超过${FAK_TRAP_YEARS.lowerMiddle}年或中等偏上区间超过${FAK_TRAP_YEARS.upperMiddle}年即为陷入陷阱`,
    ...(verdict.thresholdYears !== null ? { value: verdict.thresholdYears, unit: 'years' } : {}),
  };
  const atLeast = (g: { leftCensored: boolean }): string => (g.leftCensored ? 'at least ' : '');
  const graduated = verdict.graduations.map(
    (g) => `${BAND_NAMES[g.band].en} in ${atLeast(g)}${g.years} years (${g.entered}-${g.left})`,
  );
  const graduatedZh = verdict.graduations.map(
    (g) => `${BAND_NAMES[g.band].zh}阶段用时${g.leftCensored ? '至少' : ''}${g.years}年（${g.entered}-${g.left}）`,
  );
  // A band left only after more years than its trap threshold was a trap escaped late.
  const lateEscapes = verdict.graduations.filter(
    (g) => g.years > (g.band === 'lower-middle' ? FAK_TRAP_YEARS.lowerMiddle : FAK_TRAP_YEARS.upperMiddle),
  );
  const lateEn = lateEscapes.length
    ? ` It stayed in ${lateEscapes.map((g) => `${BAND_NAMES[g.band].en} longer than the trap threshold`).join(' and ')}.`
    : '';
  const lateZh = lateEscapes.length
    ? `其间曾陷入${lateEscapes.map((g) => `${BAND_NAMES[g.band].zh}陷阱`).join('和')}。`
    : '';
  let statementEn: string;
  let statementZh: string;
  let severity: Finding['severity'];
  if (verdict.band === 'high') {
    severity = 'positive';
    statementEn =
      `By ${latest.year} ${iso3} is above the high-income line of Felipe, Abdon and Kumar` +
      (graduated.length ? `, having passed through ${graduated.join(' and ')}.` : '.');
    statementZh =
      `至${latest.year}年已跨越Felipe-Abdon-Kumar高收入门槛` +
      (graduatedZh.length ? `，${graduatedZh.join('，')}。` : '。');
  } else if (verdict.trapped) {
    severity = 'risk';
    statementEn = `${iso3} has been in the ${band.en} band for ${verdict.yearsInBand} years by ${latest.year} (since ${verdict.enteredBand}), more than the ${verdict.thresholdYears} years that define the ${band.en} trap.`;
    statementZh = `截至${latest.year}年已在${band.zh}区间停留${verdict.yearsInBand}年，超过${verdict.thresholdYears}年的陷阱标准，处于${band.zh}陷阱。`;
  } else if (verdict.thresholdYears !== null) {
    severity = (verdict.yearsToThreshold ?? 0) <= 5 ? 'warning' : 'info';
    statementEn =
      `${iso3} has been in the ${band.en} band for ${verdict.yearsInBand} years by ${latest.year} (since ${verdict.enteredBand}); it falls into the trap if still there after ${verdict.thresholdYears} years (${verdict.yearsToThreshold} more)` +
      (graduated.length ? `; earlier it passed through ${graduated.join(' and ')}.` : '.');
    statementZh = `截至${latest.year}年已在${band.zh}区间停留${verdict.yearsInBand}年；若再停留${verdict.yearsToThreshold}年（共${verdict.thresholdYears}年）仍未跨越，即陷入陷阱。`;
  } else {
    severity = 'info';
    statementEn = `${iso3} is in the low-income band in ${latest.year}.`;
    statementZh = `${latest.year}年处于低收入区间。`;
  }
  if (lateEscapes.length > 0 && severity === 'positive') severity = 'info';
  if (lateEscapes.length > 0 && severity === 'info' && verdict.band !== 'high') severity = 'warning';
  findings.push({
    diagnostic: 'income-trap',
    id: 'fak',
    severity,
    statement_en: statementEn + lateEn,
    statement_zh: statementZh + lateZh,
    evidence,
    threshold,
    reference: FAK_REFERENCE,
  });
  return findings;
}
