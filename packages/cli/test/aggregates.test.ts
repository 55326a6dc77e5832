import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

describe('chanye aggregates', () => {
  it('prints the world and the four income groups of the year, with coverage', async () => {
    const { code, stdout } = await runCli(['aggregates', 'mva', '--year', '2019', '--format', 'csv']);
    expect(code).toBe(0);
    const [header, ...rows] = stdout.trim().split('\n');
    expect(header).toBe(
      'group,name,year,measure,total,unit,ratio,ratio_unit,ratio_economies,economies,members,population_coverage,classification,source,vintage',
    );
    expect(rows.map((r) => r.split(',')[0])).toEqual(['world', 'L', 'LM', 'UM', 'H']);
  });

  it('lists shares of the world that sum to 100 % over every economy', async () => {
    const { code, stdout } = await runCli(['aggregates', 'mht_mva', '--year', '2017', '--format', 'json']);
    expect(code).toBe(0);
    const { shares, groups } = JSON.parse(stdout) as {
      shares: { share_of_world: number }[];
      groups: { group: string; economies: number }[];
    };
    expect(shares).toHaveLength(groups[0]?.economies ?? -1);
    expect(shares.reduce((a, s) => a + s.share_of_world, 0)).toBeCloseTo(100, 8);
  });

  it('exits 2 for an unknown measure or --economies without --shares, and 3 for a year without data', async () => {
    const bad = await runCli(['aggregates', 'gdp']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("unknown aggregate measure 'gdp'");
    const economies = await runCli(['aggregates', 'mva', '--economies', 'CHN']);
    expect(economies.code).toBe(2);
    const none = await runCli(['aggregates', 'exports', '--year', '2000']);
    expect(none.code).toBe(3);
    expect(none.stderr).toContain('years with data: 1980, 2017');
    const unknown = await runCli(['aggregates', 'mva', '--shares', '--economies', 'XXX']);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain("unknown economy 'XXX'");
  });
});
