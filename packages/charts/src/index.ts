/**
 * @chanye/charts — declarative chart specs and their SVG rendering, pure (no I/O, no DOM):
 * the report draws its charts on the server with it, and the dashboard in the browser.
 *
 * @module
 */
export type {
  BarChartSpec,
  ChartBase,
  ChartSpec,
  ChartTable,
  DotChartSpec,
  DotRow,
  LineChartSpec,
  LinePoint,
  NetworkChartSpec,
  NetworkLink,
  NetworkNode,
  NumericAxis,
  RadarChartSpec,
  Rule,
  ScatterChartSpec,
  ScatterPoint,
} from './spec.js';
export { renderSvg } from './render.js';
export { spreadLabels } from './line.js';
export { networkLayout, type LayoutLink, type NetworkLayoutOptions } from './network-layout.js';
export { GROUP_PALETTE, networkGroups } from './network.js';
export { fanChart, FAN_BANDS, type FanChartInput } from './fan.js';
export { chartTable } from './table.js';
export {
  escapeXml,
  FOCAL_COLOUR,
  FONT_FAMILY,
  formatNumber,
  MIN_TEXT,
  PALETTE,
  seriesColours,
  wrapText,
  type SeriesIdentity,
} from './svg.js';
export { linearScale, niceDomain, niceTicks, type LinearScale } from './scale.js';
