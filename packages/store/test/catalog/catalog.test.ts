import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DuckDBConnector,
  loadCatalog,
  PILLARS,
  productSector,
  quotedString,
  type SeriesRef,
  type Store,
} from '@chanye/store';
import { openSnapshotStore, repoRoot } from '../helpers.js';

let store: Store;
beforeAll(async () => {
  store = await openSnapshotStore();
});
afterAll(() => store.close());

const refsOf = (s: Store): [string, SeriesRef][] =>
  s.catalog.indicators.flatMap((i) =>
    [...(i.sources ?? []), ...(i.derived?.inputs ?? []), ...(i.extension ? [i.extension.series] : [])].map(
      (r) => [i.id, r] as [string, SeriesRef],
    ),
  );

describe('catalog/indicators.yaml', () => {
  it('holds at least 40 indicators spanning all six pillars (at least 3 each)', () => {
    expect(store.catalog.indicators.length).toBeGreaterThanOrEqual(40);
    for (const pillar of PILLARS) {
      expect(store.catalog.indicators.filter((i) => i.pillars.includes(pillar)).length, pillar).toBeGreaterThanOrEqual(
        3,
      );
    }
  });

  it('names every indicator in Chinese characters', () => {
    for (const i of store.catalog.indicators) expect(/[\u4e00-\u9fff]/.test(i.name_zh), i.id).toBe(true);
  });

  it('refers only to snapshot series, with the unit the source itself states', async () => {
    const seriesMeta = await store.seriesMetadata();
    for (const [id, ref] of refsOf(store)) {
      const meta = seriesMeta.get(`${ref.source}:${ref.series}`);
      expect(meta, `${id}: ${ref.source}:${ref.series}`).toBeDefined();
      expect(ref.source_unit, `${id}: ${ref.source}:${ref.series}`).toBe(meta?.unit);
    }
  });

  it.each(['mva_share_gdp', 'mht_share_mva', 'rd_share_gdp', 'gdp_per_capita_ppp', 'mva_share_world'])(
    'resolves %s to data in the snapshot',
    async (id) => {
      expect((await store.observations({ indicator: id, economies: ['CHN'] })).length).toBeGreaterThan(0);
    },
  );

  it('resolves every indicator to data, each value carrying the declared unit, a source and a vintage', async () => {
    for (const indicator of store.catalog.indicators) {
      const rows = await store.observations({ indicator: indicator.id });
      expect(rows.length, indicator.id).toBeGreaterThan(0);
      for (const o of rows.slice(0, 50)) {
        expect(o.unit).toBe(indicator.unit);
        expect(o.source.length).toBeGreaterThan(5);
        expect(o.vintage.length).toBeGreaterThan(3);
        expect(Number.isFinite(o.value)).toBe(true);
      }
    }
  });
});

