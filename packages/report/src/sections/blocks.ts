/**
 * The building blocks every section is made of: the section itself, findings with their
 * numbered evidence, figures with their data tables, tables, and the source lines under them.
 *
 * @module
 */
import { chartTable, type ChartSpec } from '@chanye/charts';
import type { Finding } from '@chanye/compute';
import type { Context } from '../context.js';
import type {
  Cell,
  ReportEvidence,
  ReportFigure,
  ReportFinding,
  ReportSection,
  ReportTable,
  SectionId,
  TableColumn,
} from '../model.js';
import { SECTION_TITLES } from '../text.js';
import { noteZh, sourceLineZh, sourceNameZh, unitZh } from '../zh-terms.js';

export function section(
  context: Context,
  id: SectionId,
  parts: Partial<Omit<ReportSection, 'id' | 'title'>>,
): ReportSection {
  return {
    id,
    title: SECTION_TITLES[id][context.lang],
    paragraphs: parts.paragraphs ?? [],
    findings: parts.findings ?? [],
    figures: parts.figures ?? [],
    tables: parts.tables ?? [],
  };
}

/** A diagnostic's finding in the report's language, its evidence's sources and its reference numbered. */
export function findingOf(context: Context, f: Finding): ReportFinding {
  const zh = context.lang === 'zh';
  const evidence: ReportEvidence[] = f.evidence.map((e) => ({
    label: zh ? e.label_zh : e.label_en,
    iso3: e.iso3,
    year: e.year,
    value: e.value,
    unit: zh ? unitZh(e.unit) : e.unit,
    source: context.citations.source(e.source),
    status: e.status,
    ...(e.note !== undefined ? { note: zh ? noteZh(e.note) : e.note } : {}),
  }));
  return {
    diagnostic: f.diagnostic,
    id: f.id,
    severity: f.severity,
    statement: zh ? f.statement_zh : f.statement_en,
    evidence,
    ...(f.threshold ? { rule: zh ? f.threshold.description_zh : f.threshold.description_en } : {}),
    reference: context.citations.reference(f.reference),
  };
}

/** The findings of the named diagnostics, in the order named. */
export function findingsOf(context: Context, ...diagnostics: string[]): ReportFinding[] {
  return context.data.diagnoses
    .filter((d) => diagnostics.includes(d.diagnostic.id))
    .sort((a, b) => diagnostics.indexOf(a.diagnostic.id) - diagnostics.indexOf(b.diagnostic.id))
    .flatMap((d) => d.findings.map((f) => findingOf(context, f)));
}

/** The short name of the snapshot source(s) a series label names, e.g. "Penn World Table 10.01". */
export function shortSource(context: Context, sources: readonly string[]): string {
  const names = new Set<string>();
  for (const s of sources) {
    const known = context.store.manifest.sources.filter((m) => s.includes(m.name));
    if (known.length === 0) names.add(context.lang === 'zh' ? sourceLineZh(s) : s);
    for (const m of known) names.add(context.lang === 'zh' ? sourceNameZh(m.id, m.name) : m.name);
  }
  return [...names].join('; ');
}

/**
 * A source line: short names for the chart, the numbered full series for the table. `short`
 * replaces the short names where they must say more (the WIOD table's release and year).
 */
function sourceLines(context: Context, sources: readonly string[], short?: string): { chart: string; table: string } {
  const distinct = [...new Set(sources)];
  const numbers = distinct.map((s) => `[${context.citations.source(s)}]`).join(' ');
  const name =
    short !== undefined && context.lang === 'zh' ? sourceLineZh(short) : (short ?? shortSource(context, distinct));
  return {
    chart: `${context.t.sourcePrefix}${name}`,
    table: `${context.t.sourcePrefix}${name} ${numbers}`.trim(),
  };
}

export interface FigureOptions {
  /** A note under the data table. */
  readonly note?: string;
  /** The short source line (default: the snapshot names of `sources`). */
  readonly short?: string;
  /** Leaves out data-table columns with no value (a series drawn only as a band). */
  readonly compact?: boolean;
}

/** A chart with its source line, and its data table (`chartTable`) with the numbered sources. */
export function figure(
  context: Context,
  spec: ChartSpec,
  sources: readonly string[],
  options: FigureOptions = {},
): ReportFigure {
  const lines = sourceLines(context, sources, options.short);
  const withSource = { ...spec, source: lines.chart } as ChartSpec;
  const data = chartTable(withSource);
  const digits = withSource.digits ?? 2;
  const keep = data.columns.map(
    (_, i) => i === 0 || !options.compact || data.rows.some((row) => row[i] !== null && row[i] !== undefined),
  );
  const table: ReportTable = {
    id: `${spec.id}-data`,
    caption: `${context.t.dataTable}: ${spec.title}`,
    columns: data.columns
      .map((label, i) => (i > 0 && data.rows.some((row) => typeof row[i] === 'number') ? { label, digits } : { label }))
      .filter((_, i) => keep[i]),
    rows: data.rows.map((row) =>
      row.map((cell, i) => (i === 0 && typeof cell === 'number' ? String(cell) : cell)).filter((_, i) => keep[i]),
    ),
    source: lines.table,
    ...(options.note !== undefined ? { note: options.note } : {}),
  };
  return { spec: withSource, table };
}

/** A table with the numbered sources of its values under it. */
export function table(
  context: Context,
  id: string,
  caption: string,
  columns: readonly TableColumn[],
  rows: readonly (readonly Cell[])[],
  sources: readonly string[],
  note?: string,
  short?: string,
): ReportTable {
  return {
    id,
    caption,
    columns,
    rows,
    source: sourceLines(context, sources, short).table,
    ...(note !== undefined ? { note } : {}),
  };
}

export const col = (label: string, digits?: number): TableColumn =>
  digits === undefined ? { label } : { label, digits };

/** A share in [0, 1] as a percentage, as the CLI's tables print the JSON's fractions. */
export const pct = (share: number): number => share * 100;
