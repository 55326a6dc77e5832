import type { Matrix } from '../numeric/matrix.js';

/**
 * PRODY, the income level associated with each product (column): the average GDP per capita
 * Y_c of the locations that export it, weighted by revealed comparative advantage,
 * PRODY_p = Σ_c [(x_cp / X_c) / Σ_c' (x_c'p / X_c')] Y_c (X_c a location's total). Locations
 * without a GDP per capita (NaN) are left out of both sums; a product none of the remaining
 * locations exports gets NaN. Reference: Hausmann, Hwang and Rodrik (2007), "What you export
 * matters", *Journal of Economic Growth* 12(1), eq. (1).
 *
 * @example prody(matrixFromRows([[1, 1], [0, 2]]), [10, 40]) // returns Float64Array [10, 30]
 */
export function prody(values: Matrix, gdpPerCapita: ArrayLike<number>): Float64Array {
  const { rows, columns } = values;
  if (gdpPerCapita.length !== rows) throw new Error(`gdpPerCapita has ${gdpPerCapita.length} values, expected ${rows}`);
  const numerator = new Float64Array(columns);
  const denominator = new Float64Array(columns);
  for (let c = 0; c < rows; c++) {
    const y = gdpPerCapita[c] as number;
    if (!Number.isFinite(y)) continue;
    const total = rowTotal(values, c);
    if (!(total > 0)) continue;
    for (let p = 0; p < columns; p++) {
      const share = (values.values[c * columns + p] as number) / total;
      numerator[p] = (numerator[p] as number) + share * y;
      denominator[p] = (denominator[p] as number) + share;
    }
  }
  return numerator.map((v, p) => ((denominator[p] as number) > 0 ? v / (denominator[p] as number) : NaN));
}

/**
 * EXPY, the income level of a location's export basket: EXPY_c = Σ_p (x_cp / X_c) PRODY_p.
 * Products without a PRODY are left out and the remaining shares rescaled to sum to one.
 * Reference: Hausmann, Hwang and Rodrik (2007), eq. (2).
 *
 * @example expy(matrixFromRows([[1, 1], [0, 2]]), [10, 30]) // returns Float64Array [20, 30]
 */
export function expy(values: Matrix, prodyValues: ArrayLike<number>): Float64Array {
  const { rows, columns } = values;
  if (prodyValues.length !== columns) throw new Error(`prody has ${prodyValues.length} values, expected ${columns}`);
  const out = new Float64Array(rows);
  for (let c = 0; c < rows; c++) {
    let weighted = 0;
    let total = 0;
    for (let p = 0; p < columns; p++) {
      const x = values.values[c * columns + p] as number;
      const level = prodyValues[p] as number;
      if (x === 0 || !Number.isFinite(level)) continue;
      weighted += x * level;
      total += x;
    }
    out[c] = total > 0 ? weighted / total : NaN;
  }
  return out;
}

function rowTotal(values: Matrix, c: number): number {
  let s = 0;
  for (let p = 0; p < values.columns; p++) s += values.values[c * values.columns + p] as number;
  return s;
}
