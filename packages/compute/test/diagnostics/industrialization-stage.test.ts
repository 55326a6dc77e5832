import { describe, expect, it } from 'vitest';
import {
  bandScore,
  industrializationIndex,
  manufacturingShareOfCommodities,
  priceBaseFactor,
  sectorStructureScore,
  stageOfIndex,
  type IndustrializationParameters,
} from '../../src/diagnostics/industrialization-stage.js';

/** The parameters of catalog/published/industrialization-stage.yaml (2004 US$ base), as a fixture. */
const params: IndustrializationParameters = {
  weights: {
    gdp_per_capita: 36,
    sector_structure: 22,
    manufacturing_share: 22,
    urbanization: 12,
    primary_employment: 8,
  },
  bands: {
    gdp_per_capita: { direction: 'increasing', bounds: [1440, 2880, 5760, 10810] },
    manufacturing_share: { direction: 'increasing', bounds: [20, 40, 50, 60] },
    urbanization: { direction: 'increasing', bounds: [30, 50, 60, 75] },
    primary_employment: { direction: 'decreasing', bounds: [60, 45, 30, 10] },
  },
  sectorStructure: { agricultureMiddle: 20, agricultureLate: 10 },
  scores: [0, 33, 66, 99, 100],
};

describe('bandScore(x, band, scores)', () => {
  it('interpolates linearly inside the early, middle and late bands', () => {
    // urbanization 55 %: middle band 50-60, progress (55 − 50)/10 = 0.5, score 33 + 33 × 0.5 = 49.5
    expect(bandScore(55, params.bands.urbanization, params.scores)).toEqual({
      stage: 'middle',
      progress: 0.5,
      score: 49.5,
    });
    // GDP per capita 4,320: middle band 2,880-5,760, progress 1,440/2,880 = 0.5, score 49.5
    expect(bandScore(4320, params.bands.gdp_per_capita, params.scores)?.score).toBeCloseTo(49.5, 12);
    // urbanization 40 %: early band 30-50, progress 0.5, score 0 + 33 × 0.5 = 16.5
    expect(bandScore(40, params.bands.urbanization, params.scores)?.score).toBeCloseTo(16.5, 12);
    // urbanization 67.5 %: late band 60-75, progress 0.5, score 66 + 33 × 0.5 = 82.5
    expect(bandScore(67.5, params.bands.urbanization, params.scores)?.score).toBeCloseTo(82.5, 12);
  });

  it('scores 0 before the early bound and 100 from the post-industrial bound; a bound belongs to the later stage', () => {
    expect(bandScore(29.9, params.bands.urbanization, params.scores)).toEqual({
      stage: 'pre-industrial',
      progress: 0,
      score: 0,
    });
    expect(bandScore(30, params.bands.urbanization, params.scores)).toEqual({ stage: 'early', progress: 0, score: 0 });
    expect(bandScore(75, params.bands.urbanization, params.scores)?.stage).toBe('post-industrial');
    expect(bandScore(75, params.bands.urbanization, params.scores)?.score).toBe(100);
    expect(bandScore(74.99, params.bands.urbanization, params.scores)?.score).toBeCloseTo(66 + 33 * (14.99 / 15), 10);
  });

  it('reads a decreasing indicator the other way (primary employment)', () => {
    // 37.5 %: middle band 45-30, progress (45 − 37.5)/15 = 0.5, score 49.5
    expect(bandScore(37.5, params.bands.primary_employment, params.scores)?.score).toBeCloseTo(49.5, 12);
    expect(bandScore(61, params.bands.primary_employment, params.scores)?.stage).toBe('pre-industrial');
    expect(bandScore(60, params.bands.primary_employment, params.scores)?.stage).toBe('early');
    expect(bandScore(10, params.bands.primary_employment, params.scores)?.score).toBe(100);
  });

  it('returns undefined for a missing value and throws on bounds out of order', () => {
    expect(bandScore(NaN, params.bands.urbanization, params.scores)).toBeUndefined();
    expect(() => bandScore(1, { direction: 'increasing', bounds: [1, 3, 2, 4] }, params.scores)).toThrow(
      /out of order/,
    );
  });

  it('never decreases as an increasing indicator rises (and as a decreasing one falls)', () => {
    let last = -1;
    for (let x = 0; x <= 20000; x += 7) {
      const s = bandScore(x, params.bands.gdp_per_capita, params.scores)!.score;
      expect(s).toBeGreaterThanOrEqual(last);
      last = s;
    }
    last = -1;
    for (let x = 100; x >= 0; x -= 0.25) {
      const s = bandScore(x, params.bands.primary_employment, params.scores)!.score;
      expect(s).toBeGreaterThanOrEqual(last);
      last = s;
    }
  });
});

