import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

describe('chanye exports and chanye arrays', () => {
  it('prints tidy CSV of exports by 3+1 array whose shares sum to 100', async () => {
    const { code, stdout } = await runCli(['exports', 'CHN', '--by', 'array', '--year', '2017', '--format', 'csv']);
    expect(code).toBe(0);
    const [header, ...rows] = stdout.trim().split('\n');
    expect(header).toBe('iso3,year,by,class,name,share,value,unit');
    expect(rows.map((r) => r.split(',')[3])).toEqual(['F', 'A2', 'A3', 'A1', 'unmapped']);
    const shares = rows.map((r) => Number(r.split(',')[5] || 0));
    expect(shares.reduce((s, x) => s + x, 0)).toBeCloseTo(100, 6);
  });

  it('rejects an unknown breakdown and a year without product data', async () => {
    const bad = await runCli(['exports', 'CHN', '--by', 'hs']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('invalid --by: hs');
    const none = await runCli(['exports', 'CHN', '--year', '2000']);
    expect(none.code).toBe(3);
  });

  it('compares 1980 with 2017 by array and lists the new-three headings with their caveats', async () => {
    const { code, stdout } = await runCli(['arrays', 'CHN']);
    expect(code).toBe(0);
    expect(stdout).toContain('share_1980');
    expect(stdout).toContain('share_2017');
    expect(stdout).toMatch(/8703: HS 2007 has no subheading for electric-only cars/);
  });
});
