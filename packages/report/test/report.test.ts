import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import { chartTable, fanChart, type NetworkChartSpec } from '@chanye/charts';
import { FORECAST_COMBINATION } from '@chanye/compute';
import {
  buildReport,
  cliNumber,
  formatCell,
  LABELS,
  renderHtml,
  renderMarkdown,
  REPORT_DEFAULTS,
  SECTION_IDS,
  SECTION_TITLES,
  storedProductSpaceLayout,
  type Lang,
  type Report,
  type ReportTable,
} from '@chanye/report';
import { SCENARIO_TEXT } from '../src/sections/scenario-text.js';
import { INPUT_OUTPUT_TEXT } from '../src/sections/input-output-text.js';
import { Store } from '@chanye/store';
import {
  loadForecastRecord,
  runComplexity,
  simulateEconomy,
  simulationJson,
  type IoGvc,
  type IoIntegration,
  type IoLinkageRow,
  type IoSecurity,
  type ScoreRow,
} from '@chanye/engine';
import { runCli } from '../../cli/test/run-cli.js';
import { checkHtml } from './html-check.js';

const repoRoot = resolve(import.meta.dirname, '..', '..', '..');
const CHROMIUM = process.env['CHANYE_CHROMIUM'] ?? '/usr/bin/chromium';
let store: Store;
const reports = {} as Record<Lang, Report>;
const html = {} as Record<Lang, string>;
const markdown = {} as Record<Lang, string>;
const progress: { step: number; total: number; label: string }[] = [];

beforeAll(async () => {
  store = await Store.open({ userDbPath: join(repoRoot, '.no-user-db-in-tests.duckdb') });
  for (const lang of ['en', 'zh'] as const) {
    reports[lang] = await buildReport(store, {
      iso3: 'chn',
      lang,
      ...(lang === 'en' ? { onProgress: (p: { step: number; total: number; label: string }) => progress.push(p) } : {}),
    });
    html[lang] = renderHtml(reports[lang]);
    markdown[lang] = renderMarkdown(reports[lang]);
  }
}, 120_000);

afterAll(() => store?.close());

const section = (lang: Lang, id: string) => reports[lang].sections.find((s) => s.id === id);
const tableById = (lang: Lang, id: string): ReportTable => {
  for (const s of reports[lang].sections) {
    const found = [...s.tables, ...s.figures.map((f) => f.table)].find((t) => t.id === id);
    if (found) return found;
  }
  throw new Error(`no table ${id}`);
};

