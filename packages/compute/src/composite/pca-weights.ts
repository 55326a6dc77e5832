import { compensatedSum } from '../numeric/sum.js';
import { correlationMatrix } from '../numeric/correlation-matrix.js';
import { symmetricEigen } from '../numeric/symmetric-eigen.js';
import type { Matrix } from '../numeric/matrix.js';

export interface PcaWeights {
  readonly weights: Float64Array;
  /** Eigenvalues of the correlation matrix, descending. */
  readonly eigenvalues: readonly number[];
  /** How many components were retained. */
  readonly retained: number;
  /** Share of total variance explained by each retained component. */
  readonly explained: readonly number[];
}

/**
 * Weights from principal components, following the OECD/JRC Handbook (2008, §6.1 and the
 * Technology Achievement Index example): on the correlation matrix of complete units,
 * retain components with eigenvalue > 1 that each explain more than 10% of the variance
 * (at least one), rotate their loadings by normalized varimax (Kaiser 1958), scale squared
 * loadings to unity sum within each component, give each indicator the largest of its
 * scaled squared loadings times that component's share of the retained variance, and
 * rescale the weights to sum to 1.
 */
export function pcaWeights(m: Matrix): PcaWeights {
  const complete: number[][] = [];
  for (let i = 0; i < m.rows; i++) {
    const row = Array.from(m.values.subarray(i * m.columns, (i + 1) * m.columns));
    if (!row.some(Number.isNaN)) complete.push(row);
  }
  const p = m.columns;
  if (complete.length <= p)
    throw new Error(`PCA weights need more complete units (${complete.length}) than indicators (${p})`);
  const correlation = correlationMatrix(complete, p);
  const eigen = symmetricEigen(Float64Array.from(correlation.flat()), p);
  const values = Array.from(eigen.values);
  let retained = values.filter((v) => v > 1 && v / p > 0.1).length;
  retained = Math.max(1, retained);
  const loadings = Array.from({ length: p }, (_, i) =>
    Array.from(
      { length: retained },
      (_, k) => (eigen.vectors[k * p + i] as number) * Math.sqrt(Math.max(0, values[k] as number)),
    ),
  );
  const rotated = retained > 1 ? varimax(loadings) : loadings;
  const squared = rotated.map((row) => row.map((l) => l * l));
  const factorVariance = Array.from({ length: retained }, (_, k) =>
    compensatedSum(squared.map((row) => row[k] as number)),
  );
  const totalVariance = compensatedSum(factorVariance);
  const raw = squared.map((row) => {
    let best = 0;
    row.forEach((l2, k) => {
      const scaled = (l2 / (factorVariance[k] as number)) * ((factorVariance[k] as number) / totalVariance);
      best = Math.max(best, scaled);
    });
    return best;
  });
  const total = compensatedSum(raw);
  return {
    weights: Float64Array.from(raw, (w) => w / total),
    eigenvalues: values,
    retained,
    explained: values.slice(0, retained).map((v) => v / p),
  };
}

/** Normalized varimax rotation by pairwise angles (Kaiser 1958). */
function varimax(loadings: number[][]): number[][] {
  const p = loadings.length;
  const k = loadings[0]?.length ?? 0;
  const communality = loadings.map((row) => Math.sqrt(compensatedSum(row.map((l) => l * l))) || 1);
  const l = loadings.map((row, i) => row.map((x) => x / (communality[i] as number)));
  for (let sweep = 0; sweep < 100; sweep++) {
    let rotatedAny = false;
    for (let a = 0; a < k - 1; a++) {
      for (let b = a + 1; b < k; b++) {
        let A = 0;
        let B = 0;
        let C = 0;
        let D = 0;
        for (let i = 0; i < p; i++) {
          const x = l[i]![a] as number;
          const y = l[i]![b] as number;
          const u = x * x - y * y;
          const v = 2 * x * y;
          A += u;
          B += v;
          C += u * u - v * v;
          D += 2 * u * v;
        }
        const phi = Math.atan2(D - (2 * A * B) / p, C - (A * A - B * B) / p) / 4;
        if (Math.abs(phi) < 1e-12) continue;
        rotatedAny = true;
        const cos = Math.cos(phi);
        const sin = Math.sin(phi);
        for (let i = 0; i < p; i++) {
          const x = l[i]![a] as number;
          const y = l[i]![b] as number;
          l[i]![a] = x * cos + y * sin;
          l[i]![b] = -x * sin + y * cos;
        }
      }
    }
    if (!rotatedAny) break;
  }
  return l.map((row, i) => row.map((x) => x * (communality[i] as number)));
}
