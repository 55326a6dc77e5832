import { size, verticalFrame } from './frame.js';
import { linearScale, niceTicks } from './scale.js';
import {
  escapeXml,
  GRID,
  line,
  MIN_TEXT,
  MUTED,
  px,
  seriesColours,
  svgOpen,
  text,
  textWidth,
  type SeriesIdentity,
} from './svg.js';
import type { LineChartSpec, LinePoint } from './spec.js';

const rank = (s: SeriesIdentity): number => (s.emphasis === 'focal' ? 1 : 0);

/** Vertical distance between two direct labels, in px: one line of 11-px text and a gap. */
const LABEL_GAP = 14;

/**
 * Label positions at the lines' ends (as the Our World in Data grapher and the FT place them):
 * each at its series' last value, moved apart just enough that no two overlap and kept within
 * the plot. `wanted` are the last values' y positions; the result has the same order.
 */
export function spreadLabels(wanted: readonly number[], top: number, bottom: number): number[] {
  const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const placed = order.map((o) => Math.min(Math.max(o.y, top), bottom));
  for (let k = 1; k < placed.length; k++)
    placed[k] = Math.max(placed[k] as number, (placed[k - 1] as number) + LABEL_GAP);
  // Pushed past the bottom: move the tail back up, keeping the gaps.
  if (placed.length > 0 && (placed.at(-1) as number) > bottom) {
    placed[placed.length - 1] = bottom;
    for (let k = placed.length - 2; k >= 0; k--)
      placed[k] = Math.min(placed[k] as number, (placed[k + 1] as number) - LABEL_GAP);
  }
  const out = new Array<number>(wanted.length);
  order.forEach((o, k) => (out[o.i] = placed[k] as number));
  return out;
}

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
  // Six peer colours for up to nine economies: a colour's second and later series are dashed,
  // so two lines never look alike (their names stand at their ends).
  const seen = new Map<string, number>();
  const dashed = colours.map((c) => {
    const n = seen.get(c) ?? 0;
    seen.set(c, n + 1);
    return n > 0;
  });
  const drawn = spec.series.filter((s) => s.points.some((p) => finite(p.y)));
  const labelRoom = Math.max(0, ...drawn.map((s) => textWidth(s.name, MIN_TEXT))) + 10;
  const direct = (spec.directLabels ?? true) && drawn.length > 1 && labelRoom <= 0.3 * width;
  const frame = verticalFrame(
    spec,
    spec.y,
    values,
    direct ? [] : spec.series.map((s) => s.name),
    spec.rules,
    undefined,
    colours,
    direct ? labelRoom : 0,
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
      const dash = dashed[i] ? ' stroke-dasharray="6 3"' : '';
      if (run.length > 1) parts.push(`<path d="${d}" fill="none" stroke="${c}" stroke-width="${stroke}"${dash}/>`);
      for (const p of run)
        parts.push(
          `<circle cx="${px(x(p.x))}" cy="${px(frame.y(p.y as number))}" r="${stroke === 3 ? 3 : 2.5}" fill="${c}"/>`,
        );
    }
    parts.push('</g>');
  }
  if (direct) parts.push(endLabels(spec, colours, frame, x));
  parts.push('</svg>');
  return parts.join('');
}

/** Each series' name at the end of its line, in its colour; a faint leader where the label had to move. */
function endLabels(
  spec: LineChartSpec,
  colours: readonly string[],
  frame: { right: number; top: number; bottom: number; y: (v: number) => number },
  x: (v: number) => number,
): string {
  const ends = spec.series.flatMap((s, i) => {
    const last = [...s.points]
      .sort((a, b) => a.x - b.x)
      .filter((p) => finite(p.y))
      .at(-1);
    return last ? [{ s, i, px: x(last.x), py: frame.y(last.y as number) }] : [];
  });
  // Baselines 4 px below the value centre the 11-px text on the line's end.
  const at = spreadLabels(
    ends.map((e) => e.py + 4),
    frame.top + 8,
    frame.bottom + 4,
  );
  const parts = ['<g class="direct-labels">'];
  ends.forEach((e, k) => {
    const c = colours[e.i] as string;
    const ly = at[k] as number;
    const lx = frame.right + 6;
    if (Math.abs(ly - e.py) > 2 || e.px < frame.right - 10)
      parts.push(line(e.px + 3, e.py, lx - 2, ly - 4, c, 'stroke-opacity="0.5"'));
    const weight = e.s.emphasis === 'focal' ? 'bold' : undefined;
    parts.push(text(lx, ly, e.s.name, { fill: c, ...(weight ? { weight } : {}) }));
  });
  parts.push('</g>');
  return parts.join('');
}
