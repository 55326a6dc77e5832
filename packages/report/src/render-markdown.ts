import { formatCell } from './format.js';
import type { Report, ReportFinding, ReportTable } from './model.js';
import { LABELS, SEVERITY_NAMES } from './text.js';

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

function tableMd(table: ReportTable, number: string, tableWord: string): string {
  const header = `| ${table.columns.map((c) => cell(c.label)).join(' | ')} |`;
  const rule = `| ${table.columns.map((c) => (c.digits !== undefined ? '---:' : '---')).join(' | ')} |`;
  const rows = table.rows.map(
    (row) => `| ${row.map((v, i) => cell(formatCell(v, table.columns[i]?.digits))).join(' | ')} |`,
  );
  return [
    `**${tableWord} ${number}. ${table.caption}**`,
    '',
    header,
    rule,
    ...rows,
    '',
    ...(table.note ? [`_${table.note}_`, ''] : []),
    `_${table.source}_`,
  ].join('\n');
}

function findingMd(f: ReportFinding, report: Report): string {
  const t = LABELS[report.lang];
  const lines = [`- **${SEVERITY_NAMES[f.severity][report.lang]}** — ${f.statement}`];
  for (const e of f.evidence)
    lines.push(
      `  - ${e.label}: ${formatCell(e.value)} ${e.unit}, ${e.year} [${e.source}]${e.note ? ` (${e.note})` : ''}`,
    );
  if (f.rule) lines.push(`  - ${t.rule}: ${f.rule}`);
  if (f.evidence.length > 0 || f.rule) lines.push(`  - ${t.reference}: ${f.reference}`);
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
    `# ${report.title}`,
    '',
    report.subtitle,
    '',
    `${t.generated(report.generated.chanye)} · ${t.snapshot} ${report.generated.snapshot}${report.generated.date ? ` · ${report.generated.date}` : ''}`,
    '',
    `## ${t.contents}`,
    '',
    ...report.sections.map((s, i) => `${i + 1}. [${s.title}](#${s.id})`),
  ];
  report.sections.forEach((s, i) => {
    const n = i + 1;
    out.push('', `<a id="${s.id}"></a>`, '', `## ${n}. ${s.title}`, '');
    const tables = s.tables.map((tb, k) => tableMd(tb, `${n}.${s.figures.length + k + 1}`, t.table));
    if (s.id === 'summary') for (const tb of tables) out.push(tb, '');
    for (const p of s.paragraphs) out.push(p, '');
    if (s.findings.length > 0) out.push(s.findings.map((f) => findingMd(f, report)).join('\n'), '');
    s.figures.forEach((f, k) => {
      out.push(`**${t.figure} ${n}.${k + 1}. ${f.spec.title}**`, '', `_${f.spec.description}_`, '');
      out.push(tableMd(f.table, `${n}.${k + 1}a`, t.table), '');
    });
    if (s.id !== 'summary') for (const tb of tables) out.push(tb, '');
  });
  return `${out.join('\n').trimEnd()}\n`;
}
