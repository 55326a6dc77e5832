import { describe, expect, it } from 'vitest';
import { EXPLAIN_COLUMNS, VALIDITY_COLUMNS } from '@chanye/engine';
import { runCli } from './run-cli.js';

describe('chanye score ISO3 --explain', () => {
  it('prints one table of the pillars’ indicators and the neighbours in rank', async () => {
    const { code, stdout } = await runCli(['score', 'CHN', '--explain', '--year', '2017']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^China \(CHN\), characteristics, 2017: overall 0\.\d{3}, rank \d+ of \d+/);
    expect(stdout).toMatch(
      /subsystem\s+score\s+rank\s+indicator\s+value\s+year\s+normalized\s+weight\s+contribution\s+shortfall/,
    );
    expect(stdout).toMatch(/complete\s+0\.\d{3}\s+\d+\/\d+\s+mva_share_gdp/);
    expect(stdout).toContain('Closest in the overall ranking:');
    expect(stdout).toMatch(/\d+\s+CHN\s+China/);
  });

  it('gives the tidy rows as CSV, and drops the shortfall column outside TOPSIS in the table', async () => {
    const csv = await runCli(['score', 'DEU', '--explain', '--year', '2017', '--format', 'csv']);
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\n')[0]).toBe(EXPLAIN_COLUMNS.join(','));
    const table = await runCli(['score', 'DEU', '--explain', '--year', '2017', '--method', 'equal-arithmetic']);
    expect(table.stdout).not.toContain('shortfall');
    expect(table.stdout).toContain('add up to the subsystem score');
  });

  it('exits 3 with the reason when the economy is not scored that year', async () => {
    // Monaco lacks most indicators in 2017 (scored economies need two thirds of each pillar).
    const { code, stderr } = await runCli(['score', 'MCO', '--explain', '--year', '2017']);
    expect(code).toBe(3);
    expect(stderr).toMatch(/MCO is not scored on characteristics in 2017: \w+: \d+ of \d+ indicators \(needs \d+\)/);
  });

  it('rejects an unknown economy, several economies, --years and --sensitivity with exit 2', async () => {
    const unknown = await runCli(['score', 'XXX', '--explain', '--year', '2017']);
    expect(unknown.code).toBe(2);
    const two = await runCli(['score', 'CHN', 'USA', '--explain']);
    expect(two.code).toBe(2);
    expect(two.stderr).toContain('--explain needs exactly one economy');
    expect((await runCli(['score', 'CHN', '--explain', '--years', '2016:2017'])).code).toBe(2);
    expect((await runCli(['score', 'CHN', '--explain', '--sensitivity', '10'])).code).toBe(2);
  });
});

describe('chanye score --validity', () => {
  it('prints ρ with the 2017 ECI and the top-20 check, and the same numbers as CSV', async () => {
    const table = await runCli(['score', '--validity', '--year', '2017']);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/overall\s+-?\d\.\d\d \(\d+\)/);
    expect(table.stdout).toMatch(
      /Top 20 overall \(main list: 1 million people or more\) with an ECI 2017 below the median/,
    );
    const csv = await runCli(['score', '--validity', '--year', '2017', '--format', 'csv']);
    const lines = csv.stdout.trim().split('\n');
    expect(lines[0]).toBe(VALIDITY_COLUMNS.join(','));
    expect(lines.filter((l) => l.startsWith('characteristics,2017,eci,2017,'))).toHaveLength(7);
  });

  it('says there is no ECI for a year without product trade data, and takes another year’s only with --eci-year', async () => {
    const without = await runCli(['score', '--validity', '--year', '2019', '--format', 'json']);
    expect(without.code).toBe(0);
    const report = JSON.parse(without.stdout) as {
      yardsticks: { id: string; missing: string | null }[];
      topEci: unknown;
    };
    expect(report.yardsticks[0]?.missing).toMatch(/^no ECI for 2019/);
    expect(report.topEci).toBeNull();
    const asked = await runCli(['score', '--validity', '--year', '2019', '--eci-year', '2017']);
    expect(asked.code).toBe(0);
    expect(asked.stdout).toContain('eci 2017');
  });

  it('rejects an ECI year without trade data, --eci-year alone and named economies with exit 2', async () => {
    const bad = await runCli(['score', '--validity', '--year', '2017', '--eci-year', '1999']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('invalid --eci-year: 1999');
    expect((await runCli(['score', 'CHN', '--eci-year', '2017'])).code).toBe(2);
    expect((await runCli(['score', 'CHN', '--validity'])).code).toBe(2);
  });
});

describe('chanye score: the outlier treatment', () => {
  it('applies --outliers to --validity (winsorise-log by default, none on request)', async () => {
    const rho = async (extra: string[]): Promise<number> => {
      const run = await runCli(['score', '--validity', '--framework', 'four-systems', '--year', '2017', ...extra]);
      expect(run.code).toBe(0);
      const line = run.stdout.split('\n').find((l) => l.startsWith('overall')) as string;
      return Number(/(-?\d\.\d\d) \(/.exec(line)?.[1]);
    };
    const treated = await rho([]);
    expect(treated).toBe(await rho(['--outliers', 'winsorise-log']));
    expect(await rho(['--outliers', 'none'])).not.toBe(treated);
  });

  it('refuses --audit with separate ranking lists: its rank shifts compare one ranking', async () => {
    const run = await runCli(['score', '--audit', '--year', '2017', '--small', 'separate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--audit ranks every economy in one list');
  });
});