describe('buildReport(store, { iso3: CHN })', () => {
  it.each(['en', 'zh'] as const)('has every section, in order, in %s', (lang) => {
    const report = reports[lang];
    expect(report.sections.map((s) => s.id)).toEqual([...SECTION_IDS]);
    expect(report.iso3).toBe('CHN');
    SECTION_IDS.forEach((id, i) => {
      const title = SECTION_TITLES[id][lang];
      expect(report.sections[i]?.title).toBe(title);
      expect(html[lang]).toContain(`<section id="${id}">\n<h2>${i + 1}. ${title.replace(/&/g, '&amp;')}</h2>`);
      expect(markdown[lang]).toContain(`## ${i + 1}. ${title}`);
    });
  });

  it.each([
    ['en', /secondary sources/],
    ['zh', /二手资料/],
  ] as const)('says in %s that the stage thresholds and weights come from secondary sources', (lang, words) => {
    // Their primary source could not be read: catalog/published/industrialization-stage.yaml
    // marks them unverified, and a reader of the stage must be told.
    const stage = reports[lang].sections.find((s) => s.id === 'stage')!;
    expect(stage.paragraphs.join(' ')).toMatch(words);
    expect(html[lang]).toMatch(words);
  });

  it('writes Chinese text in the zh report and names the economy in Chinese', () => {
    expect(reports.zh.title).toContain('中国');
    expect(html.zh).toContain('<html lang="zh-CN">');
    expect(html.zh).toContain('主要结论');
    expect(section('zh', 'summary')?.findings.some((f) => /[\u4e00-\u9fff]/.test(f.statement))).toBe(true);
  });

  it('reports progress as the concurrent steps finish, steps counting up, writing last', () => {
    expect(progress[0]).toEqual({ step: 0, total: 11, label: 'profile and income history' });
    expect(progress.map((p) => p.step)).toEqual(progress.map((_, k) => k));
    expect(progress).toHaveLength(11);
    expect(progress.at(-1)).toEqual({ step: 10, total: 11, label: 'writing the report' });
  });

  it('has no findings without a reference, and cites every evidence source', () => {
    for (const s of reports.en.sections)
      for (const f of s.findings) {
        expect(f.reference.length).toBeGreaterThan(10);
        for (const e of f.evidence) expect(reports.en.sources.series[e.source - 1]).toBeDefined();
      }
    expect(reports.en.references.length).toBeGreaterThan(5);
  });

  it('gives every chart its data table and source line', () => {
    const figures = reports.en.sections.flatMap((s) => s.figures);
    expect(figures.length).toBeGreaterThanOrEqual(8);
    for (const f of figures) {
      expect(f.spec.source.startsWith('Source: ')).toBe(true);
      expect(f.table.source.startsWith('Source: ')).toBe(true);
      expect(f.table.rows.length).toBe(chartTable(f.spec).rows.length);
      expect(html.en).toContain(`<title id="${f.spec.id}-title">`);
      expect(html.en).toContain(`<table id="${f.spec.id}-data">`);
    }
  });

  it.each([
    ['en', ['World Input-Output Database, 2013 release', 'Timmer et al. 2015', '2011']],
    ['zh', ['世界投入产出数据库（WIOD）2013年版', 'Timmer等，2015', '2011年表']],
  ] as const)('gives every input-output table and chart its WIOD source line (%s)', (lang, parts) => {
    const io = section(lang, 'input-output');
    const tables = [...(io?.tables ?? []), ...(io?.figures ?? []).map((f) => f.table)];
    expect(tables.map((t) => t.id).sort()).toEqual([
      'io-arrays-data',
      'io-chokepoints',
      'io-gvc',
      'io-gvc-sectors-data',
      'io-key-sectors',
      'io-linkages-data',
      'io-servitization',
    ]);
    for (const t of tables) for (const part of parts) expect(t.source, t.id).toContain(part);
    for (const f of io?.figures ?? []) for (const part of parts) expect(f.spec.source).toContain(part);
  });

  // Sector codes (c1 … c35) are for machines: in the input-output section they may stand only
  // in the code columns of its tables and on hover in its charts, never where people read.
  it.each(['en', 'zh'] as const)(
    'names sectors in the input-output section: no sector code in its prose (%s)',
    (lang) => {
      const io = section(lang, 'input-output')!;
      const codeLabel = INPUT_OUTPUT_TEXT[lang].code;
      const tables = [...io.tables, ...io.figures.map((f) => f.table)];
      const prose = [
        io.title,
        ...io.paragraphs,
        ...tables.flatMap((t) => [t.caption, t.note ?? '', ...t.columns.map((c) => c.label)]),
        ...io.figures.flatMap((f) => [f.spec.title, f.spec.description]),
        // Every cell but those of the code columns.
        ...tables.flatMap((t) =>
          t.rows.flatMap((row) =>
            row.filter((_, i) => t.columns[i]?.label !== codeLabel).map((cell) => String(cell ?? '')),
          ),
        ),
      ];
      for (const text of prose) expect(text).not.toMatch(/\bc\d{1,2}\b/);
      // The codes are still there, in their own column.
      const key = io.tables.find((t) => t.id === 'io-key-sectors')!;
      const code = key.columns.findIndex((c) => c.label === codeLabel);
      expect(key.rows.every((row) => /^c\d{1,2}$/.test(String(row[code])))).toBe(true);
    },
  );

  it('uses the standard Chinese terms 影响力系数 and 感应度系数 for the linkages', () => {
    const io = section('zh', 'input-output')!;
    const key = io.tables.find((t) => t.id === 'io-key-sectors')!;
    expect(key.columns.map((c) => c.label)).toEqual(['部门', '代码', '影响力系数', '感应度系数']);
    expect(io.figures.find((f) => f.spec.id === 'io-linkages')!.spec.title).toContain('影响力系数与感应度系数');
  });

  it('lists as key exactly the sectors with both indices above 1, and classes no sector without output', () => {
    const io = section('en', 'input-output')!;
    const linkages = io.figures.find((f) => f.spec.id === 'io-linkages')!.table;
    const aboveOne = linkages.rows.filter((row) => (row[1] as number) > 1 && (row[2] as number) > 1);
    const key = io.tables.find((t) => t.id === 'io-key-sectors')!;
    expect(key.rows.map((row) => row[0])).toEqual(aboveOne.map((row) => row[0]));
    // CHN 2011 has two sectors without output, named in the note and left out of chart and class.
    expect(key.note).toMatch(/Without gross output in the table, and so without a class: Motor vehicle trade/);
    expect(linkages.rows.map((row) => row[0])).not.toContain('Private households with employed persons');
  });

  it('states the command, draws and seed of the outlook, which starts from the latest observed year', () => {
    const text = section('en', 'scenario')?.paragraphs.join('\n') ?? '';
    expect(text).toContain('--scenario baseline --draws 500 --seed 1');
    expect(text).toMatch(/starts in 202[3-9], the latest observed year/);
    expect(text).toContain('The World Bank has classified China for 2019-2024: not high income in 2024.');
    expect(section('zh', 'scenario')?.paragraphs.join('\n')).toContain('世界银行已公布中国在2019至2024年的收入分组');
    expect(reports.en.settings.simulation).toEqual({ scenario: 'baseline', to: 2035, draws: 500, seed: 1 });
  });

  it('cites the recorded back-test of the default forecast (docs/methods/simulation.md, all three cut-offs)', () => {
    const record = loadForecastRecord(store.catalogDir);
    const pooled = record.test.overall.pooled;
    const doc = readFileSync(join(repoRoot, 'docs/methods/simulation.md'), 'utf8');
    const row = doc.split('\n').find((l) => /^\| 2000-2010 +\| all three +\| default /.test(l)) as string;
    // | cut-off | held out | method | points | RMSE | …
    expect(row.split('|').map((c) => c.trim())[5]).toBe(pooled.model.rmse.toFixed(3));
    const text = section('en', 'scenario')?.paragraphs.at(-1) ?? '';
    expect(text).toContain(
      `RMSE of ln GDP per capita is ${pooled.model.rmse.toFixed(3)} against ${pooled.median.rmse.toFixed(3)} for the best simple benchmark (the cross-country median growth)`,
    );
    expect(text).toContain(`${record.test.cutoffs.map((c) => c.forecast).join('/')} economies`);
    // The methods note states the combination's weights the forecaster uses.
    const w = FORECAST_COMBINATION.regressionWeight;
    expect(LABELS.en.reportMethods.join(' ')).toContain(`combined (weights ${w} and ${Number((1 - w).toFixed(2))})`);
    expect(LABELS.zh.reportMethods.join(' ')).toContain(`按${w}和${Number((1 - w).toFixed(2))}的权重组合`);
  });

  it('is the same report when the input-output analyses run in a worker thread (the compiled package)', async () => {
    // Under vitest @chanye/report is its TypeScript source, which runs the step in this thread;
    // the compiled package (npm test builds it first) runs it in dist/io-worker.js.
    const compiled = (await import('../dist/index.js')) as typeof import('@chanye/report');
    expect(await compiled.buildReport(store, { iso3: 'CHN', lang: 'en' })).toEqual(reports.en);
  }, 60_000);

  it('draws the product space on the fixed map: one node per product, its backbone among them, RCA ≥ 1 highlighted', async () => {
    const figure = section('en', 'complexity')?.figures.find((f) => f.spec.id === 'complexity-product-space');
    const spec = figure?.spec as NetworkChartSpec;
    const run = await runComplexity(store, { source: { dataset: 'trade-2017' }, atlasFilter: true });
    const y = run.years[0]!;
    const i = y.locations.indexOf('CHN');
    expect(spec.nodes.map((n) => n.id)).toEqual(y.products);
    expect(spec.nodes.filter((n) => n.highlight)).toHaveLength(y.diversity[i]!);
    // The fixed map (catalog/results/product-space-layout.json): its long-run backbone among
    // the year's products, each link at least the threshold unless it is in the spanning tree.
    const layout = storedProductSpaceLayout(store.catalogDir)!;
    const index = new Map(y.products.map((p, j) => [p, j]));
    const stored = layout.links.filter(([a, b]) => index.has(a) && index.has(b));
    const tree = stored.filter((l) => l[3] === 1).map(([a, b]) => [index.get(a), index.get(b)]);
    expect(tree.length).toBeGreaterThan(1000);
    expect(spec.links.filter((l) => l.backbone).map((l) => [l.source, l.target])).toEqual(tree);
    expect(stored.filter((l) => l[3] === 0).every((l) => l[2] >= layout.threshold)).toBe(true);
    expect(spec.links.filter((l) => !l.backbone)).toHaveLength(stored.filter((l) => l[3] === 0).length);
    // Positions are the stored ones.
    const k = layout.products.indexOf('8542');
    const node = spec.nodes.find((n) => n.id === '8542')!;
    expect([node.x, node.y]).toEqual([layout.x[k], layout.y[k]]);
    // In the HTML (the wide drawing; the phone's is the same network): every backbone link a segment, every product a node.
    const from = html.en.slice(html.en.indexOf('<figure id="complexity-product-space">'));
    const svg = from.slice(0, from.indexOf('<div class="chart-narrow">'));
    const drawn = /data-backbone="true" d="([^"]+)"/.exec(svg)?.[1] ?? '';
    expect(drawn.split('M').length - 1).toBe(tree.length);
    expect(svg.match(/<circle data-id=/g)).toHaveLength(y.products.length);
    // The data table sums the nodes by HS section.
    expect(figure?.table.rows.reduce((n, r) => n + (r[1] as number), 0)).toBe(y.products.length);
    expect(figure?.table.rows.reduce((n, r) => n + (r[2] as number), 0)).toBe(y.diversity[i]);
    expect(section('en', 'complexity')?.paragraphs.join(' ')).toContain('φ ≥ 0.55');
    expect(section('zh', 'complexity')?.figures.map((f) => f.spec.title)).toContain(LABELS.zh.productSpaceChart);
  }, 60_000);

  it('draws its fan chart as fanChart does, with the observed history before it', async () => {
    const { scenario, to, draws, seed } = reports.en.settings.simulation;
    const sim = simulationJson(await simulateEconomy(store, { iso3: 'CHN', to, scenario, draws, seed })) as unknown as {
      forecast: {
        origin: number;
        fan: { year: number; quantiles: number[] }[];
        history: { year: number; gdpPerCapita: number }[];
      };
    };
    const fc = sim.forecast;
    const drawn = section('en', 'scenario')?.figures[0]?.spec;
    const t = LABELS.en;
    const s = SCENARIO_TEXT.en;
    const history = fc.history.filter((h) => h.year >= fc.origin - 15);
    expect(
      fanChart({
        id: 'scenario-fan',
        title: s.fanTitle(to),
        description: s.fanDesc(t.gdpUnit),
        source: drawn?.source ?? '',
        key: t.year,
        digits: 0,
        y: { label: t.gdpUnit, min: 0 },
        names: { outer: t.interval95, inner: t.interval80, median: t.median },
        bandLabels: [t.lower, t.upper],
        years: fc.fan.map((y) => y.year),
        quantile: (level, k) => fc.fan[k]?.quantiles[[0.025, 0.1, 0.5, 0.9, 0.975].indexOf(level)] ?? null,
        history: { name: s.observed, years: history.map((h) => h.year), values: history.map((h) => h.gdpPerCapita) },
      }),
    ).toEqual(drawn);
  }, 60_000);

  it('rejects an unknown economy with a not-found error', async () => {
    await expect(buildReport(store, { iso3: 'XXX', lang: 'en' })).rejects.toMatchObject({ kind: 'not-found' });
  });
});

