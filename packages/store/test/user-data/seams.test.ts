import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Store } from '../../src/store.js';
import { importUserFile } from '../../src/user-data/import-user-file.js';
import { querySharedFile, sharedDataAvailable } from '../helpers.js';
import { HEADER, tempDir, writeIn } from './helpers.js';

/**
 * A user's series that continues a snapshot series: the seam and its level break, checked
 * against the snapshot's source value read straight from the shared file.
 */
async function sdgManufacturingShare(iso3: string, year: number): Promise<number> {
  const [row] = await querySharedFile<{ value: number }>(
    'sdg/sdg2020.parquet',
    (f) => `select value from ${f} where indicator = 'nv_ind_manf' and iso3 = '${iso3}' and year = ${year}`,
  );
  if (!row) throw new Error(`no SDG value for ${iso3} ${year}`);
  return row.value;
}

describe.skipIf(!sharedDataAvailable)('user rows that join a snapshot series', () => {
  it('measure the level break at the common year and say it in every joined row', async () => {
    const dir = tempDir();
    const db = join(dir, 'user.duckdb');
    const csv = writeIn(
      dir,
      'mva.csv',
      `${HEADER}\nCHN,2019,mva_share_gdp,26.8,% of GDP,NBS\nCHN,2020,mva_share_gdp,26.3,% of GDP,NBS\nKOR,2021,mva_share_gdp,27,% of GDP,BOK\n`,
    );
    await importUserFile(csv, { dbPath: db, importedAt: '2026-12-07T00:00:00.000Z' });
    const store = await Store.open({ userDbPath: db });
    try {
      const sdg2019 = await sdgManufacturingShare('CHN', 2019);
      const seams = await store.userSeams('mva_share_gdp');
      const chn = seams.find((s) => s.iso3 === 'CHN');
      expect(chn?.seam.year).toBe(2019);
      expect(chn?.seam.overlapYear).toBe(2019);
      expect(chn?.seam.difference).toBeCloseTo(26.8 - sdg2019, 10);
      expect(chn?.replacedSource).toMatch(/sdg:nv_ind_manf/);
      // KOR: the user's 2021 follows the snapshot's last year with no common year.
      expect(seams.find((s) => s.iso3 === 'KOR')?.seam.overlapYear).toBeNull();

      const rows = await store.observations({ indicator: 'mva_share_gdp', economies: ['CHN'], years: [2018, 2020] });
      expect(rows.map((o) => [o.year, o.source.endsWith('(user data)')])).toEqual([
        [2018, false],
        [2019, true],
        [2020, true],
      ]);
      for (const o of rows.filter((r) => r.year >= 2019))
        expect(o.note).toMatch(/joins UN SDG .* at 2019; in 2019 it differs/);
      // The note does not depend on the years asked for.
      const [only2020] = await store.observations({
        indicator: 'mva_share_gdp',
        economies: ['CHN'],
        years: [2020, 2020],
      });
      expect(only2020?.note).toBe(rows.at(-1)?.note);
    } finally {
      store.close();
    }
  });
});
