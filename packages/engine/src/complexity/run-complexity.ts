import {
  ChanyeError,
  complexityOfYear,
  type ComplexityOptions,
  type ComplexityYear,
  type Observation,
  type PresenceTest,
} from '@chanye/compute';
import type { Store, TradeMatrix, TradePanel, TradeSource } from '@chanye/store';

/**
 * Country filters as the Atlas of Economic Complexity applies them (Hausmann, Hidalgo et al.
 * 2011/2014, The Atlas of Economic Complexity, ch. 7 "How do we compute...", Figure 7.1):
 * population above 1.2 million, exports of at least US$1 billion a year (the Atlas averages
 * 2006-2008; Chanye applies it to the year computed), and Iraq, Macau and Chad left out for
 * data quality. Off by default, as in py-ecomplexity.
 */
export const ATLAS_FILTER = {
  minPopulation: 1_200_000,
  minExports: 1e9,
  excluded: ['IRQ', 'MAC', 'TCD'],
  reference:
    'Hausmann, Hidalgo et al. (2014), The Atlas of Economic Complexity: Mapping Paths to Prosperity, MIT Press, ch. 7 (population above 1.2 million, exports of at least US$1 billion, Iraq, Macau and Chad excluded)',
  reference_zh:
    'Hausmann、Hidalgo等（2014），《The Atlas of Economic Complexity: Mapping Paths to Prosperity》，麻省理工学院出版社，第7章（人口超过120万、出口至少10亿美元，剔除伊拉克、中国澳门和乍得）',
} as const;

/**
 * Names of the presence tests as `chanye complexity --presence` and `GET /api/complexity?presence=`
 * take them: py-ecomplexity's (`both` is RCA or RPOP), plus `rca-and-rpop` for the stricter
 * combination.
 */
export const PRESENCE_NAMES = {
  rca: 'rca',
  rpop: 'rpop',
  both: 'rca-or-rpop',
  'rca-and-rpop': 'rca-and-rpop',
  manual: 'manual',
} as const satisfies Record<string, PresenceTest>;

export interface ComplexityRequest extends Omit<ComplexityOptions, 'population' | 'gdpPerCapita'> {
  readonly source: TradeSource;
  /** Apply {@link ATLAS_FILTER} before computing. */
  readonly atlasFilter?: boolean;
  /**
   * Called with each period as soon as it is computed (and awaited), so that a caller can
   * start writing it while the next one is computed.
   */
  readonly onYear?: (year: ComplexityYear) => void | Promise<void>;
}

/** A location dropped by the Atlas filter, and why. */
export interface DroppedLocation {
  readonly time: number;
  readonly location: string;
  readonly reason: string;
}

export interface ComplexityRun {
  readonly dataset: string;
  readonly classification: TradePanel['classification'];
  readonly unit: string;
  readonly note: string;
  readonly years: readonly ComplexityYear[];
  readonly dropped: readonly DroppedLocation[];
  /** Where population and GDP per capita came from (PRODY/EXPY need the latter). */
  readonly covariates: { readonly population: string; readonly gdpPerCapita: string };
  /** The same, in Chinese. */
  readonly covariates_zh: { readonly population: string; readonly gdpPerCapita: string };
}

/**
 * Economic complexity of a snapshot dataset or a user file, period by period, with
 * `complexityOfYear` from `@chanye/compute` (py-ecomplexity's method and defaults).
 * Population (for RPOP and the Atlas filter) and GDP per capita (for PRODY and EXPY) come
 * from the World Bank figures packaged with the 2017 and 1998-2000 trade data, else from
 * PWT 10.01 for ISO3 locations; locations without them get NaN (RPOP and PRODY then ignore
 * them, as py-ecomplexity does with missing population).
 */
export async function runComplexity(store: Store, request: ComplexityRequest): Promise<ComplexityRun> {
  const panel = await store.productTrade(request.source);
  if (panel.matrices.length === 0) throw new ChanyeError('no-data', `${panel.dataset} has no positive values`);
  const covariates = await covariatesFor(store, panel);
  const dropped: DroppedLocation[] = [];
  const { source: _source, atlasFilter, onYear, ...options } = request;
  const years: ComplexityYear[] = [];
  for (const matrix of panel.matrices) {
    const kept = withoutEmptyProducts(atlasFilter ? applyAtlasFilter(matrix, covariates.population, dropped) : matrix);
    const pop = Float64Array.from(kept.locations, (l) => covariates.population.get(`${kept.time}:${l}`) ?? NaN);
    const gdp = Float64Array.from(kept.locations, (l) => covariates.gdpPerCapita.get(`${kept.time}:${l}`) ?? NaN);
    const slice = {
      time: kept.time,
      locations: kept.locations,
      products: kept.products,
      values: { rows: kept.locations.length, columns: kept.products.length, values: kept.values },
    };
    const withGdp = panel.classification !== 'user' || gdp.some(Number.isFinite);
    const year = complexityOfYear(slice, options, {
      population: pop,
      ...(withGdp && options.presence !== 'manual' ? { gdpPerCapita: gdp } : {}),
    });
    years.push(year);
    await onYear?.(year);
  }
  return {
    dataset: panel.dataset,
    classification: panel.classification,
    unit: panel.unit,
    note: panel.note,
    years,
    dropped,
    covariates: covariates.notes,
    covariates_zh: covariates.notes_zh,
  };
}

