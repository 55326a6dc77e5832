/**
 * The input-output view: the foreign region-sectors the economy's production relies on most,
 * ranked by chokepoint score, in the WIOD 2013 table (GET /api/economies/:iso3/io/security).
 *
 * @module
 */
import { formatNumber, type ChartSpec } from '@chanye/charts';
import { apiPath } from '../api.js';
import type { IoEconomiesAnswer, IoSecurityAnswer } from '../api-types.js';
import { t, type Lang } from '../i18n.js';
import type { Reads } from '../reads.js';
import { citeText } from './cite.js';
import { NotCovered, type LoadContext } from './load.js';
import type { View } from './view.js';

/** The parts of the supply-security answer the view reads. */
export type IoSecurity = Reads<
  IoSecurityAnswer,
  {
    dataset: true;
    year: true;
    source: true;
    economy: true;
    method: true;
    chokepoints: {
      region: true;
      sector: true;
      regionNameEn: true;
      regionNameZh: true;
      sectorNameEn: true;
      sectorNameZh: true;
      requirement: true;
      requirementShare: true;
      worldExportShare: true;
      score: true;
    };
  }
>;

/** The years of the WIOD 2013 release; a year outside them is shown at the nearest end. */
const WIOD_YEARS = [1995, 2011] as const;

export function ioView(
  security: IoSecurity,
  name: string,
  lang: Lang,
  request: string,
  asked: number | undefined,
): View {
  const top = security.chokepoints.slice(0, 12);
  // Names for people; the codes stay on hover and in the table's code column.
  const label = (k: (typeof top)[number]): string =>
    lang === 'zh' ? `${k.regionNameZh} ${k.sectorNameZh}` : `${k.regionNameEn}: ${k.sectorNameEn}`;
  const spec: ChartSpec = {
    kind: 'dot',
    id: 'io-chokepoints',
    title: `${t(lang, 'io')}: ${name}, ${security.year}`,
    description: `${name}, ${security.year}: ${top.map((k) => `${label(k)} ${formatNumber(k.score * 1000, 3)}`).join('; ')}.`,
    source: security.source,
    key: t(lang, 'supplier'),
    x: { label: t(lang, 'chokepointScore'), min: 0 },
    rows: top.map((k) => ({
      label: label(k),
      hint: `${k.region} ${k.sector}`,
      points: [{ series: t(lang, 'chokepointScore'), value: k.score * 1000 }],
    })),
    digits: 3,
    height: 360,
  };
  return {
    id: 'io',
    charts: [spec],
    table: {
      columns: [
        t(lang, 'rank'),
        t(lang, 'supplier'),
        t(lang, 'sector'),
        t(lang, 'code'),
        t(lang, 'requirement'),
        t(lang, 'foreignNeedShare'),
        t(lang, 'worldShare'),
        t(lang, 'chokepointScore'),
      ],
      rows: top.map((k, i) => [
        i + 1,
        lang === 'zh' ? k.regionNameZh : k.regionNameEn,
        lang === 'zh' ? k.sectorNameZh : k.sectorNameEn,
        `${k.region} ${k.sector}`,
        k.requirement * 1000,
        k.requirementShare * 100,
        k.worldExportShare * 100,
        k.score * 1000,
      ]),
    },
    digits: [0, 0, 0, 0, 2, 1, 1, 3],
    ...(asked !== security.year ? { note: t(lang, 'ioYearNote', { year: security.year }) } : {}),
    cite: citeText(`${t(lang, 'io')}, ${name}, ${security.year}`, request, [security.source]),
  };
}

export async function loadIo(ctx: LoadContext): Promise<View> {
  const { iso3, year } = ctx;
  // The latest data: WIOD 2013's last year.
  const asked = Math.min(WIOD_YEARS[1], Math.max(WIOD_YEARS[0], year ?? WIOD_YEARS[1]));
  const covered = await ctx.ask<IoEconomiesAnswer>(apiPath('/api/io/economies', { year: asked }));
  if (!covered.includes(iso3)) throw new NotCovered(iso3);
  const request = apiPath(`/api/economies/${iso3}/io/security`, { year: asked, limit: 12 });
  return ioView(await ctx.ask<IoSecurityAnswer>(request), ctx.name, ctx.lang, request, year);
}
