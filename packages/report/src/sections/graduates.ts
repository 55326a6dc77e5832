/**
 * Section "Benchmark: graduates against stalled economies": the economy's indicators beside
 * those of the graduates and the stalled economies when they had the same income, the
 * comparators, and the graduates-vs-stalled findings.
 *
 * @module
 */
import { SAME_INCOME_INDICATORS } from '@chanye/engine';
import { noteZh } from '../zh-terms.js';
import type { Context } from '../context.js';
import type { ReportFigure, ReportSection, ReportTable } from '../model.js';
import { col, figure, findingsOf, section, table } from './blocks.js';

export function graduatesSection(context: Context): ReportSection {
  const { t, lang, iso3, data } = context;
  const zh = lang === 'zh';
  const comparison = data.sameIncome;
  const figures: ReportFigure[] = [];
  const tables: ReportTable[] = [];
  if (comparison) {
    const groupLabel = (g: 'graduates' | 'stalled'): string => (g === 'graduates' ? t.graduatesLabel : t.stalledLabel);
    const rows = SAME_INCOME_INDICATORS.map((indicator) => {
      const meta = context.store.indicator(indicator);
      const own = comparison.focus[indicator] ?? null;
      return {
        label: zh ? meta.name_zh : meta.name_en,
        points: [
          { series: iso3, value: own?.value ?? null, ...(own ? { label: `${iso3} ${own.year}` } : {}) },
          ...comparison.comparators.flatMap((c) => {
            const o = c.values[indicator];
            return o ? [{ series: groupLabel(c.group), value: o.value, label: `${c.iso3} ${o.year}` }] : [];
          }),
        ],
      };
    });
    const sources = [
      ...Object.values(comparison.focus).flatMap((o) => (o ? [o.source] : [])),
      ...comparison.comparators.flatMap((c) => Object.values(c.values).flatMap((o) => (o ? [o.source] : []))),
    ];
    figures.push(
      figure(
        context,
        {
          kind: 'dot',
          id: 'graduates-same-income',
          // The economy in the focal colour, the two groups in theirs, in every figure.
          focus: iso3,
          title: t.sameIncomeChart,
          description: t.sameIncomeDesc,
          source: '',
          key: t.indicator,
          digits: 2,
          width: 720,
          x: { label: '%' },
          rows,
        },
        sources,
      ),
    );
    tables.push(
      table(
        context,
        'graduates-comparators',
        t.comparators,
        [col(t.economy), col(t.group), col(t.reached), col(t.gdpThen, 0), col(t.note)],
        comparison.comparators.map((c) => [
          c.iso3,
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
