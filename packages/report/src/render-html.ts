import { escapeXml, renderSvg } from '@chanye/charts';
import { formatCell } from './format.js';
import type { Report, ReportFigure, ReportFinding, ReportSection, ReportTable } from './model.js';
import { LABELS, SEVERITY_NAMES } from './text.js';

/** CJK-capable fonts that ship with Linux (Noto/Source Han), macOS (PingFang) and Windows (YaHei). */
export const REPORT_FONT_STACK =
  "'Noto Sans', 'Helvetica Neue', Arial, 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', sans-serif";

const CSS = `
@page { size: A4; margin: 12mm 12mm; }
* { box-sizing: border-box; }
html { font-family: ${REPORT_FONT_STACK}; color: #222; background: #fff; }
body { margin: 0 auto; max-width: 980px; padding: 24px; line-height: 1.5; font-size: 14px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 32px 0 8px; border-bottom: 2px solid #0072B2; padding-bottom: 4px; break-after: avoid; }
h3 { font-size: 15px; margin: 16px 0 6px; break-after: avoid; }
p { margin: 6px 0; }
.subtitle { color: #555; margin: 0 0 4px; }
.meta { color: #666; font-size: 12px; }
nav ol { columns: 2; font-size: 13px; }
nav h2 { break-before: avoid; }
a { color: #0072B2; text-decoration: none; }
code { font-family: 'Noto Sans Mono', 'DejaVu Sans Mono', Consolas, monospace; font-size: 0.92em; background: #f3f3f3; padding: 0 3px; }
figure { margin: 16px 0; break-inside: avoid; }
figcaption { font-weight: bold; margin-bottom: 4px; }
figure svg { max-width: 100%; height: auto; display: block; }
.chart-narrow { display: none; }
@media screen and (max-width: 780px) { body { padding: 12px; } nav ol { columns: 1; } .chart-wide { display: none; } .chart-narrow { display: block; } /* a cell narrower than 3em wraps Chinese one character per line: the table scrolls instead */ th, td { min-width: 3em; } }
table { border-collapse: collapse; margin: 6px 0; font-size: 12px; min-width: 50%; max-width: 100%; }
.table-scroll { max-width: 100%; overflow-x: auto; }
caption { text-align: left; font-weight: bold; padding: 4px 0; caption-side: top; }
th, td { border-bottom: 1px solid #ddd; padding: 3px 6px; text-align: left; vertical-align: top; }
th { background: #f5f7fa; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr { break-inside: avoid; }
.table-source, .table-note { font-size: 11px; color: #666; margin: 2px 0 12px; }
.finding { border-left: 4px solid #999; padding: 4px 10px; margin: 10px 0; break-inside: avoid; }
.finding.risk { border-color: #b2182b; }
.finding.warning { border-color: #E69F00; }
.finding.positive { border-color: #009E73; }
.finding.no-data { border-color: #bbb; color: #555; }
.badge { display: inline-block; font-size: 11px; padding: 0 6px; border-radius: 3px; background: #eee; margin-right: 6px; }
.risk .badge { background: #b2182b; color: #fff; }
.warning .badge { background: #E69F00; color: #000; }
.positive .badge { background: #009E73; color: #fff; }
.finding .rule, .finding .ref { font-size: 12px; color: #555; }
.evidence { font-size: 11px; }
footer { margin-top: 32px; font-size: 11px; color: #666; border-top: 1px solid #ddd; padding-top: 8px; }
.cover-meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 8px 0 0; font-size: 12px; color: #555; }
.cover-meta dt { font-weight: bold; }
.cover-meta dd { margin: 0; }
.print-only { display: none; }
@media print {
  body { padding: 0; max-width: none; font-size: 9pt; line-height: 1.4; }
  table { font-size: 8pt; }
  .evidence, .table-source, .table-note, .finding .rule, .finding .ref { font-size: 7.5pt; }
  p { margin: 3pt 0; }
  figure { margin: 8pt 0; }
  /* A tall chart at full width leaves the rest of its page blank; capped, it shrinks in proportion. */
  figure svg { max-height: 95mm; width: auto; max-width: 100%; margin: 0 auto; }
  h2 { margin-top: 18pt; }
  /* The numbered list of series and the references are looked up, not read through. */
  #sources table, #methods table { font-size: 7pt; line-height: 1.3; }
  /* A finding may run over a page break: kept whole, it leaves half pages blank. */
  .finding { break-inside: auto; }
  #sources td, #sources th { padding: 1px 4px; }
  /* The cover fills the first page; its contents follow on the second. */
  header.cover { min-height: 240mm; display: flex; flex-direction: column; justify-content: center; break-after: page; }
  header.cover h1 { font-size: 30pt; margin-bottom: 12pt; }
  header.cover .subtitle { font-size: 14pt; margin-bottom: 24pt; }
  header.cover .cover-meta { font-size: 11pt; }
  nav ol { columns: 3; }
  /* Data tables under the figures stay on screen (the HTML edition); print keeps the figures. */
  .figure-data { display: none; }
  .print-only { display: block; }
  .figure-note { font-size: 9pt; color: #666; margin: 0 0 10pt; }
  /* Sections run on rather than each starting a page: a compact print (issue 18). */
}
`;

