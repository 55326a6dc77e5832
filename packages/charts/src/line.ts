import { size, verticalFrame } from './frame.js';
import { linearScale, niceTicks } from './scale.js';
import { escapeXml, GRID, line, MUTED, px, seriesColours, svgOpen, text, type SeriesIdentity } from './svg.js';

const rank = (s: SeriesIdentity): number => (s.emphasis === 'focal' ? 1 : 0);
import type { LineChartSpec, LinePoint } from './spec.js';

/** Consecutive runs of points that pass `keep`: a missing value breaks a line, nothing is interpolated. */
function runs(points: readonly LinePoint[], keep: (p: LinePoint) => boolean): LinePoint[][] {
  const out: LinePoint[][] = [];
  let current: LinePoint[] = [];
  for (const p of [...points].sort((a, b) => a.x - b.x)) {
    if (keep(p)) current.push(p);
    else if (current.length > 0) {
      out.push(current);
      current = [];
    }
  }
  if (current.length > 0) out.push(current);
  return out;
}

const finite = (v: number | null | undefined): v is number => v !== null && v !== undefined && Number.isFinite(v);

/** Renders a line chart (with bands and reference lines) to an SVG string. */
export function renderLine(spec: LineChartSpec): string {
  const { width, height } = size(spec);
  const all = spec.series.flatMap((s) => s.points);
  const values = all.flatMap((p) => [p.y, p.low, p.high]).filter(finite);
  const colours = seriesColours(spec.series);
  const frame = verticalFrame(
    spec,
    spec.y,
    values,
    spec.series.map((s) => s.name),
    spec.rules,
    undefined,
    colours,
  );
  const xs = [...new Set(all.map((p) => p.x))].sort((a, b) => a - b);
  const x0 = xs[0] ?? 0;
  const x1 = xs.at(-1) ?? 1;
  const x = linearScale(x0 === x1 ? [x0 - 1, x1 + 1] : [x0, x1], [frame.left + 8, frame.right - 8]);
  const parts = [svgOpen(spec.id, width, height, spec.title, spec.description), frame.svg, '<g class="x-axis">'];
  const ticks = niceTicks(x.domain[0], x.domain[1], Math.max(2, Math.floor((frame.right - frame.left) / 60))).filter(
    (t) => Number.isInteger(t) || !xs.every(Number.isInteger),
  );
  parts.push(line(frame.left, frame.bottom, frame.right, frame.bottom, GRID));
  for (const t of ticks) {
    parts.push(line(x(t), frame.bottom, x(t), frame.bottom + 4, MUTED));
    parts.push(text(x(t), frame.bottom + 16, String(t), { anchor: 'middle', fill: MUTED }));
  }
  parts.push(text((frame.left + frame.right) / 2, frame.bottom + 30, spec.key, { anchor: 'middle', fill: MUTED }));
  parts.push('</g>');
  // Peers first and the focal series last, so that it is drawn on top.
  const order = spec.series.map((s, i) => ({ s, i })).sort((a, b) => rank(a.s) - rank(b.s) || a.i - b.i);
  for (const { s, i } of order) {
    const c = colours[i] as string;
    const stroke = s.emphasis === 'focal' ? 3 : s.emphasis === 'peer' ? 1.5 : 2;
    const role = s.emphasis ? ` data-emphasis="${s.emphasis}"` : '';
    parts.push(`<g class="series" data-series="${escapeXml(s.name)}"${role} data-colour="${c}">`);
    for (const run of runs(s.points, (p) => finite(p.low) && finite(p.high))) {
      const upper = run.map((p) => `${px(x(p.x))},${px(frame.y(p.high as number))}`);
      const lower = [...run].reverse().map((p) => `${px(x(p.x))},${px(frame.y(p.low as number))}`);
      parts.push(`<polygon points="${[...upper, ...lower].join(' ')}" fill="${c}" fill-opacity="0.2" stroke="none"/>`);
    }
    for (const run of runs(s.points, (p) => finite(p.y))) {
      // Steps: the level holds to the next year's value, then changes (no slope between categories).
      const d = run
        .map((p, k) => {
          const at = `${px(x(p.x))},${px(frame.y(p.y as number))}`;
          if (k === 0) return `M${at}`;
          return spec.step ? `H${px(x(p.x))}V${px(frame.y(p.y as number))}` : `L${at}`;
        })
        .join('');
      if (run.length > 1) parts.push(`<path d="${d}" fill="none" stroke="${c}" stroke-width="${stroke}"/>`);
      for (const p of run)
        parts.push(
          `<circle cx="${px(x(p.x))}" cy="${px(frame.y(p.y as number))}" r="${stroke === 3 ? 3 : 2.5}" fill="${c}"/>`,
        );
    }
    parts.push('</g>');
  }
  parts.push('</svg>');
  return parts.join('');
}
