import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Mrio } from '@chanye/compute';
import { checkRowSums, readMrioLayout, readWiod2013Xlsx } from '@chanye/store';
import { querySharedFile, repoRoot, sharedDataAvailable } from '../helpers.js';

/** A real WIOD 2013 table (2011) cut to CHN, DEU, USA and RoW in the release's WIOT layout; see its README. */
const workbook = join(repoRoot, 'packages/cli/test/fixtures/mrio/wiod2013-excerpt/WIOT11_ROW_Sep12.xlsx');

const cell = (m: Mrio, r: string, s: string): number => m.regions.indexOf(r) * m.sectors.length + m.sectors.indexOf(s);

describe('readWiod2013Xlsx on the WIOD 2013 excerpt', () => {
  it('reads 4 regions (RoW → ROW) × c1 … c35 and the five final-demand columns', async () => {
    const { mrio, sectorNames, categoryNames } = await readWiod2013Xlsx(workbook);
    expect(mrio.regions).toEqual(['CHN', 'DEU', 'USA', 'ROW']);
    expect(mrio.sectors).toHaveLength(35);
    expect(mrio.sectors[34]).toBe('c35');
    expect(mrio.finalDemandCategories).toEqual(['c37', 'c38', 'c39', 'c41', 'c42']);
    expect(sectorNames?.[0]).toBe('Agriculture, Hunting, Forestry and Fishing (AtB)');
    expect(categoryNames?.[3]).toBe('Gross fixed capital formation');
  });

  it.runIf(sharedDataAvailable)(
    'holds every Z and Y cell and the output of the shared WIOD 2013 Parquet files',
    async () => {
      const { mrio, publishedOutput } = await readWiod2013Xlsx(workbook);
      const regions = "('CHN', 'DEU', 'USA', 'ROW')";
      const z = await querySharedFile<{ rc: string; rs: string; cc: string; cs: string; value: number }>(
        'io/wiod2013/inter/wiot_inter_2011.parquet',
        (p) => `select row_country rc, row_sector rs, col_country cc, col_sector cs, value from read_parquet(${p})
               where row_country in ${regions} and col_country in ${regions}`,
      );
      const n = mrio.x.length;
      let sumZ = 0;
      for (const r of z) {
        expect(mrio.Z.values[cell(mrio, r.rc, r.rs) * n + cell(mrio, r.cc, r.cs)]).toBe(r.value);
        sumZ += r.value;
      }
      expect(mrio.Z.values.reduce((a, b) => a + b, 0)).toBe(sumZ);
      const y = await querySharedFile<{ rc: string; rs: string; cc: string; k: string; value: number }>(
        'io/wiod2013/final_demand.parquet',
        (p) => `select row_country rc, row_sector rs, col_country cc, fd_category k, value from read_parquet(${p})
               where year = 2011 and row_country in ${regions} and col_country in ${regions}`,
      );
      const column = { CONS_h: 0, CONS_np: 1, CONS_g: 2, GFCF: 3, INVEN: 4 } as Record<string, number>;
      const K = 4 * 5;
      let sumY = 0;
      for (const r of y) {
        const j = mrio.regions.indexOf(r.cc) * 5 + (column[r.k] as number);
        expect(mrio.Y.values[cell(mrio, r.rc, r.rs) * K + j]).toBe(r.value);
        sumY += r.value;
      }
      expect(mrio.Y.values.reduce((a, b) => a + b, 0)).toBe(sumY);
      const out = await querySharedFile<{ c: string; s: string; x: number }>(
        'io/wiod2013/output_va.parquet',
        (p) =>
          `select country c, sector s, gross_output x from read_parquet(${p}) where year = 2011 and country in ${regions}`,
      );
      expect(out).toHaveLength(140);
      for (const o of out) expect(publishedOutput?.[cell(mrio, o.c, o.s)]).toBe(o.x);
    },
  );

  it('reports the rows that miss the published output, and none when x is the row balance', async () => {
    const read = await readMrioLayout('wiod2013', workbook);
    const check = checkRowSums(read.mrio, read.publishedOutput as Float64Array);
    expect(check.checked).toBe(140);
    // The cut drops the sales to 37 economies: most rows miss, by what those economies bought.
    expect(check.failures.length).toBeGreaterThan(100);
    const rowC2 = check.failures.find((f) => f.region === 'ROW' && f.sector === 'c2');
    expect(rowC2 && rowC2.published - rowC2.rowSum).toBeGreaterThan(0);
    expect(checkRowSums(read.mrio, read.mrio.x).failures).toEqual([]);
  });

  it('fails with exit-2 errors naming the file on what is not a WIOD 2013 workbook', async () => {
    await expect(readWiod2013Xlsx(join(repoRoot, 'no-such.xlsx'))).rejects.toThrow(/no-such\.xlsx: no such file/);
    await expect(readWiod2013Xlsx(join(repoRoot, 'package.json'))).rejects.toThrow(
      /package\.json as an \.xlsx workbook/,
    );
  });
});
