import type { Command } from 'commander';
import type { Observation } from '@chanye/compute';
import { INCOME_GROUP_NAMES } from '@chanye/store';
import { economyProfile, profileObservations, requireProfileData, type EconomyProfile } from '@chanye/engine';
import { emitData } from '../output/write.js';
import { displayWidth, formatNumber } from '../output/format.js';
import { observationSheet } from '../output/observations.js';
import {
  ECONOMY_ARGUMENT_HELP,
  parseLang,
  parseYear,
  withOutputOptions,
  withStore,
  type Lang,
  type OutputOptions,
} from '../context.js';

const LABELS = {
  en: {
    title: 'Economy profile',
    region: 'Region',
    income: 'Income group',
    history: 'Income group history (World Bank, by GNI year)',
    asOf: 'values in or before',
    latest: 'latest available values',
    noData: 'no data',
    sources: 'Sources',
    carried: 'value repeated by the publisher',
    spliced: (breakYear: number | undefined) => `spliced${breakYear ? ` after ${breakYear}` : ''}`,
    olderThan: (years: number, newest: number) => `more than ${years} years older than ${newest}`,
  },
  zh: {
    title: '经济体概况',
    region: '地区',
    income: '收入组别',
    history: '收入组别历史（世界银行，按国民总收入年份）',
    asOf: '截至年份',
    latest: '最新可得数据',
    noData: '无数据',
    sources: '数据来源',
    carried: '发布方沿用前一年数值',
    spliced: (breakYear: number | undefined) => `${breakYear ? `${breakYear}年后` : ''}为衔接值`,
    olderThan: (years: number, newest: number) => `比${newest}年早${years}年以上`,
  },
} as const;

/** Display labels for the World Bank's regions in Chinese (our translation of the English names). */
const WB_REGIONS_ZH: Readonly<Record<string, string>> = {
  'East Asia & Pacific': '东亚与太平洋',
  'Europe & Central Asia': '欧洲与中亚',
  'Latin America & Caribbean': '拉丁美洲与加勒比',
  'Middle East, North Africa, Afghanistan & Pakistan': '中东、北非、阿富汗与巴基斯坦',
  'North America': '北美',
  'South Asia': '南亚',
  'Sub-Saharan Africa': '撒哈拉以南非洲',
};

function statusText(o: Observation, t: (typeof LABELS)[Lang]): string {
  if (o.status === 'carried') return t.carried;
  if (o.status === 'spliced') return t.spliced(o.breakYear);
  return o.status;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** The one-screen text rendering of a profile. */
export function renderProfileText(profile: EconomyProfile, lang: Lang): string {
  const t = LABELS[lang];
  const e = profile.economy;
  const groupName = (g: keyof typeof INCOME_GROUP_NAMES): string => INCOME_GROUP_NAMES[g][lang];
  const lines: string[] = [];
  const name = lang === 'zh' ? `${e.name_zh ?? e.name_en} ${e.iso3}` : `${e.name_en} (${e.iso3})`;
  lines.push(`${t.title}: ${name}${e.name_zh && lang === 'en' ? ` ${e.name_zh}` : ''}`);
  const region = e.wb_region ?? e.un_region ?? '-';
  lines.push(`${t.region}: ${lang === 'zh' ? (WB_REGIONS_ZH[region] ?? region) : region}`);
  const current = profile.income.current;
  if (current) lines.push(`${t.income}: ${groupName(current.group)} (${current.fiscalYear}, GNI ${current.dataYear})`);
  if (profile.income.atRequestedYear) {
    const r = profile.income.atRequestedYear;
    lines.push(`${t.income} ${r.dataYear}: ${groupName(r.group)} (${r.fiscalYear})`);
  }
  lines.push(
    `${t.history}: ${profile.income.spells.map((s) => `${s.group} ${s.from}${s.to > s.from ? `-${s.to}` : ''}`).join(', ')}`,
  );
  lines.push('');
  lines.push(profile.requestedYear === null ? `(${t.latest})` : `(${t.asOf} ${profile.requestedYear})`);
  const sources = new Map<string, number>();
  const footnote = (o: Observation): string => {
    if (!sources.has(o.source)) sources.set(o.source, sources.size + 1);
    return `[${sources.get(o.source)}]`;
  };
  const nameWidth = Math.max(
    ...profile.sections.flatMap((s) => s.items.map((i) => displayWidth(lang === 'zh' ? i.name_zh : i.name_en))),
  );
  for (const section of profile.sections) {
    lines.push('');
    lines.push(lang === 'zh' ? section.zh : section.en);
    for (const item of section.items) {
      const label = pad(`  ${lang === 'zh' ? item.name_zh : item.name_en}`, nameWidth + 2);
      const o = item.observation;
      if (!o) {
        lines.push(`${label}  ${t.noData}`);
        continue;
      }
      const flags = [
        ...(o.status === 'observed' ? [] : [statusText(o, t)]),
        ...(item.stale && profile.newestYear !== null
          ? [t.olderThan(profile.staleAfterYears, profile.newestYear)]
          : []),
      ];
      const flag = flags.length === 0 ? '' : lang === 'zh' ? `（${flags.join('；')}）` : ` (${flags.join('; ')})`;
      lines.push(`${label}  ${formatNumber(o.value).padStart(10)} ${item.unit}  ${o.year} ${footnote(o)}${flag}`);
    }
  }
  lines.push('');
  lines.push(`${t.sources}:`);
  for (const [source, n] of sources) lines.push(`  [${n}] ${source}`);
  lines.push(`  ${profile.income.source}`);
  return `${lines.join('\n')}\n`;
}

export function registerProfile(program: Command): void {
  withOutputOptions(
    program
      .command('profile')
      .description(
        'one screen about an economy: income group now and over time, structure, capabilities, each value with year and source',
      )
      .argument('<economy>', ECONOMY_ARGUMENT_HELP)
      .option('--year <year>', 'latest values in or before this year (default: latest available)', parseYear)
      .option('--lang <lang>', 'en or zh', parseLang, 'en' as Lang),
    { xlsx: true },
  ).action(async (iso3: string, options: OutputOptions & { year?: number; lang: Lang }, command: Command) => {
    const profile = await withStore(command, async (store) => {
      const found = await economyProfile(store, iso3, options.year);
      await requireProfileData(store, found);
      return found;
    });
    await emitData(options, {
      json: () => profile,
      table: () => renderProfileText(profile, options.lang),
      sheets: () => [observationSheet(profileObservations(profile))],
      notes: [
        `Profile of ${profile.economy.name_en} (${profile.economy.iso3}): the latest value of each indicator in or before ${options.year ?? 'the latest year'}.`,
      ],
    });
  });
}
