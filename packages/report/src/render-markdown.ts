import { formatCell } from './format.js';
import type { Report, ReportFinding, ReportTable } from './model.js';
import { LABELS, SEVERITY_NAMES } from './text.js';

/**
 * Text as Markdown text: `<` backslash-escaped (CommonMark), so a label or note that holds
 * HTML (an imported indicator named `<img onerror=…>`) shows as text and never as markup.
 */
const md = (text: string): string => text.replace(/</g, '\\<');

const cell = (text: string): string => md(text).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

function tableMd(table: ReportTable, number: string, tableWord: string): string {
  const header = `| ${table.columns.map((c) => cell(c.label)).join(' | ')} |`;
  const rule = `| ${table.columns.map((c) => (c.digits !== undefined ? '---:' : '---')).join(' | ')} |`;
  const rows = table.rows.map(
    (row) => `| ${row.map((v, i) => cell(formatCell(v, table.columns[i]?.digits))).join(' | ')} |`,
  );
  return [
    `**${tableWord} ${number}. ${md(table.caption)}**`,
    '',
    header,
    rule,
    ...rows,
    '',
    ...(table.note ? [`_${md(table.note)}_`, ''] : []),
    `_${md(table.source)}_`,
  ].join('\n');
}

function findingMd(f: ReportFinding, report: Report): string {
  const t = LABELS[report.lang];
  const lines = [`- **${SEVERITY_NAMES[f.severity][report.lang]}** — ${md(f.statement)}`];
  for (const e of f.evidence)
    lines.push(
      `  - ${md(e.label)}: ${formatCell(e.value)} ${md(e.unit)}, ${e.year} [${e.source}]${e.note ? ` (${md(e.note)})` : ''}`,
    );
  if (f.rule) lines.push(`  - ${t.rule}: ${md(f.rule)}`);
  if (f.evidence.length > 0 || f.rule) lines.push(`  - ${t.reference}: ${md(f.reference)}`);
  return lines.join('\n');
}

/**
 * The report as Markdown: the same sections, findings and tables as the HTML; each chart
 * appears as its data table and source line.
 *
 * @example renderMarkdown(report).startsWith('# ') // returns true
 */
export function renderMarkdown(report: Report): string {
  const t = LABELS[report.lang];
  const out: string[] = [
    `# ${md(report.title)}`,
    '',
    md(report.subtitle),
    '',
    `${t.generated(report.generated.chanye)} · ${t.snapshot} ${report.generated.snapshot}${report.generated.date ? ` · ${report.generated.date}` : ''}`,
    '',
    `## ${t.contents}`,
    '',
    ...report.sections.map((s, i) => `${i + 1}. [${md(s.title)}](#${s.id})`),
  ];
  report.sections.forEach((s, i) => {
    const n = i + 1;
    out.push('', `<a id="${s.id}"></a>`, '', `## ${n}. ${md(s.title)}`, '');
    const tables = s.tables.map((tb, k) => tableMd(tb, `${n}.${s.figures.length + k + 1}`, t.table));
    if (s.id === 'summary') for (const tb of tables) out.push(tb, '');
    for (const p of s.paragraphs) out.push(md(p), '');
    if (s.findings.length > 0) out.push(s.findings.map((f) => findingMd(f, report)).join('\n'), '');
    s.figures.forEach((f, k) => {
      out.push(`**${t.figure} ${n}.${k + 1}. ${md(f.spec.title)}**`, '', `_${md(f.spec.description)}_`, '');
      out.push(tableMd(f.table, `${n}.${k + 1}a`, t.table), '');
    });
    if (s.id !== 'summary') for (const tb of tables) out.push(tb, '');
  });
  return `${out.join('\n').trimEnd()}\n`;
}
