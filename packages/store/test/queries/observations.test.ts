import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBConnector, Store, USER_DB_SCHEMA } from '@chanye/store';
import { openSnapshotStore, querySharedFile, sharedDataAvailable } from '../helpers.js';

let store: Store;
beforeAll(async () => {
  store = await openSnapshotStore();
});
afterAll(() => store.close());

describe('store.observations() on source series', () => {
  it('reports CHN manufacturing value added 2019 as 28.77 % of GDP from UN SDG 9.2.1', async () => {
    const [o] = await store.observations({ indicator: 'mva_share_gdp', economies: ['CHN'], years: [2019, 2019] });
    expect(o?.value).toBe(28.77); // the data README's sanity value for sdg nv_ind_manf
    expect(o?.source).toContain('SDG 9.2.1');
    expect(o?.status).toBe('observed');
    expect(o?.vintage).toContain('2020');
  });

  it('gives the medium/high-tech shares IIE-CASS (2024) Table 1 cites for Japan and Spain in 1990', async () => {
    const rows = await store.observations({
      indicator: 'mht_share_mva',
      economies: ['JPN', 'ESP'],
      years: [1990, 1990],
    });
    const byEconomy = Object.fromEntries(rows.map((o) => [o.iso3, o]));
    // Published values: Japan 50.87, Spain 35.87 (IIE-CASS 2024, China Economist 2024(09), Table 1)
    expect(byEconomy['JPN']?.value.toFixed(2)).toBe('50.87');
    expect(byEconomy['ESP']?.value.toFixed(2)).toBe('35.87');
    expect(byEconomy['JPN']?.source).toContain('wdi:NV.MNF.TECH.ZS.UN');
  });

  it('labels values the publisher repeated from the previous year as carried', async () => {
    const rows = await store.observations({ indicator: 'mht_share_mva', economies: ['AGO'], years: [2008, 2015] });
    const status = Object.fromEntries(rows.map((o) => [o.year, o.status]));
    expect(status[2010]).toBe('carried');
    expect(status[2015]).toBe('observed'); // a new value (3.76 after 4.52)
  });

  it('filters by economies (any case) and years, sorted by economy then year', async () => {
    const rows = await store.observations({
      indicator: 'mva_share_gdp',
      economies: ['usa', 'CHN'],
      years: [2010, 2012],
    });
    expect(rows.map((o) => `${o.iso3}${o.year}`)).toEqual([
      'CHN2010',
      'CHN2011',
      'CHN2012',
      'USA2010',
      'USA2011',
      'USA2012',
    ]);
  });
});

describe.skipIf(!sharedDataAvailable)('source precedence (mht_share_mva: WDI first, then SDG)', () => {
  it('takes WDI where it has a value and SDG only where WDI has none, naming each source', async () => {
    const wdi = await querySharedFile<{ iso3: string; year: number; value: number }>(
      'wdi/wdi_selected.parquet',
      (f) => `select iso3, year, value from ${f} where indicator = 'NV.MNF.TECH.ZS.UN'`,
    );
    const sdg = await querySharedFile<{ iso3: string; year: number; value: number }>(
      'sdg/sdg2020.parquet',
      (f) => `select iso3, year, value from ${f} where indicator = 'nv_ind_tech'`,
    );
    const wdiKeys = new Map(wdi.map((r) => [`${r.iso3}|${r.year}`, r.value]));
    const sdgOnly = sdg.filter((r) => !wdiKeys.has(`${r.iso3}|${r.year}`));
    expect(sdgOnly.length).toBeGreaterThan(0);

    const all = await store.observations({ indicator: 'mht_share_mva' });
    const reported = new Map(all.map((o) => [`${o.iso3}|${o.year}`, o]));
    for (const r of sdgOnly) {
      const o = reported.get(`${r.iso3}|${r.year}`);
      expect(o?.value).toBe(r.value);
      expect(o?.source).toContain('sdg:nv_ind_tech');
    }
    for (const [key, value] of wdiKeys) {
      const o = reported.get(key);
      expect(o?.value).toBe(value);
      expect(o?.source).toContain('wdi:NV.MNF.TECH.ZS.UN');
    }
    expect(all.length).toBe(wdiKeys.size + sdgOnly.length);
  });
});

describe('user data takes precedence over the snapshot', () => {
  it('replaces the snapshot value of the same economy-year and keeps the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chanye-user-'));
    const dbPath = join(dir, 'user.duckdb');
    const db = await DuckDBConnector.open(dbPath);
    try {
      for (const ddl of USER_DB_SCHEMA) await db.exec(ddl);
      await db.exec(`insert into imports values (1, 'import:test.csv', 'test.csv', 'abc', 1, '2026-11-23T00:00:00Z')`);
      await db.exec(
        `insert into user_observations values ('CHN', 2019, 'mva_share_gdp', 27.5, '% of GDP', 'NBS yearbook', 'test vintage', 'observed', null, 1)`,
      );
    } finally {
      db.close();
    }
    const withUser = await Store.open({ userDbPath: dbPath });
    try {
      const rows = await withUser.observations({ indicator: 'mva_share_gdp', economies: ['CHN'], years: [2018, 2019] });
      expect(rows.map((o) => [o.year, o.value])).toEqual([
        [
          2018,
          (await store.observations({ indicator: 'mva_share_gdp', economies: ['CHN'], years: [2018, 2018] }))[0]?.value,
        ],
        [2019, 27.5],
      ]);
      expect(rows[1]?.source).toBe('NBS yearbook (user data)');
      expect(rows[1]?.vintage).toBe('test vintage');
    } finally {
      withUser.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('bad requests', () => {
  it('rejects an unknown economy with a suggestion', async () => {
    await expect(store.observations({ indicator: 'mva_share_gdp', economies: ['CHM'] })).rejects.toThrow(
      /unknown economy 'CHM' — did you mean CHN/,
    );
  });

  it('rejects an unknown indicator with a suggestion', async () => {
    await expect(store.observations({ indicator: 'mva_share' })).rejects.toThrow(
      /unknown indicator 'mva_share' — did you mean mva_share_/,
    );
  });

  it('returns nothing, rather than inventing, for years without data', async () => {
    expect(await store.observations({ indicator: 'mva_share_gdp', economies: ['CHN'], years: [1950, 1960] })).toEqual(
      [],
    );
  });
});