describe('sectorStructureScore(A, I, S, params)', () => {
  it('applies the published stage conditions', () => {
    expect(sectorStructureScore(40, 30, 30, params)?.stage).toBe('pre-industrial'); // A > I
    expect(sectorStructureScore(30, 40, 30, params)?.stage).toBe('early'); // A ≥ 20, A ≤ I
    expect(sectorStructureScore(15, 45, 40, params)?.stage).toBe('middle'); // A < 20, I > S
    expect(sectorStructureScore(5, 50, 45, params)?.stage).toBe('late'); // A < 10, I > S
    expect(sectorStructureScore(5, 40, 55, params)?.stage).toBe('post-industrial'); // A < 10, I < S
    expect(sectorStructureScore(5, 47.5, 47.5, params)?.stage).toBe('late'); // a tie is not I < S
  });

  it('interpolates within a band by the agriculture share (Chanye convention)', () => {
    // early: entry where A = I, i.e. A = (A + I)/2 = 35; progress (35 − 30)/(35 − 20) = 1/3; score 33/3 = 11
    expect(sectorStructureScore(30, 40, 30, params)?.score).toBeCloseTo(11, 12);
    // middle: progress (20 − 15)/(20 − 10) = 0.5; score 33 + 16.5 = 49.5
    expect(sectorStructureScore(15, 45, 40, params)).toEqual({
      stage: 'middle',
      progress: 0.5,
      score: 49.5,
      gap: false,
    });
    // late: progress (10 − 5)/10 = 0.5; score 66 + 16.5 = 82.5
    expect(sectorStructureScore(5, 50, 45, params)?.score).toBeCloseTo(82.5, 12);
    expect(sectorStructureScore(5, 40, 55, params)?.score).toBe(100);
    // A = I is the start of the early stage: score 0, like the pre-industrial stage it leaves
    expect(sectorStructureScore(35, 35, 30, params)?.score).toBe(0);
  });

  it('flags the case the published rule does not cover (10 % ≤ A < 20 % with services ≥ industry)', () => {
    expect(sectorStructureScore(15, 30, 55, params)).toEqual({
      stage: 'middle',
      progress: 0.5,
      score: 49.5,
      gap: true,
    });
  });

  it('returns undefined when a share is missing', () => {
    expect(sectorStructureScore(10, NaN, 50, params)).toBeUndefined();
  });
});

describe('manufacturingShareOfCommodities(mva, A, I)', () => {
  it('divides manufacturing by agriculture plus industry', () => {
    expect(manufacturingShareOfCommodities(30, 10, 40)).toBe(60); // 100 × 30 / 50
    expect(manufacturingShareOfCommodities(NaN, 10, 40)).toBeNaN();
    expect(manufacturingShareOfCommodities(5, 0, 0)).toBeNaN();
  });
});

describe('stageOfIndex(index, scores)', () => {
  it('splits each industrializing stage at the midpoint of its band', () => {
    expect(stageOfIndex(0, params.scores)).toEqual({ stage: 'pre-industrial', half: undefined });
    expect(stageOfIndex(16.4, params.scores)).toEqual({ stage: 'early', half: 'first' });
    expect(stageOfIndex(18, params.scores)).toEqual({ stage: 'early', half: 'second' }); // CHN 1995 (CASS 2007)
    expect(stageOfIndex(45, params.scores)).toEqual({ stage: 'middle', half: 'first' });
    expect(stageOfIndex(50, params.scores)).toEqual({ stage: 'middle', half: 'second' }); // CHN 2005
    expect(stageOfIndex(66, params.scores)).toEqual({ stage: 'late', half: 'first' }); // CHN 2010
    expect(stageOfIndex(84, params.scores)).toEqual({ stage: 'late', half: 'second' }); // CHN 2015
    expect(stageOfIndex(99.9, params.scores)).toEqual({ stage: 'late', half: 'second' });
    expect(stageOfIndex(100, params.scores)).toEqual({ stage: 'post-industrial', half: undefined });
    expect(() => stageOfIndex(NaN, params.scores)).toThrow(/invalid index/);
  });
});