describe('loadCatalog(path)', () => {
  it('rejects a built_from that names no catalogue indicator, naming the indicator and the id', () => {
    const text = readFileSync(join(repoRoot, 'catalog', 'indicators.yaml'), 'utf8').replace(
      'built_from: [gdp_per_capita_ppp]',
      'built_from: [gdp_per_capita_pp]',
    );
    const dir = mkdtempSync(join(tmpdir(), 'chanye-catalog-'));
    try {
      const path = join(dir, 'indicators.yaml');
      writeFileSync(path, text);
      expect(() => loadCatalog(path)).toThrow(
        /export_sophistication\.built_from names unknown indicator gdp_per_capita_pp \(expected catalogue ids\)/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('catalog/product-sectors.yaml', () => {
  it('puts every HS 2007 product of the snapshot in one of ten sectors, chapter 85 in Electronics', async () => {
    const catalog = store.productSectors();
    expect(catalog.sectors).toHaveLength(10);
    // The snapshot's product table, through the store's own reader.
    const names = await store.productNames('hs07');
    const unplaced = [...names].filter(([code, n]) => productSector(catalog, code, n.group) === undefined);
    expect(unplaced).toEqual([]);
    const sectorOf = (code: string): string | undefined =>
      productSector(catalog, code, names.get(code)?.group ?? null)?.id;
    expect(sectorOf('8542')).toBe('electronics'); // integrated circuits: chapter 85 of section XVI
    expect(sectorOf('8471')).toBe('machinery'); // computers: chapter 84
    expect(sectorOf('0101')).toBe('agriculture');
    // Each section of the snapshot is listed once (no section silently falls to a chapter rule).
    const sections = new Set([...names.values()].map((n) => n.group));
    for (const s of sections)
      expect(
        catalog.sections.filter((k) => k.section === s),
        String(s),
      ).toHaveLength(1);
  });
});

describe('catalog/hs-names-zh.yaml', () => {
  it('names exactly the snapshot’s HS 2007 headings, translated from the snapshot’s own short names, in Chinese only', async () => {
    // The snapshot's own file, read apart from the store.
    const connector = await DuckDBConnector.open();
    const file = quotedString(join(store.snapshotDir, 'product_names.parquet'));
    const snapshot = await connector.query<{ code: string; short_name: string }>(
      `select code, short_name from read_parquet(${file}) where classification = 'hs07' order by code`,
    );
    connector.close();
    const headings = store.hsNamesZh().headings;
    // A changed snapshot (new headings or new English names) makes the translation stale.
    expect(headings.map((h) => [h.code, h.en])).toEqual(snapshot.map((r) => [r.code, r.short_name]));
    for (const h of headings) {
      // Chinese characters and Chinese punctuation; Latin only as the letters of “X射线” and “T恤”.
      expect(h.zh.replace(/X(?=射线)|T(?=恤)/g, ''), h.code).toMatch(/^[\u4e00-\u9fff（）、，0-9%]+$/);
      expect(h.zh.length, h.code).toBeLessThanOrEqual(18);
    }
    // Headings whose standard Chinese names every trade economist knows.
    const zh = new Map(headings.map((h) => [h.code, h.zh]));
    expect([zh.get('8542'), zh.get('2709'), zh.get('7108')]).toEqual(['集成电路', '原油', '黄金']);
  });

  it('store.productNames() gives the Chinese name beside the English one (none for SITC)', async () => {
    expect((await store.productNames('hs07')).get('8542')).toMatchObject({ name_zh: '集成电路' });
    expect([...(await store.productNames('sitc2')).values()].every((n) => n.name_zh === null)).toBe(true);
  });
});

describe('catalog/wiod-names.yaml', () => {
  it('names exactly the WIOD sectors of the snapshot, each in English and Chinese, in no other order', async () => {
    // The snapshot's own file, read apart from the store.
    const connector = await DuckDBConnector.open();
    const file = quotedString(join(store.snapshotDir, 'io_sectors.parquet'));
    const snapshot = await connector.query<{ sector: string }>(
      `select sector from read_parquet(${file}) where dataset = 'wiod2013' order by cast(substr(sector, 2) as integer)`,
    );
    connector.close();
    const names = store.wiodNames();
    expect(names.sectors.map((s) => s.sector)).toEqual(snapshot.map((s) => s.sector));
    for (const s of names.sectors) {
      expect(s.name_zh, s.sector).toMatch(/^[\u4e00-\u9fff（）、；]+$/);
      expect(s.name_en, s.sector).not.toMatch(/\bc\d{1,2}\b/);
    }
    // The three names the issue gives as the standard terminology.
    const zh = new Map(names.sectors.map((s) => [s.sector, s.name_zh]));
    expect([zh.get('c1'), zh.get('c14'), zh.get('c27')]).toEqual([
      '农林牧渔业',
      '电气和光学设备制造业',
      '邮政和电信业',
    ]);
    expect(names.source_zh).toMatch(/GB\/T 4754-2011/);
  });

  it('store.ioSectors() carries the names beside WIOD’s own description', async () => {
    const sectors = await store.ioSectors();
    expect(sectors.find((s) => s.sector === 'c30')).toMatchObject({
      description: 'Renting of M&Eq and Other Business Activities',
      name_en: 'Renting of machinery and other business activities',
    });
  });
});
