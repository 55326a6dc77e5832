import { renderBar } from './bar.js';
import { renderDot } from './dot.js';
import { renderLine } from './line.js';
import { renderNetwork } from './network.js';
import { renderRadar } from './radar.js';
import { renderScatter } from './scatter.js';
import type { ChartSpec } from './spec.js';

/**
 * Renders a chart spec to a standalone SVG string: deterministic (ids derive from `spec.id`,
 * coordinates are rounded to 0.1 px), with `<title>` and `<desc>`, a viewBox and inline
 * presentation attributes only (no CSS variables, scripts or external references).
 *
 * @example renderSvg(spec).startsWith('<svg') // returns true
 */
export function renderSvg(spec: ChartSpec): string {
  if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(spec.id)) throw new Error(`invalid chart id: ${spec.id}`);
  switch (spec.kind) {
    case 'line':
      return renderLine(spec);
    case 'bar':
      return renderBar(spec);
    case 'radar':
      return renderRadar(spec);
    case 'dot':
      return renderDot(spec);
    case 'network':
      return renderNetwork(spec);
    case 'scatter':
      return renderScatter(spec);
  }
}
