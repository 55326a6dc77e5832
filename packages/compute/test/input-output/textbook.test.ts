import { describe, expect, it } from 'vitest';
import {
  allocationCoefficients,
  createMrio,
  ghoshInverse,
  hypotheticalExtraction,
  leontiefInverse,
  leontiefOutput,
  matrixFromRows,
  outputMultipliers,
  rasmussenLinkages,
  technicalCoefficients,
  valueAddedMultipliers,
} from '@chanye/compute';

const close = (actual: ArrayLike<number>, expected: readonly number[], digits = 12): void => {
  expect(actual.length).toBe(expected.length);
  expected.forEach((e, i) => expect(actual[i]).toBeCloseTo(e, digits));
};

// Miller and Blair (2009), Input-Output Analysis, 2nd ed., §2.2-2.3: the two-sector economy
// Z = [[150, 500], [200, 100]], f = (350, 1700), x = (1000, 2000).
describe('the Miller-Blair two-sector example', () => {
  const model = createMrio({
    regions: ['R'],
    sectors: ['s1', 's2'],
    finalDemandCategories: ['F'],
    Z: Float64Array.of(150, 500, 200, 100),
    Y: Float64Array.of(350, 1700),
  });

  it("createMrio derives x = Z·1 + Y·1 = (1000, 2000) and v = x − Z'1 = (650, 1400)", () => {
    close(model.x, [1000, 2000]);
    close(model.v, [1000 - 350, 2000 - 600]);
  });

  it('technicalCoefficients gives A = [[0.15, 0.25], [0.2, 0.05]] (150/1000, 500/2000; 200/1000, 100/2000)', () => {
    close(technicalCoefficients(model.Z, model.x).values, [0.15, 0.25, 0.2, 0.05], 15);
  });

  // I − A = [[0.85, −0.25], [−0.2, 0.95]], det = 0.85·0.95 − 0.25·0.2 = 0.7575,
  // L = [[0.95, 0.25], [0.2, 0.85]] / 0.7575 (M&B eq. 2.13: 1.2541, 0.3300, 0.2640, 1.1221).
  const A = technicalCoefficients(model.Z, model.x);
  const L = leontiefInverse(A);
  it('leontiefInverse gives L = adj(I − A) / 0.7575', () => {
    close(L.values, [0.95 / 0.7575, 0.25 / 0.7575, 0.2 / 0.7575, 0.85 / 0.7575], 14);
  });

  it('leontiefOutput(L, f) returns x = (1000, 2000)', () => {
    close(leontiefOutput(L, [350, 1700]), [1000, 2000], 9);
  });

  it('outputMultipliers are the column sums 1.15/0.7575 = 1.5182 and 1.1/0.7575 = 1.4521', () => {
    close(outputMultipliers(L), [1.15 / 0.7575, 1.1 / 0.7575], 14);
  });

  it("valueAddedMultipliers are 1 when v is the column residual: (0.65, 0.7)·L = 1'", () => {
    close(valueAddedMultipliers(model.v, model.x, L), [1, 1], 14);
  });

  // B = diag(x)⁻¹ Z = [[0.15, 0.5], [0.1, 0.05]]; I − B = [[0.85, −0.5], [−0.1, 0.95]],
  // det = 0.7575 again, G = [[0.95, 0.5], [0.1, 0.85]] / 0.7575 = diag(x)⁻¹ L diag(x).
  it('ghoshInverse gives G = [[0.95, 0.5], [0.1, 0.85]] / 0.7575, and B = [[0.15, 0.5], [0.1, 0.05]]', () => {
    close(allocationCoefficients(model.Z, model.x).values, [0.15, 0.5, 0.1, 0.05], 15);
    close(ghoshInverse(L, model.x).values, [0.95 / 0.7575, 0.5 / 0.7575, 0.1 / 0.7575, 0.85 / 0.7575], 14);
  });

  // BL_j = 2·colsum_j / Σ colsums: 2·1.15/2.25 = 1.0222, 2·1.1/2.25 = 0.9778.
  // FL_i = 2·rowsum_i(G) / Σ rowsums: 2·1.45/2.4 = 1.2083, 2·0.95/2.4 = 0.7917.
  it('rasmussenLinkages: sector 1 is key (BL 1.0222, FL 1.2083), sector 2 weak', () => {
    const links = rasmussenLinkages(L, model.x);
    close(links.backward, [2.3 / 2.25, 2.2 / 2.25], 14);
    close(links.forward, [2.9 / 2.4, 1.9 / 2.4], 14);
    expect(links.classes).toEqual(['key', 'weak']);
    // Rasmussen's forward index on the rows of L: (1.2, 1.05)/0.7575 → 2·1.2/2.25, 2·1.05/2.25.
    close(rasmussenLinkages(L, model.x, { forward: 'leontief' }).forward, [2.4 / 2.25, 2.1 / 2.25], 14);
  });

  // Rasmussen's indices are normalized by the average over every sector of the whole table
  // (Miller and Blair 2009, §12.2.1-12.2.3), here both sectors: the table is the world.
  it('rasmussenLinkages normalizes by the mean over the whole table: mean column sum (2.3 + 2.2)/0.7575/2', () => {
    const links = rasmussenLinkages(L, model.x);
    const mean = (2.3 / 0.7575 + 2.2 / 0.7575) / 2;
    close(links.backward, [2.3 / 0.7575 / mean, 2.2 / 0.7575 / mean], 14);
    expect(links.producing).toBe(2);
  });

  // Extracting sector 1 entirely: sector 2 alone produces x̄₂ = f₂ / (1 − a₂₂) = 1700/0.95
  // = 1789.47; the formula x₂ − l₂₁·x₁/l₁₁ = 2000 − 1000·0.2/0.95 gives the same.
  it('hypotheticalExtraction (total) of sector 1 loses 1000 + 210.53 = 1210.53, 40.35 % of output', () => {
    const ex = hypotheticalExtraction(L, model.x, [350, 1700]);
    expect(ex.loss[0]).toBeCloseTo(1000 + 2000 - 1700 / 0.95, 9);
    expect(ex.relative[0]).toBeCloseTo((3000 - 1700 / 0.95) / 3000, 12);
    // Extracting sector 2: x̄₁ = 350 / 0.85.
    expect(ex.loss[1]).toBeCloseTo(3000 - 350 / 0.85, 9);
  });
});

