import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const fixtures = resolve(import.meta.dirname, '..', '..', 'compute', 'test', 'fixtures', 'py-ecomplexity');

/** A CSV as rows of strings keyed by header. */
function readCsv(path: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(path, 'utf8').trim().split('\n');
  const columns = header!.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [columns[i], v])));
}

describe('chanye complexity', () => {
  it('reproduces Stata’s ecomplexity on the py-ecomplexity fixture from a user file', async () => {
    const out = mkdtempSync(join(tmpdir(), 'chanye-eci-'));
    const { code, stdout } = await runCli([
      'complexity',
      '--input',
      join(fixtures, 'trade_data_sample.csv'),
      '--loc',
      'origin',
      '--prod',
      'hs92',
      '--val',
      'export_val',
      '--time',
      'year',
      '--convention',
      'stata',
      '--proximity',
      '--out',
      out,
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('wrote economies.csv, products.csv, economy_products.csv, proximity.csv');
    const truth = readCsv(join(fixtures, 'stata_ground_truth.csv'));
    const economies = readCsv(join(out, 'economies.csv'));
    const cells = readCsv(join(out, 'economy_products.csv'));
    for (const t of truth) {
      const e = economies.find((r) => r['time'] === t['year'] && r['location'] === t['origin'])!;
      expect(Number(e['eci'])).toBeCloseTo(Number(t['eci']), 9);
      expect(Number(e['diversity'])).toBe(Number(t['diversity']));
      const c = cells.find(
        (r) => r['time'] === t['year'] && r['location'] === t['origin'] && r['product'] === t['hs92'],
      )!;
      expect(Number(c['mcp'])).toBe(Number(t['M']));
      expect(Number(c['density'])).toBeCloseTo(Number(t['density']), 9);
      expect(Number(c['cog'])).toBeCloseTo(Number(t['cog']), 9);
    }
  });

  it('writes the product space of a snapshot dataset as JSON and GraphML', async () => {
    const out = mkdtempSync(join(tmpdir(), 'chanye-ps-'));
    const { code } = await runCli(['complexity', '--dataset', 'sitc2-1998-2000', '--product-space', '--out', out]);
    expect(code).toBe(0);
    const graph = JSON.parse(readFileSync(join(out, 'product_space.json'), 'utf8')) as {
      nodes: unknown[];
      links: { spanning_tree: boolean }[];
    };
    // A spanning tree of a connected product space has one link fewer than it has products.
    expect(graph.links.filter((l) => l.spanning_tree).length).toBe(graph.nodes.length - 1);
    expect(readFileSync(join(out, 'product_space.graphml'), 'utf8')).toContain('<graphml');
    expect(existsSync(join(out, 'proximity.csv'))).toBe(false);
  });

  it('rejects a request without exactly one source, and an unknown presence test', async () => {
    const none = await runCli(['complexity', '--out', tmpdir()]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('give exactly one of --dataset and --input');
    const bad = await runCli(['complexity', '--dataset', 'trade-2017', '--presence', 'eci', '--out', tmpdir()]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('invalid --presence: eci');
  });
});
