import { describe, expect, it } from 'vitest';
import { arrayOfIsic, classShares, rdIntensityOfIsic, type RdIntensityEntry } from '@chanye/compute';

const rules = [
  { id: 'F', isic4: ['2610', '2620', '2630'] },
  { id: 'A2', isic4: ['21', '26', '303', '325'] },
  { id: 'A3', isic4: [] },
  { id: 'A1', isic4: [], rest: true },
];

describe('arrayOfIsic(isic4, rules)', () => {
  it('takes the first array with a matching prefix, so the more specific array listed first wins', () => {
    expect(arrayOfIsic('2620', rules)).toBe('F');
    expect(arrayOfIsic('2640', rules)).toBe('A2'); // consumer electronics: division 26 but not F
    expect(arrayOfIsic('3030', rules)).toBe('A2');
    expect(arrayOfIsic('3011', rules)).toBe('A1'); // ships: division 30 but not group 303
    expect(arrayOfIsic('1010', rules)).toBe('A1');
  });

  it('needs an array that takes the rest', () => {
    expect(() => arrayOfIsic('1010', rules.slice(0, 3))).toThrow('matches no array');
  });
});

describe('rdIntensityOfIsic(isic4, entries)', () => {
  // Rows as the OECD taxonomy writes them (Galindo-Rueda and Verger 2016, via NSF SAKTI-1).
  const entries: RdIntensityEntry[] = [
    { code: '303', rdClass: 'high' },
    { code: '301', rdClass: 'medium' },
    { code: '30X', rdClass: 'medium_high' },
    { code: '26', rdClass: 'high' },
    { code: '10-12', rdClass: 'medium_low' },
    { code: '69-75X', rdClass: 'medium_low' },
    { code: '72', rdClass: 'high' },
  ];

  it('prefers a group to its division and a division to a range', () => {
    expect(rdIntensityOfIsic('3030', entries)).toBe('high');
    expect(rdIntensityOfIsic('3011', entries)).toBe('medium');
    expect(rdIntensityOfIsic('3020', entries)).toBe('medium_high'); // railway: 30X
    expect(rdIntensityOfIsic('7210', entries)).toBe('high'); // 72 before the 69-75X range
    expect(rdIntensityOfIsic('7110', entries)).toBe('medium_low');
    expect(rdIntensityOfIsic('1104', entries)).toBe('medium_low');
    expect(rdIntensityOfIsic('2610', entries)).toBe('high');
    expect(rdIntensityOfIsic('0510', entries)).toBeUndefined();
  });
});

describe('classShares(valuesByIsic, classify, order, unmapped)', () => {
  it('sums by class and divides by all exports, unmapped included', () => {
    // F: 30; A2: 20 (2640) ; A1: 40; unmapped 10 → total 100
    const values = new Map([
      ['2620', 30],
      ['2640', 20],
      ['1010', 40],
    ]);
    const { total, shares } = classShares(values, (i) => arrayOfIsic(i, rules), ['F', 'A2', 'A3', 'A1'], 10);
    expect(total).toBe(100);
    expect([...shares]).toEqual([
      ['F', 30],
      ['A2', 20],
      ['A3', 0],
      ['A1', 40],
      ['unmapped', 10],
    ]);
    expect([...shares.values()].reduce((s, v) => s + v, 0)).toBeCloseTo(100, 12);
  });

  it('refuses nothing to classify and a class outside the order', () => {
    expect(() => classShares(new Map(), () => 'A1', ['A1'])).toThrow('no exports');
    expect(() => classShares(new Map([['1010', 1]]), () => 'Z', ['A1'])).toThrow("class 'Z'");
  });
});
