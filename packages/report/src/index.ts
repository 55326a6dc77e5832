/**
 * @chanye/report — the country report: one assessment of an economy's industrial system,
 * built from the engine's functions and rendered as self-contained HTML or Markdown (the CLI
 * prints the HTML to PDF with headless Chromium).
 *
 * @module
 */
export { buildReport } from './build.js';
export { REPORT_DEFAULTS, trajectoryYears, type BuildReportOptions } from './options.js';
export { renderHtml, REPORT_FONT_STACK } from './render-html.js';
export { renderMarkdown } from './render-markdown.js';
export { cliNumber, formatCell } from './format.js';
export { withObservationMemo } from './memo.js';
export { PRODUCT_SPACE_THRESHOLD, productSpaceGraph, type ProductSpaceGraph } from './product-space.js';
export {
  buildProductSpaceLayout,
  productSpaceLayoutPath,
  storedProductSpaceLayout,
  type ProductSpaceLayout,
} from './product-space-layout.js';
export { LABELS, SECTION_TITLES, SEVERITY_NAMES } from './text.js';
export { ZH_TERMS } from './zh-terms.js';
export {
  SECTION_IDS,
  type Cell,
  type Lang,
  type Report,
  type ReportEvidence,
  type ReportFigure,
  type ReportFinding,
  type ReportProgress,
  type ReportSection,
  type ReportSettings,
  type ReportSource,
  type ReportTable,
  type SectionId,
  type TableColumn,
} from './model.js';
