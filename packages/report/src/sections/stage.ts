/**
 * Section "Stage of industrialization and New Four Modernizations coordination": the coupling
 * coordination of the New Four (D, C and T by year, with the subsystems and bands), and the
 * findings of the stage and Rostow diagnostics.
 *
 * @module
 */
import type { Context } from '../context.js';
import type { ReportFigure, ReportSection, ReportTable } from '../model.js';
import { col, figure, findingsOf, section, table } from './blocks.js';
import { STAGE_TEXT } from './stage-text.js';

export function stageSection(context: Context): ReportSection {
  const { t, lang, data } = context;
  const zh = lang === 'zh';
  const text = STAGE_TEXT[lang];
  const framework = context.store.framework('new-four');
  context.citations.reference(framework.reference);
  const scored = data.coupling.filter((c) => c.result !== null);
  const figures: ReportFigure[] = [];
  const tables: ReportTable[] = [];
  const couplingSource = [text.couplingSource(context.iso3)];
  if (scored.length > 0) {
    figures.push(
      figure(
        context,
        {
          kind: 'line',
          id: 'stage-coupling',
          title: t.couplingChart,
          description: t.couplingDesc,
          source: '',
          key: t.year,
          digits: 3,
          y: { label: 'C, T, D', min: 0, max: 1 },
          series: [
            { name: 'D', points: data.coupling.map((c) => ({ x: c.year, y: c.result?.coordination ?? null })) },
            { name: 'C', points: data.coupling.map((c) => ({ x: c.year, y: c.result?.coupling ?? null })) },
            { name: 'T', points: data.coupling.map((c) => ({ x: c.year, y: c.result?.development ?? null })) },
          ],
        },
        couplingSource,
      ),
    );
    const subsystems = framework.subsystems;
    tables.push(
      table(
        context,
        'stage-coupling-bands',
        t.couplingTable,
        [
          col(t.year),
          // U: each subsystem's development score.
          ...subsystems.map((s) => col(`U ${zh ? s.name_zh : s.name_en}`, 3)),
          col('D', 3),
          col(t.band),
          col(t.note),
        ],
        data.coupling.map((c) => [
          String(c.year),
          ...subsystems.map((s) => c.subsystems[s.id] ?? null),
          c.result?.coordination ?? null,
          c.result ? (zh ? c.result.band.zh : c.result.band.en) : null,
          c.note,
        ]),
        couplingSource,
      ),
    );
  }
  return section(context, 'stage', {
    paragraphs: [text.stageProvenance],
    findings: findingsOf(context, 'industrialization-stage', 'rostow'),
    figures,
    tables,
  });
}
