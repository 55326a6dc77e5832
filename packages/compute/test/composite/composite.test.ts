import { describe, expect, it } from 'vitest';
import {
  arithmeticMean,
  coordinationBand,
  couplingCoordination,
  entropyWeights,
  equalWeights,
  geometricMean,
  matrixFromRows,
  normalize,
  topsisCloseness,
  userWeights,
} from '@chanye/compute';

const sum = (xs: ArrayLike<number>): number => Array.from(xs).reduce((a, b) => a + b, 0);

describe('normalize(matrix, method, {polarity})', () => {
  const m = matrixFromRows([
    [10, 4],
    [20, 2],
    [40, 1],
  ]);

  it('min-max maps the worst to 0 and the best to 1, turning lower-is-better around', () => {
    // column 1: (x − 10)/30; column 2 (lower is better): (4 − x)/3
    expect([...normalize(m, 'min-max', { polarity: [1, -1] }).values]).toEqual([0, 0, 1 / 3, 2 / 3, 1, 1]);
  });

  it('z-score uses the sample standard deviation', () => {
    // column 1: mean 70/3, sd √(((−40/3)² + (−10/3)² + (50/3)²)/2) = √(4200/18)
    const z = normalize(m, 'z-score', { polarity: [1, 1] });
    expect(z.values[0]).toBeCloseTo((10 - 70 / 3) / Math.sqrt(4200 / 18), 12);
  });

  it('distance to the frontier is x / best (best / x for lower-is-better)', () => {
    expect([...normalize(m, 'distance-to-frontier', { polarity: [1, -1] }).values]).toEqual([
      0.25, 0.25, 0.5, 0.5, 1, 1,
    ]);
  });

  it('distance to a reference and goalposts follow their definitions', () => {
    expect(normalize(m, 'distance-to-reference', { polarity: [1, -1], reference: [20, 2] }).values[0]).toBe(0.5);
    const g = normalize(m, 'goalposts', {
      polarity: [1, 1],
      goalposts: [
        [0, 20],
        [0, 2],
      ],
    });
    expect([...g.values]).toEqual([0.5, 1, 1, 1, 1, 0.5]);
  });

  it('keeps missing values missing and does not change results when units change (× 1000)', () => {
    const withGap = matrixFromRows([[1], [NaN], [3]]);
    expect(Number.isNaN(normalize(withGap, 'min-max', { polarity: [1] }).values[1])).toBe(true);
    const scaled = matrixFromRows([[10_000], [20_000], [40_000]]);
    const a = normalize(matrixFromRows([[10], [20], [40]]), 'min-max', { polarity: [1] });
    expect([...normalize(scaled, 'min-max', { polarity: [1] }).values]).toEqual([...a.values]);
  });

  it('rejects an unknown method name', () => {
    expect(() => normalize(m, 'rank' as never, { polarity: [1, 1] })).toThrow(/invalid normalization: rank/);
  });
});

describe('entropyWeights(normalized, shift)', () => {
  it('matches the worked example: p = r / Σr, e = −Σ p ln p / ln n, w = d / Σd', () => {
    // Columns already summing to 1, no shift:
    // e1 = −(.2 ln .2 + .3 ln .3 + .5 ln .5)/ln 3 = −(−.32189 − .36119 − .34657)/1.09861 = .93723
    // e2 = −(2 × .1 ln .1 + .8 ln .8)/ln 3 = −(−.46052 − .17851)/1.09861 = .58167
    // d = (.06277, .41833) → w1 = .06277/.48110 = .13047
    const w = entropyWeights(
      matrixFromRows([
        [0.2, 0.1],
        [0.3, 0.1],
        [0.5, 0.8],
      ]),
      0,
    );
    expect(w[0]).toBeCloseTo(0.13047, 5);
    expect(w[1]).toBeCloseTo(0.86953, 5);
  });

  it('sums to 1 and gives no weight to a column every unit shares', () => {
    const w = entropyWeights(
      matrixFromRows([
        [0, 0.5],
        [0.5, 0.5],
        [1, 0.5],
      ]),
    );
    expect(sum(w)).toBeCloseTo(1, 14);
    expect(w[1]).toBeCloseTo(0, 14);
  });
});

describe('weights', () => {
  it('equal weights are 1/m and user weights are rescaled to sum to 1', () => {
    expect([...equalWeights(4)]).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect([...userWeights([2, 1, 1])]).toEqual([0.5, 0.25, 0.25]);
    expect(() => userWeights([1, -1])).toThrow(/invalid weights/);
  });
});

