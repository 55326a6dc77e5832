import { join } from 'node:path';
import { z } from 'zod';
import {
  bandScore,
  type ComponentScore,
  type Evidence,
  type Finding,
  type IndustrializationIndex,
  industrializationIndex,
  type IndustrializationParameters,
  manufacturingShareOfCommodities,
  type Observation,
  observedEvidence,
  priceBaseFactor,
  type RostowRules,
} from '@chanye/compute';
import { readValidatedYaml, type Store } from '@chanye/store';
import { descriptionFields, labelFields, type Prose, statementFields } from './messages/format.js';
import {
  cheneryStatement,
  cheneryThreshold,
  componentScoreLabel,
  compositeStatement,
  compositeThreshold,
  convertedGdpLabel,
  indexNote,
  noStageYear,
  STAGE_LABELS,
} from './messages/industrialization-stage.js';

/** The stage names live with the prose; they are part of this module's public face. */
export { STAGE_NAMES, stageText } from './messages/industrialization-stage.js';

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

/**
 * Industrialization stage (docs/methods/industrialization-stage.md) for one economy, in the latest year with PWT GDP per
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
  const threshold = descriptionFields(compositeThreshold(params, priceYear));
  if (a === undefined) {
    const noData = (id: string): Finding => ({
      diagnostic: 'industrialization-stage',
      id,
      severity: 'no-data',
      ...statementFields(noStageYear(iso3, nameZh, options.year)),
      evidence: [],
      threshold,
      reference: INDUSTRIALIZATION_STAGE_REFERENCE,
    });
    return [noData('composite'), noData('chenery')];
  }
  const { result, conversion, year } = a;
  const obs = a.observations;
  const convertedEvidence: Evidence = {
    ...labelFields(convertedGdpLabel(priceYear)),
    iso3,
    year,
    value: a.gdpConverted,
    unit: `${priceYear} US$ per person (PWT PPP valuation)`,
    source: `${obs.gdpPerCapita!.source}, × ${conversion.factor.toFixed(6)}`,
    status: 'computed',
    note: `factor = US GNI per capita ${priceYear}, current US$ (${conversion.usCurrent.value}, ${conversion.usCurrent.source}) / US PWT GDP per capita ${priceYear} (${conversion.usPwt.value.toFixed(1)})`,
  };
  const observed = (o: Observation, label: Prose): Evidence => observedEvidence(o, label.en, label.zh);
  const evidence: Evidence[] = [
    observed(obs.gdpPerCapita!, STAGE_LABELS.gdpPerCapita),
    convertedEvidence,
    observed(obs.agriculture!, STAGE_LABELS.agriculture),
    observed(obs.industry!, STAGE_LABELS.industry),
    observed(obs.services!, STAGE_LABELS.services),
  ];
  if (obs.manufacturing) {
    evidence.push(observed(obs.manufacturing, STAGE_LABELS.manufacturing));
    evidence.push({
      ...labelFields(STAGE_LABELS.manufacturingShare),
      iso3,
      year,
      value: a.manufacturingShare,
      unit: '% of agriculture + industry value added',
      source: `Chanye: 100 × ${obs.manufacturing.source} / (${obs.agriculture!.source}, agriculture + industry)`,
      status: 'computed',
      note: 'numerator UN SDG 9.2.1 (UNIDO), denominator WDI via Gapminder: two sources, both current prices',
    });
  }
  if (obs.urbanization) evidence.push(observed(obs.urbanization, STAGE_LABELS.urbanization));
  if (obs.primaryEmployment) evidence.push(observed(obs.primaryEmployment, STAGE_LABELS.primaryEmployment));
  const scoreEvidence = (c: ComponentScore): Evidence => ({
    ...labelFields(componentScoreLabel(c)),
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
    ...labelFields(STAGE_LABELS.index),
    iso3,
    year,
    value: result.index,
    unit: 'index 0-100',
    source: 'Chanye, Chen-Huang-Zhong composite',
    status: 'computed',
    note: indexNote(result.missing.length, result.weightUsed),
  });
  const composite = compositeStatement({
    iso3,
    nameZh,
    year,
    index: result.index,
    stage: result.stage,
    half: result.half,
    components: result.components,
    missing: result.missing,
    weightUsed: result.weightUsed,
    sectorGap: result.sectorGap,
    priceYear,
    gdpConverted: a.gdpConverted,
  });
  const findings: Finding[] = [
    {
      diagnostic: 'industrialization-stage',
      id: 'composite',
      severity: 'info',
      ...statementFields(composite),
      evidence,
      threshold,
      reference: INDUSTRIALIZATION_STAGE_REFERENCE,
    },
  ];
  const gdp = bandScore(a.gdpConverted, params.bands.gdp_per_capita, params.scores)!;
  const chenery = cheneryStatement({
    iso3,
    nameZh,
    year,
    stage: gdp.stage,
    priceYear,
    gdpConverted: a.gdpConverted,
    gdpPwt: obs.gdpPerCapita!.value,
    factor: conversion.factor,
    bounds: gdpBounds,
  });
  findings.push({
    diagnostic: 'industrialization-stage',
    id: 'chenery',
    severity: 'info',
    ...statementFields(chenery),
    evidence: [observed(obs.gdpPerCapita!, STAGE_LABELS.gdpPerCapita), convertedEvidence],
    threshold: {
      ...descriptionFields(cheneryThreshold(gdpBounds, priceYear)),
      value: gdpBounds[3],
      unit: `${priceYear} US$ per person`,
    },
    reference:
      'Chenery, Robinson and Syrquin (1986), Industrialization and Growth: A Comparative Study, Oxford University Press; Chen, Huang and Zhong (2006), Table 1',
  });
  return findings;
}
