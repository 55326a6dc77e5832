import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '@chanye/store';
import { openSnapshotStore, querySharedFile, sharedDataAvailable } from '../helpers.js';
import { screenGroupDependencies } from '@chanye/engine';

let store: Store;
beforeAll(async () => {
  store = await openSnapshotStore();
});
afterAll(() => store.close());

describe('screenGroupDependencies(store, request)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chanye-dependency-'));
  // Group {A, B} and product p: extra imports S1→A 60 and S2→B 40, intra A→B 20, extra
  // exports A→Z 50. By hand: HHI = 0.6² + 0.4² = 0.52; extra share = 100 / 120;
  // import/export = 100 / 50 = 2: all three criteria hold. Product q: A imports 10 from S1
  // and exports 30 to Z: ratio 1/3, so no dependency. 2020 rows are ignored for 2021.
  const file = join(dir, 'bilateral.csv');
  writeFileSync(
    file,
    [
      't,i,j,k,v,q',
      '2021,S1,A,p,60,0',
      '2021,S2,B,p,40,0',
      '2021,A,B,p,20,0',
      '2021,A,Z,p,50,0',
      '2021,S1,A,q,10,0',
      '2021,A,Z,q,30,0',
      '2020,S1,A,p,999,0',
    ].join('\n'),
  );

  it('aggregates a BACI-layout file for the group and applies the criteria', async () => {
    const screen = await screenGroupDependencies(store, { source: { file }, importers: ['A', 'B'] });
    expect(screen.coverage.year).toBe(2021);
    const [p, q] = screen.results;
    expect(p!.product).toBe('p');
    expect(p!.extraImports).toBe(100);
    expect(p!.hhi).toBeCloseTo(0.52, 12);
    expect(p!.extraShare).toBeCloseTo(100 / 120, 12);
    expect(p!.importExportRatio).toBe(2);
    expect(p!.dependent).toBe(true);
    expect(q!.importExportRatio).toBeCloseTo(1 / 3, 12);
    expect(q!.dependent).toBe(false);
    expect(screen.coverage.caveat).toContain('test the method');
  });

  it('screens another year when asked and rejects a year the data lack', async () => {
    const screen = await screenGroupDependencies(store, { source: { file }, importers: ['A'], year: 2020 });
    expect(screen.results.map((r) => r.extraImports)).toEqual([999]);
    await expect(screenGroupDependencies(store, { source: { file }, importers: ['A'], year: 2019 })).rejects.toThrow(
      'no flows in 2019',
    );
  });

  it.skipIf(!sharedDataAvailable)(
    'on the snapshot’s BACI sample, sums Germany’s imports per product exactly as the source file',
    async () => {
      const screen = await screenGroupDependencies(store, { source: { dataset: 'baci-sample' }, importers: ['DEU'] });
      expect(screen.coverage.exporters).toBe(2);
      expect(screen.coverage.caveat).toContain('only 2 economies');
      const [top] = screen.results;
      // Germany is not an exporter in the sample, so every product fails substitutability and
      // two suppliers give an HHI of at least 0.5: the sample flags everything, which is why
      // the caveat says it tests the method only.
      expect(screen.results.every((r) => r.importExportRatio === Infinity && r.hhi >= 0.5)).toBe(true);
      const [source] = await querySharedFile<{ v: number }>(
        'trade/bilateral_baci_hs92_2021_sample_afg_zaf.parquet',
        (f) => `select sum(value_kusd) as v from ${f} where importer_iso3 = 'DEU' and hs92_6d = '${top!.product}'`,
      );
      expect(top!.extraImports).toBeCloseTo(source!.v, 6);
      for (const r of screen.results) expect(['AFG', 'ZAF']).toContain(r.topSupplier);
    },
  );

  it('rejects an empty group', async () => {
    await expect(screenGroupDependencies(store, { source: { file }, importers: [] })).rejects.toThrow(
      'no importer given',
    );
  });
});
