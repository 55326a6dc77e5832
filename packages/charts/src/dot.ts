import { size, sourceRoom } from './frame.js';
import { linearScale, niceDomain } from './scale.js';
import {
  seriesColours,
  escapeXml,
  fitText,
  formatNumber,
  GRID,
  INK,
  legend,
  line,
  MUTED,
  px,
  sourceLine,
  svgOpen,
  text,
  textWidth,
} from './svg.js';
import type { DotChartSpec } from './spec.js';

const finite = (v: number | null | undefined): v is number => v !== null && v !== undefined && Number.isFinite(v);

/** The series of a dot plot in order of first appearance. */
export function dotSeries(spec: DotChartSpec): string[] {
  return [...new Set(spec.rows.flatMap((r) => r.points.map((p) => p.series)))];
}

/** Renders a dot plot (rows of dots on one horizontal axis, with optional ranges) to an SVG string. */
export function renderDot(spec: DotChartSpec): string {
  const { width } = size(spec);
  const series = dotSeries(spec);
  const colours = seriesColours(
    series.map((name) => ({
      name,
      ...(spec.focus !== undefined ? { emphasis: name === spec.focus ? ('focal' as const) : ('peer' as const) } : {}),
    })),
  );
  const leg = legend(series, 12, 16, width - 24, colours);
  const rowHeight = 22;
  const top = 14 + leg.height + 8;
  const height = (spec.height ?? top + rowHeight * spec.rows.length + 56) + sourceRoom(spec);
  const labelWidth = Math.min(width * 0.42, Math.max(40, ...spec.rows.map((r) => textWidth(r.label, 11))));
  const left = 12 + labelWidth + 10;
  const right = width - 16;
  const bottom = top + rowHeight * spec.rows.length;
  const values = spec.rows.flatMap((r) => [...r.points.map((p) => p.value), r.low, r.high]).filter(finite);
  const domain = niceDomain([...values, ...(spec.rules ?? []).map((r) => r.value)], spec.x.min, spec.x.max);
  const x = linearScale(spec.x.reverse ? [domain[1], domain[0]] : domain, [left, right]);
  const step = x.ticks.length > 1 ? Math.abs((x.ticks[1] as number) - (x.ticks[0] as number)) : 1;
  const tickDigits = step >= 1 ? 0 : Math.min(4, Math.ceil(-Math.log10(step) - 1e-9));
  const parts = [svgOpen(spec.id, width, height, spec.title, spec.description), leg.svg, '<g class="x-axis">'];
  for (const t of x.ticks) {
    parts.push(line(x(t), top - 4, x(t), bottom, GRID));
    parts.push(text(x(t), bottom + 14, formatNumber(t, tickDigits), { anchor: 'middle', fill: MUTED }));
  }
  parts.push(text((left + right) / 2, bottom + 30, spec.x.label, { anchor: 'middle', fill: MUTED }), '</g>');
  for (const r of spec.rules ?? []) {
    parts.push(
      `<g class="rule">${line(x(r.value), top - 6, x(r.value), bottom, INK, 'stroke-dasharray="4 3"')}` +
        `${text(x(r.value) + 3, top - 8, r.label)}</g>`,
    );
  }
  const digits = spec.digits ?? 2;
  spec.rows.forEach((row, i) => {
    const cy = top + rowHeight * (i + 0.5);
    parts.push(`<g class="row" data-row="${escapeXml(row.label)}">`);
    if (row.hint !== undefined) parts.push(`<title>${escapeXml(`${row.label} (${row.hint})`)}</title>`);
    parts.push(text(left - 10, cy + 4, fitText(row.label, labelWidth, 11), { anchor: 'end' }));
    parts.push(line(left, cy, right, cy, GRID, 'stroke-dasharray="1 3"'));
    if (finite(row.low) && finite(row.high)) {
      parts.push(
        `<line x1="${px(x(row.low))}" y1="${px(cy)}" x2="${px(x(row.high))}" y2="${px(cy)}" stroke="${MUTED}" stroke-width="5" stroke-opacity="0.4" stroke-linecap="round"/>`,
      );
    }
    for (const p of row.points) {
      if (!finite(p.value)) continue;
      const c = colours[series.indexOf(p.series)] as string;
      parts.push(
        `<circle cx="${px(x(p.value))}" cy="${px(cy)}" r="4.5" fill="${c}" fill-opacity="0.9" stroke="#ffffff"><title>${escapeXml(`${row.label}${row.hint !== undefined ? ` (${row.hint})` : ''}, ${p.series}${p.label ? ` ${p.label}` : ''}: ${formatNumber(p.value, digits)}`)}</title></circle>`,
      );
    }
    parts.push('</g>');
  });
  parts.push(sourceLine(spec.source, 12, height - 6, width - 24));
  parts.push('</svg>');
  return parts.join('');
}
