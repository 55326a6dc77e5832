/**
 * The income view: the economy's World Bank income group year by year, drawn as a level
 * (1 low … 4 high) from the profile's spells.
 *
 * @module
 */
import type { ChartSpec } from '@chanye/charts';
import { hasMessage, t, type Lang } from '../i18n.js';
import { citeText } from './cite.js';
import { economyName } from './economy.js';
import type { LoadContext } from './load.js';
import { loadProfile, type Profile } from './profile.js';
import type { View } from './view.js';

const LEVEL: Readonly<Record<string, number>> = { L: 1, LM: 2, UM: 3, H: 4 };

export function incomeView(profile: Profile, lang: Lang, request: string): View {
  const name = economyName(profile.economy, lang);
  const years = profile.income.spells.flatMap((s) =>
    Array.from({ length: s.to - s.from + 1 }, (_, i) => ({ year: s.from + i, group: s.group })),
  );
  const spec: ChartSpec = {
    kind: 'line',
    id: 'income',
    title: `${t(lang, 'income')}: ${name}`,
    description: `${name}: ${profile.income.spells
      .map((s) => `${hasMessage(s.group) ? t(lang, s.group) : s.group} ${s.from}-${s.to}`)
      .join('; ')}.`,
    source: profile.income.source,
    key: t(lang, 'year'),
    y: { label: t(lang, 'level'), min: 1, max: 4 },
    series: [{ name: t(lang, 'group'), points: years.map((y) => ({ x: y.year, y: LEVEL[y.group] ?? null })) }],
    digits: 0,
  };
  return {
    id: 'income',
    charts: [spec],
    table: {
      columns: [t(lang, 'year'), t(lang, 'group'), t(lang, 'level')],
      rows: years.map((y) => [y.year, hasMessage(y.group) ? t(lang, y.group) : y.group, LEVEL[y.group] ?? null]),
    },
    digits: [-1, 0, 0],
    ...(years.length === 0 ? { note: t(lang, 'noData') } : {}),
    cite: citeText(`${t(lang, 'income')}, ${name}`, request, [profile.income.source]),
  };
}

export async function loadIncome(ctx: LoadContext): Promise<View> {
  const { profile, request } = await loadProfile(ctx);
  return incomeView(profile, ctx.lang, request);
}
