/**
 * The arrays view: the economy's exports by 3+1 array, 1980 against the latest year
 * (GET /api/economies/:iso3/arrays).
 *
 * @module
 */
import { chartTable, type ChartSpec } from '@chanye/charts';
import { apiPath } from '../api.js';
import type { ArraysAnswer } from '../api-types.js';
import { t, type Lang } from '../i18n.js';
import type { Reads } from '../reads.js';
import { citeText } from './cite.js';
import type { LoadContext } from './load.js';
import { digitsOf } from './table.js';
import type { View } from './view.js';

/** What the view reads of each export structure. */
type StructureFields = {
  year: true;
  source: true;
  classes: { id: true; name_en: true; name_zh: true; share: true; measurable: true };
};
/** The two export structures: 1980 (when it has data and is not the latest year) and the latest. */
export type Arrays = Reads<ArraysAnswer, { early: StructureFields; late: StructureFields }>;
export type ExportStructure = Arrays['late'];

export function arraysView(arrays: Arrays, name: string, lang: Lang, request: string): View {
  const { early, late } = arrays;
  const classes = late.classes.filter(
    (c) => c.measurable || (early?.classes.find((e) => e.id === c.id)?.measurable ?? false),
  );
  const share = (s: ExportStructure | undefined, id: string): number | null => {
    const c = s?.classes.find((k) => k.id === id);
    return c && c.measurable ? c.share : null;
  };
  const structures = early ? [early, late] : [late];
  const spec: ChartSpec = {
    kind: 'bar',
    id: 'arrays',
    title: `${t(lang, 'arrays')}: ${name}`,
    description: `${name}: ${t(lang, 'shareAxis')}, ${structures.map((s) => s.year).join(' / ')}.`,
    source: late.source,
    key: t(lang, 'array'),
    categories: classes.map((c) => `${c.id} ${lang === 'zh' ? c.name_zh : c.name_en}`),
    series: structures.map((s) => ({ name: String(s.year), values: classes.map((c) => share(s, c.id)) })),
    y: { label: t(lang, 'shareAxis'), min: 0 },
    digits: 1,
  };
  const table = chartTable(spec);
  return {
    id: 'arrays',
    charts: [spec],
    table,
    digits: digitsOf(table, 2),
    cite: citeText(`${t(lang, 'arrays')}, ${name}`, request, [late.source]),
  };
}

export async function loadArrays(ctx: LoadContext): Promise<View> {
  const request = apiPath(`/api/economies/${ctx.iso3}/arrays`);
  return arraysView(await ctx.ask<ArraysAnswer>(request), ctx.name, ctx.lang, request);
}
