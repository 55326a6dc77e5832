import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testClient } from 'hono/testing';
import type { Store } from '@chanye/store';
import { createApp } from '@chanye/server';
import { defaultScoreYear } from '@chanye/engine';
import { openSnapshotStore, problemOf, testApp } from './helpers.js';

let store: Store;
let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  store = await openSnapshotStore();
  app = testApp(store);
});
afterAll(() => store.close());

const json = async (path: string, init?: RequestInit): Promise<unknown> => {
  const res = await app.request(path, init);
  expect(res.status, `${path}: ${res.status}`).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  return res.json();
};
const csv = async (path: string, init?: RequestInit): Promise<string[]> => {
  const res = await app.request(path, init);
  expect(res.status, path).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
  return (await res.text()).trimEnd().split('\n');
};

describe('every route answers with real snapshot data', () => {
  it('GET /api/health says ok', async () => {
    expect(await json('/api/health')).toMatchObject({ status: 'ok', version: '0.1.0', userData: false });
  });

  it('GET /api/terms/zh gives the Chinese report’s units and source phrases', async () => {
    const terms = (await json('/api/terms/zh')) as { units: Record<string, string>; sources: [string, string][] };
    expect(terms.units['% of GDP']).toBe('占GDP的%');
    expect(terms.sources.length).toBeGreaterThan(5);
    expect(terms.sources.every(([en, zh]) => /[A-Za-z]/.test(en) && /[一-鿿]/.test(zh))).toBe(true);
  });

  it('GET /api/economies lists economies; aggregates=true adds WLD; CSV has the CLI columns', async () => {
    const economies = (await json('/api/economies')) as { iso3: string }[];
    expect(economies.some((e) => e.iso3 === 'CHN')).toBe(true);
    expect(economies.some((e) => e.iso3 === 'WLD')).toBe(false);
    const all = (await json('/api/economies?aggregates=true&historical')) as { iso3: string }[];
    expect(all.some((e) => e.iso3 === 'WLD')).toBe(true);
    const lines = await csv('/api/economies?format=csv');
    expect(lines[0]).toBe('iso3,name_en,name_zh,wb_region,income_group_fy2026,is_aggregate,is_historical');
    expect(lines).toHaveLength(economies.length + 1);
  });

  it('GET /api/economies/chn finds China in any case', async () => {
    expect(await json('/api/economies/chn')).toMatchObject({ iso3: 'CHN', name_zh: '中国' });
  });

  it('GET /api/economies/CHN/profile gives sourced values; CSV is tidy', async () => {
    const profile = (await json('/api/economies/CHN/profile?year=2015')) as {
      economy: { iso3: string };
      requestedYear: number;
      sections: { items: { observation: { year: number; source: string } | null }[] }[];
    };
    expect(profile.economy.iso3).toBe('CHN');
    expect(profile.requestedYear).toBe(2015);
    const observed = profile.sections.flatMap((s) => s.items.flatMap((i) => (i.observation ? [i.observation] : [])));
    expect(observed.length).toBeGreaterThan(10);
    expect(observed.every((o) => o.year <= 2015 && o.source.length > 0)).toBe(true);
    const lines = await csv('/api/economies/CHN/profile?year=2015&format=csv');
    expect(lines[0]).toBe('iso3,year,indicator,value,unit,source,vintage,status,note');
    expect(lines).toHaveLength(observed.length + 1);
  });

  it('Accept: text/csv selects CSV; format=json wins over it', async () => {
    const lines = await csv('/api/economies/BRA/profile', { headers: { accept: 'text/csv' } });
    expect(lines[0]).toBe('iso3,year,indicator,value,unit,source,vintage,status,note');
    await json('/api/economies/BRA/profile?format=json', { headers: { accept: 'text/csv' } });
  });

  it('GET /api/economies/CHN/exports and /arrays', async () => {
    expect(await json('/api/economies/CHN/exports?by=array')).toMatchObject({ iso3: 'CHN', year: 2017, by: 'array' });
    expect((await csv('/api/economies/CHN/exports?format=csv'))[0]).toBe('iso3,year,by,class,name,share,value,unit');
    const arrays = (await json('/api/economies/CHN/arrays')) as { early: { year: number }; late: { year: number } };
    expect([arrays.early.year, arrays.late.year]).toEqual([1980, 2017]);
    expect((await csv('/api/economies/CHN/arrays?format=csv&lang=zh'))[0]).toBe(
      'iso3,array,name,share_1980,share_2017,change',
    );
  });

  it('GET /api/indicators filters by pillar and search; /api/indicators/:id gives one', async () => {
    const green = (await json('/api/indicators?pillar=green')) as { pillars: string[] }[];
    expect(green.length).toBeGreaterThan(0);
    expect(green.every((i) => i.pillars.includes('green'))).toBe(true);
    const found = (await json('/api/indicators?search=manufacturing')) as unknown[];
    expect(found.length).toBeGreaterThan(0);
    expect((await csv('/api/indicators?format=csv'))[0]).toBe('id,name_en,name_zh,unit,polarity,pillars,system,source');
    expect(await json('/api/indicators/mva_share_gdp')).toMatchObject({ id: 'mva_share_gdp', unit: '% of GDP' });
  });

  it('GET /api/observations gives values with provenance; CSV is tidy', async () => {
    const rows = (await json('/api/observations?indicator=mht_share_mva&economies=JPN,ESP&years=1990:1990')) as {
      iso3: string;
      year: number;
    }[];
    expect(rows.map((r) => `${r.iso3} ${r.year}`)).toEqual(['ESP 1990', 'JPN 1990']);
    const lines = await csv('/api/observations?indicator=mht_share_mva&economies=JPN,ESP&years=1990&format=csv');
    expect(lines[0]).toBe('iso3,year,indicator,value,unit,source,vintage,status,note');
    expect(lines).toHaveLength(3);
  });

  it('GET /api/scores scores economies with the CLI defaults; CSV has the score rows', async () => {
    const scores = (await json('/api/scores?economies=CHN,DEU')) as {
      method: { name: string };
      peers: string;
      window: number;
      rows: { iso3: string; year: number; subsystem: string }[];
    };
    expect(scores).toMatchObject({ method: { name: 'entropy-topsis' }, peers: 'all', window: 2, small: 'separate' });
    expect(new Set(scores.rows.map((r) => r.iso3))).toEqual(new Set(['CHN', 'DEU']));
    // The default year is the engine's latest adequately covered year, as for `chanye score`.
    const year = await defaultScoreYear(store, 'characteristics', 2);
    expect(scores.rows.every((r) => r.year === year)).toBe(true);
    const lines = await csv('/api/scores?economies=CHN&years=2016:2017&framework=new-four&format=csv');
    expect(lines[0]).toBe(
      'iso3,year,framework,subsystem,score,rank,rank_median,rank_p05,rank_p95,units,ranked_among,imputed,note',
    );
  });

  it('GET /api/scores with sensitivity gives rank intervals', async () => {
    const scores = (await json('/api/scores?economies=CHN&sensitivity=20&seed=7')) as {
      sensitivity: { draws: number; seed: number };
      rows: { subsystem: string; rank_p05: number | null }[];
    };
    expect(scores.sensitivity).toEqual({ draws: 20, seed: 7 });
    expect(scores.rows.find((r) => r.subsystem === 'overall')?.rank_p05).not.toBeNull();
  });

  it('GET /api/economies/CHN/coupling gives C, T, D by year', async () => {
    const rows = (await json('/api/economies/CHN/coupling?years=2010:2012')) as { year: number }[];
    expect(rows.map((r) => r.year)).toEqual([2010, 2011, 2012]);
    expect((await csv('/api/economies/CHN/coupling?years=2010:2012&format=csv&lang=zh'))[0]).toMatch(/^iso3,year,U_/);
  });

  it('GET /api/diagnostics lists them; /api/economies/KOR/diagnostics runs the chosen ones', async () => {
    const list = (await json('/api/diagnostics')) as { id: string }[];
    expect(list.map((d) => d.id)).toContain('petty-clark');
    const results = (await json('/api/economies/KOR/diagnostics?only=petty-clark,income-trap&minRun=5')) as {
      diagnostic: string;
      findings: unknown[];
    }[];
    expect(results.map((r) => r.diagnostic)).toEqual(['petty-clark', 'income-trap']);
    expect(results.every((r) => r.findings.length > 0)).toBe(true);
    const lines = await csv('/api/economies/KOR/diagnostics?only=petty-clark&format=csv');
    expect(lines[0]).toBe(
      'iso3,diagnostic,finding,severity,statement,evidence,year,value,unit,source,status,reference',
    );
  });

  it('GET /api/complexity gives the three tables of a run', async () => {
    const economies = (await json('/api/complexity?dataset=trade-2017')) as {
      table: string;
      columns: string[];
      rows: { location: string; eci: number }[];
    };
    expect(economies.table).toBe('economies');
    expect(economies.columns).toEqual(['time', 'location', 'eci', 'diversity', 'coi', 'total_exports', 'expy']);
    expect(economies.rows.length).toBeGreaterThan(100);
    const products = await csv('/api/complexity?dataset=trade-2017&table=products&format=csv');
    expect(products[0]).toBe('time,product,name,name_zh,pci,ubiquity,prody');
    const cells = (await json('/api/complexity?dataset=trade-2017&table=economy-products&location=CHN')) as {
      rows: { location: string }[];
    };
    expect(cells.rows.length).toBe(products.length - 1);
    expect(cells.rows.every((r) => r.location === 'CHN')).toBe(true);
  });

  it('GET /api/complexity/product-space: every product a node, the spanning tree and strong links, a layout', async () => {
    const space = (await json('/api/complexity/product-space?dataset=trade-2017&atlasFilter=true')) as {
      time: number;
      threshold: number;
      nodes: { product: string; group: string | null; exports: number; x: number; y: number }[];
      links: { source: string; target: string; proximity: number; spanning_tree: boolean }[];
    };
    const products = (await json('/api/complexity?dataset=trade-2017&table=products&atlasFilter=true')) as {
      rows: { product: string }[];
    };
    expect(space.nodes.map((n) => n.product)).toEqual(products.rows.map((r) => r.product));
    const tree = space.links.filter((l) => l.spanning_tree);
    // A spanning forest: nodes − components links, no cycle (checked by union-find), the rest ≥ 0.55.
    const parent = new Map(space.nodes.map((n) => [n.product, n.product]));
    const root = (x: string): string => (parent.get(x) === x ? x : root(parent.get(x) as string));
    for (const l of tree) {
      const [a, b] = [root(l.source), root(l.target)];
      expect(a).not.toBe(b);
      parent.set(a, b);
    }
    const components = new Set(space.nodes.map((n) => root(n.product))).size;
    expect(tree.length).toBe(space.nodes.length - components);
    expect(space.links.filter((l) => !l.spanning_tree).every((l) => l.proximity >= space.threshold)).toBe(true);
    expect(space.nodes.every((n) => n.x >= 0 && n.x <= 1 && n.y >= 0 && n.y <= 1 && n.exports >= 0)).toBe(true);
    // A fresh app (a new complexity run) gives the same positions.
    const again = (await (
      await testApp(store, { cache: false }).request(
        '/api/complexity/product-space?dataset=trade-2017&atlasFilter=true',
      )
    ).json()) as typeof space;
    expect(again.nodes.map((n) => [n.x, n.y])).toEqual(space.nodes.map((n) => [n.x, n.y]));
    const lines = await csv('/api/complexity/product-space?dataset=trade-2017&atlasFilter=true&format=csv');
    expect(lines[0]).toBe('time,product,name,name_zh,group,sector,pci,exports,x,y');
    expect(lines).toHaveLength(space.nodes.length + 1);
  });

  it('GET /api/scenarios lists the catalogue; /api/simulation/economies the economies with an outlook', async () => {
    const scenarios = (await json('/api/scenarios')) as { id: string; name_zh: string }[];
    expect(scenarios.map((s) => s.id)).toContain('baseline');
    expect(scenarios.every((s) => s.name_zh.length > 0)).toBe(true);
    expect((await csv('/api/scenarios?format=csv'))[0]).toBe('id,name_en,name_zh,strategy,reference,description');
    const covered = (await json('/api/simulation/economies')) as {
      baseYear: number;
      economies: string[];
      structural: string[];
    };
    expect(covered.economies).toEqual(expect.arrayContaining(['CHN', 'KOR', 'BRA', 'NGA']));
    expect(covered.structural).toEqual(expect.arrayContaining(['CHN', 'KOR', 'BRA']));
    // Nigeria has no PWT labour share: the forecast alone, with the reason.
    expect(covered.structural).not.toContain('NGA');
    expect(covered.structural.every((iso3) => covered.economies.includes(iso3))).toBe(true);
    const nga = (await json('/api/economies/NGA/simulation?draws=10')) as {
      forecast: { origin: number };
      fans: object;
      structuralUnavailable: string | null;
    };
    expect(nga.forecast.origin).toBeGreaterThanOrEqual(2023);
    expect(nga.fans).toEqual({});
    expect(nga.structuralUnavailable).toMatch(/^NGA: no /);
    expect((await csv('/api/economies/NGA/simulation?draws=10&format=csv'))[1]).toMatch(
      /^NGA,baseline,gdp_per_capita_forecast,/,
    );
    // Somalia has no PWT GDP at all: nothing to forecast.
    expect(covered.economies).not.toContain('SOM');
    const res = await app.request('/api/economies/SOM/simulation?draws=10');
    expect(res.status).toBe(404);
    expect((await problemOf(res)).type).toBe('/problems/no-data');
  });

  it('GET /api/io/sectors and /api/economies/CHN/io', async () => {
    const sectors = (await json('/api/io/sectors')) as { sector: string; name_en: string; name_zh: string }[];
    expect(sectors.length).toBe(35);
    // Names from catalog/wiod-names.yaml, beside the codes.
    expect(sectors.find((s) => s.sector === 'c14')).toMatchObject({ name_zh: '电气和光学设备制造业' });
    expect(sectors.every((s) => s.name_en.length > 2 && /[\u4e00-\u9fff]/.test(s.name_zh))).toBe(true);
    expect(await json('/api/economies/CHN/io?year=2005')).toMatchObject({ iso3: 'CHN', year: 2005 });
    expect((await csv('/api/economies/CHN/io?format=csv'))[0]).toBe(
      'iso3,year,sector,name_en,name_zh,wiod_code,isic_rev3,description,is_manufacturing,upstreamness,downstreamness,gross_output',
    );
  });

  it('GET /api/economies/CHN/io/security ranks chokepoints as ioSecurity does; outside WIOD is 404', async () => {
    const r = (await json('/api/economies/CHN/io/security?year=2011&limit=5')) as {
      economy: string;
      year: number;
      source: string;
      sectors: unknown[];
      chokepoints: {
        region: string;
        sector: string;
        regionNameEn: string;
        sectorNameZh: string;
        requirement: number;
        worldExportShare: number;
        score: number;
      }[];
      units: Record<string, string>;
    };
    expect(r).toMatchObject({ economy: 'CHN', year: 2011 });
    expect(r.sectors).toHaveLength(35);
    expect(r.chokepoints).toHaveLength(5);
    const scores = r.chokepoints.map((k) => k.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(r.chokepoints.every((k) => k.region !== 'CHN' && k.region !== 'ROW')).toBe(true);
    // Every chokepoint is named, and its score is the product of the parts the answer gives.
    for (const k of r.chokepoints) {
      expect(k.regionNameEn).not.toBe(k.region);
      expect(k.sectorNameZh).toMatch(/[\u4e00-\u9fff]/);
      expect(k.score).toBeCloseTo(k.requirement * k.worldExportShare, 15);
    }
    expect(r.units['requirement']).toMatch(/per US\$1 of the economy's final production/);
    const lines = await csv('/api/economies/CHN/io/security?limit=5&format=csv');
    expect(lines[0]).toBe(
      'economy,year,rank,region,regionNameEn,regionNameZh,sector,sectorNameEn,sectorNameZh,directInputs,requirement,requirementShare,importShare,worldExportShare,score',
    );
    expect(lines).toHaveLength(6);
    expect(lines[1]?.split(',')[3]).toBe(r.chokepoints[0]?.region);
    const outside = await app.request('/api/economies/NGA/io/security');
    expect(outside.status).toBe(404);
    expect((await problemOf(outside)).type).toBe('/problems/not-found');
    expect((await app.request('/api/economies/CHN/io/security?limit=500')).status).toBe(422);
  });

  it('GET /api/economies/KOR/report builds the report as `chanye report` does (Markdown and HTML)', async () => {
    const md = await app.request('/api/economies/KOR/report?format=md&sensitivity=20');
    expect(md.status).toBe(200);
    expect(md.headers.get('content-type')).toMatch(/^text\/markdown/);
    expect(await md.text()).toMatch(/^# .*Korea/);
    const html = await app.request('/api/economies/KOR/report?sensitivity=20&lang=zh');
    expect(html.status).toBe(200);
    expect(await html.text()).toMatch(/^<!doctype html>/i);
    expect(await problemOf(await app.request('/api/economies/KOR/report?sensitivity=5000'))).toMatchObject({
      status: 422,
    });
  });

  it('reports: false answers 501 problem+json; an unknown economy is still 404', async () => {
    const without = createApp(store, { log: false, reports: false });
    const res = await without.request('/api/economies/CHN/report');
    expect(res.status).toBe(501);
    expect(await problemOf(res)).toMatchObject({ type: '/problems/not-implemented', status: 501 });
    expect((await without.request('/api/economies/ZZZ/report')).status).toBe(404);
  });

  it('a report renderer, when given, answers the report route', async () => {
    const withReports = createApp(store, {
      log: false,
      reports: async (_store, request) => ({
        body: `<h1>${request.iso3} ${request.lang ?? 'en'}</h1>`,
        contentType: 'text/html; charset=utf-8',
      }),
    });
    const res = await withReports.request('/api/economies/chn/report?lang=zh');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('<h1>CHN zh</h1>');
  });

  it('GET / is the placeholder page; /problems/no-data describes a problem type', async () => {
    const res = await app.request('/');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('dashboard is coming');
    expect(await json('/problems/no-data')).toMatchObject({ type: '/problems/no-data', status: 404 });
  });
});

describe('HTTP behaviour', () => {
  it('answers HEAD like GET without a body', async () => {
    const res = await app.request('/api/economies/CHN', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
  });

  it('gives an ETag, and 304 when If-None-Match matches', async () => {
    const first = await app.request('/api/economies/JPN/profile');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await app.request('/api/economies/JPN/profile', { headers: { 'if-none-match': etag as string } });
    expect(again.status).toBe(304);
  });

  it('writes one log line per request: method, path, query names without values, status, ms', async () => {
    const lines: string[] = [];
    const logged = createApp(store, { log: (line) => lines.push(line) });
    await logged.request('/api/economies/CHN/profile?year=2015&format=json');
    await logged.request('/api/economies/CHN/profile?year=19%0A99');
    expect(lines[0]).toMatch(/^GET \/api\/economies\/CHN\/profile\?year&format 200 \d+\.\dms$/);
    expect(lines[1]).toMatch(/^GET \/api\/economies\/CHN\/profile\?year 400 \d+\.\dms$/);
    expect(lines.join('\n')).not.toContain('2015');
  });

  it('the typed client (hc<AppType> over app.request) reaches the routes', async () => {
    const client = testClient(app);
    const res = await client.api.economies[':iso3'].profile.$get({ param: { iso3: 'KOR' }, query: { year: 2010 } });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.economy.iso3).toBe('KOR');
  });
});
