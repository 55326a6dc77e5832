import { resolve } from 'node:path';
import type { Command } from 'commander';
import { ChanyeError } from '@chanye/compute';
import { provenanceRecord } from '@chanye/store';
import { buildReport, renderHtml, renderMarkdown, REPORT_DEFAULTS, type ReportProgress } from '@chanye/report';
import { emit } from '../output/write.js';
import { checkRecordPath, writeRunRecord } from '../output/record.js';
import { findChromium, printPdf } from '../output/pdf.js';
import { parseOutPath } from '../output/temp-files.js';
import { ECONOMY_ARGUMENT_HELP, parseLang, parseYear, withStore, type Lang } from '../context.js';
import { parseCount } from './score.js';
import { bundledScenarioIds } from './simulate.js';

export type ReportFormat = 'html' | 'pdf' | 'md';

export function parseReportFormat(value: string): ReportFormat {
  if (value === 'html' || value === 'pdf' || value === 'md') return value;
  throw new ChanyeError('invalid-input', `invalid --format: ${value} (expected html, pdf or md)`);
}

interface ReportOptions {
  year?: number;
  lang: Lang;
  format: ReportFormat;
  out?: string;
  record?: string;
  peers: string;
  scenario: string;
  sensitivity: number;
  seed: number;
}

/** The default file name: `chanye-report-CHN-en.html` in the current directory. */
export function defaultReportPath(iso3: string, lang: Lang, format: ReportFormat): string {
  return `chanye-report-${iso3.toUpperCase()}-${lang}.${format}`;
}

/**
 * A one-line progress indicator on standard error, redrawn in place; silent unless standard
 * error is a terminal, so pipes, logs and tests see nothing.
 */
function progressLine(): { step: (p: ReportProgress) => void; done: () => void } {
  const stream = process.stderr;
  if (!stream.isTTY) return { step: () => undefined, done: () => undefined };
  const started = Date.now();
  return {
    step: (p) => {
      const width = 20;
      const filled = Math.round((width * p.step) / p.total);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      stream.write(
        `\r\x1b[K[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${p.step + 1}/${p.total} ${p.label} (${seconds} s)`,
      );
    },
    done: () => stream.write('\r\x1b[K'),
  };
}

export function registerReport(program: Command): void {
  program
    .command('report')
    .description(
      'the country report: findings, income, structure, scorecards, benchmark, stage, complexity, input-output linkages, a baseline scenario to 2035, sources and methods (HTML, PDF or Markdown; English or Chinese)',
    )
    .argument('<economy>', ECONOMY_ARGUMENT_HELP)
    .option(
      '--year <year>',
      'year of the scorecards and of the diagnostics (default: the latest year with adequate coverage for the scorecards, latest data for the diagnostics)',
      parseYear,
    )
    .option('--lang <lang>', 'en or zh', parseLang, 'en' as Lang)
    .option(
      '--scenario <name|file>',
      `scenario of the outlook section, shown as a difference from the baseline: a bundled scenario (${bundledScenarioIds().join(', ')}) or a scenario file`,
      REPORT_DEFAULTS.simulation.scenario,
    )
    .option(
      '--format <format>',
      'html (self-contained), pdf (needs Chromium) or md',
      parseReportFormat,
      'html' as ReportFormat,
    )
    .option(
      '--out <file>',
      'output file (default: chanye-report-<ISO3>-<lang>.<format> in the current directory)',
      parseOutPath,
    )
    .option(
      '--peers <set>',
      'units ranked together: all, L, LM, UM, H, region:NAME, graduates, stalled, or ISO3,ISO3,…',
      REPORT_DEFAULTS.peers,
    )
    .option(
      '--sensitivity <draws>',
      'Monte Carlo draws for the rank intervals',
      parseCount('--sensitivity', 100000),
      REPORT_DEFAULTS.sensitivity.draws,
    )
    .option(
      '--seed <n>',
      'seed of the Monte Carlo draws',
      parseCount('--seed', 2 ** 32 - 1),
      REPORT_DEFAULTS.sensitivity.seed,
    )
    .option(
      '--record <file>',
      'also write the provenance record as JSON: version, data snapshot hash, user data, options and the output’s SHA-256',
      parseOutPath,
    )
    .action(async (iso3: string, options: ReportOptions, command: Command) => {
      // Fail before the build, not after it, when the PDF cannot be printed.
      if (options.format === 'pdf') findChromium();
      if (options.record !== undefined && options.out !== undefined) checkRecordPath(options.record, options.out);
      const progress = progressLine();
      const date = new Date().toISOString().slice(0, 10);
      try {
        const { report, provenance } = await withStore(command, async (store) => ({
          report: await buildReport(store, {
            iso3: (await store.economy(iso3)).iso3,
            lang: options.lang,
            peers: options.peers,
            scenario: options.scenario,
            sensitivity: { draws: options.sensitivity, seed: options.seed },
            date,
            onProgress: progress.step,
            ...(options.year !== undefined ? { year: options.year } : {}),
          }),
          provenance: options.record === undefined ? undefined : await provenanceRecord(store),
        }));
        const out = resolve(options.out ?? defaultReportPath(report.iso3, options.lang, options.format));
        if (options.record !== undefined) checkRecordPath(options.record, out);
        if (options.format === 'md') emit(renderMarkdown(report), out);
        else if (options.format === 'html') emit(renderHtml(report), out);
        else {
          progress.step({ step: 11, total: 12, label: 'printing the PDF with Chromium' });
          await printPdf(renderHtml(report), out);
        }
        if (options.record !== undefined && provenance !== undefined)
          writeRunRecord(
            resolve(options.record),
            provenance,
            {
              iso3: report.iso3,
              lang: options.lang,
              year: options.year ?? null,
              peers: options.peers,
              sensitivity: options.sensitivity,
              seed: options.seed,
              scenario: options.scenario,
              format: options.format,
              date,
              settings: report.settings,
            },
            out,
          );
        progress.done();
        process.stdout.write(`${out}\n`);
      } catch (error) {
        progress.done();
        throw error;
      }
    });
}
