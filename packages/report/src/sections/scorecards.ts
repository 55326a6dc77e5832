/**
 * Sections "The six characteristics" and "The four systems of new industrialization": one
 * scorecard each, as a radar of the subsystems' scores, the overall rank's trajectory with its
 * interval, and the table of scores and ranks.
 *
 * @module
 */
import { scoreRows, type ScoreRow, type ScoreYear } from '@chanye/engine';
import type { Context } from '../context.js';
import type { ReportFigure, ReportSection } from '../model.js';
import { col, figure, section, table } from './blocks.js';
import { SCORECARD_TEXT } from './scorecards-text.js';

/** The economy's overall score and rank in one year of a scorecard. */
export function overallRow(rows: readonly ScoreRow[], iso3: string, year: number): ScoreRow | undefined {
  return rows.find((r) => r.iso3 === iso3 && r.year === year && r.subsystem === 'overall');
}

export function scorecardSection(
  context: Context,
  id: 'characteristics' | 'four-systems',
  scored: readonly ScoreYear[],
): ReportSection {
  const { t, lang, iso3, settings } = context;
  const zh = lang === 'zh';
  const text = SCORECARD_TEXT[lang];
  const rows = scoreRows(scored);
  const current = scored.find((y) => y.year === settings.year);
  const framework = current?.framework ?? context.store.framework(id);
  const fwName = zh ? framework.name_zh : framework.name_en;
  const subsystemName = (sid: string): string => {
    const s = framework.subsystems.find((k) => k.id === sid);
    return s ? (zh ? s.name_zh : s.name_en) : sid;
  };
  const yearRows = rows.filter((r) => r.year === settings.year && r.iso3 === iso3);
  const overall = overallRow(rows, iso3, settings.year);
  const pillarRows = yearRows.filter((r) => r.subsystem !== 'overall');
  const inputSources = (current?.inputs ?? []).filter((c) => c.iso3 === iso3).map((c) => c.source);
  const paragraphs = [
    t.scoreMethod(
      settings.method,
      settings.normalization,
      settings.peers,
      settings.window,
      settings.sensitivity.draws,
      settings.sensitivity.seed,
    ),
  ];
  if (overall?.note) paragraphs.push(text.overallNote(overall.note));
  const dropped = current?.result.droppedIndicators.map((d) => d.id) ?? [];
  if (dropped.length > 0) paragraphs.push(t.dropped(dropped.join(', ')));
  context.citations.reference(framework.reference);
  const figures: ReportFigure[] = [];
  figures.push(
    figure(
      context,
      {
        kind: 'radar',
        id: `${id}-radar`,
        title: text.radarTitle(fwName, settings.year),
        description: t.radarDesc(context.name, fwName, settings.year),
        source: '',
        key: t.subsystem,
        digits: 3,
        max: 1,
        axes: pillarRows.map((r) => subsystemName(r.subsystem)),
        series: [{ name: iso3, values: pillarRows.map((r) => r.score) }],
      },
      inputSources,
    ),
  );
  if (scored.length > 1) {
    const trajectory = scored.map((y) => overallRow(rows, iso3, y.year));
    figures.push(
      figure(
        context,
        {
          kind: 'line',
          id: `${id}-trajectory`,
          title: t.trajectory(fwName),
          description: t.trajectoryDesc,
          source: '',
          key: t.year,
          digits: 0,
          y: { label: t.rank, reverse: true, min: 1 },
          bandLabels: [t.rank05, t.rank95],
          series: [
            {
              name: iso3,
              points: scored.map((y, k) => ({
                x: y.year,
                y: trajectory[k]?.rank ?? null,
                low: trajectory[k]?.rank_p05 ?? null,
                high: trajectory[k]?.rank_p95 ?? null,
              })),
            },
          ],
        },
        scored.flatMap((y) => y.inputs.filter((c) => c.iso3 === iso3).map((c) => c.source)),
      ),
    );
  }
  const scoreTable = table(
    context,
    `${id}-scores`,
    t.scoreTable(fwName, settings.year),
    [
      col(t.subsystem),
      col(t.score, 3),
      col(t.rank, 0),
      col(t.of, 0),
      col(t.rankMedian, 1),
      col(t.rank05, 0),
      col(t.rank95, 0),
    ],
    [
      ...pillarRows.map((r) => [subsystemName(r.subsystem), r.score, r.rank, r.units, null, null, null]),
      ...(overall
        ? [
            [
              t.overall,
              overall.score,
              overall.rank,
              overall.units,
              overall.rank_median,
              overall.rank_p05,
              overall.rank_p95,
            ],
          ]
        : []),
    ],
    inputSources,
  );
  return section(context, id, { paragraphs, figures, tables: [scoreTable] });
}
