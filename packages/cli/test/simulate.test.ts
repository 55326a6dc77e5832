import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

describe('chanye simulate', () => {
  it('simulate CHN --scenario green-low-carbon --out DIR writes carbon.csv with the constraint by year, and the same seed gives the same report', async () => {
    const dirs = [mkdtempSync(join(tmpdir(), 'chanye-sim-')), mkdtempSync(join(tmpdir(), 'chanye-sim-'))];
    for (const dir of dirs) {
      const args = [
        'simulate',
        'CHN',
        '--to',
        '2035',
        '--scenario',
        'green-low-carbon',
        '--draws',
        '200',
        '--seed',
        '7',
      ];
      const { code } = await runCli([...args, '--out', dir]);
      expect(code).toBe(0);
    }
    const [a, b] = dirs.map((d) => readFileSync(join(d!, 'report.json'), 'utf8'));
    expect(a).toBe(b);
    const lines = readFileSync(join(dirs[0]!, 'carbon.csv'), 'utf8').trim().split('\n');
    const header = lines[0]!.split(',');
    expect(header).toEqual([
      'iso3',
      'scenario',
      'year',
      'p_pace_within_path',
      'target_year',
      'target_value',
      'p_pace_below_target',
      'p_pace_met_target_by',
    ]);
    const rows = lines.slice(1).map((l) => l.split(','));
    expect(rows.map((r) => Number(r[2]))).toEqual(Array.from({ length: 16 }, (_, i) => 2020 + i));
    const metBy = rows.map((r) => Number(r[7]));
    metBy.forEach((p, t) => {
      expect(p).toBeGreaterThanOrEqual(Number(rows[t]![6]));
      if (t > 0) expect(p).toBeGreaterThanOrEqual(metBy[t - 1]!);
    });
    const summary = readFileSync(join(dirs[0]!, 'summary.txt'), 'utf8');
    expect(summary).toContain('Carbon target: CO2 intensity');
    expect(summary).toContain('A3 (future industries) is not modelled');
    const json = JSON.parse(a!) as { fans: Record<string, unknown>; carbonPaceWithinPath: unknown[] };
    expect(Object.keys(json.fans)).toEqual(
      expect.arrayContaining(['a1_share_gdp', 'a2_share_gdp', 'f_share_gdp', 'co2_intensity_pace']),
    );
    expect(json.carbonPaceWithinPath).toHaveLength(16);
  }, 60_000);
});
