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
    chokepoints: { region: true; sector: true; requirement: true; worldExportShare: true; score: true };
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
  const spec: ChartSpec = {
    kind: 'dot',
    id: 'io-chokepoints',
    title: `${t(lang, 'io')}: ${name}, ${security.year}`,
    description: `${name}, ${security.year}: ${top.map((k) => `${k.region} ${k.sector} ${formatNumber(k.score, 4)}`).join('; ')}.`,
    source: security.source,
    key: t(lang, 'supplier'),
    x: { label: t(lang, 'chokepointScore'), min: 0 },
    rows: top.map((k) => ({
      label: `${k.region} ${k.sector}`,
      points: [{ series: t(lang, 'chokepointScore'), value: k.score }],
    })),
    digits: 4,
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
        t(lang, 'requirement'),
        t(lang, 'worldShare'),
        t(lang, 'chokepointScore'),
      ],
      rows: top.map((k, i) => [i + 1, k.region, k.sector, k.requirement, k.worldExportShare, k.score]),
    },
    digits: [0, 0, 0, 4, 4, 4],
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
