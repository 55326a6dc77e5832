/**
 * The simulation's panel of raw series: economy → variable → year → value, read by the store
 * (`loadSimulationPanel`) and used by the estimation and calibration here. Pure accessors.
 *
 * @module
 */

/** The raw series the simulation reads, by short name (the store maps each to a snapshot series). */
export const SIMULATION_VARIABLES = [
  'rgdpna',
  'rgdpe',
  'rnna',
  'emp',
  'hc',
  'labsh',
  'delta',
  'csh_i',
  'pop',
  'ctfp',
  'rtfpna',
  'va_agr',
  'va_ind',
  'va_srv',
  'emp_agr',
  'emp_ind',
  'emp_srv',
  'exports',
  'imports',
  'internet',
  'co2',
  'rd',
  'mva',
  'mht_wdi',
  'mht_sdg',
  'gni_atlas',
] as const;
export type SimulationVariable = (typeof SIMULATION_VARIABLES)[number];

/** The arrays that split industry in the simulation, in this order (A3 has no sector: not modelled). */
export const INDUSTRY_ARRAYS = ['A1', 'A2', 'F'] as const;

/**
 * Value added (WIOD 2013, current US$ million, gross output less intermediate inputs) of one
 * economy and year by the simulation's sectors and arrays (catalog/arrays-wiod.yaml): agriculture
 * c1; industry c2-c18 split into A1, A2 and F (c14); services c19-c35 with its F part (c27).
 */
export interface ArrayValueAdded {
  readonly total: number;
  readonly agriculture: number;
  /** Industry value added by {@link INDUSTRY_ARRAYS}. */
  readonly industry: readonly [number, number, number];
  readonly services: number;
  /** The part of services in F (post and telecommunications, c27). */
  readonly servicesF: number;
}

/** Economy → variable → year → value. */
export interface SimulationPanel {
  readonly data: ReadonlyMap<string, ReadonlyMap<SimulationVariable, ReadonlyMap<number, number>>>;
  /** World Bank high-income threshold (GNI per capita above which, current US$) by GNI data year. */
  readonly highIncomeThreshold: ReadonlyMap<number, number>;
  /** Economies that are not aggregates or former economies. */
  readonly economies: readonly string[];
  /** The last year of PWT data. */
  readonly lastYear: number;
  /** WIOD 2013 value added by sector and array: economy → year → values (40 economies, 1995-2011). */
  readonly arrays: ReadonlyMap<string, ReadonlyMap<number, ArrayValueAdded>>;
}

/** A value of one economy's series, or undefined. */
export function panelValue(
  panel: SimulationPanel,
  iso3: string,
  v: SimulationVariable,
  year: number,
): number | undefined {
  return panel.data.get(iso3)?.get(v)?.get(year);
}

/** The latest value at or before `year` (and not before `earliest`), with its year. */
export function panelLatest(
  panel: SimulationPanel,
  iso3: string,
  v: SimulationVariable,
  year: number,
  earliest = year - 5,
): { year: number; value: number } | undefined {
  for (let y = year; y >= earliest; y--) {
    const value = panelValue(panel, iso3, v, y);
    if (value !== undefined) return { year: y, value };
  }
  return undefined;
}

/** The mean of the available values in [from, to], or undefined when none. */
export function panelMean(
  panel: SimulationPanel,
  iso3: string,
  v: SimulationVariable,
  from: number,
  to: number,
): number | undefined {
  let sum = 0;
  let n = 0;
  for (let y = from; y <= to; y++) {
    const value = panelValue(panel, iso3, v, y);
    if (value !== undefined) {
      sum += value;
      n++;
    }
  }
  return n > 0 ? sum / n : undefined;
}
