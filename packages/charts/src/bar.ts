import { size, verticalFrame } from './frame.js';
import { colour, escapeXml, formatNumber, GRID, line, MIN_TEXT, MUTED, px, svgOpen, text, textWidth } from './svg.js';
import type { BarChartSpec } from './spec.js';

/** Renders grouped or stacked vertical bars to an SVG string. */
export function renderBar(spec: BarChartSpec): string {
  const { width, height } = size(spec);
  const value = (s: number, c: number): number | null => {
    const v = spec.series[s]?.values[c];
    return v === null || v === undefined || !Number.isFinite(v) ? null : v;
  };
  const totals = spec.categories.map((_, c) =>
    spec.series.reduce((sum, _s, s) => sum + Math.max(0, value(s, c) ?? 0), 0),
  );
  const values = spec.stacked
    ? [0, ...totals]
    : [0, ...spec.series.flatMap((_, s) => spec.categories.map((_c, c) => value(s, c) ?? 0))];
  const band0 = (width - 80) / Math.max(1, spec.categories.length);
  const longest = Math.max(0, ...spec.categories.map((c) => textWidth(c, MIN_TEXT)));
  const slanted = longest > band0 - 6;
  const bottomRoom = slanted ? Math.min(110, 24 + longest * 0.72) : 34;
  const frame = verticalFrame(
    spec,
    spec.y,
    values,
    spec.series.map((s) => s.name),
    spec.rules,
    bottomRoom,
  );
  const band = (frame.right - frame.left) / Math.max(1, spec.categories.length);
  const groups = spec.stacked ? 1 : Math.max(1, spec.series.length);
  const barWidth = (band * 0.72) / groups;
  const parts = [svgOpen(spec.id, width, height, spec.title, spec.description), frame.svg];
  const zero = frame.y(0);
  const digits = spec.digits ?? 2;
  spec.categories.forEach((category, c) => {
    const bx = frame.left + band * c + band * 0.14;
    parts.push(`<g class="category" data-category="${escapeXml(category)}">`);
    let stack = 0;
    spec.series.forEach((s, k) => {
      const v = value(k, c);
      if (v === null) return;
      const from = spec.stacked ? stack : 0;
      const to = spec.stacked ? stack + Math.max(0, v) : v;
      stack = spec.stacked ? to : stack;
      const ya = frame.y(from);
      const yb = frame.y(to);
      const x = spec.stacked ? bx : bx + barWidth * k;
      const w = spec.stacked ? band * 0.72 : barWidth;
      parts.push(
        `<rect x="${px(x)}" y="${px(Math.min(ya, yb))}" width="${px(Math.max(0.5, w - 1))}" height="${px(Math.abs(yb - ya))}" fill="${colour(k)}">` +
          `<title>${escapeXml(`${category}, ${s.name}: ${formatNumber(v, digits)}`)}</title></rect>`,
      );
    });
    const lx = frame.left + band * (c + 0.5);
    parts.push(
      slanted
        ? text(lx, frame.bottom + 12, category, { anchor: 'end', rotate: -40, fill: MUTED })
        : text(lx, frame.bottom + 16, category, { anchor: 'middle', fill: MUTED }),
    );
    parts.push('</g>');
  });
  parts.push(line(frame.left, zero, frame.right, zero, GRID));
  parts.push('</svg>');
  return parts.join('');
}
