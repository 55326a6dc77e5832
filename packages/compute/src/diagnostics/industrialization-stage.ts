/**
 * Stage of industrialization (docs/methods/industrialization-stage.md): the composite index of Chen Jiagui, Huang
 * Qunhui and Zhong Hongwu (2006), 《中国地区工业化进程的综合评价和特征分析》, Economic
 * Research Journal 2006(6): 4-15, as used in the CASS industrialization reports (Huang Qunhui,
 * Li Fangfang et al. 2017, *Report on China's Industrialization Process 1995-2015*).
 *
 * Five indicators, each with thresholds that cut it into five stages (pre-industrial, early,
 * middle, late, post-industrial): GDP per capita, the three-sector value-added structure, the
 * manufacturing share of commodity-producing value added, the urbanization rate and the
 * primary-sector employment share. Each indicator scores 0 in the pre-industrial band, rises
 * linearly through the early, middle and late bands (0-33, 33-66, 66-99) and scores 100 in the
 * post-industrial band; the composite is the weighted mean. The thresholds and weights are
 * parameters read from `catalog/published/industrialization-stage.yaml`, never constants here.
 *
 * @module
 */
import { ChanyeError } from '../errors.js';

export type IndustrializationStage = 'pre-industrial' | 'early' | 'middle' | 'late' | 'post-industrial';

/** Each of the three industrializing stages is reported as its first or second half. */
export type StageHalf = 'first' | 'second';

export const INDUSTRIALIZATION_STAGES: readonly IndustrializationStage[] = [
  'pre-industrial',
  'early',
  'middle',
  'late',
  'post-industrial',
];

/** The five components of the index. */
export type IndustrializationComponent =
  'gdp_per_capita' | 'sector_structure' | 'manufacturing_share' | 'urbanization' | 'primary_employment';

export const INDUSTRIALIZATION_COMPONENTS: readonly IndustrializationComponent[] = [
  'gdp_per_capita',
  'sector_structure',
  'manufacturing_share',
  'urbanization',
  'primary_employment',
];

/**
 * Stage thresholds of one indicator: `bounds` are the values at which the early, middle, late
 * and post-industrial stages begin. `increasing`: the indicator rises with industrialization
 * (GDP per capita, manufacturing share, urbanization); `decreasing`: it falls (primary
 * employment share), and the bounds are given in falling order.
 */
export interface StageBand {
  readonly direction: 'increasing' | 'decreasing';
  readonly bounds: readonly [number, number, number, number];
}

/** Everything the index needs, as published (see the YAML file for each source). */
export interface IndustrializationParameters {
  /** Weights of the five components (they need not sum to 100; the index divides by their sum). */
  readonly weights: Readonly<Record<IndustrializationComponent, number>>;
  /** GDP per capita in the thresholds' price base, manufacturing share, urbanization, primary employment. */
  readonly bands: Readonly<Record<Exclude<IndustrializationComponent, 'sector_structure'>, StageBand>>;
  /**
   * The agriculture shares of value added that end the early stage (A < 20 %) and the middle
   * stage (A < 10 %) in the three-sector rule.
   */
  readonly sectorStructure: { readonly agricultureMiddle: number; readonly agricultureLate: number };
  /**
   * Scores at the start of the early, middle and late stages, at the end of the late stage,
   * and of the post-industrial stage: [0, 33, 66, 99, 100] in the published method.
   */
  readonly scores: readonly [number, number, number, number, number];
}

/** An indicator's stage and score. */
export interface ComponentScore {
  readonly component: IndustrializationComponent;
  readonly stage: IndustrializationStage;
  /** 0-100. */
  readonly score: number;
  /** Position within the stage band, 0-1 (0 for the pre- and post-industrial stages). */
  readonly progress: number;
}

const clamp01 = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x);

function scoreOf(
  stage: IndustrializationStage,
  progress: number,
  scores: IndustrializationParameters['scores'],
): number {
  switch (stage) {
    case 'pre-industrial':
      return 0;
    case 'post-industrial':
      return scores[4];
    default: {
      const j = INDUSTRIALIZATION_STAGES.indexOf(stage) - 1; // early 0, middle 1, late 2
      return scores[j]! + (scores[j + 1]! - scores[j]!) * progress;
    }
  }
}

