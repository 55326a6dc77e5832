import { ChanyeError, type Observation } from '@chanye/compute';
import { requireYearsInData } from './data-years.js';
import { isStale, newestYear, STALE_AFTER_YEARS } from './freshness.js';
import {
  INCOME_GROUP_NAMES,
  type Economy,
  type IncomeClassification,
  type IncomeGroup,
  type Store,
} from '@chanye/store';

/** The indicators of an economy profile, in display order, grouped into sections. */
export const PROFILE_SECTIONS: readonly { id: string; en: string; zh: string; indicators: readonly string[] }[] = [
  { id: 'income', en: 'Income', zh: '收入水平', indicators: ['gdp_per_capita_ppp', 'gni_per_capita_atlas'] },
  {
    id: 'structure',
    en: 'Sector shares of GDP',
    zh: '三次产业增加值占GDP比重',
    indicators: ['agriculture_share_gdp', 'industry_share_gdp', 'services_share_gdp', 'mva_share_gdp'],
  },
  {
    id: 'employment',
    en: 'Sector shares of employment',
    zh: '三次产业就业占比',
    indicators: [
      'agriculture_employment_share',
      'industry_employment_share',
      'services_employment_share',
      'manufacturing_employment_share',
    ],
  },
  {
    id: 'capabilities',
    en: 'Industrial capabilities',
    zh: '产业能力',
    indicators: ['mht_share_mva', 'mva_share_world', 'rd_share_gdp', 'researchers_per_million'],
  },
  { id: 'openness', en: 'Openness', zh: '对外开放', indicators: ['trade_openness'] },
  { id: 'green_digital', en: 'Green and digital', zh: '绿色与数字化', indicators: ['co2_per_mva', 'internet_users'] },
];

/** A spell of consecutive data years in one World Bank income group. */
export interface IncomeSpell {
  readonly group: IncomeGroup;
  readonly from: number;
  readonly to: number;
}

export interface ProfileItem {
  readonly indicator: string;
  readonly name_en: string;
  readonly name_zh: string;
  readonly unit: string;
  /** The latest value in or before the requested year, or null when there is none. */
  readonly observation: Observation | null;
  /**
   * Whether the value is more than three years older than the newest value
   * of the profile (freshness.ts): a reader is told it is not current.
   */
  readonly stale: boolean;
}

export interface EconomyProfile {
  readonly economy: Economy;
  /** The year asked for; null means "latest available" for every item. */
  readonly requestedYear: number | null;
  readonly income: {
    readonly current: IncomeClassification | null;
    /** The classification for the requested year (by GNI data year), if any. */
    readonly atRequestedYear: IncomeClassification | null;
    readonly spells: readonly IncomeSpell[];
    readonly source: string;
  };
  /** The year of the newest value in the profile, against which old values are marked. */
  readonly newestYear: number | null;
  /** How many years a value may lag `newestYear` before it is marked `stale`. */
  readonly staleAfterYears: number;
  readonly sections: readonly {
    readonly id: string;
    readonly en: string;
    readonly zh: string;
    readonly items: readonly ProfileItem[];
  }[];
}

/** Collapses a yearly classification history into spells of consecutive years in one group. */
export function incomeSpells(history: readonly IncomeClassification[]): IncomeSpell[] {
  const spells: IncomeSpell[] = [];
  for (const h of history) {
    const last = spells.at(-1);
    if (last && last.group === h.group && last.to === h.dataYear - 1)
      spells[spells.length - 1] = { ...last, to: h.dataYear };
    else spells.push({ group: h.group, from: h.dataYear, to: h.dataYear });
  }
  return spells;
}

/**
 * One screen about an economy: its income group now and over time, and the latest value of
 * each profile indicator in or before `year`, each with its own year, source and status.
 * A value is never moved to a year it does not belong to: an older value keeps its year, and
 * one more than three years older than the newest is marked `stale`. "Latest" is the latest
 * any source of the concept has: indicators with a catalogue `extension` are spliced forward
 * (status `spliced`), see docs/methods/data-precedence.md.
 */
export async function economyProfile(store: Store, code: string, year?: number): Promise<EconomyProfile> {
  const economy = await store.economy(code);
  await requireYearsInData(store, '--year', year);
  const history = await store.incomeHistory(economy.iso3);
  const wb = store.source('wb_class');
  const found = [];
  for (const section of PROFILE_SECTIONS) {
    const items: Omit<ProfileItem, 'stale'>[] = [];
    for (const id of section.indicators) {
      const indicator = store.indicator(id);
      const observations = await store.observations({
        indicator: id,
        economies: [economy.iso3],
        ...(year !== undefined ? { years: [-100000, year] as const } : {}),
      });
      items.push({
        indicator: id,
        name_en: indicator.name_en,
        name_zh: indicator.name_zh,
        unit: indicator.unit,
        observation: observations.at(-1) ?? null,
      });
    }
    found.push({ id: section.id, en: section.en, zh: section.zh, items });
  }
  const newest = newestYear(found.flatMap((s) => s.items.flatMap((i) => (i.observation ? [i.observation.year] : []))));
  const sections = found.map((s) => ({
    ...s,
    items: s.items.map((i) => ({ ...i, stale: i.observation !== null && isStale(i.observation.year, newest) })),
  }));
  return {
    economy,
    requestedYear: year ?? null,
    income: {
      current: history.at(-1) ?? null,
      atRequestedYear: year === undefined ? null : (history.find((h) => h.dataYear === year) ?? null),
      spells: incomeSpells(history),
      source: `${wb.name}; ${wb.vintage}`,
    },
    newestYear: newest,
    staleAfterYears: STALE_AFTER_YEARS,
    sections,
  };
}

export { INCOME_GROUP_NAMES };

/**
 * Throws `no-data` when a profile has no value at all (`chanye profile`, the API's profile
 * route; the report shows such a profile as it is), naming the economy, the year asked and the
 * earliest year any profile indicator has for it.
 */
export async function requireProfileData(store: Store, profile: EconomyProfile): Promise<void> {
  if (profile.sections.some((s) => s.items.some((i) => i.observation !== null))) return;
  const { iso3, name_en } = profile.economy;
  const ids = PROFILE_SECTIONS.flatMap((s) => s.indicators);
  const years: number[] = [];
  for (const indicator of ids)
    for (const o of await store.observations({ indicator, economies: [iso3] })) years.push(o.year);
  const asked = profile.requestedYear === null ? '' : ` in or before ${profile.requestedYear}`;
  const available =
    years.length === 0
      ? 'no profile indicator has data for it'
      : `its earliest profile value is from ${Math.min(...years)}, its latest from ${Math.max(...years)}`;
  throw new ChanyeError('no-data', `no profile values for ${iso3} (${name_en})${asked}: ${available}`);
}
