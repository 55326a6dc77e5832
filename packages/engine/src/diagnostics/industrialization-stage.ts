import { join } from 'node:path';
import { z } from 'zod';
import {
  bandScore,
  type ComponentScore,
  type Evidence,
  type Finding,
  type IndustrializationComponent,
  type IndustrializationIndex,
  industrializationIndex,
  type IndustrializationParameters,
  type IndustrializationStage,
  manufacturingShareOfCommodities,
  type Observation,
  observedEvidence,
  priceBaseFactor,
  type RostowRules,
  type StageHalf,
} from '@chanye/compute';
import { readValidatedYaml } from '@chanye/store';
import type { Store } from '@chanye/store';

export const INDUSTRIALIZATION_STAGE_REFERENCE =
  "Chen Jiagui, Huang Qunhui and Zhong Hongwu (2006), 《中国地区工业化进程的综合评价和特征分析》, Economic Research Journal 2006(6): 4-15; Huang Qunhui, Li Fangfang et al. (2017), Report on China's Industrialization Process (1995-2015), Social Sciences Academic Press; Chenery, Robinson and Syrquin (1986), Industrialization and Growth";

const stageEnum = z.enum(['pre-industrial', 'early', 'middle', 'late', 'post-industrial']);
const bounds = z.tuple([z.number(), z.number(), z.number(), z.number()]);
const sourced = { verified: z.boolean(), source: z.string().min(20) };
const band = z.strictObject({ ...sourced, direction: z.enum(['increasing', 'decreasing']), bounds });

const IndustrializationFileSchema = z.strictObject({
  version: z.literal(1),
  index: z.strictObject({
    source: z.string().min(20),
    scores: z.tuple([z.number(), z.number(), z.number(), z.number(), z.number()]),
    scores_source: z.string().min(10),
    weights: z.strictObject({
      ...sourced,
      gdp_per_capita: z.number().nonnegative(),
      sector_structure: z.number().nonnegative(),
      manufacturing_share: z.number().nonnegative(),
      urbanization: z.number().nonnegative(),
      primary_employment: z.number().nonnegative(),
    }),
    gdp_per_capita: z
      .strictObject({
        ...sourced,
        bases: z.array(z.strictObject({ price_year: z.number().int(), bounds })).min(1),
        used: z.number().int(),
      })
      .refine((g) => g.bases.some((b) => b.price_year === g.used), { message: '`used` must name one of `bases`' }),
    manufacturing_share: band,
    urbanization: band,
    primary_employment: band,
    sector_structure: z.strictObject({
      ...sourced,
      agriculture_middle: z.number(),
      agriculture_late: z.number(),
    }),
  }),
  published_cases: z.array(
    z.strictObject({
      iso3: z.string().regex(/^[A-Z]{3}$/),
      year: z.number().int(),
      index: z.number(),
      stage: stageEnum,
      half: z.enum(['first', 'second']).nullable(),
      source: z.string().min(20),
    }),
  ),
  rostow: z.strictObject({
    source: z.string().min(20),
    rules: z.array(
      z.strictObject({
        id: z.enum([
          'traditional_agriculture_employment',
          'traditional_investment',
          'take_off_investment',
          'maturity_agriculture_employment',
          'mass_consumption_agriculture_employment',
        ]),
        value: z.number(),
        justification: z.string().min(20),
      }),
    ),
  }),
});
export type IndustrializationStageFile = z.infer<typeof IndustrializationFileSchema>;

/** A published stage the index is checked against. */
export type PublishedStageCase = IndustrializationStageFile['published_cases'][number];

/** The parameters of catalog/published/industrialization-stage.yaml, ready for `@chanye/compute`. */
export interface IndustrializationStageSettings {
  readonly file: IndustrializationStageFile;
  readonly params: IndustrializationParameters;
  /** The price year of the GDP-per-capita thresholds used. */
  readonly priceYear: number;
  readonly publishedCases: readonly PublishedStageCase[];
  readonly rostowRules: RostowRules;
}