/**
 * The stage of `x` on a {@link StageBand} and its score: 0 below the early bound; in the early,
 * middle or late band, the band's starting score plus its width times the position of `x`
 * between the band's bounds (Chen, Huang and Zhong 2006: λ = (j − 2)·33 + 33·(X − min)/(max −
 * min) for j = 2, 3, 4); the post-industrial score at or beyond the post bound. A value on a
 * bound belongs to the later stage. NaN gives undefined.
 *
 * @example
 * bandScore(55, { direction: 'increasing', bounds: [30, 50, 60, 75] }, [0, 33, 66, 99, 100])
 * // returns { stage: 'middle', progress: 0.5, score: 49.5 }
 */
export function bandScore(
  x: number,
  band: StageBand,
  scores: IndustrializationParameters['scores'],
): { stage: IndustrializationStage; progress: number; score: number } | undefined {
  if (!Number.isFinite(x)) return undefined;
  const sign = band.direction === 'increasing' ? 1 : -1;
  const b = band.bounds.map((v) => sign * v);
  const y = sign * x;
  for (let k = 1; k < 4; k++) {
    if (!(b[k]! > b[k - 1]!))
      throw new ChanyeError('invalid-input', `stage bounds out of order: ${band.bounds.join(', ')}`);
  }
  let stage: IndustrializationStage;
  let progress = 0;
  if (y < b[0]!) stage = 'pre-industrial';
  else if (y >= b[3]!) stage = 'post-industrial';
  else {
    const k = y < b[1]! ? 0 : y < b[2]! ? 1 : 2;
    stage = INDUSTRIALIZATION_STAGES[k + 1]!;
    progress = (y - b[k]!) / (b[k + 1]! - b[k]!);
  }
  return { stage, progress, score: scoreOf(stage, progress, scores) };
}

/**
 * The three-sector structure component (A, I, S = agriculture, industry, services shares of
 * value added, in %). Stages as published: pre-industrial A > I; early A ≥ 20 % (and A ≤ I);
 * middle A < 20 % (published: and I > S); late A < 10 % and I ≥ S; post-industrial A < 10 % and
 * I < S. The published rule leaves 10 % ≤ A < 20 % with I ≤ S uncovered; it is placed in the
 * middle stage and flagged `gap`. Position within a band (a Chanye convention, since the
 * published method states only the bands): early, from A = I (entry; A = (A + I)/2 there) down to
 * A = 20 %; middle, from A = 20 % to 10 %; late, from A = 10 % to 0 (the band ends when services
 * overtake industry, at whatever A).
 *
 * @example
 * sectorStructureScore(15, 45, 40, params) // returns { stage: 'middle', progress: 0.5, score: 49.5, gap: false }
 */
export function sectorStructureScore(
  agriculture: number,
  industry: number,
  services: number,
  params: Pick<IndustrializationParameters, 'sectorStructure' | 'scores'>,
): { stage: IndustrializationStage; progress: number; score: number; gap: boolean } | undefined {
  if (![agriculture, industry, services].every(Number.isFinite)) return undefined;
  const { agricultureMiddle: a20, agricultureLate: a10 } = params.sectorStructure;
  let stage: IndustrializationStage;
  let progress = 0;
  let gap = false;
  if (agriculture > industry) stage = 'pre-industrial';
  else if (agriculture >= a20) {
    stage = 'early';
    const entry = (agriculture + industry) / 2;
    progress = entry > a20 ? clamp01((entry - agriculture) / (entry - a20)) : 0;
  } else if (agriculture >= a10) {
    stage = 'middle';
    progress = (a20 - agriculture) / (a20 - a10);
    gap = industry <= services;
  } else if (industry >= services) {
    stage = 'late';
    progress = clamp01((a10 - agriculture) / a10);
  } else stage = 'post-industrial';
  return { stage, progress, score: scoreOf(stage, progress, params.scores), gap };
}

/**
 * Manufacturing value added as a share of commodity-producing value added (agriculture plus
 * industry), in %: 100 × mva / (A + I), all three in % of GDP. NaN when an input is missing
 * or A + I is not positive.
 *
 * @example
 * manufacturingShareOfCommodities(30, 10, 40) // returns 60
 */
export function manufacturingShareOfCommodities(mvaShare: number, agriculture: number, industry: number): number {
  const base = agriculture + industry;
  return Number.isFinite(mvaShare) && base > 0 ? (100 * mvaShare) / base : NaN;
}

/** The stage (and half) of a composite index value. */
export function stageOfIndex(
  index: number,
  scores: IndustrializationParameters['scores'],
): { stage: IndustrializationStage; half: StageHalf | undefined } {
  if (!Number.isFinite(index)) throw new ChanyeError('invalid-input', `invalid index: ${index}`);
  if (index <= scores[0]) return { stage: 'pre-industrial', half: undefined };
  if (index >= scores[4]) return { stage: 'post-industrial', half: undefined };
  const k = index < scores[1] ? 0 : index < scores[2] ? 1 : 2;
  const middle = (scores[k]! + scores[k + 1]!) / 2;
  return { stage: INDUSTRIALIZATION_STAGES[k + 1]!, half: index < middle ? 'first' : 'second' };
}

