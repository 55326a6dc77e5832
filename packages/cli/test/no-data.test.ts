import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DuckDBConnector, defaultSnapshotDir, quotedString } from '@chanye/store';
import { runCli } from './run-cli.js';

/**
 * A valid request that no data answer exits 3 with one message naming the request and what
 * the data do cover, never an empty table with exit 0 (exit codes: `chanye --help`).
 */
async function expectNoData(args: readonly string[], message: RegExp): Promise<void> {
  const { code, stdout, stderr } = await runCli(args);
  expect(code, stderr).toBe(3);
  expect(stdout).toBe('');
  expect(stderr).toMatch(message);
  expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
}

describe('exit 3 when no data answer a valid request', () => {
  it('score: a year after the data names the latest adequately covered year', async () => {
    await expectNoData(
      ['score', 'CHN', '--year', '2023'],
      /^chanye: no characteristics score for CHN in 2023; the latest year with adequate coverage of characteristics is \d{4}\n {2}CHN 2023: complete: no usable indicator/,
    );
    await expectNoData(['score', '--all', '--year', '3000'], /no characteristics score for any economy in 3000/);
  });

  it('score: the year it names does score the economy', async () => {
    const { stderr } = await runCli(['score', 'CHN', '--year', '3000']);
    const year = /adequate coverage of characteristics is (\d{4})/.exec(stderr)?.[1] ?? '';
    const { code, stdout } = await runCli(['score', 'CHN', '--year', year, '--format', 'csv']);
    expect(code).toBe(0);
    expect(stdout.split('\n').find((l) => l.startsWith(`CHN,${year},characteristics,overall,`))).toMatch(
      /,\d+\.\d+,\d+,/,
    );
  });

  it('coupling: years after the data', async () => {
    await expectNoData(
      ['coupling', 'CHN', '--years', '3000:3001'],
      /^chanye: no new-four coupling for CHN in 3000-3001; the latest year with adequate coverage of new-four is \d{4}/,
    );
  });

  it('profile: a year before every value names the earliest and latest years with data', async () => {
    await expectNoData(
      ['profile', 'CHN', '--year', '1900'],
      /^chanye: no profile values for CHN \(China\) in or before 1900: its earliest profile value is from \d{4}, its latest from \d{4}/,
    );
  });

  it('profile, diagnose and report: a year after every value of the data names the years covered', async () => {
    // The last year of the snapshot's series, read from its Parquet file, not through the CLI.
    const connector = await DuckDBConnector.open();
    const [row] = await connector.query<{ last: number }>(
      `select max(year)::integer as last from read_parquet(${quotedString(join(defaultSnapshotDir(), 'series.parquet'))})`,
    );
    connector.close();
    const last = row?.last ?? NaN;
    const message = new RegExp(`^chanye: --year ${last + 1}: no values then; the data end in ${last} `);
    await expectNoData(['profile', 'CHN', '--year', String(last + 1)], message);
    await expectNoData(['diagnose', 'CHN', '--year', String(last + 1)], message);
    await expectNoData(['report', 'CHN', '--year', String(last + 1), '--format', 'md'], message);
  });

  it('diagnose: every finding without data, with what each lacked', async () => {
    await expectNoData(
      ['diagnose', 'CHN', '--year', '1900'],
      /^chanye: no data answers any diagnostic for CHN as of 1900 .*\n {2}The World Bank history has no income classification for CHN\./,
    );
    await expectNoData(
      ['diagnose', 'slowdowns', 'CHN', '--year', '1900'],
      /^chanye: no data answers the slowdowns diagnostic for CHN as of 1900/,
    );
  });

  it('indicators: a search nothing matches', async () => {
    await expectNoData(
      ['indicators', '--search', 'zzzz'],
      /^chanye: no indicator matches 'zzzz' \(the catalogue has \d+ indicators/,
    );
  });

  it('io: a year outside the table', async () => {
    await expectNoData(
      ['io', 'multipliers', '--year', '3000', '--economy', 'CHN'],
      /no wiod2013 table for 3000: wiod2013 covers 1995-2011/,
    );
  });

  it('exports and aggregates: a year after the data (already exit 3)', async () => {
    await expectNoData(['exports', 'CHN', '--year', '3000'], /no product exports for CHN in 3000/);
    await expectNoData(
      ['aggregates', 'mva', '--year', '3000'],
      /no economy has manufacturing value added in 3000 .*years with data: \d{4}-\d{4}/,
    );
  });

  it('query: years before the data (already exit 3)', async () => {
    await expectNoData(
      ['query', '--indicator', 'mva_share_gdp', '--economies', 'CHN', '--years', '1900:1901'],
      /no data for mva_share_gdp in 1900:1901\n {2}CHN: latest year with data is \d{4}/,
    );
  });

  describe('dependencies', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chanye-cli-no-data-'));
    const file = join(dir, 'flows.csv');
    writeFileSync(file, ['t,i,j,k,v', '2021,S1,DEU,p,60', '2021,S2,DEU,p,40', '2021,DEU,S1,p,50'].join('\n'));

    it('an importer without imports in the data', async () => {
      await expectNoData(
        ['dependencies', '--importers', 'FRA', '--input', file],
        /^chanye: no imports by FRA in .*, 2021 \(2 importers have flows that year/,
      );
    });

    it('a year the flows do not hold', async () => {
      await expectNoData(
        ['dependencies', '--importers', 'DEU', '--input', file, '--year', '3000'],
        /^chanye: no flows in 3000: .* has 2021 \(--year\)/,
      );
    });
  });
});