describe('industrializationIndex(inputs, params)', () => {
  const inputs = {
    gdpPerCapita: 4320, // middle, 49.5
    agriculture: 5, // with I 50 > S 45: late, 82.5
    industry: 50,
    services: 45,
    manufacturingShare: 65, // post-industrial, 100
    urbanization: 40, // early, 16.5
    primaryEmployment: 20, // late, progress (30 − 20)/20 = 0.5, 82.5
  };

  it('is the weighted mean of the five scores', () => {
    // (36 × 49.5 + 22 × 82.5 + 22 × 100 + 12 × 16.5 + 8 × 82.5) / 100
    // = (1782 + 1815 + 2200 + 198 + 660) / 100 = 66.55 → late stage, first half
    const r = industrializationIndex(inputs, params)!;
    expect(r.index).toBeCloseTo(66.55, 10);
    expect(r.stage).toBe('late');
    expect(r.half).toBe('first');
    expect(r.missing).toEqual([]);
    expect(r.weightUsed).toBe(100);
    expect(r.components.map((c) => c.component)).toEqual([
      'gdp_per_capita',
      'sector_structure',
      'manufacturing_share',
      'urbanization',
      'primary_employment',
    ]);
  });

  it('re-weights over the components present and names the missing ones', () => {
    // (36 × 49.5 + 22 × 82.5) / (36 + 22) = 3597 / 58 = 62.0172… → middle stage, second half
    const r = industrializationIndex(
      { gdpPerCapita: 4320, agriculture: 5, industry: 50, services: 45, urbanization: NaN },
      params,
    )!;
    expect(r.index).toBeCloseTo(3597 / 58, 10);
    expect(r.stage).toBe('middle');
    expect(r.half).toBe('second');
    expect(r.missing).toEqual(['manufacturing_share', 'urbanization', 'primary_employment']);
    expect(r.weightUsed).toBe(58);
  });

  it('is undefined without GDP per capita or the sector structure', () => {
    expect(industrializationIndex({ ...inputs, gdpPerCapita: NaN }, params)).toBeUndefined();
    expect(industrializationIndex({ ...inputs, services: NaN }, params)).toBeUndefined();
  });

  it('reaches 100 only when every component is post-industrial', () => {
    const post = {
      gdpPerCapita: 20000,
      agriculture: 2,
      industry: 30,
      services: 68,
      manufacturingShare: 70,
      urbanization: 80,
      primaryEmployment: 3,
    };
    expect(industrializationIndex(post, params)).toMatchObject({ index: 100, stage: 'post-industrial' });
    expect(industrializationIndex({ ...post, urbanization: 74 }, params)!.stage).toBe('late');
  });

  it('never falls when GDP per capita rises, other things equal', () => {
    let last = -1;
    for (let gdp = 500; gdp <= 15000; gdp += 37) {
      const r = industrializationIndex({ ...inputs, gdpPerCapita: gdp }, params)!;
      expect(r.index).toBeGreaterThanOrEqual(last);
      last = r.index;
    }
  });

  it('uses weights that sum to 100 in the published method', () => {
    expect(Object.values(params.weights).reduce((s, w) => s + w, 0)).toBe(100);
  });
});

describe('priceBaseFactor(usCurrentDollars, usPwt)', () => {
  it('is the ratio of the two US values and rejects non-positive ones', () => {
    expect(priceBaseFactor(43510, 52964)).toBeCloseTo(0.8215, 4);
    expect(() => priceBaseFactor(0, 52964)).toThrow(/positive/);
    expect(() => priceBaseFactor(43510, NaN)).toThrow(/positive/);
  });
});
