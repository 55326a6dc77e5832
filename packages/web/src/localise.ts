/**
 * A view in Chinese words where the engine writes English: units (axis labels and table
 * cells that are a unit) and source lines, with the report's own terms, which the server
 * serves from `@chanye/report` (`GET /api/terms/zh`), so the dashboard and the report say
 * the same thing.
 *
 * @module
 */
import type { ChartSpec } from '@chanye/charts';
import type { View } from './views/view.js';

/** `GET /api/terms/zh`: units by exact English text, and source phrases replaced in order. */
export interface Terms {
  readonly units: Readonly<Record<string, string>>;
  readonly sources: readonly (readonly [string, string])[];
}

const unitIn = (terms: Terms, text: string): string => terms.units[text] ?? text;
const sourceIn = (terms: Terms, text: string): string =>
  terms.sources.reduce((t, [en, zh]) => t.split(en).join(zh), text);

function localiseChart(spec: ChartSpec, terms: Terms): ChartSpec {
  const axis = <A extends { readonly label: string }>(a: A): A => ({ ...a, label: unitIn(terms, a.label) });
  const out: Record<string, unknown> = { ...spec, source: sourceIn(terms, spec.source), key: unitIn(terms, spec.key) };
  if ('y' in spec && spec.y) out['y'] = axis(spec.y);
  if ('x' in spec && spec.x) out['x'] = axis(spec.x);
  return out as unknown as ChartSpec;
}

/** The view with its charts' units and sources, and its table's unit cells, in Chinese. */
export function localiseView(view: View, terms: Terms): View {
  return {
    ...view,
    charts: view.charts.map((c) => localiseChart(c, terms)),
    table: {
      ...view.table,
      rows: view.table.rows.map((row) => row.map((cell) => (typeof cell === 'string' ? unitIn(terms, cell) : cell))),
    },
  };
}