/** Reads and validates catalog/published/industrialization-stage.yaml. */
export function loadIndustrializationStageSettings(store: Store): IndustrializationStageSettings {
  const path = join(store.catalogDir, 'published', 'industrialization-stage.yaml');
  const file = readValidatedYaml(path, IndustrializationFileSchema, 'industrialization-stage parameters');
  const { index } = file;
  const gdp = index.gdp_per_capita.bases.find((b) => b.price_year === index.gdp_per_capita.used)!;
  const rule = (id: IndustrializationStageFile['rostow']['rules'][number]['id']): number => {
    const found = file.rostow.rules.find((r) => r.id === id);
    if (!found) throw new Error(`${path}: rostow rule ${id} is missing`);
    return found.value;
  };
  return {
    file,
    priceYear: gdp.price_year,
    params: {
      weights: {
        gdp_per_capita: index.weights.gdp_per_capita,
        sector_structure: index.weights.sector_structure,
        manufacturing_share: index.weights.manufacturing_share,
        urbanization: index.weights.urbanization,
        primary_employment: index.weights.primary_employment,
      },
      bands: {
        gdp_per_capita: { direction: 'increasing', bounds: gdp.bounds },
        manufacturing_share: index.manufacturing_share,
        urbanization: index.urbanization,
        primary_employment: index.primary_employment,
      },
      sectorStructure: {
        agricultureMiddle: index.sector_structure.agriculture_middle,
        agricultureLate: index.sector_structure.agriculture_late,
      },
      scores: index.scores,
    },
    publishedCases: file.published_cases,
    rostowRules: {
      traditionalAgricultureEmployment: rule('traditional_agriculture_employment'),
      traditionalInvestment: rule('traditional_investment'),
      takeOffInvestment: rule('take_off_investment'),
      maturityAgricultureEmployment: rule('maturity_agriculture_employment'),
      massConsumptionAgricultureEmployment: rule('mass_consumption_agriculture_employment'),
    },
  };
}

/** The catalogue indicators the index reads. */
export const INDUSTRIALIZATION_INDICATORS = {
  gdpPerCapita: 'gdp_per_capita_ppp',
  agriculture: 'agriculture_share_gdp',
  industry: 'industry_share_gdp',
  services: 'services_share_gdp',
  manufacturing: 'mva_share_gdp',
  urbanization: 'urbanization_rate',
  primaryEmployment: 'agriculture_employment_share',
} as const;

/** The conversion of PWT GDP per capita to the thresholds' price base. */
export interface PriceBaseConversion {
  readonly factor: number;
  readonly priceYear: number;
  readonly usCurrent: Observation;
  readonly usPwt: Observation;
}

/**
 * Factor from PWT GDP per capita (2017 US$ at chained PPPs) to US$ of `priceYear`: the United
 * States' GNI per capita (Atlas method, current US$) over its PWT GDP per capita in that year.
 */
export async function priceBaseConversion(store: Store, priceYear: number): Promise<PriceBaseConversion | undefined> {
  const [current, pwt] = await Promise.all([
    store.observations({ indicator: 'gni_per_capita_atlas', economies: ['USA'], years: [priceYear, priceYear] }),
    store.observations({
      indicator: INDUSTRIALIZATION_INDICATORS.gdpPerCapita,
      economies: ['USA'],
      years: [priceYear, priceYear],
    }),
  ]);
  if (!current[0] || !pwt[0]) return undefined;
  return { factor: priceBaseFactor(current[0].value, pwt[0].value), priceYear, usCurrent: current[0], usPwt: pwt[0] };
}

/** The index for one economy and year, with the observations it used. */
export interface IndustrializationAssessment {
  readonly iso3: string;
  readonly year: number;
  readonly result: IndustrializationIndex;
  readonly conversion: PriceBaseConversion;
  /** GDP per capita in the thresholds' price base. */
  readonly gdpConverted: number;
  /** Manufacturing share of commodity-producing value added, % (NaN when missing). */
  readonly manufacturingShare: number;
  readonly observations: Readonly<Partial<Record<keyof typeof INDUSTRIALIZATION_INDICATORS, Observation>>>;
}

type Series = Record<keyof typeof INDUSTRIALIZATION_INDICATORS, Map<number, Observation>>;

