import { buildReport, renderHtml, renderMarkdown, REPORT_DEFAULTS } from '@chanye/report';
import type { ReportRenderer } from './routes/reports.js';

/**
 * Reports as `chanye report` builds them (buildReport with the CLI's defaults), rendered as
 * self-contained HTML, Markdown or the report model as JSON. PDF stays with the CLI, which
 * needs a local Chromium.
 */
export const defaultReportRenderer: ReportRenderer = async (store, request) => {
  const report = await buildReport(store, {
    iso3: request.iso3,
    lang: request.lang ?? 'en',
    peers: request.peers ?? REPORT_DEFAULTS.peers,
    sensitivity: {
      draws: request.sensitivity ?? REPORT_DEFAULTS.sensitivity.draws,
      seed: request.seed ?? REPORT_DEFAULTS.sensitivity.seed,
    },
    date: new Date().toISOString().slice(0, 10),
    ...(request.year !== undefined ? { year: request.year } : {}),
  });
  switch (request.format ?? 'html') {
    case 'md':
      return { body: renderMarkdown(report), contentType: 'text/markdown; charset=utf-8' };
    case 'json':
      return { body: JSON.stringify(report), contentType: 'application/json; charset=utf-8' };
    default:
      return { body: renderHtml(report), contentType: 'text/html; charset=utf-8' };
  }
};
