/**
 * Section "Summary of findings": the key numbers of the other sections, and the diagnostics'
 * risks, warnings and strengths with the first facts of the stage and income-trap diagnostics.
 * It is written after the other sections, whose numbers it repeats.
 *
 * @module
 */
import type { Finding } from '@chanye/compute';
import { isStale, newestYear, scoreRows, STALE_AFTER_YEARS } from '@chanye/engine';
import { INCOME_GROUP_NAMES } from '@chanye/store';
import type { Context } from '../context.js';
import { cliNumber } from '../format.js';
import type { Cell, ReportSection, ReportTable } from '../model.js';
import { col, findingOf, pct, section, shortSource } from './blocks.js';
import { overallRow } from './scorecards.js';
import { sourceNameZh, unitZh } from '../zh-terms.js';
import { SUMMARY_TEXT } from './summary-text.js';

/** The profile's indicators the key-numbers table repeats. */
const KEY_INDICATORS = ['gdp_per_capita_ppp', 'mva_share_gdp', 'mht_share_mva', 'rd_share_gdp'];

export function summarySection(context: Context): ReportSection {
  const { t, lang, iso3, data, settings } = context;
  const zh = lang === 'zh';
  const text = SUMMARY_TEXT[lang];
  const rows: KeyRow[] = [];
  const current = data.profile.income.current;
  const wb = context.store.source('wb_class');
  const atYear = data.profile.income.atRequestedYear ?? current;
  if (atYear)
    rows.push({
      cells: [t.incomeGroup, INCOME_GROUP_NAMES[atYear.group][lang]],
      year: atYear.dataYear,
      source: lang === 'zh' ? sourceNameZh(wb.id, wb.name) : wb.name,
    });
  for (const s of data.profile.sections)
    for (const item of s.items) {
      if (!item.observation || !KEY_INDICATORS.includes(item.indicator)) continue;
      rows.push({
        cells: [zh ? withUnitZh(item.name_zh, item.unit) : withUnit(item.name_en, item.unit), item.observation.value],
        year: item.observation.year,
        source: shortSource(context, [item.observation.source]),
        ...(item.observation.breakYear !== undefined ? { breakYear: item.observation.breakYear } : {}),
      });
    }
  for (const [id, scored] of [
    ['characteristics', data.characteristics],
    ['four-systems', data.fourSystems],
  ] as const) {
    const overall = overallRow(scoreRows(scored), iso3, settings.year);
    const framework = context.store.framework(id);
    if (!overall || overall.rank === null) continue;
    const interval =
      overall.rank_p05 !== null && overall.rank_p95 !== null
        ? `; ${t.rankInterval} ${cliNumber(overall.rank_p05, 1)}-${cliNumber(overall.rank_p95, 1)}`
        : '';
    rows.push({
      cells: [
        `${zh ? framework.name_zh : framework.name_en}: ${t.rank}`,
        `${overall.rank} / ${overall.units}${overall.ranked_among === 'small' ? ` (${t.amongSmall})` : ''}${interval}`,
      ],
      year: settings.year,
      source: 'Chanye (`chanye score`)',
    });
  }
  const y = data.complexity.years[0];
  const i = y ? y.locations.indexOf(iso3) : -1;
  if (y && i >= 0)
    rows.push({ cells: [t.eci, y.eci[i] as number], year: y.time, source: 'Chanye (`chanye complexity`)' });
  const lastCoupling = [...data.coupling].reverse().find((c) => c.result !== null);
  if (lastCoupling?.result) {
    const band = zh ? lastCoupling.result.band.zh : lastCoupling.result.band.en;
    rows.push({
      cells: [text.coordination, `${cliNumber(lastCoupling.result.coordination, 3)} (${band})`],
      year: lastCoupling.year,
      source: 'Chanye (`chanye coupling`)',
    });
  }
  if (data.io.available) {
    const gvc = data.io.gvc.economies[0];
    if (gvc)
      rows.push({
        cells: [text.gvcParticipation, pct(gvc.participation)],
        year: data.io.gvc.year,
        source: 'WIOD 2013 (`chanye io gvc`)',
      });
  }
  if ('outlook' in data.simulation) {
    // The outlook's headline: the default forecast's crossing (as section 10 states it).
    const o = data.simulation.outlook;
    const fc = o.kind === 'simulation' ? o.report.forecast : o.forecast;
    const last = fc?.crossing?.years.find((c) => c.year === settings.simulation.to);
    if (last)
      rows.push({
        cells: [text.crossingBy(settings.simulation.to), last.probabilityCrossedBy],
        year: last.year,
        source: 'Chanye (`chanye simulate`)',
        projected: true,
      });
  }
  const flagged = data.diagnoses.flatMap((d) =>
    d.findings.filter((f) => f.severity === 'risk' || f.severity === 'warning' || f.severity === 'positive'),
  );
  const stage = data.diagnoses
    .filter((d) => d.diagnostic.id === 'industrialization-stage' || d.diagnostic.id === 'income-trap')
    .flatMap((d) => d.findings.filter((f) => f.severity === 'info').slice(0, 2));
  const findings = [...flagged, ...stage]
    .sort((a, b) => severityOrder(a.severity) - severityOrder(b.severity))
    .map((f) => {
      const { rule: _rule, ...rest } = findingOf(context, f);
      return { ...rest, evidence: [] };
    });
  const paragraphs = [t.findingsList + (flagged.length === 0 ? ` ${t.noneToFlag}` : '')];
  const marked = keyRowCells(rows, text);
  const keyTable: ReportTable = {
    id: 'summary-key-numbers',
    caption: t.keyNumbers,
    columns: [col(t.measure), col(t.value), col(t.year), col(t.source)],
    rows: marked.rows,
    ...(marked.note ? { note: marked.note } : {}),
    source: text.keyNumbersSource,
  };
  return section(context, 'summary', { paragraphs, findings, tables: [keyTable] });
}

