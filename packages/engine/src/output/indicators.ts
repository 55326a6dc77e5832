/**
 * The indicator catalogue resource (`chanye indicators`, `GET /api/indicators`): the catalogue
 * filtered by pillar and text (the JSON both print), and one summary row per indicator with
 * where its values come from (their CSV).
 *
 * @module
 */
import { ChanyeError } from '@chanye/compute';
import type { Indicator } from '@chanye/store';
import { columnsOf, type TidyTable } from './csv.js';

/**
 * The indicators of one pillar (any when none is given) whose id, English name (either case)
 * or Chinese name contains `search`; none is a `no-data` error (exit 3, 404), not an empty list.
 */
export function filterIndicators(
  indicators: readonly Indicator[],
  pillar: string | undefined,
  search: string | undefined,
): Indicator[] {
  const needle = search?.toLowerCase();
  const found = indicators
    .filter((i) => !pillar || (i.pillars as string[]).includes(pillar))
    .filter(
      (i) =>
        !needle ||
        i.id.includes(needle) ||
        i.name_en.toLowerCase().includes(needle) ||
        i.name_zh.includes(search ?? ''),
    );
  if (found.length === 0) {
    const inPillar = pillar ? ` of the pillar ${pillar}` : '';
    const matching = search !== undefined ? ` matches '${search}'` : ' exists';
    throw new ChanyeError(
      'no-data',
      `no indicator${inPillar}${matching} (the catalogue has ${indicators.length} indicators; search looks in ids and English and Chinese names)`,
    );
  }
  return found;
}

/** Where an indicator's values come from: `source:series` in order of precedence, or its derivation. */
export function indicatorSource(indicator: Indicator): string {
  if (indicator.derived) {
    return `derived: ${indicator.derived.method}(${indicator.derived.inputs.map((r) => `${r.source}:${r.series}`).join(', ')})`;
  }
  return (indicator.sources ?? []).map((r) => `${r.source}:${r.series}`).join(' > ');
}

/** One summary row per indicator (pillars space-separated), with its columns. */
export function indicatorTable(indicators: readonly Indicator[]): TidyTable {
  const rows = indicators.map((i) => ({
    id: i.id,
    name_en: i.name_en,
    name_zh: i.name_zh,
    unit: i.unit,
    polarity: i.polarity,
    pillars: i.pillars.join(' '),
    system: i.system ?? '',
    source: indicatorSource(i),
  }));
  return { columns: columnsOf(rows, ['id']), rows };
}
