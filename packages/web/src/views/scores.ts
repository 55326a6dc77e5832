/**
 * The scores view: the economy's scores on the six characteristics (radar) and its ranks with
 * their 5-95 % intervals over the sensitivity draws (GET /api/scores).
 *
 * @module
 */
import { formatNumber, type ChartSpec } from '@chanye/charts';
import { apiPath } from '../api.js';
import type { ScoresAnswer } from '../api-types.js';
import { hasMessage, t, type Lang } from '../i18n.js';
import type { Reads } from '../reads.js';
import { citeText } from './cite.js';
import type { LoadContext } from './load.js';
import type { View } from './view.js';

/** The parts of the scorecard the view reads. */
export type Scores = Reads<
  ScoresAnswer,
  {
    method: { name: true };
    sensitivity: { draws: true; seed: true };
    rows: {
      iso3: true;
      year: true;
      subsystem: true;
      score: true;
      rank: true;
      rank_p05: true;
      rank_p95: true;
      units: true;
      ranked_among: true;
    };
    years: { inputs: { source: true } };
  }
>;
export type ScoreRow = Scores['rows'][number];

const subsystemName = (id: string, lang: Lang): string => (hasMessage(id) ? t(lang, id) : id);

export function scoresView(
  scores: Scores,
  iso3: string,
  name: string,
  year: number,
  lang: Lang,
  request: string,
): View {
  const rows = scores.rows.filter((r) => r.iso3 === iso3 && r.year === year);
  const parts = rows.filter((r) => r.subsystem !== 'overall');
  const label = (r: ScoreRow): string => subsystemName(r.subsystem, lang);
  const radar: ChartSpec = {
    kind: 'radar',
    id: 'scores-radar',
    title: `${t(lang, 'scores')}: ${name}, ${year}`,
    description: `${name}, ${year}: ${parts.map((r) => `${label(r)} ${formatNumber(r.score, 2)}`).join('; ')}.`,
    source: `Chanye scoreEconomies (${scores.method.name})`,
    key: t(lang, 'subsystem'),
    axes: parts.map(label),
    series: [{ name: iso3, values: parts.map((r) => r.score) }],
    max: 1,
  };
  // A small economy is ranked among small economies only (docs/methods/composite-indices.md).
  const among = rows.some((r) => r.ranked_among === 'small') ? ` (${t(lang, 'amongSmall')})` : '';
  const ranks: ChartSpec = {
    kind: 'dot',
    id: 'scores-ranks',
    title: `${t(lang, 'rank')}: ${name}, ${year}${among}`,
    description: `${name}, ${year}: ${rows
      .map((r) => `${label(r)} ${t(lang, 'rank')} ${r.rank ?? '–'} / ${r.units}`)
      .join('; ')}.`,
    source: `Chanye scoreEconomies (${scores.method.name})${
      scores.sensitivity ? `, ${scores.sensitivity.draws} draws, seed ${scores.sensitivity.seed}` : ''
    }`,
    key: t(lang, 'subsystem'),
    x: { label: t(lang, 'rankAxis'), min: 1 },
    rows: rows.map((r) => ({
      label: label(r),
      points: [{ series: t(lang, 'rank'), value: r.rank }],
      low: r.rank_p05,
      high: r.rank_p95,
    })),
    rangeLabels: [t(lang, 'rank05'), t(lang, 'rank95')],
    digits: 0,
  };
  return {
    id: 'scores',
    charts: [radar, ranks],
    table: {
      columns: [
        t(lang, 'subsystem'),
        t(lang, 'score'),
        t(lang, 'rank'),
        t(lang, 'rank05'),
        t(lang, 'rank95'),
        t(lang, 'ranked'),
      ],
      rows: rows.map((r) => [label(r), r.score, r.rank, r.rank_p05, r.rank_p95, r.units]),
    },
    digits: [0, 3, 0, 0, 0, 0],
    cite: citeText(
      `${t(lang, 'scores')}, ${name}, ${year}`,
      request,
      (scores.years[0]?.inputs ?? []).map((i) => i.source),
    ),
  };
}

export async function loadScores(ctx: LoadContext): Promise<View> {
  const { iso3, year } = ctx;
  const request = apiPath('/api/scores', { economies: iso3, year, sensitivity: 100, seed: 1 });
  const scores = await ctx.ask<ScoresAnswer>(request);
  // Without a year the API scores its default one (the latest adequately covered year).
  const scored = year ?? scores.rows.find((r) => r.iso3 === iso3)?.year ?? Number.NaN;
  return scoresView(scores, iso3, ctx.name, scored, ctx.lang, request);
}