describe('buildReport(store, { iso3: THA }): an economy outside WIOD 2013', () => {
  const tha = {} as Record<Lang, Report>;
  beforeAll(async () => {
    for (const lang of ['en', 'zh'] as const) tha[lang] = await buildReport(store, { iso3: 'THA', lang });
  }, 120_000);

  it.each([
    ['en', 'Thailand is not in the World Input-Output Database', 'key sectors'],
    ['zh', '泰国不在世界投入产出数据库', '关键部门'],
  ] as const)('says so, and lists what the section would show (%s)', (lang, absent, shown) => {
    const io = tha[lang].sections.find((s) => s.id === 'input-output');
    expect(io?.paragraphs[0]).toContain(absent);
    expect(io?.paragraphs[0]).toContain('CHN, CYP');
    expect(io?.paragraphs[1]).toContain(shown);
    expect(io?.tables).toEqual([]);
    expect(io?.figures).toEqual([]);
  });

  it('still has the scenario section with its fan chart', () => {
    const scenario = tha.en.sections.find((s) => s.id === 'scenario');
    expect(scenario?.figures.map((f) => f.spec.id)).toEqual(['scenario-fan']);
    expect(checkHtml(renderHtml(tha.en))).toEqual([]);
  });
});

describe('renderHtml(report)', () => {
  it.each(['en', 'zh'] as const)('is well-formed, self-contained HTML5 (%s)', (lang) => {
    expect(checkHtml(html[lang])).toEqual([]);
    expect(html[lang]).toMatch(/font-family: [^;]*'Noto Sans CJK SC'[^;]*'Microsoft YaHei'/);
    expect(html[lang]).not.toMatch(/<script|<link|@font-face|src=/);
  });
});

