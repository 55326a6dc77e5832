import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annualiseShiftShare, sectorsFromShares, shiftShare } from '../../src/diagnostics/shift-share.js';

const SEED = { seed: 17143, numRuns: 300 };

/** n positive numbers rescaled to sum to 1. */
const sharesArb = (n: number): fc.Arbitrary<number[]> =>
  fc
    .array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: n, maxLength: n })
    .map((xs) => xs.map((x) => x / xs.reduce((a, b) => a + b, 0)));
const productivityArb = (n: number): fc.Arbitrary<number[]> =>
  fc.array(fc.double({ min: 0.1, max: 1e5, noNaN: true }), { minLength: n, maxLength: n });

describe('shiftShare(p0, p1, θ0, θ1)', () => {
  it('splits the textbook two-sector case by hand', () => {
    // Agriculture p 2 → 3, industry p 10 → 12; employment shares 0.6/0.4 → 0.4/0.6.
    // P0 = 0.6·2 + 0.4·10 = 5.2;  P1 = 0.4·3 + 0.6·12 = 8.4;  ΔP = 3.2
    // within     = 0.6·(3 − 2) + 0.4·(12 − 10) = 0.6 + 0.8 = 1.4
    // structural = 3·(0.4 − 0.6) + 12·(0.6 − 0.4) = −0.6 + 2.4 = 1.8;  1.4 + 1.8 = 3.2
    const d = shiftShare([2, 10], [3, 12], [0.6, 0.4], [0.4, 0.6]);
    expect(d.p0).toBeCloseTo(5.2, 14);
    expect(d.p1).toBeCloseTo(8.4, 14);
    expect(d.change).toBeCloseTo(3.2, 14);
    expect(d.within).toBeCloseTo(1.4, 14);
    expect(d.structural).toBeCloseTo(1.8, 14);
    expect([...d.withinBySector].map((x) => +x.toFixed(12))).toEqual([0.6, 0.8]);
    expect([...d.structuralBySector].map((x) => +x.toFixed(12))).toEqual([-0.6, 2.4]);
  });

  it('property: within + structural = ΔP to floating tolerance, for any sectors', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 35 })
          .chain((n) => fc.tuple(productivityArb(n), productivityArb(n), sharesArb(n), sharesArb(n))),
        ([p0, p1, s0, s1]) => {
          const d = shiftShare(p0, p1, s0, s1);
          const scale = Math.max(d.p0, d.p1);
          expect(Math.abs(d.within + d.structural - d.change)).toBeLessThanOrEqual(1e-12 * scale);
          expect(Math.abs(d.p0 - p0.reduce((a, p, i) => a + p * s0[i]!, 0))).toBeLessThanOrEqual(1e-12 * scale);
        },
      ),
      SEED,
    );
  });

  it('property: no reallocation (θ1 = θ0) makes the structural term 0', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 35 }).chain((n) => fc.tuple(productivityArb(n), productivityArb(n), sharesArb(n))),
        ([p0, p1, s]) => {
          const d = shiftShare(p0, p1, s, s);
          expect(d.structural).toBe(0);
          expect(d.within).toBeCloseTo(d.change, 6);
        },
      ),
      SEED,
    );
  });

  it('property: equal productivities across sectors in t1 make the structural term 0', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 35 })
          .chain((n) =>
            fc.tuple(productivityArb(n), fc.double({ min: 0.1, max: 1e5, noNaN: true }), sharesArb(n), sharesArb(n)),
          ),
        ([p0, level, s0, s1]) => {
          const d = shiftShare(
            p0,
            p0.map(() => level),
            s0,
            s1,
          );
          // Σ level·Δθ = level·(1 − 1) = 0, up to rounding of the shares
          expect(Math.abs(d.structural)).toBeLessThanOrEqual(1e-12 * level);
        },
      ),
      SEED,
    );
  });

  it('rejects shares that do not sum to 1, non-finite values and mismatched lengths', () => {
    expect(() => shiftShare([1, 2], [1, 2], [60, 40], [60, 40])).toThrow(/sum to 1/);
    expect(() => shiftShare([1, NaN], [1, 2], [0.5, 0.5], [0.5, 0.5])).toThrow(/finite/);
    expect(() => shiftShare([1], [1, 2], [1], [1])).toThrow(/same length/);
    expect(() => shiftShare([], [], [], [])).toThrow(/non-empty/);
  });
});

describe('annualiseShiftShare(d, years)', () => {
  it('splits compound annual growth in proportion to the two terms', () => {
    const d = shiftShare([2, 10], [3, 12], [0.6, 0.4], [0.4, 0.6]);
    const a = annualiseShiftShare(d, 10);
    // (8.4 / 5.2)^(1/10) − 1 = exp(ln(1.615385) / 10) − 1 = exp(0.0479573) − 1 = 0.0491258
    expect(a.growth).toBeCloseTo(0.0491258, 6);
    expect(a.withinShare).toBeCloseTo(1.4 / 3.2, 14);
    expect(a.structuralShare).toBeCloseTo(1.8 / 3.2, 14);
    expect(a.within + a.structural).toBeCloseTo(a.growth, 15);
    expect(a.within).toBeCloseTo(0.4375 * 0.0491258, 6);
  });

  it('uses the linear rate when ΔP is 0, and rejects non-positive productivity or years', () => {
    // p 1 → 2 in sector 1 and 3 → 2 in sector 2 at a 50/50 structure: ΔP = 0, within = 0
    const flat = shiftShare([1, 3], [2, 2], [0.5, 0.5], [0.5, 0.5]);
    const a = annualiseShiftShare(flat, 5);
    expect([a.growth, a.within, a.structural]).toEqual([0, 0, 0]);
    expect(a.withinShare).toBeNaN();
    expect(() => annualiseShiftShare(flat, 0)).toThrow(/invalid years/);
    expect(() => annualiseShiftShare(shiftShare([-1], [1], [1], [1]), 1)).toThrow(/positive/);
  });
});

describe('sectorsFromShares(va, emp, output, employment)', () => {
  it('rescales both share sets and returns value added per worker by sector', () => {
    // va 9, 36, 45 of 90 → 10 %, 40 %, 50 % of 1000 = 100, 400, 500; workers 40, 20, 40
    const s = sectorsFromShares([9, 36, 45], [40, 20, 40], 1000, 100);
    expect([...s.productivity].map((x) => +x.toFixed(12))).toEqual([2.5, 20, 12.5]);
    expect([...s.employmentShares].map((x) => +x.toFixed(12))).toEqual([0.4, 0.2, 0.4]);
  });

  it('property: aggregate productivity Σ θ_i p_i equals output / employment', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 }).chain((n) => fc.tuple(sharesArb(n), sharesArb(n))),
        fc.double({ min: 1, max: 1e7, noNaN: true }),
        fc.double({ min: 0.1, max: 1e3, noNaN: true }),
        ([va, emp], output, employment) => {
          const s = sectorsFromShares(
            va.map((x) => x * 100),
            emp.map((x) => x * 97),
            output,
            employment,
          );
          const p = s.productivity.reduce((a, v, i) => a + v * s.employmentShares[i]!, 0);
          expect(p / (output / employment)).toBeCloseTo(1, 12);
        },
      ),
      SEED,
    );
  });

  it('gives NaN productivity to a sector with no employment', () => {
    expect(sectorsFromShares([50, 50], [0, 100], 10, 1).productivity[0]).toBeNaN();
    expect(() => sectorsFromShares([1], [1, 2], 1, 1)).toThrow(/must match/);
  });
});
