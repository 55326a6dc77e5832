import type { Matrix } from '../numeric/matrix.js';

/**
 * Balassa's revealed comparative advantage of each location (row) in each product (column):
 * RCA_cp = (x_cp / Σ_p x_cp) / (Σ_c x_cp / Σ_cp x_cp). A location or product with zero total
 * gives NaN (0/0), as in py-ecomplexity; {@link yearSlices} drops those rows and columns.
 * Reference: Balassa (1965), *The Manchester School* 33(2).
 *
 * @example rca(matrixFromRows([[1, 1], [0, 2]])).values // returns Float64Array [2, 2/3, 0, 4/3]
 */
export function rca(values: Matrix): Matrix {
  const { rows, columns } = values;
  const x = values.values;
  const rowTotals = new Float64Array(rows);
  const columnTotals = new Float64Array(columns);
  for (let c = 0; c < rows; c++) {
    let s = 0;
    for (let p = 0; p < columns; p++) {
      const v = x[c * columns + p] as number;
      s += v;
      columnTotals[p] = (columnTotals[p] as number) + v;
    }
    rowTotals[c] = s;
  }
  let total = 0;
  for (let p = 0; p < columns; p++) total += columnTotals[p] as number;
  const out = new Float64Array(rows * columns);
  for (let c = 0; c < rows; c++) {
    const rowTotal = rowTotals[c] as number;
    for (let p = 0; p < columns; p++) {
      const k = c * columns + p;
      out[k] = (x[k] as number) / rowTotal / ((columnTotals[p] as number) / total);
    }
  }
  return { rows, columns, values: out };
}

/**
 * Revealed per-capita advantage: a location's value per inhabitant in a product relative to
 * the world's, RPOP_cp = (x_cp / pop_c) / (Σ_c x_cp / Σ_c pop_c), the world population
 * summing the locations with a known population. A missing population (NaN) gives NaN for
 * that location's row (and so no presence), as in py-ecomplexity.
 *
 * @example rpop(matrixFromRows([[1, 1], [0, 2]]), [1, 3]).values // returns Float64Array [4, 4/3, 0, 8/9]
 */
export function rpop(values: Matrix, population: ArrayLike<number>): Matrix {
  const { rows, columns } = values;
  if (population.length !== rows) throw new Error(`population has ${population.length} values, expected ${rows}`);
  const x = values.values;
  const columnTotals = new Float64Array(columns);
  for (let c = 0; c < rows; c++) {
    for (let p = 0; p < columns; p++) columnTotals[p] = (columnTotals[p] as number) + (x[c * columns + p] as number);
  }
  let worldPopulation = 0;
  for (let c = 0; c < rows; c++) {
    const pop = population[c] as number;
    if (!Number.isNaN(pop)) worldPopulation += pop;
  }
  const out = new Float64Array(rows * columns);
  for (let c = 0; c < rows; c++) {
    const pop = population[c] as number;
    for (let p = 0; p < columns; p++) {
      const k = c * columns + p;
      out[k] = (x[k] as number) / pop / ((columnTotals[p] as number) / worldPopulation);
    }
  }
  return { rows, columns, values: out };
}
