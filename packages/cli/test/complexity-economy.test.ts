import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

/** One CSV line's fields (RFC 4180 quoting: product names have commas and quotes). */
function fields(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted && ch === '"' && line[i + 1] === '"') {
      cur += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (ch === ',' && !quoted) {
      out.push(cur);
      cur = '';
    } else {
      cur += ch;
    }
  }
  out.push(cur);
  return out;
}

/** A CSV (no line breaks inside fields) as rows of strings keyed by header. */
function readCsv(path: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(path, 'utf8').trim().split('\n');
  const columns = fields(header!);
  return lines.map((line) => Object.fromEntries(fields(line).map((v, i) => [columns[i], v])));
}

interface Listed {
  product: string;
  name: string | null;
  distance: number;
  density: number;
  pci: number;
  cog: number;
  rca: number | null;
}

describe('chanye complexity --economy', () => {
  // The reference: the files of a full run, written by the table path (economy_products.csv).
  let cells: Record<string, string>[];
  let products: Map<string, Record<string, string>>;
  let economies: Record<string, string>[];
  let summary: {
    eci: number;
    eci_rank: number;
    diversity: number;
    coi: number;
    total_exports: number;
    opportunities: number;
    median_distance: number;
    nearest: Listed[];
    most_complex_near: Listed[];
  };

  beforeAll(async () => {
    const out = mkdtempSync(join(tmpdir(), 'chanye-eco-'));
    const full = await runCli(['complexity', '--dataset', 'trade-2017', '--out', out]);
    expect(full.code).toBe(0);
    cells = readCsv(join(out, 'economy_products.csv')).filter((r) => r['location'] === 'CHN');
    products = new Map(readCsv(join(out, 'products.csv')).map((r) => [r['product']!, r]));
    economies = readCsv(join(out, 'economies.csv'));
    const json = await runCli(['complexity', '--dataset', 'trade-2017', '--economy', 'CHN', '--format', 'json']);
    expect(json.code).toBe(0);
    summary = JSON.parse(json.stdout) as typeof summary;
  }, 120_000);

  it('reports the economy row of a full run, and its ECI rank', () => {
    const own = economies.find((r) => r['location'] === 'CHN')!;
    expect(summary.eci).toBeCloseTo(Number(own['eci']), 12);
    expect(summary.diversity).toBe(Number(own['diversity']));
    expect(summary.coi).toBeCloseTo(Number(own['coi']), 12);
    expect(summary.total_exports).toBeCloseTo(Number(own['total_exports']), 0);
    const higher = economies.filter((r) => Number(r['eci']) > Number(own['eci'])).length;
    expect(summary.eci_rank).toBe(higher + 1);
  });

  it('lists products without presence with the economy_products values, distance = 1 − density', () => {
    const absent = cells.filter((r) => r['mcp'] === '0' && products.get(r['product']!)?.['pci'] !== '');
    expect(summary.opportunities).toBe(absent.length);
    for (const o of [...summary.nearest, ...summary.most_complex_near]) {
      const c = cells.find((r) => r['product'] === o.product)!;
      expect(c['mcp']).toBe('0');
      expect(o.density).toBeCloseTo(Number(c['density']), 12);
      expect(o.distance).toBeCloseTo(1 - Number(c['density']), 12);
      expect(o.cog).toBeCloseTo(Number(c['cog']), 12);
      expect(o.rca).toBeCloseTo(Number(c['rca']), 12);
      expect(o.rca!).toBeLessThan(1);
      expect(o.pci).toBeCloseTo(Number(products.get(o.product)!['pci']), 12);
      expect(o.name).toBe(products.get(o.product)!['name']);
    }
  });

  it('sorts the nearest by distance and the most complex within the median distance by PCI', () => {
    const distances = cells
      .filter((r) => r['mcp'] === '0' && products.get(r['product']!)?.['pci'] !== '')
      .map((r) => 1 - Number(r['density']))
      .sort((a, b) => a - b);
    const n = distances.length;
    const median = n % 2 ? distances[(n - 1) / 2]! : (distances[n / 2 - 1]! + distances[n / 2]!) / 2;
    expect(summary.median_distance).toBeCloseTo(median, 12);
    expect(summary.nearest.map((o) => o.distance)).toEqual(
      distances.slice(0, 10).map((d) => expect.closeTo(d, 12) as unknown),
    );
    const near = cells
      .filter((r) => r['mcp'] === '0' && products.get(r['product']!)?.['pci'] !== '')
      .filter((r) => 1 - Number(r['density']) <= median + 1e-12)
      .map((r) => Number(products.get(r['product']!)!['pci']))
      .sort((a, b) => b - a);
    expect(summary.most_complex_near.map((o) => o.pci)).toEqual(
      near.slice(0, 10).map((p) => expect.closeTo(p, 12) as unknown),
    );
    for (const o of summary.most_complex_near) expect(o.distance).toBeLessThanOrEqual(summary.median_distance);
  });

  it('prints the summary as a table and as CSV, and takes the economy by name', async () => {
    const table = await runCli(['complexity', '--dataset', 'trade-2017', '--economy', 'China', '--limit', '3']);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^CHN, trade-2017 2017/);
    expect(table.stdout).toContain(`(rank ${summary.eci_rank} of`);
    expect(table.stdout).toContain('Nearest opportunities (lowest distance):');
    expect(table.stdout).toContain(summary.nearest[0]!.product);
    const csv = await runCli(['complexity', '--dataset', 'trade-2017', '--economy', 'CHN', '--format', 'csv']);
    const lines = csv.stdout.trim().split('\n');
    expect(lines[0]).toBe('time,location,list,rank,product,name,distance,density,pci,cog,rca');
    expect(lines).toHaveLength(21);
  });

  it('exits 2 for an unknown economy and 3 for one the data lack', async () => {
    const unknown = await runCli(['complexity', '--dataset', 'trade-2017', '--economy', 'XYZ']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown economy 'XYZ'");
    const absent = await runCli(['complexity', '--dataset', 'trade-2017', '--economy', 'TWN']);
    expect(absent.code).toBe(3);
    expect(absent.stderr).toContain('TWN is not among the 224 economies of trade-2017 in 2017');
    const xlsx = await runCli(['complexity', '--dataset', 'trade-2017', '--economy', 'CHN', '--format', 'xlsx']);
    expect(xlsx.code).toBe(2);
    const noOut = await runCli(['complexity', '--dataset', 'trade-2017']);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('give --out DIR, or --economy');
  });
});
