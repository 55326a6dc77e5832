import { ChanyeError, createMrio, type Mrio, type MrioInput } from '@chanye/compute';
import type { Connector, SqlParam } from '../connector/connector.js';

/**
 * Relations (SQL over views or files) holding an MRIO in long form. Column names are fixed:
 * intermediate `row_region, row_sector, col_region, col_sector, value`; final demand
 * `row_region, row_sector, col_region, category, value`; optional primary inputs
 * `label, col_region, col_sector, value`.
 */
export interface LongMrioRelations {
  readonly intermediate: string;
  readonly finalDemand: string;
  readonly primaryInputs?: string;
  readonly params?: readonly SqlParam[];
}

export interface LongMrioOrder {
  /** Region order; default: sorted, with ROW / RoW last. */
  readonly regions?: readonly string[];
  /** Sector order; default: natural sort (c2 before c10). */
  readonly sectors?: readonly string[];
  /** Category order; default: order of first appearance in `categoryOrder` or sorted. */
  readonly categories?: readonly string[];
}

/** Natural order (numbers inside codes compare as numbers), ROW and RoW last. */
export function naturalCodeOrder(codes: Iterable<string>, restLast = true): string[] {
  return [...new Set(codes)].sort((a, b) => {
    if (restLast) {
      const ra = /^row$/i.test(a);
      const rb = /^row$/i.test(b);
      if (ra !== rb) return ra ? 1 : -1;
    }
    return a.localeCompare(b, 'en', { numeric: true });
  });
}

/**
 * Streams a long-form MRIO into dense arrays: DuckDB sums duplicate cells and numbers every
 * row and column by its position in the region, sector and category lists, and the
 * result arrives in chunks of plain numbers, written straight into Float64Arrays.
 */
export async function readLongMrio(
  connector: Connector,
  relations: LongMrioRelations,
  order: LongMrioOrder & { readonly unit?: string; readonly note?: string } = {},
): Promise<Mrio> {
  return createMrio(await readLongMrioInput(connector, relations, order));
}

/** The arrays {@link readLongMrio} reads, before `createMrio` derives x and v from them. */
export async function readLongMrioInput(
  connector: Connector,
  relations: LongMrioRelations,
  order: LongMrioOrder & { readonly unit?: string; readonly note?: string } = {},
): Promise<MrioInput> {
  const p = relations.params ?? [];
  const z = `(${relations.intermediate})`;
  const y = `(${relations.finalDemand})`;
  const codes = await connector.query<{ kind: string; code: string }>(
    `select distinct 'region' as kind, row_region::varchar as code from ${z}
     union select distinct 'region', col_region::varchar from ${z}
     union select distinct 'region', row_region::varchar from ${y}
     union select distinct 'region', col_region::varchar from ${y}
     union select distinct 'sector', row_sector::varchar from ${z}
     union select distinct 'sector', col_sector::varchar from ${z}
     union select distinct 'sector', row_sector::varchar from ${y}
     union select distinct 'category', category::varchar from ${y}`,
    p,
  );
  const found = (kind: string): string[] => codes.filter((c) => c.kind === kind && c.code !== null).map((c) => c.code);
  const regions = order.regions ?? naturalCodeOrder(found('region'));
  const sectors = order.sectors ?? naturalCodeOrder(found('sector'), false);
  const categories = order.categories ?? naturalCodeOrder(found('category'), false);
  for (const [kind, list] of [
    ['region', regions],
    ['sector', sectors],
    ['category', categories],
  ] as const) {
    const missing = found(kind).filter((c) => !list.includes(c));
    if (missing.length > 0) {
      throw new ChanyeError(
        'invalid-input',
        `the table has ${kind} codes outside the given order: ${missing.slice(0, 10).join(', ')}`,
      );
    }
  }
  if (regions.length === 0 || sectors.length === 0) throw new ChanyeError('no-data', 'the input-output table is empty');
  const R = regions.length;
  const S = sectors.length;
  const K = Math.max(categories.length, 1);
  const n = R * S;
  const Z = new Float64Array(n * n);
  const Y = new Float64Array(n * R * K);
  const base = p.length;
  const lists: SqlParam[] = [...p, regions, sectors];
  const idx = (region: string, sector: string): string =>
    `((list_position($${base + 1}::varchar[], ${region}::varchar) - 1) * ${S} + list_position($${base + 2}::varchar[], ${sector}::varchar) - 1)::integer`;
  await connector.scan(
    `select ${idx('row_region', 'row_sector')} as i, ${idx('col_region', 'col_sector')} as j, sum(value)::double as v
       from ${z} where value is not null and value <> 0 group by all`,
    lists,
    (columns, rowCount) => {
      const [i, j, v] = columns as [number[], number[], number[]];
      for (let r = 0; r < rowCount; r++) Z[(i[r] as number) * n + (j[r] as number)] = v[r] as number;
    },
  );
  await connector.scan(
    `select ${idx('row_region', 'row_sector')} as i,
            ((list_position($${base + 1}::varchar[], col_region::varchar) - 1) * ${K}
              + list_position($${base + 3}::varchar[], category::varchar) - 1)::integer as c,
            sum(value)::double as v
       from ${y} where value is not null and value <> 0 group by all`,
    [...lists, categories],
    (columns, rowCount) => {
      const [i, c, v] = columns as [number[], number[], number[]];
      for (let r = 0; r < rowCount; r++) Y[(i[r] as number) * R * K + (c[r] as number)] = v[r] as number;
    },
  );
  let factorInputs: { labels: string[]; values: Float64Array } | undefined;
  if (relations.primaryInputs) {
    const f = `(${relations.primaryInputs})`;
    const labels = (
      await connector.query<{ label: string }>(`select distinct label::varchar as label from ${f} order by 1`, p)
    ).map((r) => r.label);
    const values = new Float64Array(labels.length * n);
    await connector.scan(
      `select list_position($${base + 3}::varchar[], label::varchar)::integer - 1 as q, ${idx('col_region', 'col_sector')} as j,
              sum(value)::double as v from ${f} where value is not null group by all`,
      [...lists, labels],
      (columns, rowCount) => {
        const [q, j, v] = columns as [number[], number[], number[]];
        for (let r = 0; r < rowCount; r++) values[(q[r] as number) * n + (j[r] as number)] = v[r] as number;
      },
    );
    factorInputs = { labels, values };
  }
  return {
    regions,
    sectors,
    finalDemandCategories: categories.length > 0 ? categories : ['total'],
    Z,
    Y,
    ...(factorInputs ? { factorInputs } : {}),
    unit: order.unit ?? 'as in the source',
    note: order.note ?? '',
  };
}
