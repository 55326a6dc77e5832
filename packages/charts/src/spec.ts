/**
 * Declarative chart specs: plain data that the report renders to SVG on the server and the
 * dashboard renders in the browser. A spec holds everything a reader needs besides the
 * picture: its title, a description for screen readers, the data (which `chartTable` turns
 * into the chart's data table) and the source line.
 *
 * @module
 */
import type { SeriesIdentity } from './svg.js';

/** What every chart carries. */
export interface ChartBase {
  /** Stable id, the prefix of every id inside the SVG (no random ids), e.g. `income-gdp`. */
  readonly id: string;
  readonly title: string;
  /** One or two sentences for screen readers (the SVG's `<desc>`). */
  readonly description: string;
  /** The source line printed under the chart and under its data table. */
  readonly source: string;
  /** Header of the first column of the data table (years, categories, axes or rows). */
  readonly key: string;
  /** Width and height of the SVG viewBox (default 640 × 320). */
  readonly width?: number;
  readonly height?: number;
  /** Decimal places of values in labels and in the data table (default 2). */
  readonly digits?: number;
}

/** A horizontal (line, bar) or vertical (dot) reference line with its label. */
export interface Rule {
  readonly value: number;
  readonly label: string;
}

/** A numeric axis. `min`/`max` widen the domain the data give; `reverse` puts the smallest value on top (ranks). */
export interface NumericAxis {
  readonly label: string;
  readonly min?: number;
  readonly max?: number;
  readonly reverse?: boolean;
  /**
   * A categorical axis: value k (1, 2, …) is the k-th category, ticked and labelled by name at
   * each whole value only (an income group is "lower-middle", not "2.5").
   */
  readonly categories?: readonly string[];
}

/** One point of a line; `low`/`high` draw a band around it (e.g. a 5-95 % rank interval). */
export interface LinePoint {
  readonly x: number;
  readonly y: number | null;
  readonly low?: number | null;
  readonly high?: number | null;
}

/** Lines over a numeric x (years), with optional bands and reference lines. */
export interface LineChartSpec extends ChartBase {
  readonly kind: 'line';
  readonly y: NumericAxis;
  readonly series: readonly (SeriesIdentity & { readonly points: readonly LinePoint[] })[];
  readonly rules?: readonly Rule[];
  /** Table header of the band columns, e.g. `rank 5 %` and `rank 95 %` (default `low`, `high`). */
  readonly bandLabels?: readonly [string, string];
  /** Draw each series as steps (a level holds until the next value): for categorical histories. */
  readonly step?: boolean;
  /**
   * Name each series at the end of its line instead of in a legend (default: yes, for two or
   * more series when the names fit in 30 % of the width; otherwise the legend).
   */
  readonly directLabels?: boolean;
}

/** Vertical bars by category, grouped side by side or stacked (shares). */
export interface BarChartSpec extends ChartBase {
  readonly kind: 'bar';
  readonly categories: readonly string[];
  readonly series: readonly { readonly name: string; readonly values: readonly (number | null)[] }[];
  readonly stacked?: boolean;
  readonly y: NumericAxis;
  readonly rules?: readonly Rule[];
}

/** A radar (spider) chart of scores on common axes, from 0 to `max`. */
export interface RadarChartSpec extends ChartBase {
  readonly kind: 'radar';
  readonly axes: readonly string[];
  readonly series: readonly { readonly name: string; readonly values: readonly (number | null)[] }[];
  readonly max: number;
}

/** One row of a dot plot: named values on a common axis, and an optional range behind them. */
export interface DotRow {
  readonly label: string;
  /** Shown on hover over the row (e.g. the code behind a name), not in the drawing. */
  readonly hint?: string;
  /** Values by series; a series may have several (each then names itself with `label`). */
  readonly points: readonly { readonly series: string; readonly value: number | null; readonly label?: string }[];
  readonly low?: number | null;
  readonly high?: number | null;
}

/** Dots (and ranges) on a horizontal axis, one row per item. */
export interface DotChartSpec extends ChartBase {
  readonly kind: 'dot';
  readonly rows: readonly DotRow[];
  readonly x: NumericAxis;
  readonly rules?: readonly Rule[];
  /** Table header of the range columns (default `low`, `high`). */
  readonly rangeLabels?: readonly [string, string];
  /** The series of the economy the chart is about: drawn in the focal colour, which no other series gets. */
  readonly focus?: string;
}

/**
 * One node of a network chart, at a position laid out beforehand (see `networkLayout`):
 * `x` and `y` in [0, 1], mapped onto the plotting area.
 */
export interface NetworkNode {
  readonly id: string;
  readonly label: string;
  /** The category that colours the node (e.g. an HS section). */
  readonly group: string;
  readonly x: number;
  readonly y: number;
  /** What the node's area shows (e.g. world exports); missing draws the smallest node. */
  readonly size: number | null;
  /** Highlighted nodes are drawn in their group's colour and on top; the others in grey. */
  readonly highlight: boolean;
  /** More for the tooltip after the name, group and size (e.g. PCI, RCA, density, COG). */
  readonly hint?: string;
}

/** A link between two nodes (indices into `nodes`); `backbone` links are drawn darker. */
export interface NetworkLink {
  readonly source: number;
  readonly target: number;
  readonly backbone: boolean;
}

/**
 * A network (e.g. the product space) drawn at fixed positions: links, then nodes sized by
 * `size` (area) and coloured by `group` where highlighted, grey where not.
 */
export interface NetworkChartSpec extends ChartBase {
  readonly kind: 'network';
  readonly nodes: readonly NetworkNode[];
  readonly links: readonly NetworkLink[];
  /** Colour order of the groups (default: the groups of the nodes, sorted). */
  readonly groups?: readonly string[];
  /**
   * Legend and table labels: the highlighted nodes and the others (legend), and the data
   * table's columns (`key` heads the group column).
   */
  readonly labels: {
    readonly highlight: string;
    readonly other: string;
    readonly nodes: string;
    readonly size: string;
  };
}

/** One point of a scatter chart; `labelled` points carry their label in the drawing too. */
export interface ScatterPoint {
  readonly label: string;
  readonly x: number | null;
  readonly y: number | null;
  /** Shown on hover (e.g. a code and a third value), not in the drawing. */
  readonly hint?: string;
  readonly labelled?: boolean;
}

/**
 * Points on two numeric axes (e.g. an economy's opportunities: distance against PCI), with
 * optional vertical and horizontal reference lines.
 */
export interface ScatterChartSpec extends ChartBase {
  readonly kind: 'scatter';
  readonly points: readonly ScatterPoint[];
  readonly x: NumericAxis;
  readonly y: NumericAxis;
  /** Vertical reference lines (at x values). */
  readonly xRules?: readonly Rule[];
  /** Horizontal reference lines (at y values). */
  readonly yRules?: readonly Rule[];
}

export type ChartSpec =
  LineChartSpec | BarChartSpec | RadarChartSpec | DotChartSpec | NetworkChartSpec | ScatterChartSpec;

/** The data table of a chart: a header and rows of strings, numbers or nulls (no value). */
export interface ChartTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly (string | number | null)[])[];
}
