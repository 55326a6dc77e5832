import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

/** The standard output of a command that must succeed. */
async function ok(args: readonly string[]): Promise<string> {
  const { code, stdout, stderr } = await runCli(args);
  expect(code, stderr).toBe(0);
  return stdout;
}

describe('economies by English or Chinese name as well as ISO3', () => {
  it('chanye profile China and chanye profile 中国 print what chanye profile CHN prints', async () => {
    const byCode = await ok(['profile', 'CHN', '--format', 'json']);
    expect(await ok(['profile', 'China', '--format', 'json'])).toBe(byCode);
    expect(await ok(['profile', '中国', '--format', 'json'])).toBe(byCode);
    expect(await ok(['profile', '  china ', '--format', 'json'])).toBe(byCode);
  });

  it('query --economies "China,India" gives the rows of CHN,IND', async () => {
    const args = ['query', '--indicator', 'mva_share_gdp', '--years', '2015:2019', '--format', 'csv'];
    const byCode = await ok([...args, '--economies', 'CHN,IND']);
    expect(byCode.trim().split('\n').length).toBeGreaterThan(2);
    expect(await ok([...args, '--economies', 'China,India'])).toBe(byCode);
    expect(await ok([...args, '--economies', '中国,印度'])).toBe(byCode);
  });

  it('a name with a comma is one positional argument (Korea, Rep.)', async () => {
    expect(await ok(['profile', 'Korea, Rep.', '--format', 'json'])).toBe(
      await ok(['profile', 'KOR', '--format', 'json']),
    );
  });

  it('score, diagnose and exports print the resolved code, not the name typed', async () => {
    expect(await ok(['score', 'China', '--year', '2017', '--format', 'csv'])).toBe(
      await ok(['score', 'CHN', '--year', '2017', '--format', 'csv']),
    );
    expect(await ok(['diagnose', 'China', 'petty-clark', '--format', 'csv'])).toBe(
      await ok(['diagnose', 'CHN', 'petty-clark', '--format', 'csv']),
    );
    expect(await ok(['exports', 'China', '--format', 'csv'])).toBe(await ok(['exports', 'CHN', '--format', 'csv']));
  });

  it('an unknown name exits 2 with a hint', async () => {
    const { code, stderr } = await runCli(['profile', 'Chinaa']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^chanye: unknown economy 'Chinaa' — did you mean CHN \(China\)/);
    const partial = await runCli(['query', '--indicator', 'mva_share_gdp', '--economies', 'Korea']);
    expect(partial.code).toBe(2);
    expect(partial.stderr).toContain("unknown economy 'Korea' — did you mean KOR (Korea, Rep.) or PRK");
  });
});
