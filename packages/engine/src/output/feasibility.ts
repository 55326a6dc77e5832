/**
 * An economy's feasibility view as tables and JSON (`chanye complexity --economy`): the two
 * short lists of {@link economyFeasibility}, with product names. Method:
 * docs/methods/economic-complexity.md, "Feasibility view".
 *
 * @module
 */
import type { EconomyFeasibility, Opportunity } from '@chanye/compute';
import type { ProductNames } from './complexity.js';

/** The two lists: nearest opportunities, and the most complex within the median distance. */
export const FEASIBILITY_LISTS = ['nearest', 'most_complex_near'] as const;
export type FeasibilityList = (typeof FEASIBILITY_LISTS)[number];

/** Columns of the opportunity rows (CSV and the terminal table). */
export const FEASIBILITY_COLUMNS = [
  'time',
  'location',
  'list',
  'rank',
  'product',
  'name',
  'distance',
  'density',
  'pci',
  'cog',
  'rca',
] as const;

export interface FeasibilityRow {
  readonly time: number;
  readonly location: string;
  readonly list: FeasibilityList;
  readonly rank: number;
  readonly product: string;
  readonly name: string | null;
  readonly distance: number;
  readonly density: number;
  readonly pci: number;
  readonly cog: number;
  readonly rca: number | null;
}

function row(
  f: EconomyFeasibility,
  names: ProductNames,
  list: FeasibilityList,
  o: Opportunity,
  i: number,
): FeasibilityRow {
  return {
    time: f.time,
    location: f.location,
    list,
    rank: i + 1,
    product: o.product,
    name: names.get(o.product)?.name ?? null,
    distance: o.distance,
    density: o.density,
    pci: o.pci,
    cog: o.cog,
    rca: o.rca ?? null,
  };
}

/** Both lists as rows, the nearest first. */
export function feasibilityRows(f: EconomyFeasibility, names: ProductNames): FeasibilityRow[] {
  return [
    ...f.nearest.map((o, i) => row(f, names, 'nearest', o, i)),
    ...f.mostComplexNear.map((o, i) => row(f, names, 'most_complex_near', o, i)),
  ];
}

/** The summary as JSON answers it: the economy's figures, the threshold and both lists. */
export function feasibilityJson(f: EconomyFeasibility, names: ProductNames, dataset: string): object {
  const rows = feasibilityRows(f, names);
  const strip = ({ time: _t, location: _l, list: _k, ...rest }: FeasibilityRow): object => rest;
  return {
    dataset,
    time: f.time,
    location: f.location,
    eci: f.eci,
    eci_rank: f.eciRank,
    ranked: f.ranked,
    diversity: f.diversity,
    coi: f.coi,
    total_exports: f.totalExports,
    opportunities: f.opportunities.length,
    median_distance: f.medianDistance,
    nearest: rows.filter((r) => r.list === 'nearest').map(strip),
    most_complex_near: rows.filter((r) => r.list === 'most_complex_near').map(strip),
  };
}