interface Covariates {
  population: Map<string, number>;
  gdpPerCapita: Map<string, number>;
  notes: { population: string; gdpPerCapita: string };
  notes_zh: { population: string; gdpPerCapita: string };
}

async function covariatesFor(store: Store, panel: TradePanel): Promise<Covariates> {
  const population = new Map<string, number>();
  const gdpPerCapita = new Map<string, number>();
  const years = panel.matrices.map((m) => m.time);
  const fromPwt = async (): Promise<void> => {
    const range = [Math.min(...years), Math.max(...years)] as const;
    const [pop, gdp] = await Promise.all([
      store.observations({ indicator: 'population', years: range }),
      store.observations({ indicator: 'gdp_per_capita_ppp', years: range }),
    ]);
    const put = (map: Map<string, number>, rows: Observation[], scale: number): void => {
      for (const o of rows) if (!map.has(`${o.year}:${o.iso3}`)) map.set(`${o.year}:${o.iso3}`, o.value * scale);
    };
    put(population, pop, 1e6); // PWT population is in millions
    put(gdpPerCapita, gdp, 1);
  };
  if (panel.dataset === 'trade-2017') {
    for (const r of await store.tradeContext('hs07-2017')) {
      if (r.population !== null) population.set(`2017:${r.iso3}`, r.population);
      gdpPerCapita.set(`2017:${r.iso3}`, r.gdp_per_capita);
    }
    return {
      population,
      gdpPerCapita,
      notes: {
        population: 'World Bank population 2017 (packaged with the trade data)',
        gdpPerCapita: 'World Bank GDP per capita 2017, current US$ (packaged with the trade data)',
      },
      notes_zh: {
        population: '世界银行2017年人口（随贸易数据发布）',
        gdpPerCapita: '世界银行2017年人均GDP，现价美元（随贸易数据发布）',
      },
    };
  }
  if (panel.dataset === 'sitc2-1998-2000') {
    await fromPwt();
    gdpPerCapita.clear();
    for (const r of await store.tradeContext('sitc2-1998-2000')) gdpPerCapita.set(`2000:${r.iso3}`, r.gdp_per_capita);
    return {
      population,
      gdpPerCapita,
      notes: {
        population: 'PWT 10.01 population, 2000',
        gdpPerCapita: 'World Bank GDP per capita, constant 2000 US$, average 1998-2000 (packaged with the trade data)',
      },
      notes_zh: {
        population: '佩恩表10.01，2000年人口',
        gdpPerCapita: '世界银行人均GDP，2000年不变价美元，1998-2000年平均（随贸易数据发布）',
      },
    };
  }
  await fromPwt();
  return {
    population,
    gdpPerCapita,
    notes: {
      population: 'PWT 10.01 population of the same year (ISO3 locations only)',
      gdpPerCapita: 'PWT 10.01 GDP per capita, 2017 US$ at chained PPPs, same year (ISO3 locations only)',
    },
    notes_zh: {
      population: '佩恩表10.01同年人口（仅限有ISO3代码的地区）',
      gdpPerCapita: '佩恩表10.01同年人均GDP，2017年链式购买力平价美元（仅限有ISO3代码的地区）',
    },
  };
}

function applyAtlasFilter(
  matrix: TradeMatrix,
  population: ReadonlyMap<string, number>,
  dropped: DroppedLocation[],
): TradeMatrix {
  const P = matrix.products.length;
  const keep: number[] = [];
  matrix.locations.forEach((location, c) => {
    let exports = 0;
    for (let p = 0; p < P; p++) exports += matrix.values[c * P + p] as number;
    const pop = population.get(`${matrix.time}:${location}`);
    const reason = (ATLAS_FILTER.excluded as readonly string[]).includes(location)
      ? 'excluded by the Atlas for data quality'
      : pop === undefined
        ? 'population unknown'
        : pop <= ATLAS_FILTER.minPopulation
          ? `population ${Math.round(pop).toLocaleString('en-US')} ≤ 1,200,000`
          : exports < ATLAS_FILTER.minExports
            ? `exports US$${(exports / 1e6).toFixed(0)} million < US$1 billion`
            : undefined;
    if (reason === undefined) keep.push(c);
    else dropped.push({ time: matrix.time, location, reason });
  });
  const values = new Float64Array(keep.length * P);
  keep.forEach((c, i) => values.set(matrix.values.subarray(c * P, (c + 1) * P), i * P));
  return {
    time: matrix.time,
    locations: keep.map((c) => matrix.locations[c] as string),
    products: matrix.products,
    values,
  };
}

/** Drops products nobody exports (after a filter): RCA divides by each product's world total. */
function withoutEmptyProducts(matrix: TradeMatrix): TradeMatrix {
  const L = matrix.locations.length;
  const P = matrix.products.length;
  const keep: number[] = [];
  for (let p = 0; p < P; p++) {
    let total = 0;
    for (let c = 0; c < L; c++) total += matrix.values[c * P + p] as number;
    if (total > 0) keep.push(p);
  }
  if (keep.length === P) return matrix;
  const values = new Float64Array(L * keep.length);
  for (let c = 0; c < L; c++)
    keep.forEach((p, j) => (values[c * keep.length + j] = matrix.values[c * P + p] as number));
  return { ...matrix, products: keep.map((p) => matrix.products[p] as string), values };
}
