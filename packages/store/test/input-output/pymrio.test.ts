import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leontiefInverse, outputMultipliers, technicalCoefficients, type Matrix, type Mrio } from '@chanye/compute';
import type { Store } from '@chanye/store';
import { openSnapshotStore } from '../helpers.js';

/** Written by bench/peers/pymrio/generate.py (pymrio's calc_x, calc_A, calc_L); see SOURCES.md. */
interface Reference {
  readonly pymrio_commit: string;
  readonly regions: readonly string[];
  readonly n: number;
  readonly x: readonly number[];
  readonly L_column_sums: readonly number[];
  /** [i, j, a_ij, l_ij] */
  readonly cells: readonly (readonly [number, number, number, number])[];
}

const reference = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'pymrio-wiod-2011', 'reference.json'), 'utf8'),
) as Reference;

/** Relative error, or absolute below 1e-12 (the tolerance stated in SOURCES.md). */
const error = (ours: number, theirs: number): number =>
  Math.abs(theirs) < 1e-12 ? Math.abs(ours - theirs) * 1e6 : Math.abs(ours - theirs) / Math.abs(theirs);

let store: Store;
let model: Mrio;
let A: Matrix;
let L: Matrix;

beforeAll(async () => {
  store = await openSnapshotStore();
  model = await store.mrio({ dataset: 'wiod2013', year: 2011 });
  A = technicalCoefficients(model.Z, model.x);
  L = leontiefInverse(A);
}, 120_000);
afterAll(() => store.close());

describe('WIOD 2013, 2011 against pymrio (calc_x, calc_A, calc_L)', () => {
  it('orders regions as pymrio was given them and has the same size', () => {
    expect(model.regions).toEqual(reference.regions);
    expect(model.Z.rows).toBe(reference.n);
  });

  it('x equals pymrio calc_x exactly (sums of whole millions)', () => {
    expect(Array.from(model.x)).toEqual(reference.x);
  });

  it('A and L equal pymrio on 2,000 sampled cells to 1e-9 relative', () => {
    let worstA = 0;
    let worstL = 0;
    for (const [i, j, a, l] of reference.cells) {
      worstA = Math.max(worstA, error(A.values[i * reference.n + j] as number, a));
      worstL = Math.max(worstL, error(L.values[i * reference.n + j] as number, l));
    }
    expect(worstA).toBeLessThan(1e-9);
    expect(worstL).toBeLessThan(1e-9);
  });

  it('the column sums of L (output multipliers) equal pymrio to 1e-9 relative', () => {
    const ours = outputMultipliers(L);
    let worst = 0;
    reference.L_column_sums.forEach((s, j) => (worst = Math.max(worst, error(ours[j] as number, s))));
    expect(worst).toBeLessThan(1e-9);
  });
});
