/**
 * The income view: the economy's World Bank income group year by year, drawn as steps on an
 * axis of the four groups by name (the table keeps the level, 1 low … 4 high), from the
 * profile's spells.
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

/** The World Bank income groups, lowest first (their level is the position, 1-4). */
const GROUPS = ['L', 'LM', 'UM', 'H'] as const;
const LEVEL: Readonly<Record<string, number>> = Object.fromEntries(GROUPS.map((g, i) => [g, i + 1]));

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
    // The groups by name on the axis and a step per change: a category, not a quantity.
    y: { label: t(lang, 'group'), categories: GROUPS.map((g) => (hasMessage(g) ? t(lang, g) : g)) },
    step: true,
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
