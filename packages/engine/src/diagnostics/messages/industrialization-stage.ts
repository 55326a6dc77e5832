/**
 * The prose of the industrialization-stage diagnostic: the composite index of Chen Jiagui,
 * Huang Qunhui and Zhong Hongwu (2006), 《中国地区工业化进程的综合评价和特征分析》, and
 * Chenery's stages by GDP per capita as they re-based them (Chenery, Robinson and Syrquin
 * 1986, Industrialization and Growth). Method: docs/methods/industrialization-stage.md.
 *
 * @module
 */
import type {
  ComponentScore,
  IndustrializationComponent,
  IndustrializationParameters,
  IndustrializationStage,
  StageHalf,
} from '@chanye/compute';
import { fixed, NO_PROSE, type Prose, upToYear, usd } from './format.js';

export const STAGE_NAMES: Readonly<Record<IndustrializationStage, { en: string; zh: string }>> = {
  'pre-industrial': { en: 'pre-industrial stage', zh: '前工业化阶段' },
  early: { en: 'early stage of industrialization', zh: '工业化初期' },
  middle: { en: 'middle stage of industrialization', zh: '工业化中期' },
  late: { en: 'late stage of industrialization', zh: '工业化后期' },
  'post-industrial': { en: 'post-industrial stage', zh: '后工业化阶段' },
};

const HALF_NAMES_ZH: Readonly<Record<StageHalf, string>> = { first: '前半阶段', second: '后半阶段' };

export const COMPONENT_NAMES: Readonly<Record<IndustrializationComponent, Prose>> = {
  gdp_per_capita: { en: 'GDP per capita', zh: '人均GDP' },
  sector_structure: { en: 'three-sector structure of value added', zh: '三次产业产值结构' },
  manufacturing_share: {
    en: 'manufacturing share of commodity-producing value added',
    zh: '制造业增加值占总商品增加值比重',
  },
  urbanization: { en: 'urbanization rate', zh: '人口城镇化率' },
  primary_employment: { en: 'primary-sector employment share', zh: '第一产业就业人员占比' },
};

/** "late stage of industrialization, second half" / "工业化后期后半阶段". */
export function stageText(
  stage: IndustrializationStage,
  half: StageHalf | undefined | null,
): { en: string; zh: string } {
  const name = STAGE_NAMES[stage];
  if (!half) return name;
  return { en: `${name.en}, ${half} half`, zh: `${name.zh}${HALF_NAMES_ZH[half]}` };
}

export function compositeThreshold(params: IndustrializationParameters, priceYear: number): Prose {
  const { weights, bands, scores } = params;
  const gdpBounds = bands.gdp_per_capita.bounds.map((b) => b.toLocaleString('en-US')).join(' / ');
  const bounds = (band: { bounds: readonly number[] }): string => band.bounds.join(' / ');
  const weighting = `${weights.gdp_per_capita}/${weights.sector_structure}/${weights.manufacturing_share}/${weights.urbanization}/${weights.primary_employment}`;
  return {
    en: `Chen, Huang and Zhong (2006) composite: GDP per capita (${priceYear} US$; stages begin at ${gdpBounds}), three-sector structure, manufacturing share of commodity-producing value added (${bounds(bands.manufacturing_share)} %), urbanization (${bounds(bands.urbanization)} %), primary employment (${bounds(bands.primary_employment)} %); each scored 0 (pre-industrial), ${scores[0]}-${scores[1]} (early), ${scores[1]}-${scores[2]} (middle), ${scores[2]}-${scores[3]} (late), ${scores[4]} (post-industrial) by linear interpolation, weighted ${weighting}. GDP-per-capita thresholds and weights are not verified against the paper (catalog/published/industrialization-stage.yaml).`,
    zh: `陈佳贵、黄群慧、钟宏武（2006）工业化综合指数：人均GDP（${priceYear}年美元，各阶段起点 ${gdpBounds}）、三次产业产值结构、制造业增加值占总商品增加值比重（${bounds(bands.manufacturing_share)}%）、人口城镇化率（${bounds(bands.urbanization)}%）、第一产业就业人员占比（${bounds(bands.primary_employment)}%）；各指标按所处阶段线性插值评分：前工业化0、初期${scores[0]}-${scores[1]}、中期${scores[1]}-${scores[2]}、后期${scores[2]}-${scores[3]}、后工业化${scores[4]}，权重${weighting}。人均GDP标志值和权重尚未与原文核对（见catalog/published/industrialization-stage.yaml）。`,
  };
}

