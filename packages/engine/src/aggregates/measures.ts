/**
 * The levels world and group aggregates add up, one reader per measure, each for one year:
 * manufacturing value added (MVA), medium and high-tech MVA, and goods exports. Levels, not
 * shares, because only levels add (docs/methods/aggregates.md).
 *
 * @module
 */
import { ChanyeError, type Observation } from '@chanye/compute';
import type { Store } from '@chanye/store';

export const AGGREGATE_MEASURES = ['mva', 'mht_mva', 'exports'] as const;
export type AggregateMeasure = (typeof AGGREGATE_MEASURES)[number];

export function parseMeasure(value: string): AggregateMeasure {
  if ((AGGREGATE_MEASURES as readonly string[]).includes(value)) return value as AggregateMeasure;
  throw new ChanyeError(
    'invalid-input',
    `unknown aggregate measure '${value}' (expected one of ${AGGREGATE_MEASURES.join(', ')})`,
  );
}

/** One measure's levels in one year, and the level its group ratio divides by. */
export interface MeasureLevels {
  readonly level: ReadonlyMap<string, number>;
  readonly unit: string;
  /** E.g. MVA for the MHT measure: the group ratio is Σ level / Σ denominator × 100. */
  readonly denominator?: ReadonlyMap<string, number>;
  readonly ratioName?: { en: string; zh: string };
  readonly ratioUnit?: string;
  /** The sources the levels were computed from, as their values label them. */
  readonly sources: readonly string[];
  readonly vintages: readonly string[];
  /** How the level is built, for the reader. */
  readonly method: string;
}

export const MEASURE_NAMES: Readonly<Record<AggregateMeasure, { en: string; zh: string }>> = {
  mva: { en: 'Manufacturing value added', zh: '制造业增加值' },
  mht_mva: { en: 'Medium and high-tech manufacturing value added', zh: '中高技术制造业增加值' },
  exports: { en: 'Goods exports', zh: '货物出口' },
};

function byEconomy(rows: readonly Observation[]): Map<string, number> {
  return new Map(rows.filter((o) => Number.isFinite(o.value)).map((o) => [o.iso3, o.value]));
}

function labels(groups: readonly (readonly Observation[])[]): { sources: string[]; vintages: string[] } {
  const all = groups.flat();
  return { sources: [...new Set(all.map((o) => o.source))], vintages: [...new Set(all.map((o) => o.vintage))] };
}

/** Total GDP in constant 2015 US$ (WDI NY.GDP.MKTP.KD, as Gapminder redistributes it). */
const GDP_SERIES = { source: 'gapminder', series: 'total_gdp_us_inflation_adjusted' } as const;

/**
 * MVA in constant 2015 US$ = UN SDG 9.2.1 MVA per capita × PWT population, exactly the
 * level the catalogue's `mva_share_world` divides (catalog/indicators.yaml), read through the
 * catalogue so that the user's own data take precedence as everywhere else.
 */
async function mvaLevels(store: Store, year: number): Promise<{ mva: Map<string, number>; rows: Observation[][] }> {
  const years: [number, number] = [year, year];
  const [perCapita, population] = await Promise.all([
    store.observations({ indicator: 'mva_per_capita', years }),
    store.observations({ indicator: 'population', years }),
  ]);
  const pop = byEconomy(population);
  const mva = new Map<string, number>();
  for (const [iso3, pc] of byEconomy(perCapita)) {
    const p = pop.get(iso3);
    // PWT population is in millions.
    if (p !== undefined) mva.set(iso3, pc * p * 1e6);
  }
  return { mva, rows: [perCapita, population] };
}

export async function measureLevels(store: Store, measure: AggregateMeasure, year: number): Promise<MeasureLevels> {
  switch (measure) {
    case 'mva': {
      const [{ mva, rows }, gdp] = await Promise.all([
        mvaLevels(store, year),
        store.snapshotSeries(GDP_SERIES, { years: [year, year] }),
      ]);
      return {
        level: mva,
        unit: 'constant 2015 US$',
        denominator: byEconomy(gdp),
        ratioName: { en: 'Manufacturing value added, % of GDP', zh: '制造业增加值占GDP比重' },
        ratioUnit: '% of GDP (constant 2015 US$)',
        ...labels([...rows, gdp]),
        method:
          'MVA = UN SDG 9.2.1 MVA per capita (constant 2015 US$) × PWT 10.01 population; GDP = WDI NY.GDP.MKTP.KD (constant 2015 US$) via Gapminder; the share of GDP is Σ MVA / Σ GDP over the economies with both',
      };
    }
    case 'mht_mva': {
      const [{ mva, rows }, mht] = await Promise.all([
        mvaLevels(store, year),
        store.observations({ indicator: 'mht_share_mva', years: [year, year] }),
      ]);
      const share = byEconomy(mht);
      const level = new Map<string, number>();
      for (const [iso3, v] of mva) {
        const s = share.get(iso3);
        if (s !== undefined) level.set(iso3, (v * s) / 100);
      }
      return {
        level,
        unit: 'constant 2015 US$',
        denominator: mva,
        ratioName: { en: 'Medium and high-tech share of MVA', zh: '中高技术制造业占制造业增加值比重' },
        ratioUnit: '% of MVA (constant 2015 US$)',
        ...labels([...rows, mht]),
        method:
          'MHT MVA = MVA (UN SDG 9.2.1 MVA per capita × PWT population, constant 2015 US$) × the medium and high-tech share of MVA (SDG 9.b.1: WDI NV.MNF.TECH.ZS.UN, then the UN SDG copy); the group share is Σ MHT MVA / Σ MVA over the economies with both',
      };
    }
    case 'exports': {
      const totals = await store.exportTotals(year);
      if (totals.length === 0) {
        const years = await store.exportYears();
        throw new ChanyeError(
          'no-data',
          `no product exports in the data for ${year} (years with data: ${years.join(', ')})`,
        );
      }
      const trade = store.source('trade');
      return {
        level: new Map(totals.map((t) => [t.iso3, t.value])),
        unit: 'current US$',
        sources: [`${trade.name}, product exports summed over HS 2007 4-digit headings`],
        vintages: [trade.vintage],
        method: 'exports = the sum of each reporter’s product exports (HS 2007 4-digit, current US$) to the world',
      };
    }
  }
}
