/**
 * The prose of the Petty-Clark diagnostic (Clark 1940, The Conditions of Economic Progress):
 * when services' share first stayed above industry's, in value added or in employment.
 *
 * @module
 */
import type { TurningPointStatus } from '@chanye/compute';
import { fixed, NO_PROSE, type Prose } from './format.js';

/** What is compared: value added or employment, by name. */
export type MeasureName = Prose;

export const noComparableYear = (measure: MeasureName, iso3: string, nameZh: string): Prose => ({
  en: `No year with both the services and the industry share of ${measure.en} for ${iso3}.`,
  zh: `${nameZh}没有同时具备第三产业和第二产业${measure.zh}份额的年份。`,
});

export const servicesShareLabel = (measure: MeasureName): Prose => ({
  en: `services' share of ${measure.en}`,
  zh: `第三产业${measure.zh}占比`,
});

export const industryShareLabel = (measure: MeasureName): Prose => ({
  en: `industry's share of ${measure.en}`,
  zh: `第二产业${measure.zh}占比`,
});

export const turningPointThreshold = (minRun: number): Prose => ({
  en: `Services' share strictly above industry's for at least ${minRun} consecutive years (a missing year breaks a run); the turning point is the first year of the first such run. Industry includes mining, utilities and construction.`,
  zh: `第三产业份额连续至少${minRun}年严格高于第二产业（缺失年份中断连续期）；转折点为首个此类连续期的第一年。第二产业包括采矿业、电力燃气水供应业和建筑业。`,
});

/** A turning point found (or not) in the data; `no-data` has its own message. */
export interface TurningPointValues {
  readonly status: Exclude<TurningPointStatus, 'no-data'>;
  readonly measure: MeasureName;
  readonly nameZh: string;
  readonly minRun: number;
  /** The turning point (first year of the run); undefined when not yet. */
  readonly year: number | undefined;
  readonly firstYear: number | undefined;
  readonly lastYear: number | undefined;
  /** First year services were above at all, however briefly. */
  readonly firstYearAbove: number | undefined;
  /** Years after the turning point with industry back at or above services. */
  readonly reversals: readonly number[];
  /** The two shares in the last year, in %. */
  readonly latest: { readonly year: number; readonly services: number; readonly industry: number };
}

const latestText = ({ latest }: TurningPointValues): Prose => ({
  en: `${fixed(latest.services)}% vs ${fixed(latest.industry)}% in ${latest.year}`,
  zh: `${latest.year}年第三产业${fixed(latest.services)}%、第二产业${fixed(latest.industry)}%`,
});

/** An earlier spell above industry, too short to count, before the turning point. */
function earlierSpell(v: TurningPointValues): Prose {
  if (v.firstYearAbove === undefined || v.year === undefined || !(v.firstYearAbove < v.year)) return NO_PROSE;
  return {
    en: `; an earlier, shorter spell began in ${v.firstYearAbove}`,
    zh: `；此前${v.firstYearAbove}年曾出现较短的超越`,
  };
}

function reversalText(v: TurningPointValues): Prose {
  if (v.reversals.length === 0) return NO_PROSE;
  return {
    en: `; industry was back at or above services in ${v.reversals.join(', ')}`,
    zh: `；此后${v.reversals.join('、')}年第二产业重新不低于第三产业`,
  };
}

/** A brief spell above industry when no turning point has been reached. */
function briefSpell(v: TurningPointValues): Prose {
  if (v.firstYearAbove === undefined) return NO_PROSE;
  return { en: `; services were briefly above in ${v.firstYearAbove}`, zh: `；${v.firstYearAbove}年曾短暂超过` };
}

const STATEMENTS: Readonly<Record<TurningPointValues['status'], (v: TurningPointValues) => Prose>> = {
  crossed: (v) => {
    const [latest, spell, rev] = [latestText(v), earlierSpell(v), reversalText(v)];
    return {
      en: `Petty-Clark turning point in ${v.measure.en}: services' share first exceeded industry's for ${v.minRun}+ years in ${v.year} (${latest.en})${spell.en}${rev.en}.`,
      zh: `${v.measure.zh}的配第-克拉克转折点：第三产业占比于${v.year}年起连续${v.minRun}年以上超过第二产业（${latest.zh}）${spell.zh}${rev.zh}。`,
    };
  },
  'above-since-start': (v) => {
    const [latest, rev] = [latestText(v), reversalText(v)];
    return {
      en: `Services' share of ${v.measure.en} was already above industry's when the data begin (${v.firstYear}), so the Petty-Clark turning point is earlier (${latest.en})${rev.en}.`,
      zh: `数据起始年（${v.firstYear}年）${v.nameZh}第三产业${v.measure.zh}占比已高于第二产业，配第-克拉克转折点早于数据期（${latest.zh}）${rev.zh}。`,
    };
  },
  tentative: (v) => {
    const [latest, spell] = [latestText(v), earlierSpell(v)];
    return {
      en: `Services' share of ${v.measure.en} rose above industry's in ${v.year}, fewer than ${v.minRun} years before the data end: a tentative Petty-Clark turning point (${latest.en})${spell.en}.`,
      zh: `第三产业${v.measure.zh}占比于${v.year}年超过第二产业，但距数据末年不足${v.minRun}年，配第-克拉克转折点尚待确认（${latest.zh}）${spell.zh}。`,
    };
  },
  'not-yet': (v) => {
    const [latest, brief] = [latestText(v), briefSpell(v)];
    return {
      en: `Services' share of ${v.measure.en} has not stayed above industry's for ${v.minRun} years in ${v.firstYear}-${v.lastYear}: no Petty-Clark turning point yet (${latest.en})${brief.en}.`,
      zh: `${v.firstYear}-${v.lastYear}年间第三产业${v.measure.zh}占比未连续${v.minRun}年超过第二产业，尚未出现配第-克拉克转折点（${latest.zh}）${brief.zh}。`,
    };
  },
};

export const turningPointStatement = (v: TurningPointValues): Prose => STATEMENTS[v.status](v);
