/**
 * Section "Income history and the middle-income trap": the World Bank income group now and in
 * the year asked for, the spells in each group, GDP per capita, and the income-trap findings.
 *
 * @module
 */
import { INCOME_GROUP_NAMES } from '@chanye/store';
import type { Context } from '../context.js';
import type { ReportSection } from '../model.js';
import { col, figure, findingsOf, section, table } from './blocks.js';
import { INCOME_TEXT } from './income-text.js';

export function incomeSection(context: Context): ReportSection {
  const { t, lang, data } = context;
  const text = INCOME_TEXT[lang];
  const wb = context.store.source('wb_class');
  const wbSource = `${wb.name}; ${wb.vintage}`;
  const spells = data.profile.income.spells;
  const current = data.profile.income.current;
  const paragraphs: string[] = [];
  if (current) {
    const group = INCOME_GROUP_NAMES[current.group][lang];
    paragraphs.push(text.current(t.incomeGroup, { group, fiscalYear: current.fiscalYear, dataYear: current.dataYear }));
  }
  const atYear = data.profile.income.atRequestedYear;
  if (atYear && atYear.dataYear !== current?.dataYear) {
    const group = INCOME_GROUP_NAMES[atYear.group][lang];
    paragraphs.push(text.atYear({ group, fiscalYear: atYear.fiscalYear, dataYear: atYear.dataYear }));
  }
  const spellTable = table(
    context,
    'income-spells',
    t.spells,
    [col(t.incomeGroup), col(t.from), col(t.to), col(t.years, 0)],
    spells.map((s) => [INCOME_GROUP_NAMES[s.group][lang], String(s.from), String(s.to), s.to - s.from + 1]),
    [wbSource],
  );
  const gdpFigure = figure(
    context,
    {
      kind: 'line',
      id: 'income-gdp',
      title: t.gdpChart,
      description: t.gdpDesc(context.name),
      source: '',
      key: t.year,
      digits: 0,
      y: { label: t.usd, min: 0 },
      series: [{ name: context.name, points: data.gdp.map((o) => ({ x: o.year, y: o.value })) }],
    },
    data.gdp.map((o) => o.source),
  );
  return section(context, 'income', {
    paragraphs,
    findings: findingsOf(context, 'income-trap', 'slowdowns'),
    figures: [gdpFigure],
    tables: [spellTable],
  });
}
