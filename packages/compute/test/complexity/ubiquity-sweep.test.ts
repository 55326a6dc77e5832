import { describe, expect, it } from 'vitest';
import {
  complexityIndices,
  complexityOutlook,
  density,
  discreteDensityAndOutlook,
  proximity,
  seededRandom,
  type Convention,
  type Matrix,
} from '@chanye/compute';

/** A random 0/1 matrix with nested rows, some empty products and one empty location. */
function randomPresence(rows: number, columns: number, seed: number): Matrix {
  const random = seededRandom(seed);
  const values = new Float64Array(rows * columns);
  for (let c = 1; c < rows; c++) {
    for (let p = 0; p < columns; p++) {
      if (p % 11 === 3) continue; // present nowhere
      values[c * columns + p] = random() < (0.1 + (0.7 * c) / rows) * (1 - (0.6 * p) / columns) ? 1 : 0;
    }
  }
  return { rows, columns, values };
}

function maxAbsDifference(a: Float64Array, b: Float64Array): number {
  let max = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as number;
    const y = b[i] as number;
    if (Number.isNaN(x) || Number.isNaN(y)) {
      if (Number.isNaN(x) !== Number.isNaN(y)) return Infinity;
      continue;
    }
    max = Math.max(max, Math.abs(x - y));
  }
  return max;
}

describe('discreteDensityAndOutlook(m, pciUncentered) equals density and complexityOutlook over φ', () => {
  for (const convention of ['py-ecomplexity', 'stata'] as Convention[]) {
    it(`agrees within 1e-13 on a random 40 × 120 M (${convention})`, () => {
      const m = randomPresence(40, 120, 7);
      const { pciUncentered } = complexityIndices(m, { convention });
      const phi = proximity(m);
      if (convention === 'stata') for (let p = 0; p < m.columns; p++) phi.values[p * m.columns + p] = 0;
      const d = density(m, phi);
      const dense = complexityOutlook(m, d, pciUncentered, phi, { convention });
      const fast = discreteDensityAndOutlook(m, pciUncentered, { convention });
      expect(maxAbsDifference(fast.density.values, d.values)).toBeLessThan(1e-13);
      expect(maxAbsDifference(fast.cog.values, dense.cog.values)).toBeLessThan(1e-13);
      expect(maxAbsDifference(fast.coi, dense.coi)).toBeLessThan(1e-13);
      // products present nowhere: NaN density, zero COG
      expect(fast.density.values[3]).toBeNaN();
      expect(fast.cog.values[m.columns + 3]).toBe(0);
    });
  }
});