/**
 * Escapes text, then shows `code` spans as <code> and the title inside Chinese book-title
 * marks 《…》 as <cite> (a work cited keeps its own title, often English, in Chinese text).
 */
function inline(text: string): string {
  return escapeXml(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/《([^《》]+)》/g, '《<cite>$1</cite>》');
}

function tableHtml(table: ReportTable, number: string, labels: (typeof LABELS)['en' | 'zh']): string {
  const head = table.columns
    .map((c, i) => `<th scope="col"${i > 0 && c.digits !== undefined ? ' class="num"' : ''}>${inline(c.label)}</th>`)
    .join('');
  const body = table.rows
    .map(
      (row) =>
        `<tr>${row
          .map((cell, i) => {
            const numeric = typeof cell === 'number';
            return `<td${numeric ? ' class="num"' : ''}>${inline(formatCell(cell, table.columns[i]?.digits))}</td>`;
          })
          .join('')}</tr>`,
    )
    .join('\n');
  return (
    // The wrapper scrolls a table wider than a phone's screen instead of widening the page.
    `<div class="table-scroll"><table id="${escapeXml(table.id)}"><caption>${escapeXml(labels.table)} ${number}. ${inline(table.caption)}</caption>` +
    `<thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>\n` +
    (table.note ? `<p class="table-note">${inline(table.note)}</p>\n` : '') +
    `<p class="table-source">${inline(table.source)}</p>`
  );
}

function findingHtml(finding: ReportFinding, report: Report): string {
  const t = LABELS[report.lang];
  const parts = [
    `<div class="finding ${finding.severity}" data-diagnostic="${escapeXml(finding.diagnostic)}" data-finding="${escapeXml(finding.id)}">`,
    `<p><span class="badge">${escapeXml(SEVERITY_NAMES[finding.severity][report.lang])}</span>${inline(finding.statement)}</p>`,
  ];
  if (finding.evidence.length > 0) {
    const rows = finding.evidence
      .map(
        (e) =>
          `<tr><td>${inline(e.label)}</td><td class="num">${escapeXml(formatCell(e.value))}</td><td>${inline(e.unit)}</td>` +
          `<td>${e.year}</td><td>[${e.source}]${e.note ? ` ${inline(e.note)}` : ''}</td></tr>`,
      )
      .join('\n');
    parts.push(
      `<div class="table-scroll"><table class="evidence"><thead><tr><th scope="col">${escapeXml(t.evidence)}</th><th scope="col">${escapeXml(t.value)}</th>` +
        `<th scope="col">${escapeXml(t.unit)}</th><th scope="col">${escapeXml(t.year)}</th><th scope="col">${escapeXml(t.source)}</th></tr></thead>` +
        `<tbody>\n${rows}\n</tbody></table></div>`,
    );
  }
  if (finding.rule) parts.push(`<p class="rule">${escapeXml(t.rule)}: ${inline(finding.rule)}</p>`);
  if (finding.evidence.length > 0 || finding.rule)
    parts.push(`<p class="ref">${escapeXml(t.reference)}: ${inline(finding.reference)}</p>`);
  parts.push('</div>');
  return parts.join('\n');
}

