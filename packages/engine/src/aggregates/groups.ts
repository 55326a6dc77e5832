/**
 * Who is in a group in a year: the world (every economy that is not an aggregate) or a World
 * Bank income group by the classification of that year, not today's (OGHIST: the group an
 * economy had when its GNI of that year was classified, fiscal year = year + 2). Today's
 * classification would put China's 2005 values in the upper-middle-income group it joined in
 * 2010 (data year), mixing the composition of one year with the values of another.
 *
 * @module
 */
import { INCOME_GROUP_NAMES, type Economy, type IncomeGroup, type Store } from '@chanye/store';

export const AGGREGATE_GROUPS = ['world', 'L', 'LM', 'UM', 'H'] as const;
export type AggregateGroup = (typeof AGGREGATE_GROUPS)[number];

export interface GroupMembers {
  readonly group: AggregateGroup;
  readonly name_en: string;
  readonly name_zh: string;
  readonly members: readonly string[];
  readonly classification: string;
}

/**
 * The economies counted in world totals: every entry of the economies table that is not an
 * aggregate. Historical entities count in the years the data report them (the Soviet Union in
 * the 1980 exports), since their successors are not reported beside them; codes the table
 * does not know (East Germany, DDR, in 1980) are left out and named in the coverage note.
 */
export async function worldMembers(store: Store): Promise<Economy[]> {
  return (await store.economies({ includeAggregates: true, includeHistorical: true })).filter((e) => !e.is_aggregate);
}

/** The world and, when the World Bank classified that year, the four income groups. */
export async function groupsIn(store: Store, year: number): Promise<GroupMembers[]> {
  const world = await worldMembers(store);
  const out: GroupMembers[] = [
    {
      group: 'world',
      name_en: 'World',
      name_zh: '世界',
      members: world.map((e) => e.iso3),
      classification: 'every economy that is not an aggregate',
    },
  ];
  const classified = await store.incomeGroupsIn(year);
  if (classified.size === 0) return out;
  for (const group of ['L', 'LM', 'UM', 'H'] as const satisfies readonly IncomeGroup[]) {
    out.push({
      group,
      name_en: INCOME_GROUP_NAMES[group].en,
      name_zh: INCOME_GROUP_NAMES[group].zh,
      members: [...classified].filter(([, g]) => g === group).map(([iso3]) => iso3),
      classification: `World Bank classification by GNI per capita of ${year} (FY${String((year + 2) % 100).padStart(2, '0')}, OGHIST)`,
    });
  }
  return out;
}
