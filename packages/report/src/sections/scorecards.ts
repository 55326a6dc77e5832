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
import { normalizationZh, scoreMethodZh } from '../zh-terms.js';

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
      zh ? scoreMethodZh(settings.method) : settings.method,
      zh ? normalizationZh(settings.normalization) : settings.normalization,
      settings.peers,
      settings.window,
      settings.sensitivity.draws,
      settings.sensitivity.seed,
    ),
  ];
  const indicatorName = (id: string): string => {
    const found = context.store.catalog.indicators.find((i) => i.id === id);
    return found ? (zh ? found.name_zh : found.name_en) : id;
  };
  if (overall?.note) paragraphs.push(text.overallNote(namedNote(overall.note, indicatorName, lang)));
  const dropped = current?.result.droppedIndicators.map((d) => indicatorName(d.id)) ?? [];
  if (dropped.length > 0) paragraphs.push(t.dropped(dropped.join(zh ? '、' : ', ')));
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
        series: [{ name: context.name, values: pillarRows.map((r) => r.score) }],
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
          digits: 1,
          // Years rank different numbers of economies (132 to 208): ranks are shown as a
          // percentage of those ranked that year, so one axis compares like with like.
          y: { label: t.rankPercent, reverse: true, min: 0, max: 100 },
          bandLabels: [t.rank05, t.rank95],
          series: [
            {
              name: context.name,
              points: scored.map((y, k) => {
                const row = trajectory[k];
                const pct = (rank: number | null | undefined): number | null =>
                  row && rank !== null && rank !== undefined && row.units > 0 ? (100 * rank) / row.units : null;
                return { x: y.year, y: pct(row?.rank), low: pct(row?.rank_p05), high: pct(row?.rank_p95) };
              }),
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

/**
 * The engine's note lists indicators by id, space-separated ("imputed from peers: a b;
 * other-year values: c (2017)"); a reader gets the catalogue's names in a list of the language.
 */
function namedNote(note: string, name: (id: string) => string, lang: 'en' | 'zh'): string {
  return note
    .split('; ')
    .map((part) => {
      const m = /^(imputed from peers|other-year values): (.+)$/.exec(part);
      if (!m) return part;
      const items = (m[2] as string).match(/[a-z][a-z0-9_]*(?: \(\d{4}\))?/g) ?? [];
      const named = items.map((item) => {
        const [, id, year] = /^([a-z][a-z0-9_]*)(?: \((\d{4})\))?$/.exec(item) as RegExpExecArray;
        const label = name(id as string);
        if (year === undefined) return label;
        return lang === 'zh' ? `${label}（${year}年）` : `${label} (${year})`;
      });
      return `${m[1]}: ${named.join(lang === 'zh' ? '、' : ', ')}`;
    })
    .join('; ');
}
