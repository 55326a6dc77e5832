import type { ChartSpec } from '@chanye/charts';
import type { Finding } from '@chanye/compute';

/** Languages a report is written in. */
export type Lang = 'en' | 'zh';

/**
 * The report's sections in the order of its argument: findings first, then income,
 * structure, the two scorecards, the benchmark, stage and coordination, capabilities,
 * linkages, a baseline pathway to 2035, and where every number comes from.
 */
export const SECTION_IDS = [
  'summary',
  'income',
  'structure',
  'characteristics',
  'four-systems',
  'graduates',
  'stage',
  'complexity',
  'input-output',
  'scenario',
  'sources',
  'methods',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** A table cell: text, a number (formatted by the renderer with the column's digits) or no value. */
export type Cell = string | number | null;

export interface TableColumn {
  readonly label: string;
  /** Decimal places of numbers in this column; absent: the CLI's rule (≤ 2, none from 1,000). */
  readonly digits?: number;
}

export interface ReportTable {
  /** Unique in the report; the HTML anchor of the table. */
  readonly id: string;
  readonly caption: string;
  readonly columns: readonly TableColumn[];
  readonly rows: readonly (readonly Cell[])[];
  /** Source line under the table. */
  readonly source: string;
  readonly note?: string;
}

/** A chart and its data table (the table is `chartTable(spec)`, with the chart's source line). */
export interface ReportFigure {
  readonly spec: ChartSpec;
  readonly table: ReportTable;
}

/** One number a finding rests on, in the report's language, with the number of its source. */
export interface ReportEvidence {
  readonly label: string;
  readonly iso3: string;
  readonly year: number;
  readonly value: number;
  readonly unit: string;
  /** Index into `Report.sources.series` (1-based, as printed: [n]). */
  readonly source: number;
  readonly status: string;
  readonly note?: string;
}

/** A diagnostic finding in the report's language. */
export interface ReportFinding {
  readonly diagnostic: string;
  readonly id: string;
  readonly severity: Finding['severity'];
  readonly statement: string;
  readonly evidence: readonly ReportEvidence[];
  readonly rule?: string;
  readonly reference: string;
}

export interface ReportSection {
  readonly id: SectionId;
  readonly title: string;
  /** Plain-text paragraphs (no markup). */
  readonly paragraphs: readonly string[];
  readonly findings: readonly ReportFinding[];
  readonly figures: readonly ReportFigure[];
  readonly tables: readonly ReportTable[];
}

/** A data source of the snapshot (manifest.json). */
export interface ReportSource {
  readonly id: string;
  readonly name: string;
  readonly publisher: string;
  readonly vintage: string;
  readonly licence: string;
  readonly citation: string;
}

/** Settings the report was built with, printed in its methods appendix. */
export interface ReportSettings {
  /** Year of the scorecards (and of the diagnostics when given). */
  readonly year: number;
  /** True when the caller fixed the year; false when it is the default. */
  readonly yearGiven: boolean;
  readonly peers: string;
  readonly method: string;
  readonly normalization: string;
  readonly window: number;
  readonly sensitivity: { readonly draws: number; readonly seed: number };
  readonly trajectoryYears: readonly number[];
  readonly couplingYears: readonly [number, number];
  readonly complexityDataset: string;
  /** The input-output table of the linkages section (`chanye io … --dataset --year`). */
  readonly io: { readonly dataset: string; readonly year: number };
  /** The scenario run (`chanye simulate ISO3 --to --scenario --draws --seed`). */
  readonly simulation: {
    readonly scenario: string;
    readonly to: number;
    readonly draws: number;
    readonly seed: number;
  };
}

/** One assessment of an economy's industrial system, ready to render as HTML, Markdown or PDF. */
export interface Report {
  readonly lang: Lang;
  readonly iso3: string;
  readonly economyName: string;
  readonly title: string;
  readonly subtitle: string;
  readonly settings: ReportSettings;
  readonly generated: {
    readonly chanye: string;
    /** When the snapshot's inputs were collected (manifest.json). */
    readonly snapshot: string;
    /** Date the caller passed (the library reads no clock). */
    readonly date?: string;
  };
  readonly sections: readonly ReportSection[];
  readonly sources: {
    /** Sources of the evidence and tables, numbered in order of first use ([1], [2], …). */
    readonly series: readonly string[];
    /** The snapshot's data sources with vintages and licences. */
    readonly snapshot: readonly ReportSource[];
  };
  /** Every reference cited, in order of first use. */
  readonly references: readonly string[];
}

/** A step of the build, for a progress indicator. */
export interface ReportProgress {
  readonly step: number;
  readonly total: number;
  readonly label: string;
}
