import {
  DUAL_STRUCTURE_LINE,
  dualStructure,
  type Evidence,
  type Finding,
  highTechShareOfGdp,
  type Observation,
  observedEvidence,
} from '@chanye/compute';
import type { Store } from '@chanye/store';

export const DUAL_STRUCTURE_REFERENCE =
  'Rui Mingjie (2023), "Composition and Development Strategies of an Industrial System for China\'s Modernization Drive" (seed 000), §1.1-1.2: conventional sectors above 80% and emerging high-tech industries below 20% of GDP; proxy from UNIDO\'s classification of manufacturing by technology intensity (Galindo-Rueda and Verger 2016, OECD STI Working Paper 2016/04)';

const fmt = (v: number, digits = 1): string => v.toFixed(digits);

/** One year of the proxy with the two observations it is made of. */
export interface HighTechShareYear {
  readonly year: number;
  readonly value: number;
  readonly mva: Observation;
  readonly mht: Observation;
}

/**
 * The proxy for Rui's "emerging high-tech industries" share of GDP: medium- and high-tech
 * manufacturing value added in % of GDP = `mva_share_gdp × mht_share_mva / 100`, for years
 * with both (SDG 2000-2019 × UNIDO via WDI 1990-2017, so 2000-2017), up to `year` when given.
 */
export async function highTechShareSeries(store: Store, iso3: string, year?: number): Promise<HighTechShareYear[]> {
  const years = year === undefined ? {} : { years: [1900, year] as const };
  const [mva, mht] = await Promise.all([
    store.observations({ indicator: 'mva_share_gdp', economies: [iso3], ...years }),
    store.observations({ indicator: 'mht_share_mva', economies: [iso3], ...years }),
  ]);
  const mhtOf = new Map(mht.map((o) => [o.year, o]));
  return mva
    .filter((o) => mhtOf.has(o.year))
    .map((o) => {
      const t = mhtOf.get(o.year)!;
      return { year: o.year, value: highTechShareOfGdp(o.value, t.value), mva: o, mht: t };
    })
    .sort((a, b) => a.year - b.year);
}

/**
 * Dual structure (framework.md §3.4; seed 000): the medium/high-tech manufacturing share of
 * GDP against Rui's 20 % line, with its first and last year and trend. The proxy leaves out
 * high-tech services and counts medium-tech manufacturing, so nearly every economy is below
 * 20 %; being below is therefore `info`, and the finding is a `warning` only when the share is
 * below the line *and* its least-squares trend is falling (the gap is widening).
 */
