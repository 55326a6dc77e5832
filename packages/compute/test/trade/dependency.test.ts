import { describe, expect, it } from 'vitest';
import { EU_2021_THRESHOLDS, screenDependencies, type ProductFlows } from '@chanye/compute';

const flows = (
  product: string,
  suppliers: Record<string, number>,
  intraImports: number,
  extraExports: number,
): ProductFlows => ({
  product,
  extraImportsBySupplier: new Map(Object.entries(suppliers)),
  intraImports,
  extraExports,
});

describe('screenDependencies(flows)', () => {
  it('flags a product that meets all three criteria of SWD(2021) 352', () => {
    // extra imports 60 + 40 = 100; HHI = 0.6² + 0.4² = 0.36 + 0.16 = 0.52 > 0.4;
    // extra share = 100 / (100 + 20) = 0.833 > 0.5; import/export = 100 / 50 = 2 > 1.
    const [r] = screenDependencies([flows('8541', { S1: 60, S2: 40 }, 20, 50)]);
    expect(r!.extraImports).toBe(100);
    expect(r!.hhi).toBeCloseTo(0.52, 12);
    expect(r!.extraShare).toBeCloseTo(100 / 120, 12);
    expect(r!.importExportRatio).toBe(2);
    expect([r!.topSupplier, r!.topSupplierShare]).toEqual(['S1', 0.6]);
    expect(r!.dependent).toBe(true);
  });

  it('clears a product when any one criterion fails', () => {
    // four equal suppliers: HHI = 4 × 0.25² = 0.25 ≤ 0.4
    const diversified = flows('a', { S1: 25, S2: 25, S3: 25, S4: 25 }, 0, 10);
    // intra imports 150 of 250: extra share 0.4 ≤ 0.5
    const intra = flows('b', { S1: 100 }, 150, 10);
    // exports 100 = imports 100: ratio 1, not above 1
    const covered = flows('c', { S1: 100 }, 0, 100);
    const results = screenDependencies([diversified, intra, covered]);
    expect(results.map((r) => [r.concentrated, r.extraDemandMatters, r.notSubstitutable])).toEqual([
      [false, true, true],
      [true, false, true],
      [true, true, false],
    ]);
    expect(results.some((r) => r.dependent)).toBe(false);
  });

  it('treats no exports as an infinite import/export ratio and skips products not imported', () => {
    const results = screenDependencies([flows('x', { S1: 5 }, 0, 0), flows('y', {}, 3, 7)]);
    expect(results).toHaveLength(1);
    expect(results[0]!.importExportRatio).toBe(Infinity);
    expect(results[0]!.hhi).toBe(1); // a single supplier: HHI = 1² = 1, its maximum
  });

  it('keeps the HHI within [1/n, 1] and is invariant to the unit of the flows', () => {
    const a = screenDependencies([flows('p', { S1: 3, S2: 1, S3: 1 }, 1, 1)])[0]!;
    const b = screenDependencies([flows('p', { S1: 3000, S2: 1000, S3: 1000 }, 1000, 1000)])[0]!;
    expect(a.hhi).toBeGreaterThanOrEqual(1 / 3);
    expect(a.hhi).toBeLessThanOrEqual(1);
    expect(b.hhi).toBeCloseTo(a.hhi, 12);
    expect(b.dependent).toBe(a.dependent);
  });

  it('uses the Commission’s thresholds by default and accepts others', () => {
    expect(EU_2021_THRESHOLDS).toEqual({ concentration: 0.4, extraShare: 0.5, importExportRatio: 1 });
    const f = flows('p', { S1: 70, S2: 30 }, 0, 10); // HHI 0.58
    expect(screenDependencies([f], { ...EU_2021_THRESHOLDS, concentration: 0.6 })[0]!.concentrated).toBe(false);
  });

  it('rejects a negative import value', () => {
    expect(() => screenDependencies([flows('p', { S1: -1 }, 0, 0)])).toThrow('negative or missing import value');
  });
});
