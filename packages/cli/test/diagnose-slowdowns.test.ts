import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

describe('chanye diagnose slowdowns', () => {
  it('prints the slowdowns with their evidence, rule and reference, in English and Chinese', async () => {
    const en = await runCli(['diagnose', 'slowdowns', 'JPN']);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('Growth slowdowns (Eichengreen, Park and Shin)');
    expect(en.stdout).toContain('JPN: growth slowdown in 1970.');
    expect(en.stdout).toContain('rule: Eichengreen, Park and Shin (2012): a slowdown in year t');
    expect(en.stdout).toContain('Penn World Table 10.01: rgdpna / pop');
    const zh = await runCli(['diagnose', 'slowdowns', 'JPN', '--lang', 'zh']);
    expect(zh.stdout).toContain('增长减速（Eichengreen-Park-Shin标准）');
    expect(zh.stdout).toContain('1970年出现增长减速');
  });

  it('gives the same findings as `diagnose ISO3 slowdowns`, in JSON and CSV', async () => {
    const viaSubcommand = await runCli(['diagnose', 'slowdowns', 'KOR', '--format', 'json']);
    const viaList = await runCli(['diagnose', 'KOR', 'slowdowns', '--format', 'json']);
    expect(viaSubcommand.code).toBe(0);
    expect(viaSubcommand.stdout).toBe(viaList.stdout);
    const [{ diagnostic, findings }] = JSON.parse(viaSubcommand.stdout) as [
      { diagnostic: string; findings: { id: string }[] },
    ];
    expect(diagnostic).toBe('slowdowns');
    expect(findings.map((f) => f.id)).toContain('summary');
    const csv = await runCli(['diagnose', 'slowdowns', 'KOR', '--format', 'csv']);
    const [header, ...rows] = csv.stdout.trim().split('\n');
    expect(header).toBe('iso3,diagnostic,finding,severity,statement,evidence,year,value,unit,source,status,reference');
    expect(rows.every((r) => r.startsWith('KOR,slowdowns,'))).toBe(true);
  });

  it('takes the lower income floor of 7,500 and rejects any other', async () => {
    const low = await runCli(['diagnose', 'slowdowns', 'CHN', '--income-floor', '7500', '--format', 'json']);
    expect(low.code).toBe(0);
    const [{ findings }] = JSON.parse(low.stdout) as [{ findings: { threshold: { description_en: string } }[] }];
    expect(findings[0]?.threshold.description_en).toContain('above US$7,500 at 2005 international prices');
    const bad = await runCli(['diagnose', 'slowdowns', 'CHN', '--income-floor', '9000']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('invalid --income-floor: 9000 (expected 10000 or 7500');
  });

  it('rejects an unknown economy with a clear message, a non-zero exit and no stack trace', async () => {
    const { code, stdout, stderr } = await runCli(['diagnose', 'slowdowns', 'XXX']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain("unknown economy 'XXX'");
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
