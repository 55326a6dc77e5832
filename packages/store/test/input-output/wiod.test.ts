import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  finalDemandTotal,
  ghoshInverse,
  ghoshOutput,
  leontiefFactor,
  leontiefInverse,
  leontiefOutput,
  mrioIndex,
  technicalCoefficients,
  type Matrix,
  type Mrio,
} from '@chanye/compute';
import { join } from 'node:path';
import { DuckDBConnector, quotedString, type Store } from '@chanye/store';
import { openSnapshotStore, repoRoot } from '../helpers.js';

let store: Store;
let model: Mrio;
let L: Matrix;

beforeAll(async () => {
  store = await openSnapshotStore();
  model = await store.mrio({ dataset: 'wiod2013', year: 2011 });
  L = leontiefInverse(technicalCoefficients(model.Z, model.x));
}, 120_000);
afterAll(() => store.close());

describe('store.mrio({ dataset: "wiod2013", year: 2011 })', () => {
  it('is 41 regions (WIOD order, ROW last) × 35 sectors (c1 … c35) with five final-demand categories', () => {
    expect(model.regions).toHaveLength(41);
    expect(model.regions.slice(0, 3)).toEqual(['AUS', 'AUT', 'BEL']);
    expect(model.regions.slice(-3)).toEqual(['TWN', 'USA', 'ROW']);
    expect(model.regions.indexOf('ROU')).toBe(model.regions.indexOf('PRT') + 1);
    expect(model.sectors).toEqual(Array.from({ length: 35 }, (_, s) => `c${s + 1}`));
    expect(model.finalDemandCategories).toEqual(['CONS_h', 'CONS_np', 'CONS_g', 'GFCF', 'INVEN']);
    expect(model.Z.rows).toBe(1435);
    expect(model.Y.columns).toBe(205);
    expect(model.factorInputs?.labels).toEqual(['va_residual']);
  });

  it('x = Z·1 + Y·1 equals the published gross output within the rounding of the cells (≤ 108)', async () => {
    const connector = await DuckDBConnector.open();
    const rows = await connector
      .query<{ country: string; sector: string; gross_output: number }>(
        `select country, sector, gross_output from read_parquet(${quotedString(join(repoRoot, 'data/snapshot/io_output.parquet'))}) where year = 2011`,
      )
      .finally(() => connector.close());
    let worst = 0;
    for (const r of rows)
      worst = Math.max(worst, Math.abs((model.x[mrioIndex(model, r.country, r.sector)] as number) - r.gross_output));
    expect(rows).toHaveLength(1435);
    expect(worst).toBeLessThanOrEqual(108);
  });

  it('x = L·f to 1e-9 relative on the 2011 table, from L and from the factorization', () => {
    const f = finalDemandTotal(model);
    for (const x of [
      leontiefOutput(L, f),
      leontiefOutput(leontiefFactor(technicalCoefficients(model.Z, model.x)), f),
    ]) {
      let worst = 0;
      model.x.forEach((xi, i) => {
        if (xi !== 0) worst = Math.max(worst, Math.abs((x[i] as number) - xi) / Math.abs(xi));
        else worst = Math.max(worst, Math.abs(x[i] as number));
      });
      expect(worst).toBeLessThan(1e-9);
    }
  });

  it("x' = v'·G to 1e-9 relative (Ghosh and Leontief consistent)", () => {
    const x = ghoshOutput(model.v, ghoshInverse(L, model.x));
    let worst = 0;
    model.x.forEach((xi, i) => {
      if (xi !== 0) worst = Math.max(worst, Math.abs((x[i] as number) - xi) / Math.abs(xi));
    });
    expect(worst).toBeLessThan(1e-9);
  });

  it('rejects years outside 1995-2011 and unknown datasets', async () => {
    await expect(store.mrio({ dataset: 'wiod2013', year: 2014 })).rejects.toThrow(/1995-2011/);
    await expect(store.mrio({ dataset: 'wiod2016', year: 2014 })).rejects.toThrow(/invalid --dataset/);
  });
});
