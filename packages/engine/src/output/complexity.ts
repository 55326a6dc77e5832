/**
 * The economic-complexity tables (`chanye complexity --out DIR` writes them as economies.csv,
 * products.csv and economy_products.csv; `GET /api/complexity?table=…` answers one): their
 * columns and rows. Method: docs/methods/economic-complexity.md.
 *
 * @module
 */
import { ChanyeError, type ComplexityYear } from '@chanye/compute';
import type { ComplexityRun } from '../complexity/run-complexity.js';

/** The three tables of a run. */
export const COMPLEXITY_TABLES = ['economies', 'products', 'economy-products'] as const;
export type ComplexityTableName = (typeof COMPLEXITY_TABLES)[number];

/** Product names and groups of the run's classification (none for a user file). */
export type ProductNames = ReadonlyMap<string, { name: string; name_zh?: string | null; group: string | null }>;

/** One cell of a complexity table: absent numbers are null (so JSON keeps the key). */
export type ComplexityCell = string | number | boolean | null;
export type ComplexityRow = Record<string, ComplexityCell>;

/** A run's description and one of its tables: the API's answer. */
export interface ComplexityTable {
  readonly dataset: string;
  readonly classification: string;
  readonly unit: string;
  readonly note: string;
  readonly covariates: ComplexityRun['covariates'];
  readonly dropped: ComplexityRun['dropped'];
  readonly table: ComplexityTableName;
  readonly columns: readonly string[];
  readonly rows: readonly ComplexityRow[];
}

const num = (v: number | undefined): number | null => (v === undefined ? null : v);

/** EXPY and PRODY need GDP per capita: their columns exist when any period of the run has them. */
const withGdp = (run: ComplexityRun): boolean => run.years.some((y) => y.expy !== undefined);

/** Columns of the economies table (`expy` only with GDP per capita). */
export function economyComplexityColumns(run: ComplexityRun): string[] {
  return ['time', 'location', 'eci', 'diversity', 'coi', 'total_exports', ...(withGdp(run) ? ['expy'] : [])];
}

/** Columns of the products table (`prody` only with GDP per capita). */
export function productComplexityColumns(run: ComplexityRun): string[] {
  return ['time', 'product', 'name', 'name_zh', 'pci', 'ubiquity', ...(withGdp(run) ? ['prody'] : [])];
}

/** Columns of the economy × product table, every location × product of each period. */
export const ECONOMY_PRODUCT_COLUMNS = [
  'time',
  'location',
  'product',
  'value',
  'rca',
  'rpop',
  'mcp',
  'density',
  'cog',
] as const;

/** One period's economies: ECI, diversity, COI, total exports and EXPY. */
export function economyComplexityRows(y: ComplexityYear): ComplexityRow[] {
  const P = y.products.length;
  return y.locations.map((location, c) => {
    let total = 0;
    for (let p = 0; p < P; p++) total += y.values.values[c * P + p] as number;
    return {
      time: y.time,
      location,
      eci: num(y.eci[c]),
      diversity: num(y.diversity[c]),
      coi: num(y.coi[c]),
      total_exports: total,
      ...(y.expy ? { expy: num(y.expy[c]) } : {}),
    };
  });
}

/** One period's products: names (English, and Chinese for HS 2007), PCI, ubiquity and PRODY. */
export function productComplexityRows(y: ComplexityYear, names: ProductNames): ComplexityRow[] {
  return y.products.map((product, p) => ({
    time: y.time,
    product,
    name: names.get(product)?.name ?? null,
    name_zh: names.get(product)?.name_zh ?? null,
    pci: num(y.pci[p]),
    ubiquity: num(y.ubiquity[p]),
    ...(y.prody ? { prody: num(y.prody[p]) } : {}),
  }));
}

/** One location's row of the economy × product table in each period that has it. */
function economyProductRows(run: ComplexityRun, location: string): ComplexityRow[] {
  const rows: ComplexityRow[] = [];
  let found = false;
  for (const y of run.years) {
    const c = y.locations.indexOf(location);
    if (c < 0) continue;
    found = true;
    const P = y.products.length;
    for (let p = 0; p < P; p++) {
      const i = c * P + p;
      rows.push({
        time: y.time,
        location: y.locations[c] as string,
        product: y.products[p] as string,
        value: num(y.values.values[i]),
        rca: y.rca ? num(y.rca.values[i]) : null,
        rpop: y.rpop ? num(y.rpop.values[i]) : null,
        mcp: num(y.m.values[i]),
        density: num(y.density.values[i]),
        cog: num(y.cog.values[i]),
      });
    }
  }
  if (!found) throw new ChanyeError('no-data', `${location} is not among the economies of ${run.dataset}`);
  return rows;
}

/**
 * One table of a run with the run's description, every period in order; the economy ×
 * product table only for `location` (every location × product is millions of rows).
 */
export function complexityTable(
  run: ComplexityRun,
  names: ProductNames,
  table: ComplexityTableName,
  location: string | undefined,
): ComplexityTable {
  const { columns, rows } =
    table === 'economies'
      ? { columns: economyComplexityColumns(run), rows: run.years.flatMap(economyComplexityRows) }
      : table === 'products'
        ? { columns: productComplexityColumns(run), rows: run.years.flatMap((y) => productComplexityRows(y, names)) }
        : { columns: [...ECONOMY_PRODUCT_COLUMNS], rows: economyProductRows(run, location as string) };
  return {
    dataset: run.dataset,
    classification: run.classification,
    unit: run.unit,
    note: run.note,
    covariates: run.covariates,
    dropped: run.dropped,
    table,
    columns,
    rows,
  };
}
