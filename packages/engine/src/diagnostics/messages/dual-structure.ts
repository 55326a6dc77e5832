/**
 * The prose of the dual-structure diagnostic: the medium/high-tech manufacturing share of GDP
 * against the 20 % line of Rui Mingjie (2023), "Composition and Development Strategies of an
 * Industrial System for China's Modernization Drive".
 *
 * @module
 */
import { DUAL_STRUCTURE_LINE } from '@chanye/compute';
import { fixed, NO_PROSE, type Prose, yearSpan } from './format.js';

export const DUAL_STRUCTURE_THRESHOLD: Prose = {
  en: `Rui Mingjie (2023), "Composition and Development Strategies of an Industrial System for China's Modernization Drive", §1.1-1.2: emerging high-tech industries below ${DUAL_STRUCTURE_LINE}% of GDP (conventional sectors above ${100 - DUAL_STRUCTURE_LINE}%) mark an entrenched dual structure. Measured here by the proxy medium/high-tech manufacturing value added in % of GDP = manufacturing value added (% of GDP, SDG 9.2.1, current prices) × medium/high-tech share of manufacturing value added (%, UNIDO via WDI) / 100; knowledge-intensive services are not in the snapshot.`,
  zh: `芮明杰（2023），《Composition and Development Strategies of an Industrial System for China's Modernization Drive》，《中国经济学人》2023年第11期，第1.1-1.2节：新兴高技术产业占GDP比重低于${DUAL_STRUCTURE_LINE}%（传统产业高于${100 - DUAL_STRUCTURE_LINE}%）表明二元结构固化。此处以中高技术制造业增加值占GDP比重作为代理指标 = 制造业增加值占GDP比重（SDG 9.2.1，现价）× 中高技术制造业占制造业增加值比重（联合国工业发展组织，经WDI）/ 100；知识密集型服务业不在数据快照中。`,
};

export const noProxyYear = (iso3: string, nameZh: string): Prose => ({
  en: `No year with both the manufacturing share of GDP and the medium/high-tech share of manufacturing for ${iso3}: the dual-structure proxy cannot be computed.`,
  zh: `${nameZh}没有同时具备制造业增加值占比与中高技术制造业占比的年份，无法计算二元结构代理指标。`,
});

export const DUAL_STRUCTURE_LABELS = {
  manufacturing: { en: 'manufacturing value added (% of GDP)', zh: '制造业增加值占GDP比重' },
  mediumHighTech: {
    en: 'medium/high-tech share of manufacturing value added',
    zh: '中高技术制造业占制造业增加值比重',
  },
  proxy: {
    en: 'medium/high-tech manufacturing value added (% of GDP, proxy)',
    zh: '中高技术制造业增加值占GDP比重（代理指标）',
  },
} as const satisfies Record<string, Prose>;

/** The note on a proxy year whose medium/high-tech share the publisher carried forward. */
export const CARRIED_NOTE = 'the medium/high-tech share is carried forward by the publisher';

export interface DualStructureValues {
  readonly nameZh: string;
  readonly first: { readonly year: number; readonly value: number };
  readonly last: { readonly year: number; readonly value: number };
  /** Least-squares trend in points a year; not finite with one year. */
  readonly trend: number;
  /** Years the trend is fitted over. */
  readonly years: number;
  readonly belowLine: boolean;
  /** Years to reach the line at the trend's pace, when it is heading there. */
  readonly yearsToLine: number | undefined;
  /** Years whose medium/high-tech share the publisher carried forward. */
  readonly carriedYears: readonly number[];
}

function trendText({ trend, years }: DualStructureValues): Prose {
  if (!Number.isFinite(trend)) return { en: 'one year, no trend', zh: '仅一年，无趋势' };
  const rising = trend >= 0;
  return {
    en: `trend ${rising ? '+' : ''}${fixed(trend, 2)} points a year by least squares over ${years} years`,
    zh: `${years}年最小二乘趋势为年均${rising ? '上升' : '下降'}${fixed(Math.abs(trend), 2)}个百分点`,
  };
}

/** Which side of the line the share is on. */
const sideText = (belowLine: boolean): Prose =>
  belowLine ? { en: 'below', zh: '低于' } : { en: 'at or above', zh: '不低于' };

/** Below the line and falling: the gap is widening. */
const wideningText = (v: DualStructureValues): Prose =>
  v.belowLine && v.trend < 0 ? { en: ', and falling away from it', zh: '，且差距在扩大' } : NO_PROSE;

function toLineText({ yearsToLine }: DualStructureValues): Prose {
  if (yearsToLine === undefined) return NO_PROSE;
  const years = Math.ceil(yearsToLine);
  return {
    en: `; at that pace it would reach the line in about ${years} years`,
    zh: `；按此速度约需${years}年达到${DUAL_STRUCTURE_LINE}%`,
  };
}

function carriedText({ carriedYears }: DualStructureValues): Prose {
  if (carriedYears.length === 0) return NO_PROSE;
  const span = yearSpan(carriedYears);
  return {
    en: ` The medium/high-tech share is carried forward unchanged by the publisher in ${span}.`,
    zh: `其中${span}年的中高技术占比为发布方沿用的旧值。`,
  };
}

export function dualStructureStatement(v: DualStructureValues): Prose {
  const { first, last } = v;
  const [trend, side, widening, toLine, carried] = [
    trendText(v),
    sideText(v.belowLine),
    wideningText(v),
    toLineText(v),
    carriedText(v),
  ];
  return {
    en:
      `Medium/high-tech manufacturing value added was ${fixed(last.value)}% of GDP in ${last.year} (${fixed(first.value)}% in ${first.year}; ${trend.en}), ${side.en} the ${DUAL_STRUCTURE_LINE}% line of Rui's dual structure` +
      `${widening.en}${toLine.en}. This proxy covers manufacturing only (no knowledge-intensive services) and includes medium-tech industries.${carried.en}`,
    zh: `${v.nameZh}中高技术制造业增加值占GDP比重${last.year}年为${fixed(last.value)}%（${first.year}年为${fixed(first.value)}%；${trend.zh}），${side.zh}芮明杰二元结构判断中${DUAL_STRUCTURE_LINE}%的界线${widening.zh}${toLine.zh}。该代理指标仅涵盖制造业（不含知识密集型服务业），并包含中等技术产业。${carried.zh}`,
  };
}