/** Inputs of the index; NaN (or absence) marks a missing value. */
export interface IndustrializationInputs {
  /** GDP per capita in the price base of `params.bands.gdp_per_capita`. */
  readonly gdpPerCapita: number;
  /** Agriculture, industry and services value added, % of GDP. */
  readonly agriculture: number;
  readonly industry: number;
  readonly services: number;
  /** Manufacturing, % of commodity-producing value added (see {@link manufacturingShareOfCommodities}). */
  readonly manufacturingShare?: number;
  /** Urban population, % of total. */
  readonly urbanization?: number;
  /** Primary-sector employment, % of total employment. */
  readonly primaryEmployment?: number;
}

export interface IndustrializationIndex {
  /** The weighted mean of the component scores present, 0-100. */
  readonly index: number;
  readonly stage: IndustrializationStage;
  readonly half: StageHalf | undefined;
  readonly components: readonly ComponentScore[];
  /** Components without data, left out with their weights (the rest re-weighted). */
  readonly missing: readonly IndustrializationComponent[];
  /** The sum of the weights used (100 when nothing is missing). */
  readonly weightUsed: number;
  /** The sector structure fell in the gap of the published rule (see {@link sectorStructureScore}). */
  readonly sectorGap: boolean;
}

/**
 * The composite index: Σ wᵢ sᵢ / Σ wᵢ over the components with data. GDP per capita and the
 * sector structure are required (undefined without them); the manufacturing share,
 * urbanization and primary employment may be missing, and are then listed in `missing`.
 *
 * @example
 * // GDP per capita in the middle band at progress 0.5 (49.5), every other component post-industrial (100):
 * // (36 × 49.5 + 64 × 100) / 100 = 81.82 → late, first half
 */
export function industrializationIndex(
  inputs: IndustrializationInputs,
  params: IndustrializationParameters,
): IndustrializationIndex | undefined {
  const gdp = bandScore(inputs.gdpPerCapita, params.bands.gdp_per_capita, params.scores);
  const sector = sectorStructureScore(inputs.agriculture, inputs.industry, inputs.services, params);
  if (gdp === undefined || sector === undefined) return undefined;
  const components: ComponentScore[] = [
    { component: 'gdp_per_capita', ...gdp },
    { component: 'sector_structure', stage: sector.stage, progress: sector.progress, score: sector.score },
  ];
  const missing: IndustrializationComponent[] = [];
  const optional = [
    ['manufacturing_share', inputs.manufacturingShare],
    ['urbanization', inputs.urbanization],
    ['primary_employment', inputs.primaryEmployment],
  ] as const;
  for (const [component, value] of optional) {
    const scored = value === undefined ? undefined : bandScore(value, params.bands[component], params.scores);
    if (scored === undefined) missing.push(component);
    else components.push({ component, ...scored });
  }
  let weighted = 0;
  let weightUsed = 0;
  for (const c of components) {
    const w = params.weights[c.component];
    if (!(w >= 0)) throw new ChanyeError('invalid-input', `invalid weight for ${c.component}: ${w}`);
    weighted += w * c.score;
    weightUsed += w;
  }
  if (!(weightUsed > 0)) throw new ChanyeError('invalid-input', 'the weights of the components present sum to 0');
  const index = weighted / weightUsed;
  return { index, ...stageOfIndex(index, params.scores), components, missing, weightUsed, sectorGap: sector.gap };
}

/**
 * The factor that turns PWT GDP per capita (2017 US$ at chained PPPs) into US dollars of a
 * base year B: the United States' GDP (or GNI) per capita in current US$ of year B divided by
 * its PWT GDP per capita in year B. For the US, PPP and exchange rate coincide, so the ratio is
 * the US price change between B and 2017; applying it to another economy keeps that economy's
 * PPP valuation (it does not turn PPP into exchange-rate dollars).
 *
 * @example
 * priceBaseFactor(43510, 52964) // returns 0.8215… (2004 base)
 */
export function priceBaseFactor(usCurrentDollars: number, usPwt: number): number {
  if (!(usCurrentDollars > 0) || !(usPwt > 0)) throw new ChanyeError('invalid-input', 'the US values must be positive');
  return usCurrentDollars / usPwt;
}
