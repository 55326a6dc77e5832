import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

describe('chanye dependencies', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chanye-cli-dependencies-'));
  // Named columns; importer DEU buys product p from S1 (60) and S2 (40) and exports 50 of it:
  // HHI 0.52, extra share 1, ratio 2: a dependency (worked in the compute tests).
  const file = join(dir, 'flows.csv');
  writeFileSync(file, ['year,from,to,hs,usd', '2021,S1,DEU,p,60', '2021,S2,DEU,p,40', '2021,DEU,S1,p,50'].join('\n'));
  const mapped = ['--time', 'year', '--exporter', 'from', '--importer', 'to', '--prod', 'hs', '--val', 'usd'];

  it('screens a user file with mapped columns and prints tidy CSV', async () => {
    const { code, stdout } = await runCli([
      'dependencies',
      '--importers',
      'deu',
      '--input',
      file,
      ...mapped,
      '--format',
      'csv',
    ]);
    expect(code).toBe(0);
    const [header, row] = stdout.trim().split('\n');
    expect(header).toBe(
      'product,dependent,extra_imports,hhi,extra_share,import_export_ratio,top_supplier,top_supplier_share',
    );
    expect(row).toBe('p,true,100,0.52,1,2,S1,0.6');
  });

  it('says how partial the data are in the table output', async () => {
    const { stdout } = await runCli(['dependencies', '--importers', 'DEU', '--input', file, ...mapped]);
    expect(stdout).toContain('holds exports of only 3 economies');
    expect(stdout).toContain('SWD(2021) 352');
  });

  it('names a column the file lacks and the option to set it', async () => {
    const { code, stderr } = await runCli(['dependencies', '--importers', 'DEU', '--input', file]);
    expect(code).toBe(2);
    expect(stderr).toContain("has no column 't' (the time, --time)");
  });
});
