/**
 * `buildReport`: gathers the engine's values for one economy, then writes the sections from
 * them in the order that numbers the sources as a reader meets them.
 *
 * @module
 */
import { CHANYE_VERSION, ChanyeError } from '@chanye/compute';
import type { Store } from '@chanye/store';
import { defaultScoreYear, requireYearsInData, resolvePeers } from '@chanye/engine';
import { Citations } from './citations.js';
import type { Context } from './context.js';
import { gather } from './gather.js';
import { withObservationMemo } from './memo.js';
import { SECTION_IDS, type Report, type ReportSection, type SectionId } from './model.js';
import { REPORT_DEFAULTS, reportSettings, type BuildReportOptions } from './options.js';
import { STEPS } from './progress.js';
import { complexitySection } from './sections/complexity.js';
import { graduatesSection } from './sections/graduates.js';
import { incomeSection } from './sections/income.js';
import { inputOutputSection } from './sections/input-output.js';
import { methodsSection } from './sections/methods.js';
import { scenarioSection } from './sections/scenario.js';
import { scorecardSection } from './sections/scorecards.js';
import { sourcesSection } from './sections/sources.js';
import { stageSection } from './sections/stage.js';
import { structureSection } from './sections/structure.js';
import { summarySection } from './sections/summary.js';
import { LABELS } from './text.js';

/**
 * Builds the country report of one economy: runs the engine's diagnostics, scorecards,
 * coupling, export structure and economic complexity (the functions behind `chanye diagnose`,
 * `score`, `coupling`, `exports`/`arrays` and `complexity`), then arranges their values into
 * sections with findings, tables and chart specs, in English or Chinese. Nothing is computed
 * here that the engine does not compute; numbers are only selected, sorted and labelled.
 *
 * @example (await buildReport(store, { iso3: 'CHN', lang: 'en' })).sections.map((s) => s.id)
 * // returns ['summary', 'income', 'structure', …, 'methods']
 */
export async function buildReport(store: Store, options: BuildReportOptions): Promise<Report> {
  const lang = options.lang;
  if (lang !== 'en' && lang !== 'zh') throw new ChanyeError('invalid-input', `invalid language: ${String(lang)}`);
  // The report reads nearly every series for every economy (ranks, peers, estimation panels):
  // one load of the whole table beats some 200 queries. Reads wait for it; other work does not.
  void store.preloadSeries();
  const engine = withObservationMemo(store);
  const economy = await engine.economy(options.iso3);
  const iso3 = economy.iso3;
  const settings = reportSettings(
    options,
    options.year ?? (await defaultScoreYear(engine, 'characteristics', REPORT_DEFAULTS.window)),
  );
  // Checked before any work, so a misspelt peer set or a year after the data fails at once
  // rather than after the profile, the diagnostics and the scorecards have been computed.
  await requireYearsInData(engine, '--year', options.year);
  await resolvePeers(engine, settings.peers, settings.year);
  const gathered = await gather(engine, iso3, settings, options);
  options.onProgress?.({ step: STEPS.length, total: STEPS.length + 1, label: 'writing the report' });
  const t = LABELS[lang];
  const name = lang === 'zh' ? (economy.name_zh ?? economy.name_en) : economy.name_en;
  const citations = new Citations();
  const names = new Map(
    (await engine.economies({ includeAggregates: true, includeHistorical: true })).map((e) => [
      e.iso3,
      lang === 'zh' ? (e.name_zh ?? e.name_en) : e.name_en,
    ]),
  );
  const nameOf = (code: string): string => names.get(code) ?? code;
  const context: Context = { store: engine, lang, t, iso3, name, nameOf, settings, citations, data: gathered };
  const built = new Map<SectionId, ReportSection>();
  // Sections are written in display order (so sources are numbered as a reader meets them),
  // except the summary, which needs the others' numbers and cites nothing new.
  built.set('income', incomeSection(context));
  built.set('structure', structureSection(context));
  built.set('characteristics', scorecardSection(context, 'characteristics', gathered.characteristics));
  built.set('four-systems', scorecardSection(context, 'four-systems', gathered.fourSystems));
  built.set('graduates', graduatesSection(context));
  built.set('stage', stageSection(context));
  built.set('complexity', complexitySection(context));
  built.set('input-output', inputOutputSection(context));
  built.set('scenario', scenarioSection(context));
  built.set('summary', summarySection(context));
  built.set('sources', sourcesSection(context));
  built.set('methods', methodsSection(context));
  return {
    lang,
    iso3,
    economyName: name,
    title: t.reportTitle(name, iso3),
    subtitle: t.subtitle,
    settings,
    generated: {
      chanye: CHANYE_VERSION,
      snapshot: store.manifest.built_from.shared_manifest_generated_at.slice(0, 10),
      ...(options.date !== undefined ? { date: options.date } : {}),
    },
    sections: SECTION_IDS.map((id) => built.get(id) as ReportSection),
    sources: {
      series: citations.series,
      snapshot: store.manifest.sources.map((s) => ({
        id: s.id,
        name: s.name,
        publisher: s.publisher,
        vintage: s.vintage,
        licence: s.licence,
        citation: s.citation,
      })),
    },
    references: citations.references,
  };
}
