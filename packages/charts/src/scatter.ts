import { size, verticalFrame } from './frame.js';
import { linearScale, niceDomain } from './scale.js';
import {
  colour,
  escapeXml,
  fitText,
  formatNumber,
  GRID,
  INK,
  line,
  MIN_TEXT,
  MUTED,
  px,
  svgOpen,
  text,
  textWidth,
} from './svg.js';
import type { ScatterChartSpec } from './spec.js';

const finite = (v: number | null | undefined): v is number => v !== null && v !== undefined && Number.isFinite(v);

/** Widest label drawn beside a point: longer names are cut, the full name stays in the tooltip and table. */
const LABEL_WIDTH = 150;

/**
 * Renders a scatter chart (points on numeric x and y axes, labelled ones named beside their
 * dot) to an SVG string. Labels that would overlap one already drawn are left to the tooltip.
 */
export function renderScatter(spec: ScatterChartSpec): string {
  const drawn = spec.points.filter((p) => finite(p.x) && finite(p.y));
  const frame = verticalFrame(
    spec,
    spec.y,
    drawn.map((p) => p.y as number),
    [],
    spec.yRules ?? [],
  );
  const { left, right, top, bottom, y } = frame;
  const xDomain = niceDomain(
    [...drawn.map((p) => p.x as number), ...(spec.xRules ?? []).map((r) => r.value)],
    spec.x.min,
    spec.x.max,
  );
  const x = linearScale(spec.x.reverse ? [xDomain[1], xDomain[0]] : xDomain, [left, right]);
  const step = x.ticks.length > 1 ? Math.abs((x.ticks[1] as number) - (x.ticks[0] as number)) : 1;
  const tickDigits = step >= 1 ? 0 : Math.min(4, Math.ceil(-Math.log10(step) - 1e-9));
  const { width, height } = size(spec);
  const parts = [svgOpen(spec.id, width, height, spec.title, spec.description), frame.svg, '<g class="x-axis">'];
  for (const t of x.ticks) {
    parts.push(line(x(t), top, x(t), bottom, GRID));
    parts.push(text(x(t), bottom + 14, formatNumber(t, tickDigits), { anchor: 'middle', fill: MUTED }));
  }
  parts.push(text((left + right) / 2, bottom + 30, spec.x.label, { anchor: 'middle', fill: MUTED }), '</g>');
  for (const r of spec.xRules ?? []) {
    parts.push(
      `<g class="rule">${line(x(r.value), top, x(r.value), bottom, INK, 'stroke-dasharray="4 3"')}` +
        `${text(x(r.value) + 3, bottom - 4, r.label, { fill: MUTED })}</g>`,
    );
  }
  const digits = spec.digits ?? 2;
  const dot = colour(0);
  // Unlabelled points first, so the labelled ones sit on top.
  const order = [...drawn].sort((a, b) => Number(a.labelled === true) - Number(b.labelled === true));
  const boxes: { x0: number; x1: number; y0: number; y1: number }[] = [];
  parts.push('<g class="points">');
  for (const p of order) {
    const cx = x(p.x as number);
    const cy = y(p.y as number);
    const tip = `${p.label}${p.hint !== undefined ? ` (${p.hint})` : ''}: ${spec.x.label} ${formatNumber(p.x, digits)}, ${spec.y.label} ${formatNumber(p.y, digits)}`;
    const lit = p.labelled === true;
    parts.push(
      `<circle cx="${px(cx)}" cy="${px(cy)}" r="${lit ? 4.5 : 3}" fill="${lit ? dot : MUTED}" fill-opacity="${lit ? 0.9 : 0.4}" stroke="#ffffff" stroke-width="0.5"><title>${escapeXml(tip)}</title></circle>`,
    );
  }
  parts.push('</g><g class="labels">');
  for (const p of order) {
    if (p.labelled !== true) continue;
    const cx = x(p.x as number);
    const cy = y(p.y as number);
    const label = fitText(p.label, LABEL_WIDTH, MIN_TEXT);
    const w = textWidth(label, MIN_TEXT);
    // Right of the dot, else left of it, else above or below: the first place clear of the labels drawn.
    const places = [
      { x0: cx + 7, anchor: 'start' as const, tx: cx + 7, ty: cy + 4 },
      { x0: cx - 7 - w, anchor: 'end' as const, tx: cx - 7, ty: cy + 4 },
      { x0: cx - w / 2, anchor: 'middle' as const, tx: cx, ty: cy - 8 },
      { x0: cx - w / 2, anchor: 'middle' as const, tx: cx, ty: cy + 16 },
    ];
    const place = places
      .map((q) => ({ ...q, box: { x0: q.x0, x1: q.x0 + w, y0: q.ty - 9, y1: q.ty + 3 } }))
      .find(
        (q) =>
          q.box.x0 >= left &&
          q.box.x1 <= right &&
          q.box.y0 >= top &&
          !boxes.some((b) => b.x0 < q.box.x1 && q.box.x0 < b.x1 && b.y0 < q.box.y1 && q.box.y0 < b.y1),
      );
    if (place === undefined) continue;
    boxes.push(place.box);
    // A white halo keeps the label legible over the grey points.
    parts.push(
      text(place.tx, place.ty, label, { anchor: place.anchor }).replace(
        '<text ',
        '<text stroke="#ffffff" stroke-width="3" paint-order="stroke" ',
      ),
    );
  }
  parts.push('</g></svg>');
  return parts.join('');
}