async function loadSeries(store: Store, iso3: string, year: number | undefined): Promise<Series> {
  const years = year === undefined ? {} : { years: [1900, year] as const };
  const entries = await Promise.all(
    Object.entries(INDUSTRIALIZATION_INDICATORS).map(async ([key, indicator]) => {
      const obs = await store.observations({ indicator, economies: [iso3], ...years });
      // Gapminder writes 0 for gaps in the sector shares (e.g. Brazil before 1979): not a value.
      return [key, new Map(obs.filter((o) => o.value > 0).map((o) => [o.year, o]))] as const;
    }),
  );
  return Object.fromEntries(entries) as Series;
}

/**
 * Assesses one economy in one year: the latest year up to `year` (default: the latest) with
 * PWT GDP per capita and all three sector shares; the other indicators are taken from that
 * same year only (nothing is moved in time), and are listed as missing otherwise. Undefined
 * when no such year exists or the price-base conversion lacks its US values.
 */
export async function assessIndustrialization(
  store: Store,
  code: string,
  options: { year?: number; settings?: IndustrializationStageSettings } = {},
): Promise<IndustrializationAssessment | undefined> {
  const economy = await store.economy(code);
  const iso3 = economy.iso3;
  const settings = options.settings ?? loadIndustrializationStageSettings(store);
  const series = await loadSeries(store, iso3, options.year);
  const year = [...series.gdpPerCapita.keys()]
    .filter((y) => series.agriculture.has(y) && series.industry.has(y) && series.services.has(y))
    .sort((a, b) => a - b)
    .at(-1);
  if (year === undefined) return undefined;
  const conversion = await priceBaseConversion(store, settings.priceYear);
  if (conversion === undefined) return undefined;
  const at = (key: keyof Series): Observation | undefined => series[key].get(year);
  const value = (key: keyof Series): number => at(key)?.value ?? NaN;
  const gdpConverted = value('gdpPerCapita') * conversion.factor;
  const manufacturingShare = manufacturingShareOfCommodities(
    value('manufacturing'),
    value('agriculture'),
    value('industry'),
  );
  const result = industrializationIndex(
    {
      gdpPerCapita: gdpConverted,
      agriculture: value('agriculture'),
      industry: value('industry'),
      services: value('services'),
      manufacturingShare,
      urbanization: value('urbanization'),
      primaryEmployment: value('primaryEmployment'),
    },
    settings.params,
  );
  if (result === undefined) return undefined;
  const observations: Partial<Record<keyof Series, Observation>> = {};
  for (const key of Object.keys(INDUSTRIALIZATION_INDICATORS) as (keyof Series)[]) {
    const o = at(key);
    if (o !== undefined) observations[key] = o;
  }
  return { iso3, year, result, conversion, gdpConverted, manufacturingShare, observations };
}

export const STAGE_NAMES: Readonly<Record<IndustrializationStage, { en: string; zh: string }>> = {
  'pre-industrial': { en: 'pre-industrial stage', zh: '前工业化阶段' },
  early: { en: 'early stage of industrialization', zh: '工业化初期' },
  middle: { en: 'middle stage of industrialization', zh: '工业化中期' },
  late: { en: 'late stage of industrialization', zh: '工业化后期' },
  'post-industrial': { en: 'post-industrial stage', zh: '后工业化阶段' },
};

const COMPONENT_NAMES: Readonly<Record<IndustrializationComponent, { en: string; zh: string }>> = {
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
  return {
    en: `${name.en}, ${half} half`,
    zh: `${name.zh}${half === 'first' ? '前半阶段' : '后半阶段'}`,
  };
}

const fmt = (v: number, digits = 1): string => v.toFixed(digits);
const usd = (v: number): string => `US$${Math.round(v).toLocaleString('en-US')}`;