export async function diagnoseDualStructure(
  store: Store,
  code: string,
  options: { year?: number } = {},
): Promise<Finding[]> {
  const economy = await store.economy(code);
  const iso3 = economy.iso3;
  const nameZh = economy.name_zh ?? iso3;
  const series = await highTechShareSeries(store, iso3, options.year);
  const threshold = {
    description_en: `Rui (seed 000): emerging high-tech industries below ${DUAL_STRUCTURE_LINE}% of GDP (conventional sectors above ${100 - DUAL_STRUCTURE_LINE}%) mark an entrenched dual structure. Measured here by the proxy medium/high-tech manufacturing value added in % of GDP = manufacturing value added (% of GDP, SDG 9.2.1, current prices) × medium/high-tech share of manufacturing value added (%, UNIDO via WDI) / 100; knowledge-intensive services are not in the snapshot.`,
    description_zh: `芮明杰（种子文献000）：新兴高技术产业占GDP比重低于${DUAL_STRUCTURE_LINE}%（传统产业高于${100 - DUAL_STRUCTURE_LINE}%）表明二元结构固化。此处以中高技术制造业增加值占GDP比重作为代理指标 = 制造业增加值占GDP比重（SDG 9.2.1，现价）× 中高技术制造业占制造业增加值比重（联合国工业发展组织，经WDI）/ 100；知识密集型服务业不在数据快照中。`,
    value: DUAL_STRUCTURE_LINE,
    unit: '% of GDP',
  };
  const result = dualStructure(
    series.map((p) => p.year),
    series.map((p) => p.value),
  );
  if (result === undefined) {
    return [
      {
        diagnostic: 'dual-structure',
        id: 'high-tech-share',
        severity: 'no-data',
        statement_en: `No year with both the manufacturing share of GDP and the medium/high-tech share of manufacturing for ${iso3}: the dual-structure proxy cannot be computed.`,
        statement_zh: `${nameZh}没有同时具备制造业增加值占比与中高技术制造业占比的年份，无法计算二元结构代理指标。`,
        evidence: [],
        threshold,
        reference: DUAL_STRUCTURE_REFERENCE,
      },
    ];
  }
  const first = series[0]!;
  const last = series.at(-1)!;
  const evidence: Evidence[] = [];
  for (const p of first === last ? [first] : [first, last]) {
    evidence.push(
      observedEvidence(p.mva, 'manufacturing value added (% of GDP)', '制造业增加值占GDP比重'),
      observedEvidence(
        p.mht,
        'medium/high-tech share of manufacturing value added',
        '中高技术制造业占制造业增加值比重',
      ),
      {
        label_en: 'medium/high-tech manufacturing value added (% of GDP, proxy)',
        label_zh: '中高技术制造业增加值占GDP比重（代理指标）',
        iso3,
        year: p.year,
        value: p.value,
        unit: '% of GDP',
        source: `Chanye: ${p.mva.source} × ${p.mht.source} / 100`,
        status: 'computed',
        ...(p.mht.status === 'carried'
          ? { note: 'the medium/high-tech share is carried forward by the publisher' }
          : {}),
      },
    );
  }
  const carried = series.filter((p) => p.mht.status === 'carried').map((p) => p.year);
  const carriedSpan = carried.length > 1 ? `${carried[0]}-${carried.at(-1)}` : `${carried[0]}`;
  const carried_en =
    carried.length > 0
      ? ` The medium/high-tech share is carried forward unchanged by the publisher in ${carriedSpan}.`
      : '';
  const carried_zh = carried.length > 0 ? `其中${carriedSpan}年的中高技术占比为发布方沿用的旧值。` : '';
  const trend = Number.isFinite(result.trendPerYear) ? result.trendPerYear : result.changePerYear;
  const trendText = Number.isFinite(trend)
    ? `trend ${trend >= 0 ? '+' : ''}${fmt(trend, 2)} points a year by least squares over ${result.years} years`
    : 'one year, no trend';
  const trendZh = Number.isFinite(trend)
    ? `${result.years}年最小二乘趋势为年均${trend >= 0 ? '上升' : '下降'}${fmt(Math.abs(trend), 2)}个百分点`
    : '仅一年，无趋势';
  const toLine =
    result.yearsToLine !== undefined
      ? [
          `; at that pace it would reach the line in about ${Math.ceil(result.yearsToLine)} years`,
          `；按此速度约需${Math.ceil(result.yearsToLine)}年达到${DUAL_STRUCTURE_LINE}%`,
        ]
      : ['', ''];
  const side = result.belowLine ? 'below' : 'at or above';
  const sideZh = result.belowLine ? '低于' : '不低于';
  return [
    {
      diagnostic: 'dual-structure',
      id: 'high-tech-share',
      severity: result.belowLine && trend < 0 ? 'warning' : 'info',
      statement_en:
        `Medium/high-tech manufacturing value added was ${fmt(last.value)}% of GDP in ${last.year} (${fmt(first.value)}% in ${first.year}; ${trendText}), ${side} the ${DUAL_STRUCTURE_LINE}% line of Rui's dual structure` +
        `${result.belowLine ? (trend < 0 ? ', and falling away from it' : '') : ''}${toLine[0]}. This proxy covers manufacturing only (no knowledge-intensive services) and includes medium-tech industries.${carried_en}`,
      statement_zh: `${nameZh}中高技术制造业增加值占GDP比重${last.year}年为${fmt(last.value)}%（${first.year}年为${fmt(first.value)}%；${trendZh}），${sideZh}芮明杰二元结构判断中${DUAL_STRUCTURE_LINE}%的界线${result.belowLine && trend < 0 ? '，且差距在扩大' : ''}${toLine[1]}。该代理指标仅涵盖制造业（不含知识密集型服务业），并包含中等技术产业。${carried_zh}`,
      evidence,
      threshold,
      reference: DUAL_STRUCTURE_REFERENCE,
    },
  ];
}