/** No year to assess; `upTo` is the year asked for, if any. */
export const noStageYear = (iso3: string, nameZh: string, upTo: number | undefined): Prose => ({
  en: `No year${upToYear(upTo)} with PWT GDP per capita and the agriculture, industry and services shares of GDP for ${iso3} (or the US values for the price-base conversion are missing): the industrialization stage cannot be assessed.`,
  zh: `${nameZh}没有同时具备PWT人均GDP和三次产业增加值占比的年份（或缺少价格基准换算所需的美国数据），无法评估工业化阶段。`,
});

export const convertedGdpLabel = (priceYear: number): Prose => ({
  en: `GDP per capita in ${priceYear} US$ (converted)`,
  zh: `人均GDP（折算为${priceYear}年美元）`,
});

export const STAGE_LABELS = {
  gdpPerCapita: { en: 'GDP per capita', zh: '人均GDP' },
  agriculture: { en: 'agriculture, % of GDP', zh: '第一产业增加值占GDP比重' },
  industry: { en: 'industry, % of GDP', zh: '第二产业增加值占GDP比重' },
  services: { en: 'services, % of GDP', zh: '第三产业增加值占GDP比重' },
  manufacturing: { en: 'manufacturing, % of GDP', zh: '制造业增加值占GDP比重' },
  manufacturingShare: {
    en: 'manufacturing, % of commodity-producing value added (agriculture + industry)',
    zh: '制造业增加值占总商品增加值（第一产业+第二产业）比重',
  },
  urbanization: { en: 'urban population, % of total', zh: '城镇人口占总人口比重' },
  primaryEmployment: { en: 'employment in agriculture, % of total', zh: '第一产业就业人员占比' },
  index: { en: 'industrialization index', zh: '工业化水平综合指数' },
} as const satisfies Record<string, Prose>;

export const componentScoreLabel = (c: ComponentScore): Prose => ({
  en: `score: ${COMPONENT_NAMES[c.component].en} (${STAGE_NAMES[c.stage].en})`,
  zh: `得分：${COMPONENT_NAMES[c.component].zh}（${STAGE_NAMES[c.stage].zh}）`,
});

/** The index's note: all five components, or the weight it was re-weighted over. */
export const indexNote = (missing: number, weightUsed: number): string =>
  missing > 0 ? `re-weighted over ${weightUsed} of 100 weight points` : 'all five components';

export interface CompositeValues {
  readonly iso3: string;
  readonly nameZh: string;
  readonly year: number;
  readonly index: number;
  readonly stage: IndustrializationStage;
  readonly half: StageHalf | undefined | null;
  readonly components: readonly ComponentScore[];
  /** Components without data in the year; the index is re-weighted over the rest. */
  readonly missing: readonly IndustrializationComponent[];
  readonly weightUsed: number;
  /** The sector structure fell outside the published rule and was scored as the middle stage. */
  readonly sectorGap: boolean;
  readonly priceYear: number;
  /** GDP per capita in the thresholds' price base. */
  readonly gdpConverted: number;
}

function missingText({ missing, year, weightUsed }: CompositeValues): Prose {
  if (missing.length === 0) return NO_PROSE;
  return {
    en: ` Missing in ${year}: ${missing.map((m) => COMPONENT_NAMES[m].en).join(', ')}; the index is re-weighted over the other components (${weightUsed} of 100 weight points).`,
    zh: `${year}年缺少${missing.map((m) => COMPONENT_NAMES[m].zh).join('、')}，指数按其余指标重新加权（权重合计${weightUsed}）。`,
  };
}

