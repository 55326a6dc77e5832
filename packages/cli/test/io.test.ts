import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.js';
import { runCli } from './run-cli.js';

/** A sector code standing alone (c1 … c35), as it must not appear where people read names. */
const SECTOR_CODE = /\bc\d{1,2}\b/;

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
    const [header, ...rows] = parseCsv(stdout);
    expect(header).toEqual([
      'dataset',
      'year',
      'focus',
      'table',
      'region',
      'region_name_en',
      'region_name_zh',
      'sector',
      'sector_name_en',
      'sector_name_zh',
      'measure',
      'value',
      'text',
    ]);
    const col = (name: string): number => header!.indexOf(name);
    const total = new Map(
      rows
        .filter((r) => r[col('table')] === 'economies' && r[col('region')] === 'CHN' && r[col('sector')] === 'TOTAL')
        .map((r) => [r[col('measure')]!, Number(r[col('value')])] as const),
    );
    const sum = total.get('dva')! + total.get('ddc')! + total.get('fva')! + total.get('fdc')!;
    expect(Math.abs(sum - total.get('exports')!) / total.get('exports')!).toBeLessThan(1e-12);
    const c14 = rows.find((r) => r[col('sector')] === 'c14' && r[col('measure')] === 'upstreamness')!;
    expect([c14[col('region_name_en')], c14[col('sector_name_en')], c14[col('sector_name_zh')]]).toEqual([
      'China',
      'Electrical and optical equipment',
      '电气和光学设备制造业',
    ]);
  }, 120_000);

  it('io security and linkages CSV: the value column holds only numbers, words go to text', async () => {
    for (const command of ['security', 'linkages']) {
      const { code, stdout } = await runCli(['io', command, '--economy', 'CHN', '--format', 'csv']);
      expect(code).toBe(0);
      const [header, ...rows] = parseCsv(stdout);
      const value = header!.indexOf('value');
      const text = header!.indexOf('text');
      for (const r of rows) {
        expect(r[value] === '' || Number.isFinite(Number(r[value])), `${command}: ${r.join(',')}`).toBe(true);
        expect(r[value] === '' || r[text] === '').toBe(true);
      }
      expect(rows.some((r) => r[text] !== '')).toBe(true);
    }
  }, 120_000);

  it('io linkages: CHN sectors without output (c19, c35 in 2011) have no class, and a reason', async () => {
    const { code, stdout } = await runCli(['io', 'linkages', '--economy', 'CHN', '--format', 'json']);
    expect(code).toBe(0);
    const r = JSON.parse(stdout) as {
      rows: { sector: string; output: number; class: string | null; classReason: string | null }[];
      world: { producing: number; key: number };
    };
    const empty = r.rows.filter((x) => x.output <= 0);
    expect(empty.map((x) => x.sector)).toEqual(['c19', 'c35']);
    for (const x of r.rows) {
      expect(x.class === null).toBe(x.output <= 0);
      expect(x.classReason === null).toBe(x.output > 0);
    }
    // The 1,435 region-sectors of WIOD less the 22 without output in 2011 (docs/methods/input-output.md).
    expect(r.world.producing).toBe(1435 - 22);
    const text = await runCli(['io', 'linkages', '--economy', 'CHN']);
    expect(text.stdout).toMatch(/c19\s+Motor vehicle trade and repair; fuel retail\s+none/);
  }, 120_000);

  it('io security --economy CHN prints the sector table and a ranked chokepoint list', async () => {
    const { code, stdout } = await runCli(['io', 'security', '--economy', 'CHN', '--limit', '5']);
    expect(code).toBe(0);
    expect(stdout).toContain('Supply security of China (CHN), wiod2013 2011');
    expect(stdout).toContain('Chokepoints');
    // Rank, supplier code and name, sector code and name, then the parts of the score.
    expect(stdout).toMatch(/\n\s+5\s+[A-Z]{3}\s+\S.*\s+c\d+\s+\S.*\d/);
    expect(stdout).toContain('need_per_1000');
    expect(stdout).toContain('score_per_1000: need_per_1000 × world_export_pct / 100');
    const zh = await runCli(['io', 'security', '--economy', 'CHN', '--limit', '5', '--lang', 'zh']);
    expect(zh.stdout).toContain('电气和光学设备制造业');
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
    expect(text).toContain('Japan (JPN), Electrical and optical equipment (c14): output −10 %');
    // One unit and one format per column: millions of US$ with one decimal, stated in the header.
    const table = text.slice(text.indexOf('\nsector '));
    const rows = table.trim().split('\n').slice(2);
    expect(table).toContain('supply_change_musd');
    for (const row of rows) {
      const cells = row.trim().split(/\s{2,}/);
      const change = cells[3]!;
      expect(change, row).toMatch(/^-?[\d,]+\.\d$/);
      expect(change).not.toBe('-0.0');
    }
    // The sector names column holds names, not codes.
    for (const row of rows) expect(row.trim().split(/\s{2,}/)[1]).not.toMatch(SECTOR_CODE);
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
