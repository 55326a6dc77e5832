import { size, sourceRoom } from './frame.js';
import { niceTicks } from './scale.js';
import { colour, escapeXml, formatNumber, GRID, legend, MUTED, px, sourceLine, svgOpen, text } from './svg.js';
import type { RadarChartSpec } from './spec.js';

/** Renders a radar chart to an SVG string: spokes from 0 (centre) to `max`, one polygon per series. */
export function renderRadar(spec: RadarChartSpec): string {
  const { width, height } = size(spec);
  const leg = legend(
    spec.series.map((s) => s.name),
    12,
    16,
    width - 24,
  );
  const top = 14 + leg.height + 24;
  const bottom = height - 44 - sourceRoom(spec);
  const radius = Math.max(20, Math.min((bottom - top) / 2, width / 2 - 140));
  const cx = width / 2;
  const cy = (top + bottom) / 2;
  const n = Math.max(1, spec.axes.length);
  const at = (k: number, r: number): [number, number] => {
    const angle = -Math.PI / 2 + (2 * Math.PI * k) / n;
    return [cx + r * Math.cos(angle), cy + r * Math.sin(angle)];
  };
  const parts = [svgOpen(spec.id, width, height, spec.title, spec.description), leg.svg, '<g class="grid">'];
  const rings = niceTicks(0, spec.max, 4).filter((t) => t > 0);
  for (const t of rings) {
    const pts = spec.axes.map((_, k) =>
      at(k, (radius * t) / spec.max)
        .map(px)
        .join(','),
    );
    parts.push(`<polygon points="${pts.join(' ')}" fill="none" stroke="${GRID}"/>`);
    const [lx, ly] = at(0, (radius * t) / spec.max);
    parts.push(text(lx + 3, ly + 10, formatNumber(t, t < 1 ? 2 : 0), { fill: MUTED }));
  }
  spec.axes.forEach((axis, k) => {
    const [x, y] = at(k, radius);
    parts.push(`<line x1="${px(cx)}" y1="${px(cy)}" x2="${px(x)}" y2="${px(y)}" stroke="${GRID}"/>`);
    const [lx, ly] = at(k, radius + 14);
    const anchor = Math.abs(lx - cx) < 4 ? 'middle' : lx > cx ? 'start' : 'end';
    parts.push(text(lx, ly + 4, axis, { anchor }));
  });
  parts.push('</g>');
  const digits = spec.digits ?? 2;
  spec.series.forEach((s, i) => {
    const c = colour(i);
    const pts = spec.axes.map((_, k) => {
      const v = s.values[k];
      const r = v === null || v === undefined || !Number.isFinite(v) ? 0 : (radius * Math.max(0, v)) / spec.max;
      return at(k, Math.min(r, radius * 1.05));
    });
    parts.push(`<g class="series" data-series="${escapeXml(s.name)}">`);
    parts.push(
      `<polygon points="${pts.map((p) => p.map(px).join(',')).join(' ')}" fill="${c}" fill-opacity="0.2" stroke="${c}" stroke-width="2"/>`,
    );
    pts.forEach(([x, y], k) =>
      parts.push(
        `<circle cx="${px(x)}" cy="${px(y)}" r="3" fill="${c}"><title>${escapeXml(`${spec.axes[k] ?? ''}, ${s.name}: ${formatNumber(s.values[k], digits)}`)}</title></circle>`,
      ),
    );
    parts.push('</g>');
  });
  parts.push(sourceLine(spec.source, 12, height - 6, width - 24));
  parts.push('</svg>');
  return parts.join('');
}
