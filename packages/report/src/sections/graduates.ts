/**
 * Section "Benchmark: graduates against stalled economies": the economy's indicators beside
 * those of the graduates and the stalled economies when they had the same income, the
 * comparators, and the graduates-vs-stalled findings.
 *
 * @module
 */
import { reachedNote, SAME_INCOME_INDICATORS, type SameIncomeComparison } from '@chanye/engine';
import type { DotRow } from '@chanye/charts';
import { cliNumber } from '../format.js';
import { noteZh, unitZh } from '../zh-terms.js';
import type { Context } from '../context.js';
import type { ReportFigure, ReportSection, ReportTable } from '../model.js';
import { col, figure, findingsOf, section, table } from './blocks.js';

export function graduatesSection(context: Context): ReportSection {
  const { t, lang, data } = context;
  const zh = lang === 'zh';
  const comparison = data.sameIncome;
  const figures: ReportFigure[] = [];
  const tables: ReportTable[] = [];
  if (comparison) {
    const groupLabel = (g: 'graduates' | 'stalled'): string => (g === 'graduates' ? t.graduatesLabel : t.stalledLabel);
    const { name, nameOf } = context;
    const rowOf = (indicator: (typeof SAME_INCOME_INDICATORS)[number]): DotRow => {
      const meta = context.store.indicator(indicator);
      const own = comparison.focus[indicator] ?? null;
      return {
        label: zh ? meta.name_zh : meta.name_en,
        points: [
          { series: name, value: own?.value ?? null, ...(own ? { label: `${name} ${own.year}` } : {}) },
          ...comparison.comparators.flatMap((c) => {
            const o = c.values[indicator];
            return o ? [{ series: groupLabel(c.group), value: o.value, label: `${nameOf(c.iso3)} ${o.year}` }] : [];
          }),
        ],
      };
    };
    // One unit per axis: the indicators are grouped by unit, one small chart each (Figure 6.1
    // once put % of GDP, % of manufacturing and % a year on one axis).
    const byUnit = new Map<string, (typeof SAME_INCOME_INDICATORS)[number][]>();
    for (const indicator of SAME_INCOME_INDICATORS) {
      const unit = context.store.indicator(indicator).unit;
      byUnit.set(unit, [...(byUnit.get(unit) ?? []), indicator]);
    }
    const sources = [
      ...Object.values(comparison.focus).flatMap((o) => (o ? [o.source] : [])),
      ...comparison.comparators.flatMap((c) => Object.values(c.values).flatMap((o) => (o ? [o.source] : []))),
    ];
    [...byUnit].forEach(([unit, indicators], k) =>
      figures.push(
        figure(
          context,
          {
            kind: 'dot',
            id: k === 0 ? 'graduates-same-income' : `graduates-same-income-${k + 1}`,
            // The economy in the focal colour, the two groups in theirs, in every figure.
            focus: name,
            title: `${t.sameIncomeChart}${zh ? '：' : ': '}${zh ? unitZh(unit) : unit}`,
            description: t.sameIncomeDesc,
            source: '',
            key: t.indicator,
            digits: 2,
            width: 720,
            x: { label: zh ? unitZh(unit) : unit },
            rows: indicators.map(rowOf),
          },
          sources,
        ),
      ),
    );
    tables.push(comparatorsTable(context, comparison));
  }
  return section(context, 'graduates', { findings: findingsOf(context, 'graduates-vs-stalled'), figures, tables });
}

/**
 * The comparators and the year each reached the income the findings are matched at: one row
 * per comparator, one year column per distinct match income (the economy's GDP per capita in
 * the latest year, and in the year of each older latest value an indicator is matched at).
 * A column per income, not per indicator: indicators matched at the same income share their
 * years, so per-indicator columns would repeat them (five columns for China, three of them
 * copies) and leave the reader to work out which indicators go together; a column per income
 * prints each year once, headed by the income a finding states, and the note says which
 * indicators are matched at it. The latest income's column comes last, next to the GDP per
 * capita that belongs to it.
 */
function comparatorsTable(context: Context, comparison: SameIncomeComparison): ReportTable {
  const { t, lang, name, nameOf } = context;
  const zh = lang === 'zh';
  const level = comparison.gdpPerCapita;
  const incomes = new Map<number, { at: typeof level; indicators: string[] }>([
    [level.year, { at: level, indicators: [] }],
  ]);
  for (const id of SAME_INCOME_INDICATORS) {
    const at = comparison.matchedAt[id] ?? level;
    const entry = incomes.get(at.year) ?? { at, indicators: [] };
    incomes.set(at.year, { ...entry, indicators: [...entry.indicators, id] });
  }
  const columns = [...incomes.values()].sort((a, b) => a.at.year - b.at.year);
  const income = (o: typeof level): string => cliNumber(o.value, 0);
  const yearCell = (year: number | null): string => (year === null ? t.never : String(year));
  const indicatorName = (id: string): string => {
    const meta = context.store.indicator(id);
    return zh ? meta.name_zh : meta.name_en;
  };
  // With one income for every indicator the header says it, and there is nothing to explain.
  const matched =
    columns.length > 1
      ? t.matchedAtNote(
          name,
          level.year,
          income(level),
          columns
            .filter((c) => c.indicators.length > 0)
            .map((c) => ({ income: income(c.at), year: c.at.year, names: c.indicators.map(indicatorName) })),
        )
      : undefined;
  // The engine's notes are at the latest income. One that only restates the year of its column
  // is left out; the others (never reached, with the peak; already above in the first year of
  // data) go under the table: a note column squeezed every row to a narrow, tall one on a phone.
  const notes = comparison.comparators
    .filter((c) => c.year === null || c.note !== reachedNote(c.year, false))
    .map((c) => `${nameOf(c.iso3)}${zh ? noteZh(c.note) : ` ${c.note}`}`);
  const comparatorNotes = notes.length > 0 ? t.comparatorNotes(income(level), level.year, notes) : undefined;
  const note = [matched, comparatorNotes].filter((n) => n !== undefined).join(zh ? '' : ' ');
  const groupLabel = (g: 'graduates' | 'stalled'): string => (g === 'graduates' ? t.graduatesLabel : t.stalledLabel);
  return table(
    context,
    'graduates-comparators',
    t.comparators,
    [
      col(t.economy),
      col(t.group),
      ...columns.map((c) => col(t.reachedAt(income(c.at), name, c.at.year))),
      col(t.gdpThen, 0),
    ],
    comparison.comparators.map((c) => [
      nameOf(c.iso3),
      groupLabel(c.group),
      ...columns.map((column) =>
        // The latest income's year is the comparator's own; an older income's, that of its indicators.
        yearCell(column.at.year === level.year ? c.year : (c.reachedFor[column.indicators[0] ?? ''] ?? null)),
      ),
      c.gdpPerCapita,
    ]),
    [level.source],
    note === '' ? undefined : note,
  );
}