// A three-sector system with A = [[.2, .3, .2], [.4, .1, .2], [.1, .3, .2]] (the numbers of
// Miller and Blair's §2.3 illustrations). det(I − A) = 48/125 = 0.384, and
// adj(I − A) = [[33/50, 3/10, 6/25], [17/50, 31/50, 6/25], [21/100, 27/100, 3/5]], so
// L = adj / 0.384 = [[1.71875, 0.78125, 0.625], [0.885417, 1.614583, 0.625], [0.546875, 0.703125, 1.5625]]
// with column sums 605/192, 595/192 and 45/16.
describe('a three-sector example', () => {
  const A = matrixFromRows([
    [0.2, 0.3, 0.2],
    [0.4, 0.1, 0.2],
    [0.1, 0.3, 0.2],
  ]);
  it('leontiefInverse equals adj(I − A) / det(I − A)', () => {
    close(
      leontiefInverse(A).values,
      [0.66, 0.3, 0.24, 0.34, 0.62, 0.24, 0.21, 0.27, 0.6].map((v) => v / 0.384),
      14,
    );
  });
  it('outputMultipliers are 605/192, 595/192 and 45/16', () => {
    close(outputMultipliers(leontiefInverse(A)), [605 / 192, 595 / 192, 45 / 16], 13);
  });
});

// A third sector with no output beside two that produce, worked by hand:
// Z = [[2, 6, 0], [4, 2, 0], [0, 0, 0]], f = (2, 14, 0), x = (10, 20, 0);
// A = [[0.2, 0.3, 0], [0.4, 0.1, 0], [0, 0, 0]]; the producing block I − A = [[0.8, −0.3], [−0.4, 0.9]],
// det 0.6, so L = [[1.5, 0.5, 0], [2/3, 4/3, 0], [0, 0, 1]] (the empty sector's column is e₃).
// Column sums 13/6, 11/6 (and 1); the mean over the two producing sectors is 2, so BL = 13/12, 11/12.
// G row sums (L·x)_i / x_i = 25/10, (100/3)/20 = 5/3; their mean 25/12, so FL = 1.2, 0.8.
// Counting the empty sector's 1s in the means would give BL = 1.3, 1.1 and FL = 1.452, 0.968:
// sector 2 would turn "backward" and the empty sector "weak".
describe('rasmussenLinkages with a sector that has no output', () => {
  const model = createMrio({
    regions: ['R'],
    sectors: ['s1', 's2', 'empty'],
    finalDemandCategories: ['F'],
    Z: Float64Array.of(2, 6, 0, 4, 2, 0, 0, 0, 0),
    Y: Float64Array.of(2, 14, 0),
  });
  const L = leontiefInverse(technicalCoefficients(model.Z, model.x));

  it('leaves the empty sector out of the means: BL = (13/12, 11/12), FL = (1.2, 0.8)', () => {
    close(model.x, [10, 20, 0]);
    const links = rasmussenLinkages(L, model.x);
    close(links.backward.subarray(0, 2), [13 / 12, 11 / 12], 14);
    close(links.forward.subarray(0, 2), [1.2, 0.8], 14);
    expect(links.producing).toBe(2);
  });

  it('gives the empty sector no class and NaN indices: classes key, weak, null', () => {
    const links = rasmussenLinkages(L, model.x);
    expect(links.classes).toEqual(['key', 'weak', null]);
    expect(links.backward[2]).toBeNaN();
    expect(links.forward[2]).toBeNaN();
  });

  it('gives the empty sector no class on the Leontief forward basis either', () => {
    expect(rasmussenLinkages(L, model.x, { forward: 'leontief' }).classes[2]).toBeNull();
  });
});
