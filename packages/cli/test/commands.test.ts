import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

describe('chanye profile', () => {
  it('reports CHN manufacturing value added 2019 at 28.77 % of GDP from UN SDG 9.2.1 (--format json)', async () => {
    const { code, stdout } = await runCli(['profile', 'CHN', '--format', 'json']);
    expect(code).toBe(0);
    const profile = JSON.parse(stdout) as {
      economy: { iso3: string; name_zh: string };
      income: { current: { group: string; fiscalYear: string } };
      sections: {
        items: { indicator: string; observation: { value: number; year: number; source: string } | null }[];
      }[];
    };
    const mva = profile.sections.flatMap((s) => s.items).find((i) => i.indicator === 'mva_share_gdp');
    expect(mva?.observation).toMatchObject({ value: 28.77, year: 2019 });
    expect(mva?.observation?.source).toContain('SDG 9.2.1');
    expect(profile.economy.name_zh).toBe('中国');
    expect(profile.income.current).toMatchObject({ group: 'UM', fiscalYear: 'FY26' });
  });

  it('prints one screen with each value, its year and numbered sources (table)', async () => {
    const { code, stdout } = await runCli(['profile', 'CHN']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Manufacturing value added.*28\.77.*2019 \[\d+\]/);
    expect(stdout).toMatch(/Income group: Upper middle income \(FY26, GNI 2024\)/);
    expect(stdout).toContain('Sources:');
    expect(stdout.split('\n').length).toBeLessThan(60);
  });

  it('speaks Chinese with --lang zh', async () => {
    const { stdout } = await runCli(['profile', 'CHN', '--lang', 'zh']);
    expect(stdout).toContain('经济体概况: 中国 CHN');
    expect(stdout).toContain('中等偏上收入');
  });

  it('shows the latest value in or before --year, under its own year', async () => {
    const { stdout } = await runCli(['profile', 'CHN', '--year', '2005', '--format', 'csv']);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toBe('iso3,year,indicator,value,unit,source,vintage,status,note');
    for (const line of lines.slice(1)) expect(Number(line.split(',')[1])).toBeLessThanOrEqual(2005);
  });

  it('rejects an unknown economy with exit 2 and a suggestion', async () => {
    const { code, stderr } = await runCli(['profile', 'CHM']);
    expect(code).toBe(2);
    expect(stderr).toContain("unknown economy 'CHM' — did you mean CHN");
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});

describe('chanye query', () => {
  it('gives the IIE-CASS Table 1 medium/high-tech shares for Japan and Spain in 1990 as tidy CSV', async () => {
    const { code, stdout } = await runCli([
      'query',
      '--indicator',
      'mht_share_mva',
      '--economies',
      'JPN,ESP',
      '--years',
      '1990:1990',
      '--format',
      'csv',
    ]);
    expect(code).toBe(0);
    const [header, ...rows] = stdout.trim().split('\n');
    expect(header).toBe('iso3,year,indicator,value,unit,source,vintage,status,note');
    const values = Object.fromEntries(rows.map((r) => r.split(',')).map((c) => [c[0], Number(c[3]).toFixed(2)]));
    expect(values).toEqual({ ESP: '35.87', JPN: '50.87' });
  });

  it('names the latest year with data when the years asked have none (exit 3)', async () => {
    const { code, stderr } = await runCli([
      'query',
      '--indicator',
      'mva_share_gdp',
      '--economies',
      'CHN',
      '--years',
      '2021:2022',
    ]);
    expect(code).toBe(3);
    expect(stderr).toContain('no data for mva_share_gdp in 2021:2022');
    expect(stderr).toContain('CHN: latest year with data is 2019');
  });

  it('rejects an unknown indicator with a suggestion (exit 2)', async () => {
    const { code, stderr } = await runCli(['query', '--indicator', 'mva_share']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/unknown indicator 'mva_share' — did you mean mva_share_/);
  });

  it.each([
    [['--format', 'xml'], /invalid --format: xml/],
    [['--years', '1990-2000'], /invalid --years: 1990-2000/],
  ])('rejects bad option values %j with exit 2', async (extra, message) => {
    const { code, stderr } = await runCli(['query', '--indicator', 'mva_share_gdp', ...extra]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it('writes --out atomically and prints nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chanye-out-'));
    try {
      const file = join(dir, 'sub', 'mva.json');
      const { code, stdout } = await runCli([
        'query',
        '--indicator',
        'mva_share_gdp',
        '--economies',
        'CHN',
        '--years',
        '2019',
        '--format',
        'json',
        '--out',
        file,
      ]);
      expect(code).toBe(0);
      expect(stdout).toBe('');
      const [row] = JSON.parse(readFileSync(file, 'utf8')) as { value: number; vintage: string }[];
      expect(row).toMatchObject({ value: 28.77 });
      expect(row?.vintage).toContain('SDG');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('chanye economies and indicators', () => {
  it('lists economies without aggregates by default', async () => {
    const { stdout } = await runCli(['economies', '--format', 'csv']);
    expect(stdout).toContain('CHN,China,中国');
    expect(stdout).not.toContain('\nWLD,');
    expect((await runCli(['economies', '--aggregates', '--format', 'csv'])).stdout).toContain('\nWLD,');
  });

  it('filters the catalogue by pillar and by text, and rejects an unknown pillar', async () => {
    const green = await runCli(['indicators', '--pillar', 'green', '--format', 'csv']);
    expect(green.stdout).toContain('co2_per_mva');
    expect(green.stdout).not.toContain('rd_share_gdp');
    expect((await runCli(['indicators', '--search', '研发', '--format', 'csv'])).stdout).toContain('rd_share_gdp');
    const bad = await runCli(['indicators', '--pillar', 'shiny']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('invalid --pillar: shiny');
  });

  it('documents exit codes in --help', async () => {
    const { code, stdout } = await runCli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Exit codes:');
  });
});
