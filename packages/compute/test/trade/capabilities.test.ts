import { describe, expect, it } from 'vitest';
import {
  exportConcentration,
  groupProducts,
  presenceCount,
  rca,
  ubiquityAdjustedDiversity,
  type ExportMatrix,
} from '../../src/index.js';

// Three economies × four products; hand-computed RCA below.
//        p1  p2  p3  p4   total
//   A    10  10   0   0    20
//   B     0  10  10   0    20
//   C    10   0  10  20    40
//  total 20  20  20  20    80
const m: ExportMatrix = {
  locations: ['A', 'B', 'C'],
  products: ['p1', 'p2', 'p3', 'p4'],
  values: Float64Array.from([10, 10, 0, 0, 0, 10, 10, 0, 10, 0, 10, 20]),
};

describe('capabilities from competitive exports', () => {
  it('counts products with RCA ≥ 1 (A: p1, p2 at RCA 2; C: all at 1, 1, 2 except p2)', () => {
    // RCA_A,p1 = (10/20) / (20/80) = 2; RCA_C,p1 = (10/40) / (20/80) = 1 (counts: ≥ 1).
    expect(rca({ rows: 3, columns: 4, values: m.values }).values[8]).toBeCloseTo(1, 12);
    expect([...presenceCount(m)]).toEqual([2, 2, 3]);
    expect([...presenceCount(m, new Set(['p3', 'p4']), true)]).toEqual([0, 0.5, 1]);
  });

  it('weights each RCA product by the inverse of its ubiquity', () => {
    // Ubiquity: p1 2 (A, C), p2 2 (A, B), p3 2 (B, C), p4 1 (C).
    expect([...ubiquityAdjustedDiversity(m)]).toEqual([1, 1, 0.5 + 0.5 + 1]);
  });

  it('measures concentration as the sum of squared export shares (1/n for n equal products)', () => {
    // A: shares ½, ½ → ¼ + ¼; C: shares ¼, 0, ¼, ½ → 1/16 + 1/16 + ¼.
    expect([...exportConcentration(m)]).toEqual([0.5, 0.5, 0.375]);
  });

  it('sums products into groups with their shares, keeping every location', () => {
    const g = groupProducts(
      m,
      new Map([
        ['p1', [['X', 1]] as const],
        [
          'p2',
          [
            ['X', 0.5],
            ['Y', 0.5],
          ] as const,
        ],
        ['p4', [['Y', 1]] as const],
      ]),
    );
    expect(g.products).toEqual(['X', 'Y']);
    expect([...g.values]).toEqual([15, 5, 5, 5, 10, 20]);
  });

  it('gives no concentration for a location without exports', () => {
    const empty: ExportMatrix = { locations: ['Z'], products: ['p'], values: Float64Array.from([0]) };
    expect(Number.isNaN(exportConcentration(empty)[0] as number)).toBe(true);
  });
});
