import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

describe('chanye io', () => {
  it('io gvc --economy CHN --format csv prints tidy long rows whose terms add up to gross exports', async () => {
    const { code, stdout } = await runCli([
      'io',
      'gvc',
      '--dataset',
      'wiod2013',
      '--year',
      '2011',
      '--economy',
      'CHN',
      '--format',
      'csv',
    ]);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toBe('dataset,year,focus,table,region,sector,measure,value');
    const total = new Map(
      lines
        .filter((l) => l.startsWith('wiod2013,2011,CHN,economies,CHN,TOTAL,'))
        .map((l) => {
          const cells = l.split(',');
          return [cells[6]!, Number(cells[7])] as const;
        }),
    );
    const sum = total.get('dva')! + total.get('ddc')! + total.get('fva')! + total.get('fdc')!;
    expect(Math.abs(sum - total.get('exports')!) / total.get('exports')!).toBeLessThan(1e-12);
    expect(lines.some((l) => l.startsWith('wiod2013,2011,CHN,sectors,CHN,c14,upstreamness,'))).toBe(true);
  }, 120_000);

  it('io security --economy CHN prints the sector table and a ranked chokepoint list', async () => {
    const { code, stdout } = await runCli(['io', 'security', '--economy', 'CHN', '--limit', '5']);
    expect(code).toBe(0);
    expect(stdout).toContain('Supply security of CHN, wiod2013 2011');
    expect(stdout).toContain('Chokepoints');
    expect(stdout).toMatch(/\n\s+5\s+[A-Z]{3}\s+c\d+/);
  }, 120_000);

  it('io shock labels both models with their assumptions and writes into --out DIR', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chanye-io-'));
    const { code } = await runCli([
      'io',
      'shock',
      '--economy',
      'CHN',
      '--supplier',
      'JPN',
      '--sector',
      'c14',
      '--percent',
      '10',
      '--out',
      `${dir}/`,
    ]);
    expect(code).toBe(0);
    const file = join(dir, 'io-shock-CHN-wiod2013-2011.txt');
    expect(existsSync(file)).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('assumptions, demand-driven:');
    expect(text).toContain('assumptions, supply-driven:');
    expect(text).toContain('JPN c14 output −10 %');
  }, 120_000);

  it('io multipliers --economy CHN --format json returns CHN’s 35 sectors', async () => {
    const { code, stdout } = await runCli(['io', 'multipliers', '--economy', 'chn', '--format', 'json']);
    expect(code).toBe(0);
    const r = JSON.parse(stdout) as { economy: string; rows: { region: string; output: number }[] };
    expect(r.economy).toBe('CHN');
    expect(r.rows).toHaveLength(35);
    expect(r.rows.every((x) => x.region === 'CHN' && x.output >= 1)).toBe(true);
  }, 120_000);

  it('an unknown economy exits 2 and lists WIOD’s 40 economies', async () => {
    const { code, stderr } = await runCli(['io', 'security', '--economy', 'BRB']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/unknown economy 'BRB' in wiod2013 \(its 40 economies: AUS, .*, USA\)/);
  }, 120_000);

  it('a year outside 1995-2011 exits 3 (no data), naming the years the table covers', async () => {
    const { code, stderr } = await runCli(['io', 'linkages', '--year', '2015']);
    expect(code).toBe(3);
    expect(stderr).toContain('no wiod2013 table for 2015: wiod2013 covers 1995-2011');
  });

  it('an unknown dataset or shock percentage exits 2', async () => {
    expect((await runCli(['io', 'gvc', '--dataset', 'icio'])).code).toBe(2);
    const bad = await runCli([
      'io',
      'shock',
      '--economy',
      'CHN',
      '--supplier',
      'JPN',
      '--sector',
      'c14',
      '--percent',
      '120',
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('invalid --percent: 120');
  });
});
