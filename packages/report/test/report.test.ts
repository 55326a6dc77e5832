import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartTable } from '@chanye/charts';
import {
  buildReport,
  cliNumber,
  formatCell,
  renderHtml,
  renderMarkdown,
  SECTION_IDS,
  SECTION_TITLES,
  type Lang,
  type Report,
  type ReportTable,
} from '@chanye/report';
import { Store, type ScoreRow } from '@chanye/store';
import { runCli } from '../../cli/test/run-cli.js';
import { checkHtml } from './html-check.js';

const repoRoot = resolve(import.meta.dirname, '..', '..', '..');
let store: Store;
const reports = {} as Record<Lang, Report>;
const html = {} as Record<Lang, string>;
const markdown = {} as Record<Lang, string>;
const progress: string[] = [];

beforeAll(async () => {
  store = await Store.open({ userDbPath: join(repoRoot, '.no-user-db-in-tests.duckdb') });
  for (const lang of ['en', 'zh'] as const) {
    reports[lang] = await buildReport(store, {
      iso3: 'chn',
      lang,
      ...(lang === 'en' ? { onProgress: (p: { label: string }) => progress.push(p.label) } : {}),
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

  it('writes Chinese text in the zh report and names the economy in Chinese', () => {
    expect(reports.zh.title).toContain('中国');
    expect(html.zh).toContain('<html lang="zh-CN">');
    expect(html.zh).toContain('主要结论');
    expect(section('zh', 'summary')?.findings.some((f) => /[\u4e00-\u9fff]/.test(f.statement))).toBe(true);
  });

  it('reports progress step by step', () => {
    expect(progress[0]).toBe('profile and income history');
    expect(progress).toContain('economic complexity');
    expect(progress.at(-1)).toBe('writing the report');
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

  it('says input-output linkages are not yet available', () => {
    expect(section('en', 'input-output')?.paragraphs[0]).toMatch(/^Not yet available/);
    expect(section('zh', 'input-output')?.paragraphs[0]).toMatch(/^本版本尚未提供/);
  });

  it('rejects an unknown economy with a not-found error', async () => {
    await expect(buildReport(store, { iso3: 'XXX', lang: 'en' })).rejects.toMatchObject({ kind: 'not-found' });
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
      expect(markdown[lang]).toContain(table.caption);
      for (const row of table.rows) {
        const cells = row.map((v, i) => formatCell(v, table.columns[i]?.digits).replace(/\|/g, '\\|'));
        expect(markdown[lang]).toContain(`| ${cells.join(' | ')} |`);
      }
    }
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

  it('the rank trajectory equals `chanye score CHN --year 2005 --sensitivity N`', async () => {
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
    expect(row).toEqual(['2005', overall.rank, overall.rank_p05, overall.rank_p95]);
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
      sections: { items: { indicator: string; observation: { value: number; year: number } | null }[] }[];
    };
    const gdp = cli.sections.flatMap((s) => s.items).find((i) => i.indicator === 'gdp_per_capita_ppp');
    const key = tableById('en', 'summary-key-numbers');
    const row = key.rows.find((r) => String(r[0]).startsWith('GDP per capita'));
    expect(row?.[1]).toBe(gdp?.observation?.value);
    expect(row?.[2]).toBe(String(gdp?.observation?.year));
  });
});
