import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { Store } from '@chanye/store';
import { loadIoModel } from '@chanye/engine';
import { startServer, type RunningServer } from '@chanye/server';

/**
 * The dashboard end to end: the real server in process on a free loopback port, Debian's
 * Chromium driven by playwright-core (no browser download). Screenshots go to
 * test-artifacts/ (git-ignored; CI keeps them as artifacts).
 */
const CHROMIUM = process.env['CHANYE_CHROMIUM'] ?? '/usr/bin/chromium';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const dist = join(root, 'packages', 'web', 'dist');
const artifacts = join(root, 'test-artifacts');

let store: Store;
let server: RunningServer;
let browser: Browser;
const problems: string[] = [];

/** A CSV line split into fields (RFC 4180 quotes). */
function splitCsv(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(field);
      field = '';
    } else field += ch;
  }
  out.push(field);
  return out;
}

async function open(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  return page;
}

async function ready(page: Page, key: string): Promise<void> {
  await page.waitForSelector(`main[data-state="ready"][data-key="${key}"]`, { timeout: 90_000 });
}

/** Data marks (points, bars) drawn in a view's charts. */
async function marks(page: Page, view: string): Promise<number> {
  return page
    .locator(`section[data-view="${view}"] figure svg circle, section[data-view="${view}"] figure svg rect title`)
    .count();
}

/** Downloads a view's CSV and checks every number against its table as shown. */
async function csvMatchesTable(page: Page, view: string): Promise<string[][]> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click(`section[data-view="${view}"] button[data-action="csv"]`),
  ]);
  const path = await download.path();
  const raw = readFileSync(path, 'utf8');
  // Chinese downloads start with a byte-order mark (for Excel), English ones do not.
  const lang = await page.locator('html').getAttribute('lang');
  expect(raw.startsWith('\ufeff'), `byte-order mark (${lang})`).toBe(lang === 'zh-CN');
  const lines = raw
    .replace(/^\ufeff/, '')
    .trimEnd()
    .split('\n')
    .map(splitCsv);
  const header = await page.locator(`table[data-table="${view}"] thead th`).allTextContents();
  expect(lines[0]).toEqual(header);
  const rows = page.locator(`table[data-table="${view}"] tbody tr`);
  const count = await rows.count();
  expect(count).toBeGreaterThan(0);
  expect(lines).toHaveLength(count + 1);
  let numbers = 0;
  for (let r = 0; r < count; r++) {
    const cells = rows.nth(r).locator('th, td');
    const shown = await cells.allTextContents();
    const values = await cells.evaluateAll((els) => els.map((el) => el.getAttribute('data-value')));
    const csv = lines[r + 1] as string[];
    expect(csv).toHaveLength(shown.length);
    shown.forEach((text, c) => {
      const field = csv[c] as string;
      const value = values[c];
      if (value === null || value === undefined) {
        expect(field === '' ? '–' : field).toBe(text);
        return;
      }
      numbers++;
      expect(Number(field)).toBe(Number(value));
      // The number shown is the CSV's, rounded to the decimals shown.
      const decimals = text.split('.')[1]?.length ?? 0;
      expect(Math.abs(Number(text.replace(/,/g, '')) - Number(field))).toBeLessThanOrEqual(
        0.5 * 10 ** -decimals + 1e-9,
      );
    });
  }
  expect(numbers).toBeGreaterThan(0);
  return lines;
}