describe('renderMarkdown(report)', () => {
  it.each(['en', 'zh'] as const)('holds the same tables as the HTML (%s)', (lang) => {
    const tables = reports[lang].sections.flatMap((s) => [...s.figures.map((f) => f.table), ...s.tables]);
    for (const table of tables) {
      // Markdown escapes "<" (no raw HTML from a label), so the text shows it as "\<".
      const escaped = (text: string): string => text.replace(/</g, '\\<');
      expect(markdown[lang]).toContain(escaped(table.caption));
      for (const row of table.rows) {
        const cells = row.map((v, i) => escaped(formatCell(v, table.columns[i]?.digits)).replace(/\|/g, '\\|'));
        expect(markdown[lang]).toContain(`| ${cells.join(' | ')} |`);
      }
    }
  });

  it('writes HTML in a label or paragraph as text, never as markup', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const report = reports.en;
    const tampered = {
      ...report,
      sections: report.sections.map((s, i) => (i === 1 ? { ...s, paragraphs: [...s.paragraphs, hostile] } : s)),
    };
    const out = renderMarkdown(tampered);
    expect(out).toContain('\\<img src=x onerror=alert(1)>');
    expect(out).not.toMatch(/(^|[^\\])<img/);
  });
});

describe('the report’s numbers are the CLI’s', () => {
  const json = async (args: string[]): Promise<unknown> => {
    const result = await runCli(args);
    expect(result.code, result.stderr).toBe(0);
    return JSON.parse(result.stdout);
  };

  it.each([
    ['characteristics', 'characteristics-scores'],
    ['four-systems', 'four-systems-scores'],
  ])('scores, ranks and rank intervals equal `chanye score CHN --framework %s`', async (framework, tableId) => {
    const { draws, seed } = reports.en.settings.sensitivity;
    const cli = (await json([
      'score',
      'CHN',
      '--framework',
      framework,
      '--year',
      String(reports.en.settings.year),
      '--sensitivity',
      String(draws),
      '--seed',
      String(seed),
      '--format',
      'json',
    ])) as { rows: ScoreRow[] };
    const table = tableById('en', tableId);
    expect(table.rows.length).toBe(cli.rows.length);
    const overall = cli.rows.find((r) => r.subsystem === 'overall') as ScoreRow;
    const last = table.rows.at(-1) as readonly unknown[];
    expect(last.slice(1)).toEqual([
      overall.score,
      overall.rank,
      overall.units,
      overall.rank_median,
      overall.rank_p05,
      overall.rank_p95,
    ]);
    const pillars = cli.rows.filter((r) => r.subsystem !== 'overall');
    pillars.forEach((r, i) => expect(table.rows[i]?.slice(1, 4)).toEqual([r.score, r.rank, r.units]));
    expect(html.en).toContain(`>${formatCell(overall.score, 3)}<`);
  });

  it('the rank trajectory equals `chanye score CHN --year 2005 --sensitivity N`, as % of the economies ranked', async () => {
    const { draws, seed } = reports.en.settings.sensitivity;
    const cli = (await json([
      'score',
      'CHN',
      '--year',
      '2005',
      '--sensitivity',
      String(draws),
      '--seed',
      String(seed),
      '--format',
      'json',
    ])) as { rows: ScoreRow[] };
    const overall = cli.rows.find((r) => r.subsystem === 'overall') as ScoreRow;
    const row = tableById('en', 'characteristics-trajectory-data').rows.find((r) => r[0] === '2005');
    // Years rank different numbers of economies, so the chart puts rank / units × 100 on one axis.
    const pct = (rank: number | null): number => (100 * (rank as number)) / overall.units;
    expect(row).toEqual(['2005', pct(overall.rank), pct(overall.rank_p05), pct(overall.rank_p95)]);
  });

  it('findings equal `chanye diagnose CHN`', async () => {
    const cli = (await json(['diagnose', 'CHN', '--format', 'json'])) as {
      findings: { id: string; statement_en: string; evidence: { value: number }[] }[];
    }[];
    const shown = reports.en.sections.filter((s) => s.id !== 'summary').flatMap((s) => s.findings);
    const statements = new Map(shown.map((f) => [f.statement, f]));
    for (const d of cli)
      for (const f of d.findings) {
        const mine = statements.get(f.statement_en);
        expect(mine, f.statement_en).toBeDefined();
        expect(mine?.evidence.map((e) => e.value)).toEqual(f.evidence.map((e) => e.value));
      }
    expect(shown.length).toBe(cli.reduce((n, d) => n + d.findings.length, 0));
  });

  it.each([
    ['array', 'structure-arrays-data'],
    ['tech', 'structure-tech'],
  ])('export shares equal `chanye exports CHN --by %s`', async (by, tableId) => {
    const cli = (await json(['exports', 'CHN', '--by', by, '--format', 'json'])) as {
      year: number;
      classes: { share: number; measurable: boolean }[];
    };
    const table = tableById('en', tableId);
    const column = by === 'array' ? table.columns.findIndex((c) => c.label === String(cli.year)) : 1;
    expect(table.rows.map((r) => r[column])).toEqual(cli.classes.map((c) => (c.measurable ? c.share : null)));
  });

  it('New Four coordination equals `chanye coupling CHN`', async () => {
    const [from, to] = reports.en.settings.couplingYears;
    const cli = (await json(['coupling', 'CHN', '--years', `${from}:${to}`, '--format', 'json'])) as {
      year: number;
      result: { coordination: number } | null;
    }[];
    const table = tableById('en', 'stage-coupling-data');
    expect(table.rows.map((r) => [r[0], r[1]])).toEqual(
      cli.map((c) => [String(c.year), c.result?.coordination ?? null]),
    );
  });

  it('ECI equals `chanye complexity --dataset trade-2017 --atlas-filter`', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chanye-report-eci-'));
    try {
      const result = await runCli(['complexity', '--dataset', 'trade-2017', '--atlas-filter', '--out', dir]);
      expect(result.code, result.stderr).toBe(0);
      const lines = readFileSync(join(dir, 'economies.csv'), 'utf8').trim().split('\n');
      const header = (lines[0] as string).split(',');
      const rows = lines.slice(1).map((l) => l.split(','));
      const chn = rows.find((r) => r[header.indexOf('location')] === 'CHN') as string[];
      const eci = Number(chn[header.indexOf('eci')]);
      const summary = tableById('en', 'complexity-summary');
      expect(summary.rows[0]?.[1]).toBeCloseTo(eci, 12);
      const rank = 1 + rows.filter((r) => Number(r[header.indexOf('eci')]) > eci).length;
      expect(summary.rows[1]?.[1]).toBe(`${rank} / ${rows.length}`);
      expect(html.en).toContain(`>${cliNumber(eci)}<`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('income and key numbers equal `chanye profile CHN`', async () => {
    const cli = (await json(['profile', 'CHN', '--format', 'json'])) as {
      sections: {
        items: {
          indicator: string;
          observation: { value: number; year: number; status: string; breakYear?: number } | null;
        }[];
      }[];
    };
    const gdp = cli.sections.flatMap((s) => s.items).find((i) => i.indicator === 'gdp_per_capita_ppp');
    const key = tableById('en', 'summary-key-numbers');
    const row = key.rows.find((r) => String(r[0]).startsWith('GDP per capita'));
    expect(row?.[1]).toBe(gdp?.observation?.value);
    // The year, marked as the profile marks it when the value is spliced onto PWT.
    const o = gdp?.observation;
    expect(o?.status).toBe('spliced');
    expect(row?.[2]).toBe(`${o?.year} †`);
    expect(key.note).toContain(`level of ${o?.breakYear} carried forward`);
  });

  it('input-output numbers equal `chanye io linkages|gvc|security|integration --economy CHN --format json`', async () => {
    const io = ['--year', String(REPORT_DEFAULTS.io.year), '--economy', 'CHN', '--format', 'json'];
    const linkages = (await json(['io', 'linkages', ...io])) as { rows: IoLinkageRow[] };
    const gvc = (await json(['io', 'gvc', ...io])) as IoGvc;
    const security = (await json(['io', 'security', ...io])) as IoSecurity;
    const integration = (await json(['io', 'integration', ...io])) as IoIntegration;
    const pct = (v: number): number => v * 100;
    // Sectors with output only (JSON null for the NaN indices of the others).
    expect(tableById('en', 'io-linkages-data').rows).toEqual(
      linkages.rows.filter((r) => r.class !== null).map((r) => [r.sectorNameEn, r.backward, r.forward]),
    );
    expect(tableById('en', 'io-key-sectors').rows).toEqual(
      linkages.rows.filter((r) => r.class === 'key').map((r) => [r.sectorNameEn, r.sector, r.backward, r.forward]),
    );
    const e = gvc.economies[0] as IoGvc['economies'][number];
    expect(tableById('en', 'io-gvc').rows.map((r) => r[1])).toEqual([
      e.exports,
      pct(e.dva / e.exports),
      pct(e.fva / e.exports),
      pct(e.backward),
      pct(e.forward),
      pct(e.participation),
      pct(e.gvcTrade),
    ]);
    const largest = [...(gvc.sectors ?? [])].sort((a, b) => b.exports - a.exports).slice(0, 10);
    expect(tableById('en', 'io-gvc-sectors-data').rows).toEqual(
      largest.map((g) => [g.sectorNameEn, pct(g.backward), pct(g.forward)]),
    );
    expect(tableById('en', 'io-chokepoints').rows).toEqual(
      security.chokepoints
        .slice(0, REPORT_DEFAULTS.chokepoints.shown)
        .map((c, k) => [
          k + 1,
          c.regionNameEn,
          c.sectorNameEn,
          `${c.region} ${c.sector}`,
          c.requirement * 1000,
          pct(c.requirementShare),
          pct(c.worldExportShare),
          pct(c.importShare),
          c.score * 1000,
        ]),
    );
    const sv = integration.servitization;
    expect(tableById('en', 'io-servitization').rows).toEqual([
      [
        'Manufacturing',
        'c3-c16',
        pct(sv.servicesShare),
        pct(sv.domesticServicesShare),
        pct(sv.foreignServicesShare),
        null,
      ],
      ...sv.sectors.map((x) => [
        x.sectorNameEn,
        x.sector,
        pct(x.servicesShare),
        pct(x.domesticServicesShare),
        pct(x.foreignServicesShare),
        x.servicesValueAddedContent,
      ]),
    ]);
    const share = (v: number | null): number | null => (v === null ? null : pct(v));
    expect(tableById('en', 'io-arrays-data').rows).toEqual(
      integration.arrays.map((a) => [
        `${a.array} ${a.name_en}`,
        share(a.outputShare),
        share(a.valueAddedShare),
        share(a.exportsShare),
      ]),
    );
    const key = tableById('en', 'summary-key-numbers').rows.find((r) => String(r[0]).startsWith('GVC participation'));
    expect(key?.[1]).toBe(pct(e.participation));
  }, 60_000);

  it('the outlook equals `chanye simulate CHN --to 2035 --scenario baseline --draws 500 --seed 1 --format json`', async () => {
    const { scenario, to, draws, seed } = reports.en.settings.simulation;
    const cli = (await json([
      'simulate',
      'CHN',
      '--to',
      String(to),
      '--scenario',
      scenario,
      '--draws',
      String(draws),
      '--seed',
      String(seed),
      '--format',
      'json',
    ])) as {
      forecast: {
        assumptions: string[];
        crossing: {
          years: { year: number; probabilityAbove: number; probabilityCrossedBy: number; gniP50: number | null }[];
        };
      };
    };
    const years = cli.forecast.crossing.years;
    const crossing = tableById('en', 'scenario-crossing');
    for (const row of crossing.rows) {
      const c = years.find((x) => String(x.year) === row[0]);
      expect(row.slice(6)).toEqual([c?.probabilityAbove, c?.probabilityCrossedBy]);
    }
    expect(crossing.rows.map((r) => r[0])).toEqual(expect.arrayContaining(['2024', '2030', '2035']));
    const by = (year: number): string =>
      ((years.find((c) => c.year === year)?.probabilityCrossedBy ?? NaN) * 100).toFixed(1);
    expect(section('en', 'scenario')?.paragraphs[2]).toBe(
      `Probability that China’s Atlas GNI per capita has been above the high-income threshold: ${by(2030)} % by 2030, ${by(2035)} % by 2035 (share of the Monte Carlo paths).`,
    );
    expect(tableById('en', 'scenario-assumptions').rows.map((r) => r[1])).toEqual(cli.forecast.assumptions);
  }, 60_000);

  it('with --scenario, shows the scenario as a difference from the baseline with the evidence on each lever', async () => {
    const report = await buildReport(store, { iso3: 'CHN', lang: 'zh', scenario: 'new-industrialization' });
    const outlook = report.sections.find((s) => s.id === 'scenario');
    expect(outlook?.paragraphs.join('\n')).toContain(
      '“新型工业化（创新、数字、开放、绿色、再平衡）”情景：2035年人均GDP比基准',
    );
    const levers = outlook?.tables.find((t) => t.id === 'scenario-levers');
    // The verdicts are the recorded evidence's (catalog/results/forecast-backtest.json), in Chinese.
    const verdicts = loadForecastRecord(store.catalogDir).levers.map((l) => SCENARIO_TEXT.zh.verdicts[l.verdict]);
    expect(levers?.rows.map((r) => r[5])).toEqual(verdicts);
    expect(outlook?.figures[0]?.spec.kind === 'line' && outlook.figures[0].spec.series.length).toBe(5);
  }, 120_000);
});

describe.skipIf(!existsSync(CHROMIUM))('the key numbers as a reader sees them (Chromium)', () => {
  it('shows each year with its marks, in English and Chinese, on a desktop and a phone; screenshots kept', async () => {
    const artifacts = join(repoRoot, 'test-artifacts');
    mkdirSync(artifacts, { recursive: true });
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
    try {
      for (const lang of ['en', 'zh'] as const) {
        for (const width of [1280, 390]) {
          const page = await browser.newPage({ viewport: { width, height: 900 } });
          await page.setContent(html[lang], { waitUntil: 'load' });
          const table = page.locator('table#summary-key-numbers');
          const text = (await table.innerText()).replace(/\s+/g, ' ');
          expect(text).toMatch(/2024 †/);
          expect(text).toMatch(/2017 \*/);
          const note = await page
            .locator('table#summary-key-numbers + .table-note, .table-scroll:has(#summary-key-numbers) + .table-note')
            .first()
            .innerText();
          expect(note).toContain(lang === 'en' ? 'More than 3 years older than 2024' : '比本表最新年份2024年早3年以上');
          expect(note).toContain(lang === 'en' ? 'Spliced' : '衔接值');
          // Nothing of the page runs off the side of a phone.
          const overflow = (await page.evaluate(
            'document.documentElement.scrollWidth - document.documentElement.clientWidth',
          )) as number;
          expect(overflow, `${lang} ${width}`).toBeLessThanOrEqual(0);
          await table.screenshot({ path: join(artifacts, `report-key-numbers-CHN-${lang}-${width}.png`) });
          await page.close();
        }
      }
    } finally {
      await browser.close();
    }
  }, 60_000);

  it('draws every figure with text of at least 11 px as rendered, on a 1,400-px desktop and a 390-px phone; each figure kept', async () => {
    const artifacts = join(repoRoot, 'test-artifacts', 'report-figures');
    mkdirSync(artifacts, { recursive: true });
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
    try {
      for (const lang of ['en', 'zh'] as const) {
        for (const width of [1400, 390]) {
          const page = await browser.newPage({ viewport: { width, height: 900 } });
          await page.setContent(html[lang], { waitUntil: 'load' });
          // Size in CSS px on screen: the text's font size times the SVG's scale (getScreenCTM).
          const sizes = (await page.evaluate(`[...document.querySelectorAll('figure svg text')]
            .filter((t) => t.getClientRects().length > 0)
            .map((t) => parseFloat(getComputedStyle(t).fontSize) * t.ownerSVGElement.getScreenCTM().a)`)) as number[];
          expect(sizes.length, `${lang} ${width}`).toBeGreaterThan(200);
          expect(Math.min(...sizes), `${lang} ${width}`).toBeGreaterThanOrEqual(11 - 1e-6);
          const figures = page.locator('figure[id]');
          for (let k = 0; k < (await figures.count()); k++) {
            const f = figures.nth(k);
            await f.screenshot({ path: join(artifacts, `${await f.getAttribute('id')}-${lang}-${width}.png`) });
          }
          await page.close();
        }
      }
    } finally {
      await browser.close();
    }
  }, 120_000);
});