const SECTOR_GAP_TEXT: Prose = {
  en: ' The sector structure (agriculture 10-20 % of GDP with services ≥ industry) is not covered by the published stage rule; it is scored as the middle stage.',
  zh: '三次产业结构（第一产业占10%-20%且第三产业不低于第二产业）不在原标准覆盖范围内，按工业化中期计分。',
};

export function compositeStatement(v: CompositeValues): Prose {
  const stage = stageText(v.stage, v.half);
  const parts = v.components.map((c) => `${COMPONENT_NAMES[c.component].en} ${fixed(c.score)} (${c.stage})`);
  const partsZh = v.components.map(
    (c) => `${COMPONENT_NAMES[c.component].zh}${fixed(c.score)}（${STAGE_NAMES[c.stage].zh}）`,
  );
  const [missing, gap] = [missingText(v), v.sectorGap ? SECTOR_GAP_TEXT : NO_PROSE];
  return {
    en: `Industrialization index (Chen-Huang) ${fixed(v.index)} in ${v.year}: ${v.iso3} is in the ${stage.en}. Components: ${parts.join('; ')}. GDP per capita is PWT (PPP) converted to ${v.priceYear} US$ (${usd(v.gdpConverted)}); the authors' own reports use national statistics and their own conversion, so levels differ from theirs (docs/methods/industrialization-stage.md).${missing.en}${gap.en}`,
    zh: `${v.year}年${v.nameZh}工业化水平综合指数（陈佳贵-黄群慧方法）为${fixed(v.index)}，处于${stage.zh}。分项：${partsZh.join('；')}。人均GDP为PWT购买力平价数据折算为${v.priceYear}年美元（${usd(v.gdpConverted)}）；原作者报告使用国家统计数据和自身的换算方法，指数水平与其不同（见docs/methods/industrialization-stage.md）。${missing.zh}${gap.zh}`,
  };
}

export interface CheneryValues {
  readonly iso3: string;
  readonly nameZh: string;
  readonly year: number;
  readonly stage: IndustrializationStage;
  readonly priceYear: number;
  /** GDP per capita in the thresholds' price base, and PWT's own (2017 PPP$). */
  readonly gdpConverted: number;
  readonly gdpPwt: number;
  readonly factor: number;
  /** GDP per capita where each stage begins, in the price base. */
  readonly bounds: readonly [number, number, number, number];
}

export function cheneryStatement(v: CheneryValues): Prose {
  const stage = STAGE_NAMES[v.stage];
  const bounds = v.bounds.map(usd).join(' / ');
  return {
    en: `By GDP per capita alone (Chenery's bands as re-based by Chen, Huang and Zhong to ${v.priceYear} US$), ${v.iso3} is in the ${stage.en} in ${v.year}: ${usd(v.gdpConverted)} (PWT ${usd(v.gdpPwt)} in 2017 PPP$ × ${v.factor.toFixed(4)}) against stage bounds ${bounds}.`,
    zh: `仅按人均GDP（钱纳里标准，经陈佳贵等折算为${v.priceYear}年美元），${v.year}年${v.nameZh}处于${stage.zh}：${usd(v.gdpConverted)}（PWT 2017年购买力平价${usd(v.gdpPwt)} × ${v.factor.toFixed(4)}），各阶段起点为${bounds}。`,
  };
}

export function cheneryThreshold(bounds: readonly [number, number, number, number], priceYear: number): Prose {
  const [early, middle, late, post] = bounds.map(usd) as [string, string, string, string];
  return {
    en: `Chenery (1964 US$ 200 / 400 / 800 / 1,500, as tabulated by Chen, Huang and Zhong 2006, Table 1) in ${priceYear} US$: early from ${early}, middle from ${middle}, late from ${late}, post-industrial from ${post}; not verified against the paper. PWT is converted by the ratio of US GNI per capita (current US$) to US PWT GDP per capita in ${priceYear}: the PPP valuation of the economy is kept.`,
    zh: `钱纳里标准（陈佳贵等2006年表1）折算为${priceYear}年美元：工业化初期起点${early}，中期${middle}，后期${late}，后工业化${post}；尚未与原文核对。PWT数据按${priceYear}年美国人均国民总收入（现价美元）与美国PWT人均GDP之比折算，保留购买力平价口径。`,
  };
}
