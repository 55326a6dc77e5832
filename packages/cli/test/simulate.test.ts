import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

describe('chanye simulate', () => {
  it('--help lists the bundled scenarios', async () => {
    const { stdout } = await runCli(['simulate', '--help']);
    for (const id of [
      'baseline',
      'digital-transformation',
      'green-low-carbon',
      'innovation-driven',
      'new-industrialization',
    ])
      expect(stdout.replace(/\s+/g, ' ')).toContain(id);
  });

  it('--out DIR writes crossing.csv as the headline has it (observed years first) and fan.csv with the forecast first', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chanye-sim-'));
    const { code } = await runCli(['simulate', 'BRA', '--to', '2030', '--draws', '100', '--out', dir]);
    expect(code).toBe(0);
    const crossing = readFileSync(join(dir, 'crossing.csv'), 'utf8').trim().split('\n');
    expect(crossing[0]).toBe(
      'iso3,scenario,year,status,threshold,gni_p10,gni_p50,gni_p90,p_above,p_crossed_by,p_above_scenario,p_crossed_by_scenario',
    );
    const y2024 = crossing.find((l) => l.startsWith('BRA,baseline,2024,'))!.split(',');
    expect([y2024[3], y2024[8], y2024[9]]).toEqual(['observed', '0', '0']);
    const fan = readFileSync(join(dir, 'fan.csv'), 'utf8').split('\n');
    expect(fan[1]).toMatch(/^BRA,baseline,gdp_per_capita_forecast,2025,p2\.5,/);
  });

  it('forecasts an economy the structural model cannot calibrate (Ethiopia: no PWT labour share) and says why', async () => {
    const { code, stdout } = await runCli(['simulate', 'ETH', '--to', '2030', '--draws', '100']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Default forecast of GDP per capita from 202[3-9]/);
    expect(stdout).toContain('no structural run for ETH (ETH: no labsh at or before 2019 in the snapshot)');
    const json = JSON.parse(
      (await runCli(['simulate', 'ETH', '--to', '2030', '--draws', '100', '--format', 'json'])).stdout,
    );
    // The structural parts are empty and the reason is given (the API answers the same document).
    expect([json.calibration, json.fans, json.structuralUnavailable]).toEqual([
      null,
      {},
      'ETH: no labsh at or before 2019 in the snapshot',
    ]);
    expect(json.forecast.fan).toHaveLength(json.forecast.to - json.forecast.origin);
  });

  it('leads with the default forecast from the latest observed year: China is not high income in any classified year', async () => {
    const { code, stdout } = await runCli(['simulate', 'CHN', '--to', '2030', '--draws', '200']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Default forecast of GDP per capita from 202[3-9], the latest observed year/);
    const headline = stdout.slice(0, stdout.indexOf('Structure and carbon'));
    const classified = headline.split('\n').filter((l) => /^20(19|2[0-4]) /.test(l));
    expect(classified).toHaveLength(6);
    for (const line of classified) expect(line.trim().endsWith(' 0')).toBe(true);
  });

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