describe.skipIf(!existsSync(CHROMIUM))('the dashboard in Chromium', () => {
  beforeAll(async () => {
    // Build the dashboard as `npm run build` does (tsc -b is incremental: quick when up to date).
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    execFileSync(process.execPath, [tsc, '-b', 'packages/web'], { cwd: root, stdio: 'inherit' });
    execFileSync(process.execPath, ['packages/web/build.mjs'], { cwd: root, stdio: 'inherit' });
    mkdirSync(artifacts, { recursive: true });
    store = await Store.open({ userDbPath: join(root, '.no-user-db-in-tests.duckdb') });
    server = await startServer({ store, port: 0, host: '127.0.0.1', log: false, dashboardDir: dist });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    store?.close();
  });

  it('loads, switches economy (CHN → BRA) and language (en → zh); charts, tables and CSV downloads agree', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    const page = await open(context);
    await page.goto(`${server.url}/`);
    await ready(page, 'CHN latest en');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('#economy').inputValue()).toBe('CHN');
    for (const view of ['scores', 'trajectories', 'arrays', 'income', 'productSpace', 'io']) {
      expect(await page.locator(`section[data-view="${view}"] figure svg`).count(), view).toBeGreaterThan(0);
      expect(await marks(page, view), view).toBeGreaterThan(2);
    }
    expect(await page.locator('section[data-view="scores"] svg title').first().textContent()).toContain('China');
    expect(await page.locator('table[data-table="overview"] tbody tr').count()).toBeGreaterThan(10);
    // The latest data by default: GDP per capita of the profile's newest year, spliced onto PWT,
    // as `GET /api/economies/CHN/profile` gives it; old values marked.
    const profile = (await (await fetch(`${server.url}/api/economies/CHN/profile`)).json()) as {
      newestYear: number;
      sections: { items: { indicator: string; observation: { year: number; breakYear?: number } | null }[] }[];
    };
    const income = profile.sections.flatMap((x) => x.items).find((i) => i.indicator === 'gdp_per_capita_ppp');
    const gdpRow = page.locator('table[data-table="overview"] tbody tr', { hasText: 'GDP per capita' }).first();
    expect(await gdpRow.textContent()).toContain(`spliced after ${income?.observation?.breakYear}`);
    expect(await gdpRow.textContent()).toContain(String(profile.newestYear));
    expect(
      await page.locator('table[data-table="overview"] tbody tr', { hasText: 'more than 3 years older than' }).count(),
    ).toBeGreaterThan(0);
    await page
      .locator('section[data-view="overview"]')
      .screenshot({ path: join(artifacts, 'dashboard-overview-CHN-en-1280.png') });
    const scores = await csvMatchesTable(page, 'scores');
    expect(scores.map((r) => r[0])).toContain('Overall');
    await csvMatchesTable(page, 'arrays');
    await csvMatchesTable(page, 'io');

    // Product space: one node per product of the API's network, the economy's RCA ≥ 1 products highlighted.
    const space = (await (
      await fetch(`${server.url}/api/complexity/product-space?dataset=trade-2017&atlasFilter=true`)
    ).json()) as { nodes: { product: string }[]; links: unknown[] };
    const cells = (await (
      await fetch(
        `${server.url}/api/complexity?dataset=trade-2017&table=economy-products&location=CHN&atlasFilter=true`,
      )
    ).json()) as { rows: { mcp: number }[] };
    const network = page.locator('section[data-view="productSpace"] figure[data-chart="product-space-network"] svg');
    expect(await network.locator('circle[data-id]').count()).toBe(space.nodes.length);
    expect(await network.locator('g[data-highlight="true"] circle').count()).toBe(
      cells.rows.filter((r) => r.mcp === 1).length,
    );
    expect(space.nodes.length).toBeGreaterThan(1000);
    // Hover labels tell PCI, RCA, density and COG; the search box rings the product typed.
    expect(await network.locator('circle[data-id="8542"] title').textContent()).toMatch(
      /^8542 .*\(Electronics\).*PCI .*, RCA .*, density .*, COG /,
    );
    await page.fill('input[data-search="product-space-network"]', '8542');
    await page.waitForSelector('figure[data-chart="product-space-network"] circle[data-found]');
    expect(await network.locator('circle[data-found]').count()).toBe(1);
    await page.fill('input[data-search="product-space-network"]', '');
    // Zoom: the buttons narrow the map's viewBox around its centre, and the whole map comes back.
    const figure = page.locator('figure[data-chart="product-space-network"]');
    const whole = await network.getAttribute('viewBox');
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    expect(await figure.getAttribute('data-zoom')).toBe('2.25');
    const [, , w] = ((await network.getAttribute('viewBox')) ?? '').split(' ').map(Number);
    const [, , W] = (whole ?? '').split(' ').map(Number);
    expect(w).toBeCloseTo((W as number) / 2.25, 0);
    await page.getByRole('button', { name: 'Whole map' }).click();
    expect(await network.getAttribute('viewBox')).toBe(whole);
    // The feasibility view: one point per product without presence that has a PCI.
    const feasibility = page.locator(
      'section[data-view="productSpace"] figure[data-chart="product-space-feasibility"] svg',
    );
    expect(await feasibility.locator('circle').count()).toBeGreaterThan(100);
    await page
      .locator('section[data-view="productSpace"]')
      .screenshot({ path: join(artifacts, 'dashboard-product-space-CHN-en-1280.png') });

    // Outlook: the default forecast with its history, a second series, the crossing probabilities, the CSV as shown.
    const scenario = 'section[data-view="scenario"]';
    await page.waitForSelector(`${scenario}[data-key="CHN baseline manufacturing_share_gdp en"]`);
    const simulation = (await (
      await fetch(`${server.url}/api/economies/CHN/simulation?scenario=baseline&to=2035&draws=500&seed=1`)
    ).json()) as {
      years: number[];
      forecast: {
        origin: number;
        fan: { year: number; quantiles: number[] }[];
        history: { year: number }[];
        crossing: { years: { year: number }[] };
      };
    };
    expect(simulation.years).toHaveLength(16);
    const fc = simulation.forecast;
    expect(fc.origin).toBeGreaterThanOrEqual(2023);
    const history = fc.history.filter((h) => h.year >= fc.origin - 15).length;
    const fan = page.locator(`${scenario} figure[data-chart="scenario-fan"] svg`);
    expect(await fan.locator('polygon').count()).toBe(2); // the 95 % and 80 % bands
    expect(await fan.locator('circle').count()).toBe(history + fc.fan.length); // observed years, then the median
    expect(await page.locator(`${scenario} figure[data-chart="scenario-fan-series"] svg polygon`).count()).toBe(2);
    expect(await page.locator(`${scenario} figure[data-chart="scenario-crossing"] svg circle`).count()).toBe(
      2 * fc.crossing.years.length,
    );
    const fanCsv = await csvMatchesTable(page, 'scenario');
    const tableYears = new Set([
      ...fc.crossing.years.map((c) => c.year),
      ...fc.fan.map((y) => y.year),
      ...simulation.years,
    ]);
    expect(fanCsv).toHaveLength(tableYears.size + 1);
    // The numbers shown are the API's: GDP per capita median and 95 % band in 2035.
    const last = fanCsv.at(-1) as string[];
    const q2035 = fc.fan.at(-1)?.quantiles as number[];
    expect(last[0]).toBe('2035');
    expect(Number(last[1])).toBe(q2035[2]);
    expect(Number(last[4])).toBe(q2035[0]);
    expect(Number(last[5])).toBe(q2035[4]);
    // Another scenario, picked from the keyboard: its median beside the baseline's.
    await page.focus('#scenario');
    const options = await page
      .locator('#scenario option')
      .evaluateAll((els) => els.map((e) => e.getAttribute('value')));
    expect(options).toContain('new-industrialization');
    await page.selectOption('#scenario', 'new-industrialization');
    await page.waitForSelector(`${scenario}[data-key="CHN new-industrialization manufacturing_share_gdp en"]`);
    expect(await fan.locator('circle').count()).toBe(history + 2 * fc.fan.length);
    const other = await csvMatchesTable(page, 'scenario');
    expect(other).not.toEqual(fanCsv);
    await page.locator(`${scenario}`).screenshot({ path: join(artifacts, 'dashboard-scenario-CHN-en-1280.png') });
    // Cite: a disclosure with the source and vintage, reachable from the keyboard.
    const cite = page.locator('section[data-view="overview"] button[data-action="cite"]');
    await cite.focus();
    await page.keyboard.press('Enter');
    expect(await cite.getAttribute('aria-expanded')).toBe('true');
    const citation = await page.locator('#cite-overview').textContent();
    expect(citation).toContain('Chanye contributors (2026)');
    expect(citation).toMatch(/Penn World Table 10\.01.*\(PWT 10\.01/);
    await page.screenshot({ path: join(artifacts, 'dashboard-CHN-en-1280.png'), fullPage: true });

    await page.selectOption('#economy', 'BRA');
    await ready(page, 'BRA latest en');
    expect(await page.locator('section[data-view="scores"] svg title').first().textContent()).toContain('Brazil');
    for (const view of ['scores', 'trajectories', 'arrays', 'income', 'productSpace', 'io']) {
      expect(await marks(page, view), view).toBeGreaterThan(2);
    }
    const bra = await csvMatchesTable(page, 'scores');
    expect(bra).not.toEqual(scores);

    await page.selectOption('#lang', 'zh');
    await ready(page, 'BRA latest zh');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.locator('#h-scores').textContent()).toBe('六大特征与排名区间');
    expect(await page.locator('#economy option:checked').textContent()).toContain('巴西');
    expect(await page.locator('section[data-view="scores"] svg title').first().textContent()).toContain('巴西');
    expect(await marks(page, 'arrays')).toBeGreaterThan(2);
    const zh = await csvMatchesTable(page, 'arrays');
    expect(zh[0]?.[0]).toBe('阵列');
    await csvMatchesTable(page, 'trajectories');
    expect(await page.locator('table[data-table="overview"]').textContent()).toContain('年后为衔接值');
    // Units and source lines in the Chinese report's words (GET /api/terms/zh), not English.
    const overviewZh = (await page.locator('table[data-table="overview"]').textContent()) ?? '';
    expect(overviewZh).toContain('占GDP的%');
    expect(overviewZh).not.toContain('% of GDP');
    await page
      .locator('section[data-view="overview"]')
      .screenshot({ path: join(artifacts, 'dashboard-overview-BRA-zh-1280.png') });
    await page.screenshot({ path: join(artifacts, 'dashboard-BRA-zh-1280.png'), fullPage: true });

    // An economy outside WIOD: the IO view says so, without a failed request.
    await page.selectOption('#economy', 'NGA');
    await ready(page, 'NGA latest zh');
    expect(await page.locator('section[data-view="io"] .not-covered').textContent()).toContain('未覆盖');
    expect(await marks(page, 'scores')).toBeGreaterThan(2);
    // No PWT labour share, so no structural run: the outlook is the default forecast alone.
    await page.waitForSelector('section[data-view="scenario"][data-key^="NGA new-industrialization "]');
    expect(await page.locator('section[data-view="scenario"] .not-covered').count()).toBe(0);
    expect(
      await page.locator('section[data-view="scenario"] figure[data-chart="scenario-fan"] svg polygon').count(),
    ).toBe(2);
    await page
      .locator('section[data-view="scenario"]')
      .screenshot({ path: join(artifacts, 'dashboard-scenario-NGA-zh-1280.png') });
    await context.close();
    expect(problems).toEqual([]);
  }, 240_000);

  it('fits a 390-px-wide phone without horizontal scrolling, and is usable from the keyboard', async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    const page = await open(context);
    await page.goto(`${server.url}/?economy=KOR&lang=en`);
    await ready(page, 'KOR latest en');
    const [scrollWidth, clientWidth] = (await page.evaluate(
      '[document.documentElement.scrollWidth, document.documentElement.clientWidth]',
    )) as [number, number];
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    const wide = (await page.evaluate(
      `[...document.querySelectorAll('section, header, nav, figure, .actions')].filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1).length`,
    )) as number;
    expect(wide).toBe(0);
    expect(await marks(page, 'scores')).toBeGreaterThan(2);
    await page.waitForSelector('section[data-view="scenario"][data-key^="KOR baseline "]');
    expect(await marks(page, 'scenario')).toBeGreaterThan(2);
    await page
      .locator('section[data-view="scenario"]')
      .screenshot({ path: join(artifacts, 'dashboard-scenario-KOR-390.png') });
    await page
      .locator('section[data-view="overview"]')
      .screenshot({ path: join(artifacts, 'dashboard-overview-KOR-en-390.png') });
    // The first Tab reaches the skip link, then the labelled controls.
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.id')).toBe('skip');
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.id')).toBe('economy');
    expect(await page.locator('label[for="economy"]').textContent()).toBe('Economy');
    await page.screenshot({ path: join(artifacts, 'dashboard-KOR-en-390.png'), fullPage: true });
    await context.close();
    expect(problems).toEqual([]);
  }, 120_000);

  it('draws every chart at its shown width: no text below 11 px at 1,400 and 390 px, the focal economy in a colour of its own; every view kept (en, zh)', async () => {
    const dir = join(artifacts, 'dashboard-views');
    mkdirSync(dir, { recursive: true });
    for (const width of [1400, 390]) {
      for (const lang of ['en', 'zh'] as const) {
        const context = await browser.newContext({ viewport: { width, height: 900 } });
        const page = await open(context);
        await page.goto(`${server.url}/?economy=CHN&lang=${lang}`);
        await ready(page, `CHN latest ${lang}`);
        await page.waitForSelector('section[data-view="scenario"][data-key^="CHN "]');
        // Size in CSS px on screen: the text's font size times the SVG's scale (getScreenCTM).
        const sizes = (await page.evaluate(`[...document.querySelectorAll('figure svg text')]
          .filter((t) => t.getClientRects().length > 0)
          .map((t) => parseFloat(getComputedStyle(t).fontSize) * t.ownerSVGElement.getScreenCTM().a)`)) as number[];
        expect(sizes.length, `${lang} ${width}`).toBeGreaterThan(100);
        expect(Math.min(...sizes), `${lang} ${width}`).toBeGreaterThanOrEqual(11 - 1e-6);
        // Trajectories: China and its comparators; China's colour is nobody else's.
        const series = page.locator('figure[data-chart="trajectory"] svg g.series');
        const colours = await series.evaluateAll((gs) =>
          gs.map((g) => ({ emphasis: g.getAttribute('data-emphasis'), colour: g.getAttribute('data-colour') })),
        );
        const focal = colours.filter((c) => c.emphasis === 'focal');
        expect(focal).toHaveLength(1);
        expect(colours.length).toBeGreaterThan(3);
        expect(colours.filter((c) => c.colour === focal[0]!.colour)).toHaveLength(1);
        for (const view of ['overview', 'scores', 'trajectories', 'arrays', 'income', 'productSpace', 'io', 'scenario'])
          await page
            .locator(`section[data-view="${view}"]`)
            .screenshot({ path: join(dir, `dashboard-${view}-CHN-${lang}-${width}.png`) });
        await context.close();
      }
    }
    expect(problems).toEqual([]);
  }, 240_000);

  it('asks the API for the lists it depends on: the WIOD economies and the peer groups of the catalogue', async () => {
    const io = await loadIoModel(store, { year: 2011 });
    const listed = (await (await fetch(`${server.url}/api/io/economies?year=2011`)).json()) as string[];
    expect([...listed].sort()).toEqual([...io.economies].sort());
    expect(listed).toHaveLength(40);
    const groups = (await (await fetch(`${server.url}/api/benchmark-groups`)).json()) as {
      id: string;
      members: string[];
    }[];
    expect(groups.map((g) => ({ id: g.id, members: g.members }))).toEqual(
      store.benchmarkGroups().map((g) => ({ id: g.id, members: [...g.members] })),
    );
  });
});