/** A row of the key-numbers table before its year is marked. */
interface KeyRow {
  /** Measure and value. */
  readonly cells: readonly [Cell, Cell];
  readonly year: number;
  readonly source: string;
  /** Set for a value spliced onto its benchmark source after this year. */
  readonly breakYear?: number;
  /** A forecast: its year is in the future and takes no part in the freshness rule. */
  readonly projected?: boolean;
}

/**
 * The table's cells, with each year marked as the profile marks it — † a value spliced onto its
 * benchmark source, * a value more than three years older than the newest observed year of the
 * table (freshness.ts) — and the note that explains the marks used.
 */
function keyRowCells(
  rows: readonly KeyRow[],
  text: (typeof SUMMARY_TEXT)[keyof typeof SUMMARY_TEXT],
): { rows: Cell[][]; note: string | undefined } {
  const newest = newestYear(rows.filter((r) => !r.projected).map((r) => r.year));
  const breakYears = new Set<number>();
  let anyStale = false;
  const cells = rows.map((r): Cell[] => {
    const stale = !r.projected && isStale(r.year, newest);
    if (r.breakYear !== undefined) breakYears.add(r.breakYear);
    anyStale ||= stale;
    const marks = `${r.breakYear !== undefined ? SPLICED_MARK : ''}${stale ? STALE_MARK : ''}`;
    return [...r.cells, marks ? `${r.year} ${marks}` : String(r.year), r.source];
  });
  const notes = [
    ...(breakYears.size > 0 ? [`${SPLICED_MARK} ${text.spliced([...breakYears].sort().join(', '))}`] : []),
    ...(anyStale && newest !== null ? [`${STALE_MARK} ${text.older(STALE_AFTER_YEARS, newest)}`] : []),
  ];
  return { rows: cells, note: notes.length > 0 ? notes.join(' ') : undefined };
}

/** The indicator's name with its unit, unless the name already ends with it ("… (% of GDP)"). */
function withUnit(name: string, unit: string): string {
  return name.endsWith(`(${unit})`) ? name : `${name} (${unit})`;
}

/** Chinese names that end in their unit keep it; a share (比重, 占…) needs only its “%”. */
function withUnitZh(name: string, unit: string): string {
  if (name.endsWith('）')) return name;
  return `${name}（${unit.startsWith('% of ') ? '%' : unitZh(unit)}）`;
}

/** The mark of a spliced value's year. */
const SPLICED_MARK = '†';
/** The mark of an old value's year. */
const STALE_MARK = '*';

/** Risks first, then warnings, strengths, facts, and findings without data. */
function severityOrder(s: Finding['severity']): number {
  return ['risk', 'warning', 'positive', 'info', 'no-data'].indexOf(s);
}