/** The width a figure is drawn at for phones (the report's column there is at least this wide). */
export const NARROW_FIGURE_WIDTH = 340;

/**
 * A figure drawn twice, at its own width and at {@link NARROW_FIGURE_WIDTH}, the stylesheet
 * showing the one that fits: an SVG scaled down to a phone's width would shrink its text below
 * the house style's 11 px. Print and PDF use the wide one.
 */
function figureHtml(figure: ReportFigure, number: string, labels: (typeof LABELS)['en' | 'zh']): string {
  const narrow = { ...figure.spec, id: `${figure.spec.id}-narrow`, width: NARROW_FIGURE_WIDTH };
  return (
    `<figure id="${escapeXml(figure.spec.id)}"><figcaption>${escapeXml(labels.figure)} ${number}. ${inline(figure.spec.title)}</figcaption>\n` +
    `<div class="chart-wide">${renderSvg(figure.spec)}</div>\n<div class="chart-narrow">${renderSvg(narrow)}</div>\n</figure>\n` +
    `<p class="print-only figure-note">${escapeXml(labels.printDataNote)}</p>\n` +
    `<div class="figure-data">${tableHtml(figure.table, `${number}a`, labels)}</div>`
  );
}

function sectionHtml(section: ReportSection, index: number, report: Report): string {
  const t = LABELS[report.lang];
  const n = index + 1;
  const parts = [`<section id="${section.id}">`, `<h2>${n}. ${escapeXml(section.title)}</h2>`];
  const tables = section.tables.map((tb, k) => tableHtml(tb, `${n}.${section.figures.length + k + 1}`, t));
  // The summary leads with its key numbers; elsewhere the findings come first and the tables last.
  if (section.id === 'summary') parts.push(...tables);
  for (const p of section.paragraphs) parts.push(`<p>${inline(p)}</p>`);
  for (const f of section.findings) parts.push(findingHtml(f, report));
  section.figures.forEach((f, k) => parts.push(figureHtml(f, `${n}.${k + 1}`, t)));
  if (section.id !== 'summary') parts.push(...tables);
  parts.push('</section>');
  return parts.join('\n');
}

/** The cover's particulars: economy, date (when given), Chanye version and data snapshot. */
function coverMeta(report: Report): string {
  const t = LABELS[report.lang];
  const rows: [string, string][] = [
    [t.coverEconomy, report.economyName],
    ...(report.generated.date ? [[t.coverDate, report.generated.date] as [string, string]] : []),
    [t.coverVersion, report.generated.chanye],
    [t.coverSnapshot, report.generated.snapshot],
  ];
  return `<dl class="cover-meta">${rows.map(([k, v]) => `<dt>${escapeXml(k)}</dt><dd>${escapeXml(v)}</dd>`).join('')}</dl>`;
}

/**
 * The report as one self-contained HTML5 file: inline CSS and SVG, no scripts, no external
 * fonts, images or links (fonts come from a stack of system fonts that render Chinese).
 *
 * @example renderHtml(report).startsWith('<!DOCTYPE html>') // returns true
 */
export function renderHtml(report: Report): string {
  const t = LABELS[report.lang];
  const generated = [
    t.generated(report.generated.chanye),
    `${t.snapshot} ${report.generated.snapshot}`,
    ...(report.generated.date ? [report.generated.date] : []),
  ].join(' · ');
  const toc = report.sections.map((s) => `<li><a href="#${s.id}">${escapeXml(s.title)}</a></li>`).join('\n');
  return `<!DOCTYPE html>
<html lang="${report.lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Chanye ${escapeXml(report.generated.chanye)}">
<title>${escapeXml(report.title)}</title>
<style>${CSS}</style>
</head>
<body>
<header class="cover">
<h1>${escapeXml(report.title)}</h1>
<p class="subtitle">${escapeXml(report.subtitle)}</p>
${coverMeta(report)}
</header>
<nav aria-label="${escapeXml(t.contents)}">
<h2>${escapeXml(t.contents)}</h2>
<ol>
${toc}
</ol>
</nav>
<main>
${report.sections.map((s, i) => sectionHtml(s, i, report)).join('\n')}
</main>
<footer>
<p>${escapeXml(report.title)} · ${escapeXml(generated)}</p>
</footer>
</body>
</html>
`;
}
