/**
 * Section "Methods and references": the report's method notes, the settings of the run, and
 * every reference the findings, frameworks and sections cite, numbered in order of first use.
 *
 * @module
 */
import type { Context } from '../context.js';
import type { ReportSection, ReportTable } from '../model.js';
import { col, section } from './blocks.js';
import { METHODS_TEXT } from './methods-text.js';
import { normalizationZh, scoreMethodZh } from '../zh-terms.js';

/** The composite-indicator method behind the scorecards (docs/methods/composite-indices.md). */
const HANDBOOK =
  'OECD and JRC (2008), Handbook on Constructing Composite Indicators: Methodology and User Guide, OECD Publishing, doi:10.1787/9789264043466-en';
/** The complexity measures' reference implementation (docs/methods/economic-complexity.md). */
const ECOMPLEXITY =
  'Growth Lab at Harvard University, py-ecomplexity (economic complexity in Python), with Hausmann, Hidalgo et al. (2014), The Atlas of Economic Complexity';

/** Written last: its list of references is complete only after every other section. */
export function methodsSection(context: Context): ReportSection {
  const { t, settings, lang } = context;
  const text = METHODS_TEXT[lang];
  const names = text.names;
  context.citations.reference(HANDBOOK);
  context.citations.reference(ECOMPLEXITY);
  const settingsTable: ReportTable = {
    id: 'methods-settings',
    caption: t.settings,
    columns: [col(t.setting), col(t.value)],
    rows: [
      [names.scorecardYear, text.scorecardYear(settings)],
      [names.diagnosticsYear, text.diagnosticsYear(settings)],
      [names.peers, lang === 'zh' ? `\`${settings.peers}\`` : settings.peers],
      [
        names.method,
        lang === 'zh'
          ? `${scoreMethodZh(settings.method)}，${normalizationZh(settings.normalization)}标准化`
          : `${settings.method}, ${settings.normalization}`,
      ],
      [names.window, String(settings.window)],
      [names.draws, text.draws(settings.sensitivity)],
      [names.trajectoryYears, settings.trajectoryYears.join(', ')],
      [names.couplingYears, `${settings.couplingYears[0]}-${settings.couplingYears[1]}`],
      [names.complexityData, text.complexityData(settings.complexityDataset)],
      [
        names.ioTable,
        lang === 'zh'
          ? `\`${settings.io.dataset}\`，${settings.io.year}年`
          : `${settings.io.dataset}, ${settings.io.year}`,
      ],
      [names.simulation, text.simulation(settings.simulation)],
    ],
    source: 'Chanye',
  };
  const references: ReportTable = {
    id: 'methods-references',
    caption: t.references,
    columns: [col('[n]'), col(t.reference)],
    rows: context.citations.references.map((r, k) => [`${k + 1}.`, r]),
    source: t.methodNotes,
  };
  return section(context, 'methods', {
    paragraphs: [...t.reportMethods, t.methodNotes],
    tables: [settingsTable, references],
  });
}
