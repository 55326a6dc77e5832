import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

describe('chanye backtest', () => {
  it('back-tests the default forecast against the three benchmarks at 2000, 2005 and 2010 by default', async () => {
    const { code, stdout } = await runCli(['backtest']);
    expect(code).toBe(0);
    for (const label of ['cut-off 2000', 'cut-off 2005', 'cut-off 2010', 'all cut-offs', 'all, horizon 11-15'])
      expect(stdout).toContain(label);
    for (const method of [
      'default forecast (0.7 × regression + 0.3 × regression to the mean)',
      'direct regression alone',
      'trailing 10-year trend',
      'regression to the mean',
      'cross-country median',
    ])
      expect(stdout).toContain(method);
  });

  it('--format csv keeps the per-economy columns and adds the regression alone and the benchmarks; rows of one economy per cut-off', async () => {
    const { code, stdout } = await runCli([
      'backtest',
      '--cutoff',
      '2010',
      '--economies',
      'CHN,BRA',
      '--format',
      'csv',
    ]);
    expect(code).toBe(0);
    const [header, ...rows] = stdout.trim().split('\n');
    expect(header).toBe(
      'iso3,cutoff,group,points,rmse,bias,coverage80,coverage95,crps,rmse_regression,rmse_trend,rmse_rtm,rmse_median',
    );
    const chn = rows.find((r) => r.startsWith('CHN,2010,'))!.split(',');
    // 2011-2019: nine held-out years.
    expect(Number(chn[3])).toBe(9);
  });

  it.each([
    [['--cutoff', '20x0'], /invalid --cutoff: 20x0/],
    [['--cutoff', '1979'], /--cutoff 1979: expected a year from 1985/],
    [['--model', 'arima'], /invalid --model: arima \(expected forecast or structural\)/],
    [['--model', 'structural', '--cutoff', '2005,2010'], /--model structural takes one --cutoff year/],
  ])('rejects %j with a clear message and exit 2', async (args, message) => {
    const { code, stderr } = await runCli(['backtest', ...args]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/at .*\.js:\d+/);
  });
});
