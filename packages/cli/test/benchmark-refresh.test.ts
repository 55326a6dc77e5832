import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

describe('chanye benchmark graduates: cells a WDI refresh would fill', () => {
  it('lists exactly the rd_share_gdp cells the table shows without the paper’s year', async () => {
    const csv = await runCli(['benchmark', 'graduates', '--format', 'csv']);
    const [header, ...rows] = csv.stdout.trim().split('\n');
    const cols = (header ?? '').split(',');
    const at = (row: string, name: string): string => row.split(',')[cols.indexOf(name)] ?? '';
    const empty = rows
      .filter((r) => at(r, 'column') === 'rd_share_gdp' && ['missing', 'other-year'].includes(at(r, 'status')))
      .map((r) => `${at(r, 'iso3')} ${at(r, 'paper_year')}`);

    const table = await runCli(['benchmark', 'graduates']);
    expect(table.code).toBe(0);
    const line = table.stdout.split('\n').find((l) => l.includes('rd_share_gdp (WDI GB.XPD.RSDV.GD.ZS)'));
    expect(line?.split(': ')[1]?.split(', ')).toEqual(empty);
    expect(csv.stdout).not.toContain('would ask the World Bank');
  });
});
