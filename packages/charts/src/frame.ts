import { linearScale, niceDomain, type LinearScale } from './scale.js';
import {
  formatNumber,
  GRID,
  INK,
  legend,
  line,
  LINE_HEIGHT,
  MIN_TEXT,
  MUTED,
  sourceLine,
  text,
  textWidth,
  wrapText,
} from './svg.js';
import type { ChartBase, NumericAxis, Rule } from './spec.js';

/** The plotting area of a cartesian chart and the SVG drawn around it. */
export interface Frame {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly y: LinearScale;
  /** Legend, y axis with grid, rules and source line. */
  readonly svg: string;
}

/** The chart's size: the spec's (640 × 320 by default), taller by the source's extra lines. */
export const size = (spec: ChartBase): { width: number; height: number } => {
  const width = spec.width ?? 640;
  const sourceLines = wrapText(spec.source, width - 24, MIN_TEXT).length;
  return { width, height: (spec.height ?? 320) + (sourceLines - 1) * LINE_HEIGHT };
};

/** Height the source needs beyond its first line (the chart's height includes it: {@link size}). */
export const sourceRoom = (spec: ChartBase): number =>
  (wrapText(spec.source, (spec.width ?? 640) - 24, MIN_TEXT).length - 1) * LINE_HEIGHT;

/** Decimal places that show the difference between adjacent ticks. */
function tickDigits(ticks: readonly number[]): number {
  const step = ticks.length > 1 ? Math.abs((ticks[1] as number) - (ticks[0] as number)) : 1;
  return step >= 1 ? 0 : Math.min(4, Math.ceil(-Math.log10(step) - 1e-9));
}

/**
 * Lays out a chart with a vertical value axis: legend on top, y ticks and label on the left,
 * room for x labels at the bottom, the source line last.
 */
export function verticalFrame(
  spec: ChartBase,
  axis: NumericAxis,
  values: readonly number[],
  names: readonly string[],
  rules: readonly Rule[] = [],
  bottomRoom = 34,
  colours?: readonly string[],
  /** Room right of the plot, for direct labels at the lines' ends. */
  rightRoom = 0,
): Frame {
  const { width, height } = size(spec);
  const categories = axis.categories;
  const domain: [number, number] = categories
    ? [0.5, categories.length + 0.5]
    : niceDomain([...values, ...rules.map((r) => r.value)], axis.min, axis.max);
  const probe = linearScale(domain, [0, 1]);
  const digits = tickDigits(probe.ticks);
  const ticks = categories ? categories.map((_c, i) => i + 1) : probe.ticks;
  const tickText = (t: number): string => (categories ? (categories[t - 1] ?? '') : formatNumber(t, digits));
  const tickWidth = Math.max(...ticks.map((t) => textWidth(tickText(t), MIN_TEXT)), 10);
  const leg = legend(names, 12, 16, width - 24, colours);
  const left = 26 + tickWidth + 8;
  const right = width - 16 - rightRoom;
  const top = 14 + leg.height + 6;
  const bottom = height - bottomRoom - 16 - sourceRoom(spec);
  const y = linearScale(axis.reverse ? [domain[1], domain[0]] : domain, [bottom, top]);
  const parts: string[] = [leg.svg, '<g class="y-axis">'];
  for (const t of categories ? ticks : y.ticks) {
    parts.push(line(left, y(t), right, y(t), GRID));
    parts.push(text(left - 6, y(t) + 4, tickText(t), { anchor: 'end', fill: MUTED }));
  }
  const mid = (top + bottom) / 2;
  parts.push(text(12, mid, axis.label, { anchor: 'middle', rotate: -90, fill: MUTED }));
  parts.push('</g>');
  for (const r of rules) {
    const ry = y(r.value);
    parts.push(
      `<g class="rule">${line(left, ry, right, ry, INK, 'stroke-dasharray="4 3"')}` +
        `${text(right - 2, ry - 4, r.label, { anchor: 'end' })}</g>`,
    );
  }
  parts.push(sourceLine(spec.source, 12, height - 6, width - 24));
  return { left, right, top, bottom, y, svg: parts.join('') };
}
