import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

describe('chanye score', () => {
  it('ranks every economy with enough coverage and says why the others are missing (--all --year 2017 csv)', async () => {
    const { code, stdout } = await runCli([
      'score',
      '--all',
      '--year',
      '2017',
      '--framework',
      'characteristics',
      '--format',
      'csv',
    ]);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toBe(
      'iso3,year,framework,subsystem,score,rank,rank_median,rank_p05,rank_p95,units,ranked_among,imputed,note',
    );
    const overall = lines.slice(1).filter((l) => l.split(',')[3] === 'overall');
    const ranked = overall.filter((l) => l.split(',')[5] !== '');
    const missing = overall.filter((l) => l.split(',')[5] === '');
    expect(ranked.length).toBeGreaterThan(100);
    for (const l of missing) expect(l).toContain('not scored:');
    expect(ranked.some((l) => l.startsWith('CHN,2017,'))).toBe(true);
  });

  it('prints a trajectory with rank intervals for --years with --sensitivity', async () => {
    const { code, stdout } = await runCli([
      'score',
      'CHN',
      '--years',
      '2016:2017',
      '--sensitivity',
      '20',
      '--seed',
      '3',
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/year\s+iso3\s+rank\s+rank 5-95%/);
    expect(stdout).toMatch(/2016\s+CHN\s+\d+\s+\d+(\.\d+)?-\d+/);
    expect(stdout).toMatch(/2017\s+CHN/);
  });

  it('rejects unknown methods, frameworks and a missing economy list with exit 2', async () => {
    expect((await runCli(['score', 'CHN', '--method', 'magic'])).stderr).toContain('invalid --method: magic');
    expect((await runCli(['score', 'CHN', '--framework', 'five'])).code).toBe(2);
    const none = await runCli(['score']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--all');
  });
});

describe('chanye score --format json', () => {
  it('gives each indicator’s contribution, which sum to the subsystem score under arithmetic aggregation', async () => {
    const { stdout } = await runCli([
      'score',
      'CHN',
      '--year',
      '2017',
      '--method',
      'equal-arithmetic',
      '--format',
      'json',
    ]);
    const out = JSON.parse(stdout) as {
      rows: { subsystem: string; score: number | null }[];
      years: { contributions: { subsystem: string; contribution: number; weight: number }[] }[];
    };
    const contributions = out.years[0]?.contributions ?? [];
    for (const row of out.rows.filter((r) => r.subsystem !== 'overall' && r.score !== null)) {
      const parts = contributions.filter((c) => c.subsystem === row.subsystem);
      expect(parts.length).toBeGreaterThan(0);
      expect(parts.reduce((t, c) => t + c.contribution, 0)).toBeCloseTo(row.score as number, 12);
      expect(parts.reduce((t, c) => t + c.weight, 0)).toBeCloseTo(1, 12);
    }
  });
});

describe('chanye coupling', () => {
  it('prints C, T, D and the band per year for the New Four Modernizations', async () => {
    const { code, stdout } = await runCli([
      'coupling',
      'CHN',
      '--framework',
      'new-four',
      '--years',
      '2015:2017',
      '--format',
      'csv',
    ]);
    expect(code).toBe(0);
    const [header, ...rows] = stdout.trim().split('\n');
    expect(header).toContain('U_industrialization');
    expect(header).toContain(',C,T,D,band_level,band,band_zh,note');
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      const cells = row.split(',');
      const d = Number(cells[cells.length - 5]);
      expect(d).toBeGreaterThan(0);
      expect(d).toBeLessThanOrEqual(1);
    }
  });
});