describe('aggregation', () => {
  const r = matrixFromRows([
    [1, 1],
    [0, 0],
    [0.5, 1],
  ]);
  const w = [0.5, 0.5];

  it('arithmetic: Σ w r', () => {
    expect([...arithmeticMean(r, w)]).toEqual([1, 0, 0.75]);
  });

  it('geometric: Π r^w, and only for r > 0', () => {
    expect(
      geometricMean(
        matrixFromRows([
          [4, 1],
          [1, 9],
        ]),
        w,
      )[1],
    ).toBeCloseTo(3, 12);
    expect(() => geometricMean(r, w)).toThrow(/values > 0/);
  });

  it('TOPSIS: closeness 1 for the ideal unit, 0 for the anti-ideal, and the worked case in between', () => {
    // v3 = (.25, .5); A+ = (.5, .5), A− = (0, 0): D+ = .25, D− = √(.0625 + .25) = .55902 → C = .55902/.80902 = .69098
    const c = topsisCloseness(r, w);
    expect(c[0]).toBe(1);
    expect(c[1]).toBe(0);
    expect(c[2]).toBeCloseTo(0.69098, 5);
  });

  it('is missing for a unit missing an indicator', () => {
    const gap = matrixFromRows([
      [1, NaN],
      [0, 0],
      [1, 1],
    ]);
    expect(Number.isNaN(arithmeticMean(gap, w)[0])).toBe(true);
    expect(Number.isNaN(topsisCloseness(gap, w)[0])).toBe(true);
  });
});

describe('couplingCoordination(u, alpha)', () => {
  it('k = 2: C = 2√(U1U2)/(U1+U2); U = (.4, .6) → C = .97980, T = .5, D = .69993 (primary coordination)', () => {
    const r = couplingCoordination([0.4, 0.6]);
    expect(r.coupling).toBeCloseTo(0.979796, 6);
    expect(r.development).toBeCloseTo(0.5, 14);
    expect(r.coordination).toBeCloseTo(0.699927, 6);
    expect(r.band).toMatchObject({ level: 7, en: 'primary coordination', zh: '初级协调' });
  });

  it('k = 4 (the New Four Modernizations): U = (.2, .4, .6, .8) → C = 4(.0384/16)^¼ = .88535, D = .66534', () => {
    const r = couplingCoordination([0.2, 0.4, 0.6, 0.8]);
    expect(r.coupling).toBeCloseTo(0.885346, 6);
    expect(r.coordination).toBeCloseTo(0.665337, 6);
  });

  it('is fully coupled when all subsystems are equal, and C stays within [0, 1]', () => {
    expect(couplingCoordination([0.3, 0.3, 0.3]).coupling).toBeCloseTo(1, 12);
    expect(couplingCoordination([0, 0.5]).coupling).toBe(0);
  });

  it('bands D on the ten-level scale, [0.9, 1] being high-quality coordination', () => {
    expect(coordinationBand(0).zh).toBe('极度失调');
    expect(coordinationBand(0.5).en).toBe('barely coordinated');
    expect(coordinationBand(1).zh).toBe('优质协调');
    expect(() => coordinationBand(1.2)).toThrow();
  });
});

describe('TOPSIS against a published worked example', () => {
  // Sennaroğlu (2009), Decision Analysis lecture notes, "TOPSIS Example" after Yoon and Hwang
  // (1995): alternatives scored 17, 10, 8 and 12, 9, 6 on two benefit criteria weighted
  // 0.714 and 0.286. Published weighted normalized matrix V:
  //   0.5703 0.2124 / 0.3355 0.1593 / 0.2684 0.1062
  const x = matrixFromRows([
    [17, 12],
    [10, 9],
    [8, 6],
  ]);
  const w = [0.714, 0.286];

  it('reproduces the published weighted normalized matrix with vector normalization', () => {
    const r = normalize(x, 'vector', { polarity: [1, 1] });
    const v = Array.from(r.values, (value, k) => (value * (w[k % 2] as number)).toFixed(4));
    expect(v).toEqual(['0.5703', '0.2124', '0.3355', '0.1593', '0.2684', '0.1062']);
  });

  it('gives closeness 1 and 0 to the alternatives that are best and worst on both criteria', () => {
    const c = topsisCloseness(normalize(x, 'vector', { polarity: [1, 1] }), w);
    expect(c[0]).toBe(1);
    expect(c[2]).toBe(0);
    // alternative 2: D+ = √((.5703−.3355)² + (.2124−.1593)²), D− = √((.3355−.2684)² + (.1593−.1062)²)
    expect(c[1]).toBeCloseTo(0.0856 / (0.2407 + 0.0856), 2);
  });

  it('ranks identically when a criterion is reflected as a cost (lower-is-better reflection keeps distances)', () => {
    const asBenefit = topsisCloseness(normalize(x, 'vector', { polarity: [1, 1] }), w);
    const negated = matrixFromRows([
      [17, -12],
      [10, -9],
      [8, -6],
    ]);
    const asCost = topsisCloseness(normalize(negated, 'vector', { polarity: [1, -1] }), w);
    expect([...asCost].map((c) => c.toFixed(12))).toEqual([...asBenefit].map((c) => c.toFixed(12)));
  });
});