/**
 * Industrialization stage (methods.md §7) for one economy, in the latest year with PWT GDP per
 * capita and the three sector shares (up to `year`):
 * - `composite`: the Chen-Huang index, its stage and half, each component's stage and score,
 *   re-weighted over the components present when the manufacturing share, urbanization or
 *   primary employment is missing (named in the finding); `no-data` without GDP per capita or
 *   the sector shares;
 * - `chenery`: the stage from GDP per capita alone (Chenery's bands as re-based by Chen, Huang
 *   and Zhong), in the same price base.
 * GDP per capita is PWT 10.01 (2017 US$ at chained PPPs) converted to the thresholds' price base
 * by the ratio of US GNI per capita (current US$) to US PWT GDP per capita in the base year.
 */
export async function diagnoseIndustrializationStage(
  store: Store,
  code: string,
  options: { year?: number } = {},
): Promise<Finding[]> {
  const economy = await store.economy(code);
  const iso3 = economy.iso3;
  const nameZh = economy.name_zh ?? iso3;
  const settings = loadIndustrializationStageSettings(store);
  const { params, priceYear } = settings;
  const a = await assessIndustrialization(store, iso3, { ...options, settings });
  const weights = params.weights;
  const gdpBounds = params.bands.gdp_per_capita.bounds;
  const threshold = {
    description_en: `Chen, Huang and Zhong (2006) composite: GDP per capita (${priceYear} US$; stages begin at ${gdpBounds.map((b) => b.toLocaleString('en-US')).join(' / ')}), three-sector structure, manufacturing share of commodity-producing value added (${params.bands.manufacturing_share.bounds.join(' / ')} %), urbanization (${params.bands.urbanization.bounds.join(' / ')} %), primary employment (${params.bands.primary_employment.bounds.join(' / ')} %); each scored 0 (pre-industrial), ${params.scores[0]}-${params.scores[1]} (early), ${params.scores[1]}-${params.scores[2]} (middle), ${params.scores[2]}-${params.scores[3]} (late), ${params.scores[4]} (post-industrial) by linear interpolation, weighted ${weights.gdp_per_capita}/${weights.sector_structure}/${weights.manufacturing_share}/${weights.urbanization}/${weights.primary_employment}. GDP-per-capita thresholds and weights are not verified against the paper (catalog/published/industrialization-stage.yaml).`,
    description_zh: `陈佳贵、黄群慧、钟宏武（2006）工业化综合指数：人均GDP（${priceYear}年美元，各阶段起点 ${gdpBounds.map((b) => b.toLocaleString('en-US')).join(' / ')}）、三次产业产值结构、制造业增加值占总商品增加值比重（${params.bands.manufacturing_share.bounds.join(' / ')}%）、人口城镇化率（${params.bands.urbanization.bounds.join(' / ')}%）、第一产业就业人员占比（${params.bands.primary_employment.bounds.join(' / ')}%）；各指标按所处阶段线性插值评分：前工业化0、初期${params.scores[0]}-${params.scores[1]}、中期${params.scores[1]}-${params.scores[2]}、后期${params.scores[2]}-${params.scores[3]}、后工业化${params.scores[4]}，权重${weights.gdp_per_capita}/${weights.sector_structure}/${weights.manufacturing_share}/${weights.urbanization}/${weights.primary_employment}。人均GDP标志值和权重尚未与原文核对（见catalog/published/industrialization-stage.yaml）。`,
  };
  if (a === undefined) {
    const noData = (id: string): Finding => ({
      diagnostic: 'industrialization-stage',
      id,
      severity: 'no-data',
      statement_en: `No year${options.year !== undefined ? ` up to ${options.year}` : ''} with PWT GDP per capita and the agriculture, industry and services shares of GDP for ${iso3} (or the US values for the price-base conversion are missing): the industrialization stage cannot be assessed.`,
      statement_zh: `${nameZh}没有同时具备PWT人均GDP和三次产业增加值占比的年份（或缺少价格基准换算所需的美国数据），无法评估工业化阶段。`,
      evidence: [],
      threshold,
      reference: INDUSTRIALIZATION_STAGE_REFERENCE,
    });
    return [noData('composite'), noData('chenery')];
  }
  const { result, conversion, year } = a;
  const obs = a.observations;
  const convertedEvidence: Evidence = {
    label_en: `GDP per capita in ${priceYear} US$ (converted)`,
    label_zh: `人均GDP（折算为${priceYear}年美元）`,
    iso3,
    year,
    value: a.gdpConverted,
    unit: `${priceYear} US$ per person (PWT PPP valuation)`,
    source: `${obs.gdpPerCapita!.source}, × ${conversion.factor.toFixed(6)}`,
    status: 'computed',
    note: `factor = US GNI per capita ${priceYear}, current US$ (${conversion.usCurrent.value}, ${conversion.usCurrent.source}) / US PWT GDP per capita ${priceYear} (${conversion.usPwt.value.toFixed(1)})`,
  };
  const evidence: Evidence[] = [
    observedEvidence(obs.gdpPerCapita!, 'GDP per capita', '人均GDP'),
    convertedEvidence,
    observedEvidence(obs.agriculture!, 'agriculture, % of GDP', '第一产业增加值占GDP比重'),
    observedEvidence(obs.industry!, 'industry, % of GDP', '第二产业增加值占GDP比重'),
    observedEvidence(obs.services!, 'services, % of GDP', '第三产业增加值占GDP比重'),
  ];
  if (obs.manufacturing) {
    evidence.push(observedEvidence(obs.manufacturing, 'manufacturing, % of GDP', '制造业增加值占GDP比重'));
    evidence.push({
      label_en: 'manufacturing, % of commodity-producing value added (agriculture + industry)',
      label_zh: '制造业增加值占总商品增加值（第一产业+第二产业）比重',
      iso3,
      year,
      value: a.manufacturingShare,
      unit: '% of agriculture + industry value added',
      source: `Chanye: 100 × ${obs.manufacturing.source} / (${obs.agriculture!.source}, agriculture + industry)`,
      status: 'computed',
      note: 'numerator UN SDG 9.2.1 (UNIDO), denominator WDI via Gapminder: two sources, both current prices',
    });
  }
  if (obs.urbanization)
    evidence.push(observedEvidence(obs.urbanization, 'urban population, % of total', '城镇人口占总人口比重'));
  if (obs.primaryEmployment)
    evidence.push(
      observedEvidence(obs.primaryEmployment, 'employment in agriculture, % of total', '第一产业就业人员占比'),
    );
  const scoreEvidence = (c: ComponentScore): Evidence => ({
    label_en: `score: ${COMPONENT_NAMES[c.component].en} (${STAGE_NAMES[c.stage].en})`,
    label_zh: `得分：${COMPONENT_NAMES[c.component].zh}（${STAGE_NAMES[c.stage].zh}）`,
    iso3,
    year,
    value: c.score,
    unit: 'score 0-100',
    source: 'Chanye, Chen-Huang-Zhong scoring',
    status: 'computed',
    note: `weight ${weights[c.component]}`,
  });
  evidence.push(...result.components.map(scoreEvidence));
  evidence.push({
    label_en: 'industrialization index',
    label_zh: '工业化水平综合指数',
    iso3,
    year,
    value: result.index,
    unit: 'index 0-100',
    source: 'Chanye, Chen-Huang-Zhong composite',
    status: 'computed',
    note:
      result.missing.length > 0 ? `re-weighted over ${result.weightUsed} of 100 weight points` : 'all five components',
  });
  const stage = stageText(result.stage, result.half);
  const parts = result.components.map((c) => `${COMPONENT_NAMES[c.component].en} ${fmt(c.score)} (${c.stage})`);
  const partsZh = result.components.map(
    (c) => `${COMPONENT_NAMES[c.component].zh}${fmt(c.score)}（${STAGE_NAMES[c.stage].zh}）`,
  );
  const missingEn =
    result.missing.length > 0
      ? ` Missing in ${year}: ${result.missing.map((m) => COMPONENT_NAMES[m].en).join(', ')}; the index is re-weighted over the other components (${result.weightUsed} of 100 weight points).`
      : '';
  const missingZh =
    result.missing.length > 0
      ? `${year}年缺少${result.missing.map((m) => COMPONENT_NAMES[m].zh).join('、')}，指数按其余指标重新加权（权重合计${result.weightUsed}）。`
      : '';
  const gapEn = result.sectorGap
    ? ' The sector structure (agriculture 10-20 % of GDP with services ≥ industry) is not covered by the published stage rule; it is scored as the middle stage.'
    : '';
  const gapZh = result.sectorGap
    ? '三次产业结构（第一产业占10%-20%且第三产业不低于第二产业）不在原标准覆盖范围内，按工业化中期计分。'
    : '';
  const findings: Finding[] = [
    {
      diagnostic: 'industrialization-stage',
      id: 'composite',
      severity: 'info',
      statement_en: `Industrialization index (Chen-Huang) ${fmt(result.index)} in ${year}: ${iso3} is in the ${stage.en}. Components: ${parts.join('; ')}. GDP per capita is PWT (PPP) converted to ${priceYear} US$ (${usd(a.gdpConverted)}); the authors' own reports use national statistics and their own conversion, so levels differ from theirs (docs/methods/industrialization-stage.md).${missingEn}${gapEn}`,
      statement_zh: `${year}年${nameZh}工业化水平综合指数（陈佳贵-黄群慧方法）为${fmt(result.index)}，处于${stage.zh}。分项：${partsZh.join('；')}。人均GDP为PWT购买力平价数据折算为${priceYear}年美元（${usd(a.gdpConverted)}）；原作者报告使用国家统计数据和自身的换算方法，指数水平与其不同（见docs/methods/industrialization-stage.md）。${missingZh}${gapZh}`,
      evidence,
      threshold,
      reference: INDUSTRIALIZATION_STAGE_REFERENCE,
    },
  ];
  const gdp = bandScore(a.gdpConverted, params.bands.gdp_per_capita, params.scores)!;
  const chenery = STAGE_NAMES[gdp.stage];
  findings.push({
    diagnostic: 'industrialization-stage',
    id: 'chenery',
    severity: 'info',
    statement_en: `By GDP per capita alone (Chenery's bands as re-based by Chen, Huang and Zhong to ${priceYear} US$), ${iso3} is in the ${chenery.en} in ${year}: ${usd(a.gdpConverted)} (PWT ${usd(obs.gdpPerCapita!.value)} in 2017 PPP$ × ${conversion.factor.toFixed(4)}) against stage bounds ${gdpBounds.map(usd).join(' / ')}.`,
    statement_zh: `仅按人均GDP（钱纳里标准，经陈佳贵等折算为${priceYear}年美元），${year}年${nameZh}处于${chenery.zh}：${usd(a.gdpConverted)}（PWT 2017年购买力平价${usd(obs.gdpPerCapita!.value)} × ${conversion.factor.toFixed(4)}），各阶段起点为${gdpBounds.map(usd).join(' / ')}。`,
    evidence: [observedEvidence(obs.gdpPerCapita!, 'GDP per capita', '人均GDP'), convertedEvidence],
    threshold: {
      description_en: `Chenery (1964 US$ 200 / 400 / 800 / 1,500, as tabulated by Chen, Huang and Zhong 2006, Table 1) in ${priceYear} US$: early from ${usd(gdpBounds[0])}, middle from ${usd(gdpBounds[1])}, late from ${usd(gdpBounds[2])}, post-industrial from ${usd(gdpBounds[3])}; not verified against the paper. PWT is converted by the ratio of US GNI per capita (current US$) to US PWT GDP per capita in ${priceYear}: the PPP valuation of the economy is kept.`,
      description_zh: `钱纳里标准（陈佳贵等2006年表1）折算为${priceYear}年美元：工业化初期起点${usd(gdpBounds[0])}，中期${usd(gdpBounds[1])}，后期${usd(gdpBounds[2])}，后工业化${usd(gdpBounds[3])}；尚未与原文核对。PWT数据按${priceYear}年美国人均国民总收入（现价美元）与美国PWT人均GDP之比折算，保留购买力平价口径。`,
      value: gdpBounds[3],
      unit: `${priceYear} US$ per person`,
    },
    reference:
      'Chenery, Robinson and Syrquin (1986), Industrialization and Growth: A Comparative Study, Oxford University Press; Chen, Huang and Zhong (2006), Table 1',
  });
  return findings;
}
