/**
 * The overview view: the profile's latest values, section by section, as one table.
 *
 * @module
 */
import { t, type Lang } from '../i18n.js';
import { citeText } from './cite.js';
import { economyName } from './economy.js';
import type { LoadContext } from './load.js';
import { loadProfile, type Profile } from './profile.js';
import type { View } from './view.js';

/** How a value came to be, and whether it is old beside the newest of the profile (freshness.ts in the engine). */
function statusText(
  o: Profile['sections'][number]['items'][number]['observation'] & object,
  stale: boolean,
  freshness: Pick<Profile, 'newestYear' | 'staleAfterYears'>,
  lang: Lang,
): string {
  const status =
    o.status === 'spliced'
      ? t(lang, 'statusSpliced', { year: o.breakYear ?? '' })
      : o.status === 'carried'
        ? t(lang, 'statusCarried')
        : o.status === 'imputed'
          ? t(lang, 'statusImputed')
          : t(lang, 'statusObserved');
  const { newestYear: newest, staleAfterYears: years } = freshness;
  return stale && newest !== null
    ? `${status}${t(lang, 'listSeparator')}${t(lang, 'olderThan', { years, newest })}`
    : status;
}

export function overviewView(profile: Profile, lang: Lang, request: string): View {
  const rows = profile.sections.flatMap((s) =>
    s.items.flatMap((i) =>
      i.observation
        ? [
            [
              lang === 'zh' ? s.zh : s.en,
              lang === 'zh' ? i.name_zh : i.name_en,
              i.observation.year,
              i.observation.value,
              i.observation.unit,
              statusText(i.observation, i.stale, profile, lang),
            ],
          ]
        : [],
    ),
  );
  const obs = profile.sections.flatMap((s) => s.items.flatMap((i) => (i.observation ? [i.observation] : [])));
  return {
    id: 'overview',
    charts: [],
    table: {
      columns: [
        t(lang, 'section'),
        t(lang, 'indicator'),
        t(lang, 'year'),
        t(lang, 'value'),
        t(lang, 'unit'),
        t(lang, 'status'),
      ],
      rows,
    },
    digits: [0, 0, -1, 2, 0, 0],
    cite: citeText(
      `${t(lang, 'overview')}, ${economyName(profile.economy, lang)}`,
      request,
      obs.map((o) => (o.vintage ? `${o.source} (${o.vintage})` : o.source)),
    ),
  };
}

export async function loadOverview(ctx: LoadContext): Promise<View> {
  const { profile, request } = await loadProfile(ctx);
  return overviewView(profile, ctx.lang, request);
}
