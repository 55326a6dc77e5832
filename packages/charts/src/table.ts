import { dotSeries } from './dot.js';
import { networkGroups } from './network.js';
import { formatNumber } from './svg.js';
import type { ChartSpec, ChartTable, NetworkNode } from './spec.js';

const num = (v: number | null | undefined): number | null =>
  v === null || v === undefined || !Number.isFinite(v) ? null : v;

/** One number, or `label value; label value` when a series has several points (or a labelled one) in a row. */
function dotCell(points: readonly { value: number | null; label?: string }[], digits: number): string | number | null {
  const first = points[0];
  if (first === undefined) return null;
  if (points.length === 1 && first.label === undefined) return num(first.value);
  return points.map((p) => `${p.label ?? ''} ${formatNumber(p.value, digits)}`.trim()).join('; ');
}

/**
 * The data table of a chart: exactly the numbers it draws, one row per x value, category,
 * axis or row, one column per series (and per band or range bound). A network's table has one
 * row per group (in colour order): its nodes, highlighted nodes, and their total size.
 *
 * @example chartTable({ kind: 'bar', key: 'year', categories: ['2000'], series: [{ name: 'CHN', values: [1] }], … })
 * // returns { columns: ['year', 'CHN'], rows: [['2000', 1]] }
 */
export function chartTable(spec: ChartSpec): ChartTable {
  switch (spec.kind) {
    case 'line': {
      const xs = [...new Set(spec.series.flatMap((s) => s.points.map((p) => p.x)))].sort((a, b) => a - b);
      const banded = spec.series.map((s) => s.points.some((p) => num(p.low) !== null || num(p.high) !== null));
      const [lowLabel, highLabel] = spec.bandLabels ?? ['low', 'high'];
      const columns = [spec.key];
      spec.series.forEach((s, i) => {
        columns.push(s.name);
        if (banded[i]) columns.push(`${s.name} ${lowLabel}`, `${s.name} ${highLabel}`);
      });
      const rows = xs.map((x) => {
        const row: (string | number | null)[] = [x];
        spec.series.forEach((s, i) => {
          const p = s.points.find((q) => q.x === x);
          row.push(num(p?.y));
          if (banded[i]) row.push(num(p?.low), num(p?.high));
        });
        return row;
      });
      return { columns, rows };
    }
    case 'bar':
      return {
        columns: [spec.key, ...spec.series.map((s) => s.name)],
        rows: spec.categories.map((c, k) => [c, ...spec.series.map((s) => num(s.values[k]))]),
      };
    case 'radar':
      return {
        columns: [spec.key, ...spec.series.map((s) => s.name)],
        rows: spec.axes.map((a, k) => [a, ...spec.series.map((s) => num(s.values[k]))]),
      };
    case 'dot': {
      const series = dotSeries(spec);
      const ranged = spec.rows.some((r) => num(r.low) !== null || num(r.high) !== null);
      const [lowLabel, highLabel] = spec.rangeLabels ?? ['low', 'high'];
      return {
        columns: [spec.key, ...series, ...(ranged ? [lowLabel, highLabel] : [])],
        rows: spec.rows.map((r) => [
          r.label,
          ...series.map((s) =>
            dotCell(
              r.points.filter((p) => p.series === s),
              spec.digits ?? 2,
            ),
          ),
          ...(ranged ? [num(r.low), num(r.high)] : []),
        ]),
      };
    }
    case 'scatter':
      return {
        columns: [spec.key, spec.x.label, spec.y.label],
        rows: spec.points.map((p) => [p.label, num(p.x), num(p.y)]),
      };
    case 'network': {
      const { labels } = spec;
      const sum = (nodes: readonly NetworkNode[]): number => nodes.reduce((t, n) => t + (num(n.size) ?? 0), 0);
      return {
        columns: [spec.key, labels.nodes, labels.highlight, labels.size, `${labels.size}, ${labels.highlight}`],
        rows: networkGroups(spec).map((g) => {
          const all = spec.nodes.filter((n) => n.group === g);
          const lit = all.filter((n) => n.highlight);
          return [g, all.length, lit.length, sum(all), sum(lit)];
        }),
      };
    }
  }
}
