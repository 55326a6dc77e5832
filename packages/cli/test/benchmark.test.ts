import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Store } from '@chanye/store';
import { runCli } from './run-cli.js';

/** The members of each named group of catalog/benchmark-groups.yaml, read through the store. */
async function catalogGroups(): Promise<Map<string, readonly string[]>> {
  const store = await Store.open({ userDbPath: join(process.cwd(), '.no-user-db-in-tests.duckdb') });
  try {
    return new Map(store.benchmarkGroups().map((g) => [g.id, g.members]));
  } finally {
    store.close();
  }
}

describe('chanye benchmark graduates', () => {
  it('prints the reproduced tables as tidy CSV with the paper’s value, ours and the reason', async () => {
    const { code, stdout } = await runCli(['benchmark', 'graduates', '--format', 'csv']);
    expect(code).toBe(0);
    const [header, ...rows] = stdout.trim().split('\n');
    expect(header).toBe('table,column,iso3,paper_year,paper_value,our_year,our_value,difference,status,reason,source');
    expect(rows).toHaveLength(30);
    expect(rows.find((r) => r.startsWith('table1,mht_share_mva,JPN,1990,50.87,1990,'))).toContain(',match,');
  });

  it('rejects an unknown benchmark set', async () => {
    const { code, stderr } = await runCli(['benchmark', 'winners']);
    expect(code).toBe(2);
    expect(stderr).toContain("unknown benchmark 'winners'");
  });
});

describe('chanye diagnose', () => {
  it('prints findings with evidence and references, in English and Chinese', async () => {
    const en = await runCli(['diagnose', 'CHN', 'income-trap']);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('Income history and the middle-income trap');
    expect(en.stdout).toContain('reference: Felipe, Abdon and Kumar (2012)');
    const zh = await runCli(['diagnose', 'CHN', 'income-trap', '--lang', 'zh']);
    expect(zh.stdout).toContain('收入阶段与中等收入陷阱');
    expect(zh.stdout).toContain('中等偏上收入');
  });

  it('rejects an unknown diagnostic with the list of known ones', async () => {
    const { code, stderr } = await runCli(['diagnose', 'CHN', 'astrology']);
    expect(code).toBe(2);
    expect(stderr).toContain("unknown diagnostic 'astrology'");
  });

  it('runs one diagnostic as its own subcommand, with the same findings as `diagnose ISO3 ID`', async () => {
    const viaList = await runCli(['diagnose', 'KOR', 'petty-clark', '--format', 'json']);
    const viaSubcommand = await runCli(['diagnose', 'petty-clark', 'KOR', '--format', 'json']);
    expect(viaSubcommand.code).toBe(0);
    expect(viaSubcommand.stdout).toBe(viaList.stdout);
  });

  it('passes a subcommand’s own option to the diagnostic: the Petty-Clark run length', async () => {
    const { code, stdout } = await runCli(['diagnose', 'petty-clark', 'CHN', '--min-run', '5', '--format', 'json']);
    expect(code).toBe(0);
    const [{ findings }] = JSON.parse(stdout) as [{ findings: { threshold: { value: number } }[] }];
    expect(findings.map((f) => f.threshold.value)).toEqual([5, 5]);
  });

  it('limits deindustrialization to the shares asked for and rejects an unknown one', async () => {
    const { stdout } = await runCli([
      'diagnose',
      'deindustrialization',
      'BRA',
      '--measure',
      'industry_share_gdp',
      '--format',
      'json',
    ]);
    const [{ findings }] = JSON.parse(stdout) as [{ findings: { id: string }[] }];
    expect(findings.map((f) => f.id)).toEqual(['rodrik-industry_share_gdp', 'rekha-suresh']);
    const bad = await runCli(['diagnose', 'deindustrialization', 'BRA', '--measure', 'steel']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('invalid --measure: steel (expected one of manufacturing_employment_share');
  });

  it('adds user-chosen graduates to the default ones', async () => {
    const { stdout } = await runCli([
      'diagnose',
      'graduates-vs-stalled',
      'CHN',
      '--graduates',
      'SGP',
      '--format',
      'json',
    ]);
    const [{ findings }] = JSON.parse(stdout) as [{ findings: { threshold?: { description_en: string } }[] }];
    const rule = findings.find((f) => f.threshold)?.threshold?.description_en ?? '';
    for (const code of ['JPN', 'KOR', 'ESP', 'SGP']) expect(rule).toContain(code);
  });

  it('--only-listed replaces the catalogue groups given, and keeps the other', async () => {
    const groups = await catalogGroups();
    const graduates = groups.get('graduates') ?? [];
    const stalled = groups.get('stalled') ?? [];
    expect(graduates.length).toBeGreaterThan(0);
    const run = async (extra: string[]) => {
      const { code, stdout, stderr } = await runCli([
        'diagnose',
        'graduates-vs-stalled',
        'CHN',
        '--format',
        'json',
        ...extra,
      ]);
      expect(code, stderr).toBe(0);
      const [{ findings }] = JSON.parse(stdout) as [{ findings: { threshold?: { description_en: string } }[] }];
      return findings.find((f) => f.threshold)?.threshold?.description_en ?? '';
    };
    const replaced = await run(['--graduates', 'Chile,POL', '--only-listed']);
    expect(replaced).toMatch(/\bCHL\b/);
    expect(replaced).toMatch(/\bPOL\b/);
    for (const code of graduates) expect(replaced).not.toMatch(new RegExp(`\\b${code}\\b`));
    for (const code of stalled) expect(replaced).toMatch(new RegExp(`\\b${code}\\b`));
    // Without --only-listed the same list adds to the catalogue's graduates.
    const added = await run(['--graduates', 'Chile,POL']);
    for (const code of [...graduates, 'CHL', 'POL']) expect(added).toMatch(new RegExp(`\\b${code}\\b`));
  });

  it('--only-listed without a list is bad input (exit 2)', async () => {
    const { code, stderr } = await runCli(['diagnose', 'graduates-vs-stalled', 'CHN', '--only-listed']);
    expect(code).toBe(2);
    expect(stderr).toContain('--only-listed replaces the groups given by --graduates or --stalled');
  });
});

describe('chanye benchmark papers', () => {
  it('prints one CSV row per claim with the paper’s value, Chanye’s, the source and the reason', async () => {
    const { code, stdout } = await runCli(['benchmark', 'papers', '--format', 'csv']);
    expect(code).toBe(0);
    const [header, ...rows] = stdout.trim().split('\n');
    expect(header).toBe(
      'id,paper,where,claim,paper_value,qualifier,unit,paper_year,chanye_value,chanye_year,difference,status,source,note,reason',
    );
    const ids = rows.map((r) => r.split(',')[0]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('sheng-world-mva-share-gdp');
    expect(stdout).not.toMatch(/seed/i);
  });

  it('prints the table grouped by paper, with JSON carrying every field', async () => {
    const table = await runCli(['benchmark', 'papers']);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('Sheng Chaoxun (2023), China Economist, "Essential Characteristics');
    const json = await runCli(['benchmark', 'papers', '--format', 'json']);
    const parsed = JSON.parse(json.stdout) as { id: string; status: string }[];
    expect(parsed.find((r) => r.id === 'cass09-largest-by-2010')?.status).toBe('match');
  });

  it('rejects an unknown format with exit 2', async () => {
    const { code, stderr } = await runCli(['benchmark', 'papers', '--format', 'xml']);
    expect(code).toBe(2);
    expect(stderr).toContain('invalid --format: xml');
  });
});
