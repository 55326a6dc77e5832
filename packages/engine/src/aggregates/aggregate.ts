/**
 * World and income-group aggregates of one measure in one year, from levels
 * (`aggregateLevels` in @chanye/compute): each group's total, its ratio (e.g. MVA % of GDP)
 * as Σ numerator / Σ denominator, its coverage, and every economy's share of the world total.
 * The CLI (`chanye aggregates`), the API (`/api/aggregates/{measure}`), the papers benchmark
 * and the library all call {@link aggregates}. Method: docs/methods/aggregates.md.
 *
 * @module
 */
import { aggregateLevels, ChanyeError } from '@chanye/compute';
import type { Store } from '@chanye/store';
import { groupsIn, worldMembers, type AggregateGroup } from './groups.js';
import { MEASURE_NAMES, measureLevels, type AggregateMeasure } from './measures.js';

export interface GroupAggregate {
  readonly group: AggregateGroup;
  readonly name_en: string;
  readonly name_zh: string;
  readonly year: number;
  /** Σ level over the members with data; null when none has data. */
  readonly total: number | null;
  readonly unit: string;
  /** Σ level / Σ denominator × 100 over members with both (null for a measure without one). */
  readonly ratio: number | null;
  readonly ratio_unit: string | null;
  /** Members with both values, the ratio's coverage in economies. */
  readonly ratio_economies: number;
  readonly members: number;
  /** Members with a level. */
  readonly economies: number;
  /** The counted members' share (%) of the group's population (PWT), over members whose population is known. */
  readonly population_coverage: number | null;
  readonly population_known: number;
  readonly classification: string;
}

export interface EconomyShare {
  readonly iso3: string;
  readonly name_en: string;
  readonly name_zh: string | null;
  readonly year: number;
  readonly value: number;
  readonly unit: string;
  /** Share (%) of the world total. */
  readonly share_of_world: number;
  /** 1 = the largest. */
  readonly rank: number;
}

export interface Aggregates {
  readonly measure: AggregateMeasure;
  readonly name_en: string;
  readonly name_zh: string;
  readonly year: number;
  readonly unit: string;
  readonly ratio_name: { en: string; zh: string } | null;
  readonly groups: readonly GroupAggregate[];
  /** Every economy with a level, largest first. */
  readonly shares: readonly EconomyShare[];
  readonly method: string;
  readonly source: string;
  readonly vintage: string;
  /** Reporters with data the world total leaves out (aggregates, codes unknown to the economies table). */
  readonly excluded: readonly string[];
}

const finite = (v: number): number | null => (Number.isFinite(v) ? v : null);

/**
 * Aggregates `measure` in `year` over the world and the World Bank income groups of that year.
 * Fails with `no-data` when no economy has the measure that year.
 */
export async function aggregates(store: Store, measure: AggregateMeasure, year: number): Promise<Aggregates> {
  if (!Number.isInteger(year)) throw new ChanyeError('invalid-input', `invalid year ${year} (expected a whole year)`);
  const [levels, groups, economies, population] = await Promise.all([
    measureLevels(store, measure, year),
    groupsIn(store, year),
    worldMembers(store),
    store.observations({ indicator: 'population', years: [year, year] }),
  ]);
  const known = new Map(economies.map((e) => [e.iso3, e]));
  const counted = [...levels.level.keys()].filter((iso3) => known.has(iso3));
  if (counted.length === 0) {
    const years = await aggregateYears(store, measure);
    const range = years.length > 0 ? `${years[0]}-${years.at(-1)}` : 'none';
    throw new ChanyeError(
      'no-data',
      `no economy has ${MEASURE_NAMES[measure].en.toLowerCase()} in ${year} in the data (years with data: ${range})`,
    );
  }
  const weight = new Map(population.filter((o) => Number.isFinite(o.value)).map((o) => [o.iso3, o.value]));
  const out: GroupAggregate[] = [];
  let worldShares: ReadonlyMap<string, number> = new Map();
  for (const g of groups) {
    const a = aggregateLevels(g.members, levels.level, {
      ...(levels.denominator ? { denominator: levels.denominator } : {}),
      weight,
    });
    if (g.group === 'world') worldShares = a.shares;
    out.push({
      group: g.group,
      name_en: g.name_en,
      name_zh: g.name_zh,
      year,
      total: finite(a.total),
      unit: levels.unit,
      ratio: levels.denominator ? finite(a.ratio) : null,
      ratio_unit: levels.ratioUnit ?? null,
      ratio_economies: a.ratioCounted.length,
      members: a.members,
      economies: a.counted.length,
      population_coverage: finite(a.coverage),
      population_known: a.weightKnown,
      classification: g.classification,
    });
  }
  const shares = [...worldShares]
    .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
    .map(([iso3, share], i) => {
      const e = known.get(iso3);
      return {
        iso3,
        name_en: e?.name_en ?? iso3,
        name_zh: e?.name_zh ?? null,
        year,
        value: levels.level.get(iso3) as number,
        unit: levels.unit,
        share_of_world: share,
        rank: i + 1,
      };
    });
  return {
    measure,
    name_en: MEASURE_NAMES[measure].en,
    name_zh: MEASURE_NAMES[measure].zh,
    year,
    unit: levels.unit,
    ratio_name: levels.ratioName ?? null,
    groups: out,
    shares,
    method: levels.method,
    source: levels.sources.join('; '),
    vintage: levels.vintages.join('; '),
    excluded: [...levels.level.keys()].filter((iso3) => !known.has(iso3)).sort(),
  };
}

/** Years in which the measure has data for at least one economy, in order. */
export async function aggregateYears(store: Store, measure: AggregateMeasure): Promise<number[]> {
  if (measure === 'exports') {
    return store.exportYears();
  }
  const indicator = measure === 'mva' ? 'mva_per_capita' : 'mht_share_mva';
  const rows = await store.observations({ indicator });
  const mva = measure === 'mva' ? rows : await store.observations({ indicator: 'mva_per_capita' });
  const a = new Set(rows.map((o) => o.year));
  return [...new Set(mva.map((o) => o.year))].filter((y) => a.has(y)).sort((x, y) => x - y);
}
