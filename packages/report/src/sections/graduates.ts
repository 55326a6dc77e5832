/**
 * Section "Benchmark: graduates against stalled economies": the economy's indicators beside
 * those of the graduates and the stalled economies when they had the same income, the
 * comparators, and the graduates-vs-stalled findings.
 *
 * @module
 */
import { SAME_INCOME_INDICATORS } from '@chanye/engine';
import type { DotRow } from '@chanye/charts';
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
    tables.push(
      table(
        context,
        'graduates-comparators',
        t.comparators,
        [col(t.economy), col(t.group), col(t.reached), col(t.gdpThen, 0), col(t.note)],
        comparison.comparators.map((c) => [
          nameOf(c.iso3),
          groupLabel(c.group),
          c.year === null ? t.never : String(c.year),
          c.gdpPerCapita,
          zh ? noteZh(c.note) : c.note,
        ]),
        [comparison.gdpPerCapita.source],
      ),
    );
  }
  return section(context, 'graduates', { findings: findingsOf(context, 'graduates-vs-stalled'), figures, tables });
}
