/**
 * Helpers of the input-output and linear-algebra tests: a random multi-regional table and the
 * relative difference of two arrays.
 *
 * @module
 */
import { expect } from 'vitest';
import { createMrio, seededRandom, type Mrio } from '@chanye/compute';

/** max |a − b| / max(|b|, tiny) over entries. */
export function maxRelative(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let worst = 0;
  for (let i = 0; i < a.length; i++) {
    const d = Math.abs((a[i] as number) - (b[i] as number)) / Math.max(Math.abs(b[i] as number), 1e-300);
    if (Math.abs(b[i] as number) > 1e-12) worst = Math.max(worst, d);
    else worst = Math.max(worst, Math.abs((a[i] as number) - (b[i] as number)));
  }
  return worst;
}

/** A random MRIO: R regions × S sectors, ~60 % dense Z, positive final demand; `zero` sectors have no output. */
export function randomMrio(seed: number, R: number, S: number, zero: readonly number[] = []): Mrio {
  const random = seededRandom(seed);
  const n = R * S;
  const K = 2;
  const Z = new Float64Array(n * n);
  const Y = new Float64Array(n * R * K);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) if (random() < 0.6) Z[i * n + j] = Math.round(random() * 100);
    for (let c = 0; c < R * K; c++) Y[i * R * K + c] = Math.round(random() * 400) + 1;
  }
  for (const j of zero) {
    for (let k = 0; k < n; k++) {
      Z[j * n + k] = 0;
      Z[k * n + j] = 0;
    }
    for (let c = 0; c < R * K; c++) Y[j * R * K + c] = 0;
  }
  return createMrio({
    regions: Array.from({ length: R }, (_, r) => `R${r}`),
    sectors: Array.from({ length: S }, (_, s) => `s${s}`),
    finalDemandCategories: ['C', 'I'],
    Z,
    Y,
  });
}
