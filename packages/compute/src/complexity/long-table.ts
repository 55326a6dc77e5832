import { ChanyeError } from '../errors.js';
import type { Matrix } from '../numeric/matrix.js';

/**
 * A long table of values (exports, employment, …) by time, location and product, one row per
 * index: `value[i]` is what `location[i]` records for `product[i]` in `time[i]`. Missing
 * values (NaN) count as zero, as in py-ecomplexity.
 */
export interface LongTable {
  readonly time: ArrayLike<number>;
  readonly location: readonly string[];
  readonly product: readonly string[];
  readonly value: ArrayLike<number>;
}

/** One period of a {@link LongTable} as a locations × products matrix. */
export interface YearSlice {
  readonly time: number;
  /** Row labels, sorted; locations whose values sum to zero in this period are dropped. */
  readonly locations: readonly string[];
  /** Column labels, sorted; products whose values sum to zero in this period are dropped. */
  readonly products: readonly string[];
  /** `values[c * products.length + p]`; pairs absent from the table are 0. */
  readonly values: Matrix;
}

/**
 * Splits a long table into one rectangular locations × products matrix per period (periods
 * ascending). As py-ecomplexity does, each period keeps only the locations and products
 * whose values sum to more than zero (a zero row or column would divide by zero in RCA and in
 * the diversity and ubiquity normalisations), fills absent pairs with 0, and reads NaN as 0.
 * Negative or infinite values and duplicated (time, location, product) keys are rejected.
 *
 * @example yearSlices({ time: [2000, 2000], location: ['A', 'B'], product: ['x', 'x'], value: [1, 3] })[0]?.values.values // returns Float64Array [1, 3]
 */
export function yearSlices(table: LongTable): YearSlice[] {
  const n = table.time.length;
  if (table.location.length !== n || table.product.length !== n || table.value.length !== n) {
    throw new ChanyeError('invalid-input', 'time, location, product and value must have the same length');
  }
  const byTime = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const t = table.time[i] as number;
    if (!Number.isFinite(t)) throw new ChanyeError('invalid-input', `row ${i}: time must be a finite number`);
    const v = table.value[i] as number;
    if (v < 0 || v === Infinity)
      throw new ChanyeError('invalid-input', `row ${i}: value ${v} is not a finite non-negative number`);
    let rows = byTime.get(t);
    if (rows === undefined) byTime.set(t, (rows = []));
    rows.push(i);
  }
  return [...byTime.keys()].sort((a, b) => a - b).map((t) => slice(table, t, byTime.get(t) ?? []));
}

function slice(table: LongTable, time: number, rows: readonly number[]): YearSlice {
  const locationTotals = new Map<string, number>();
  const productTotals = new Map<string, number>();
  for (const i of rows) {
    const v = valueAt(table, i);
    const loc = table.location[i] as string;
    const prod = table.product[i] as string;
    locationTotals.set(loc, (locationTotals.get(loc) ?? 0) + v);
    productTotals.set(prod, (productTotals.get(prod) ?? 0) + v);
  }
  const locations = keptSorted(locationTotals);
  const products = keptSorted(productTotals);
  const locIndex = new Map(locations.map((l, i) => [l, i]));
  const prodIndex = new Map(products.map((p, i) => [p, i]));
  const columns = products.length;
  const values = new Float64Array(locations.length * columns);
  const seen = new Uint8Array(values.length);
  for (const i of rows) {
    const c = locIndex.get(table.location[i] as string);
    const p = prodIndex.get(table.product[i] as string);
    if (c === undefined || p === undefined) continue;
    const k = c * columns + p;
    if (seen[k] === 1) {
      throw new ChanyeError(
        'invalid-input',
        `duplicate row for time ${time}, location ${table.location[i]}, product ${table.product[i]}`,
      );
    }
    seen[k] = 1;
    values[k] = valueAt(table, i);
  }
  return { time, locations, products, values: { rows: locations.length, columns, values } };
}

function valueAt(table: LongTable, i: number): number {
  const v = table.value[i] as number;
  return Number.isNaN(v) ? 0 : v;
}

function keptSorted(totals: ReadonlyMap<string, number>): string[] {
  const kept: string[] = [];
  for (const [key, total] of totals) if (total > 0) kept.push(key);
  return kept.sort();
}
